import type { Command as Commander } from 'commander';
import { CommandFactory, CommandRunnerService } from 'nest-commander';
import { PayproofError } from '../domain/errors';
import { CliModule } from './cli.module';
import { EXIT, exitCodeFor } from './exit-codes';

/** Commander's own errors (unknown flag, missing value) have these codes; they are usage errors. */
function isCommanderExit(err: unknown): err is { code: string; exitCode: number; message: string } {
  return (
    typeof err === 'object' &&
    err !== null &&
    typeof (err as { code?: unknown }).code === 'string' &&
    String((err as { code: string }).code).startsWith('commander.')
  );
}

/** Report an error as one line on standard error and set the exit code; nothing goes to stdout. */
export function reportCliError(err: unknown): void {
  if (err instanceof PayproofError) {
    process.stderr.write(`payproof: ${err.message}\n`);
    process.exitCode = exitCodeFor(err.code);
    return;
  }
  if (isCommanderExit(err)) {
    // Help and version are "errors" to commander; they exit 0 and have already printed.
    process.exitCode = err.exitCode === 0 ? EXIT.ok : EXIT.usage;
    return;
  }
  const message = err instanceof Error ? (err.stack ?? err.message) : String(err);
  process.stderr.write(`payproof: internal error (please report it): ${message}\n`);
  process.exitCode = EXIT.internal;
}

function failOnCommanderError(err: Error): never {
  reportCliError(err);
  // Commander expects the override to stop parsing: throwing unwinds back to parseAsync.
  throw err;
}

/**
 * nest-commander sets commander's exitOverride on the root command only; subcommands would
 * still call process.exit(1) on an unknown flag. Apply ours to every command, so a usage
 * error always exits with code 2.
 */
function overrideExits(command: Commander): void {
  command.exitOverride(failOnCommanderError);
  command.commands.forEach(overrideExits);
}

/**
 * Commander's message as one line that says what was expected: "unknown option '--grosss'
 * (did you mean --gross?); expected one of the flags listed by --help".
 */
export function oneLine(text: string): string {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const first = (lines[0] ?? '').replace(/^error: /, '');
  const hint = lines
    .slice(1)
    .join(' ')
    .replace(/^\((.*)\)$/, '$1');
  const suggestion = hint ? ` (${hint.charAt(0).toLowerCase()}${hint.slice(1)})` : '';
  const expected = /unknown option/.test(first) ? '; expected one of the flags listed by --help' : '';
  return `${first}${suggestion}${expected}`;
}

export async function runCli(): Promise<void> {
  const app = await CommandFactory.createWithoutRunning(CliModule, {
    logger: ['error'],
    cliName: 'payproof',
    errorHandler: failOnCommanderError,
    serviceErrorHandler: (err) => reportCliError(err),
    outputConfiguration: {
      // Commander's messages ("error: unknown option '--grosss'") become one line on stderr.
      outputError: (text, write) => write(`payproof: ${oneLine(text)}\n`),
    },
  });
  try {
    const runner = app.get(CommandRunnerService);
    overrideExits((runner as unknown as { commander: Commander }).commander);
    await runner.run();
  } finally {
    await app.close();
  }
}
