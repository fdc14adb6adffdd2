import 'reflect-metadata';
import { reportCliError, runCli } from './cli/run-cli';

runCli().catch(reportCliError);
