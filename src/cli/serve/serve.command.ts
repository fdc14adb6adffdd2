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
    await app.listen(port);
    process.stdout.write(
      `payproof serving on http://localhost:${port}/ (API docs: http://localhost:${port}/api/docs)\n`,
    );
    await new Promise<void>((resolve) => app.getHttpServer().on('close', resolve));
  },
};
