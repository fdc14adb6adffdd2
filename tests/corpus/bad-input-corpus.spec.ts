import * as net from 'node:net';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { call, fileForm, serve, Served } from '../e2e/http/http-harness';
import { runInProcess } from '../e2e/cli/run-cli';
import type { ApiCase, CliCase } from './corpus.types';
import { CORPUS } from './cases';

/**
 * The bad-input corpus (issue 20): every case through a real door, each answered with its
 * expected message and exit code or HTTP status, and each a clear error: it names the place
 * (the fragment holds the file and row, the flag or the field), says what was expected, and
 * shows no stack trace and no "internal error".
 */
const cli = CORPUS.filter((c): c is CliCase => c.door === 'cli');
const api = CORPUS.filter((c): c is ApiCase => c.door === 'http');

/** What makes an answer unclear, whatever the case: a crash shown to the user. */
function unclear(text: string): string | undefined {
  if (/internal error/i.test(text)) return 'says "internal error"';
  if (/^\s+at .+:\d+:\d+\)?$/m.test(text)) return 'shows a stack trace';
  if (/trimable|Invalid Closing Quote|Cannot read prop|undefined is not/i.test(text))
    return "shows a library's raw message";
  return undefined;
}

function matches(text: string, says: string | RegExp): boolean {
  return typeof says === 'string' ? text.includes(says) : says.test(text);
}

describe(`the bad-input corpus: ${CORPUS.length} cases`, () => {
  it('covers CSV, JSON, flags, policies, manifests and API bodies, with at least 150 cases', () => {
    const areas = new Set(CORPUS.map((c) => c.area));
    expect([...areas].sort()).toEqual(['api', 'csv', 'flags', 'json', 'manifest', 'policy']);
    expect(CORPUS.length).toBeGreaterThanOrEqual(150);
    expect(new Set(CORPUS.map((c) => c.id)).size).toBe(CORPUS.length);
  });

  describe('through the CLI', () => {
    let dir: string;
    /** A port something already listens on, for `serve` to find busy. */
    let busy: net.Server;
    beforeAll(async () => {
      busy = net.createServer();
      await new Promise<void>((resolve) => busy.listen(0, resolve));
    });
    afterAll(() => new Promise((resolve) => busy.close(resolve)));
    beforeEach(() => (dir = mkdtempSync(path.join(tmpdir(), 'payproof-corpus-'))));
    afterEach(() => rmSync(dir, { recursive: true, force: true }));

    it.each(cli.map((c) => [c.id, c] as const))('%s', async (_id, c) => {
      for (const [name, content] of Object.entries(c.files ?? {})) {
        const file = path.join(dir, name.replace('{dir}/', ''));
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(file, content);
      }
      const port = String((busy.address() as net.AddressInfo).port);
      const fill = (s: string) => s.replaceAll('{dir}', dir).replaceAll('{busyPort}', port);
      const env = Object.fromEntries(Object.entries(c.env ?? {}).map(([k, v]) => [k, fill(v)]));
      const outcome = await runInProcess(c.args.map(fill), {
        env: { PAYPROOF_DB: path.join(dir, 'db.sqlite'), ...env },
      });
      const printed = c.stream === 'stdout' ? outcome.stdout : outcome.stderr;
      expect({
        exit: outcome.status,
        said: matches(printed, c.says) ? 'as expected' : printed,
        unclear: unclear(outcome.stdout + outcome.stderr),
      }).toEqual({ exit: c.exit, said: 'as expected', unclear: undefined });
    });
  });

  describe('through the HTTP API', () => {
    let served: Served;
    beforeAll(async () => (served = await serve()), 60_000);
    afterAll(() => served.close());

    it.each(api.map((c) => [c.id, c] as const))('%s', async (_id, c) => {
      const token = c.as === 'none' ? undefined : c.as === 'bogus' ? 'pp_not-a-real-token' : served.tokens[c.as];
      const answer = c.raw
        ? await rawCall(served, c, token)
        : await call(served, c.method, c.path, {
            token,
            json: c.json,
            form: c.file && fileForm(c.file.name, c.file.content),
          });
      // The message as a person reads it (unescaped), then the whole body (rows and columns of validation errors).
      const message =
        (answer.type.includes('json') ? (JSON.parse(answer.text) as { message?: string }).message : '') ?? '';
      const readable = `${message}\n${answer.text}`;
      expect({
        status: answer.status,
        said: matches(readable, c.says) ? 'as expected' : answer.text.slice(0, 2000),
        unclear: unclear(answer.text),
        json: answer.type.includes('json'),
      }).toEqual({ status: c.status, said: 'as expected', unclear: undefined, json: true });
    });
  });
});

/** A body sent as it is, with its own content type (not JSON-encoded by the helper). */
async function rawCall(served: Served, c: ApiCase, token?: string) {
  const headers: Record<string, string> = { 'content-type': c.raw!.type };
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch(served.base + c.path, { method: c.method, headers, body: c.raw!.text });
  return { status: res.status, text: await res.text(), type: res.headers.get('content-type') ?? '' };
}
