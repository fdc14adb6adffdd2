import { loadConfig } from '../../common/config';
import { PayproofError } from '../../domain/errors';
import { createHttpApp } from '../../http/create-http-app';
import type { CommandSpec } from '../command-spec';

function portOption(text: string): number {
  try {
    return loadConfig({ PAYPROOF_PORT: text }).port;
  } catch {
    throw new PayproofError('INVALID_INPUT', `--port: expected a port number from 1 to 65535, found "${text}"`);
  }
}

/**
 * A port that cannot be opened is the setting's fault, named as the user gave it: --port is
 * bad input (exit 2), PAYPROOF_PORT or the default a configuration problem (exit 78).
 */
function cannotListen(err: unknown, port: number, fromFlag: boolean): unknown {
  const code = (err as NodeJS.ErrnoException).code;
  const source = fromFlag
    ? `--port ${port}`
    : process.env.PAYPROOF_PORT
      ? `PAYPROOF_PORT=${port}`
      : `port ${port} (the default)`;
  const how = fromFlag ? 'choose another with --port' : 'choose another with --port or PAYPROOF_PORT';
  const why =
    code === 'EADDRINUSE'
      ? `the port is already in use by another program; ${how}, or stop the other program`
      : code === 'EACCES'
        ? `this user may not open the port (ports below 1024 need privileges); ${how}`
        : undefined;
  if (why === undefined) return err;
  return new PayproofError(fromFlag ? 'INVALID_INPUT' : 'CONFIG', `${source}: ${why}`);
}

/** app.listen() would log a failure itself; listening on its server reports it only through us. */
async function listen(app: Awaited<ReturnType<typeof createHttpApp>>, port: number): Promise<void> {
  await app.init();
  const server = app.getHttpServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, () => {
      server.off('error', reject);
      resolve();
    });
  });
}

interface ServeOptions {
  port?: string;
}

/** `payproof serve [--port 3000]`: the REST API, its OpenAPI page and the dashboard, until interrupted. */
export const serveCommand: CommandSpec<ServeOptions> = {
  flags: [{ flags: '--port <port>', description: 'TCP port (default PAYPROOF_PORT, else 3000)' }],
  async run(_args, options) {
    // --port wins over PAYPROOF_PORT; both are checked the same way, and a bad value names itself.
    const port = options.port === undefined ? loadConfig(process.env).port : portOption(options.port);
    const app = await createHttpApp();
    try {
      await listen(app, port);
    } catch (err) {
      await app.close();
      throw cannotListen(err, port, options.port !== undefined);
    }
    process.stdout.write(
      `payproof serving on http://localhost:${port}/ (API docs: http://localhost:${port}/api/docs)\n`,
    );
    await new Promise<void>((resolve) => app.getHttpServer().on('close', resolve));
  },
};
