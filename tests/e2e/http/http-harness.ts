import 'reflect-metadata';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { TokenService } from '../../../src/auth/token.service';
import type { Role } from '../../../src/auth/roles';
import { createHttpApp } from '../../../src/http/create-http-app';
import type { HttpOptions } from '../../../src/http/http.module';

/** One token per role; `supplier` speaks for floatwise, `supplier2` for quickpay-cli. */
export type Tokens = Record<Role | 'volunteer2' | 'supplier2', string>;

/** The real app on a throwaway SQLite file, listening on a free port, with one token per role. */
export interface Served {
  app: NestExpressApplication;
  base: string;
  tokens: Tokens;
  dir: string;
  close(): Promise<void>;
}

export async function serve(options: HttpOptions = {}): Promise<Served> {
  const dir = mkdtempSync(path.join(tmpdir(), 'payproof-http-'));
  process.env.PAYPROOF_DB = path.join(dir, 'payproof.sqlite');
  process.env.PAYPROOF_REPORTS = path.join(dir, 'reports');
  // A fresh data folder: no exchange import, whatever the developer imported into ./data.
  process.env.PAYPROOF_EXCHANGE = path.join(dir, 'exchange');
  const app = await createHttpApp(options);
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as { port: number };
  const service = app.get(TokenService);
  const make = async (role: Role, name: string, vendorId?: string) =>
    (await service.create({ role, name, vendorId })).token;
  const tokens: Tokens = {
    procurement: await make('procurement', 'procurement team'),
    volunteer: await make('volunteer', 'volunteer one'),
    volunteer2: await make('volunteer', 'volunteer two'),
    auditor: await make('auditor', 'auditor'),
    admin: await make('admin', 'admin'),
    supplier: await make('supplier', 'Floatwise', 'floatwise'),
    supplier2: await make('supplier', 'QuickPay', 'quickpay-cli'),
  };
  return {
    app,
    base: `http://127.0.0.1:${port}`,
    tokens,
    dir,
    close: async () => {
      await app.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface Answer {
  status: number;
  body: any;
  text: string;
  type: string;
}

export async function call(
  served: Served,
  method: string,
  url: string,
  opts: { token?: string; json?: unknown; form?: FormData } = {},
): Promise<Answer> {
  const headers: Record<string, string> = {};
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  let body: string | FormData | undefined;
  if (opts.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(opts.json);
  }
  if (opts.form) body = opts.form;
  const res = await fetch(served.base + url, { method, headers, body });
  const text = await res.text();
  const type = res.headers.get('content-type') ?? '';
  return { status: res.status, text, type, body: type.includes('json') ? JSON.parse(text) : undefined };
}

export function fileForm(name: string, content: string | Buffer): FormData {
  const form = new FormData();
  form.append('file', new Blob([content]), name);
  return form;
}

/** Asks `probe` until it gives a value; past `ms` fails saying it was a timeout and what it waited for. */
export async function until<T>(what: string, probe: () => Promise<T | undefined>, ms: number): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Waits until a run has the given status; gives the run. */
export function runReaches(s: Served, runId: string, status: string, ms: number): Promise<{ status: string }> {
  return until(
    `run ${runId} to be ${status}`,
    async () => {
      const run = (await call(s, 'GET', `/api/runs/${runId}`, { token: s.tokens.procurement })).body as {
        status: string;
      };
      return run.status === status ? run : undefined;
    },
    ms,
  );
}
