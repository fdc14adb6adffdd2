import 'reflect-metadata';
import { runCli } from './cli/run-cli';

// runCli reports every error itself and never rejects; the exit code is set, never forced with
// process.exit, so output still being written is not cut short.
void runCli(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
