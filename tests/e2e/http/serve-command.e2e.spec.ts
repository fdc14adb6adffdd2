import 'reflect-metadata';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { DataSource } from 'typeorm';
import { sqliteOptions } from '../../../src/persistence/data-source-options';
import { REPO_ROOT, runPayproof } from '../cli/run-cli';

/** `payproof serve` and `payproof tokens` as a user runs them: the built bin, a throwaway SQLite file. */
describe('payproof serve and payproof tokens (the built bin)', () => {
  let dir: string;
  let env: NodeJS.ProcessEnv;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'payproof-serve-'));
    env = { PAYPROOF_DB: path.join(dir, 'db.sqlite'), PAYPROOF_PORT: '' };
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a bad --port or PAYPROOF_PORT at start-up, naming the bad value', () => {
    const flag = runPayproof(['serve', '--port', '70000'], { env });
    expect(flag.status).toBe(2);
    expect(flag.stderr).toBe('payproof: --port: expected a port number from 1 to 65535, found "70000"\n');
    const variable = runPayproof(['serve'], { env: { ...env, PAYPROOF_PORT: 'http' } });
    expect(variable.status).toBe(78);
    expect(variable.stderr).toContain('PAYPROOF_PORT: expected a port number from 1 to 65535, found "http"');
  });

  it('tokens create refuses an unknown role, listing the roles', () => {
    const res = runPayproof(['tokens', 'create', '--role', 'boss'], { env });
    expect(res.status).toBe(2);
    expect(res.stderr).toContain(
      '--role: expected one of procurement, volunteer, auditor, admin, supplier, found "boss"',
    );
  });

  it('creates a token shown once, stores only its hash, and serves the API, its docs and the dashboard with it', async () => {
    const created = runPayproof(['tokens', 'create', '--role', 'auditor', '--name', 'Ada'], { env });
    expect(created.status).toBe(0);
    const token = created.stdout.trim();
    expect(token).toMatch(/^pp_[A-Za-z0-9_-]{43}$/);
    expect(runPayproof(['tokens', 'list'], { env }).stdout).not.toContain(token);
    const db = await new DataSource(sqliteOptions(env.PAYPROOF_DB!)).initialize();
    const rows = await db.query('SELECT * FROM api_token');
    await db.destroy();
    expect(rows).toEqual([
      expect.objectContaining({
        name: 'Ada',
        role: 'auditor',
        token_hash: createHash('sha256').update(token).digest('hex'),
      }),
    ]);
    expect(JSON.stringify(rows)).not.toContain(token);

    const port = 20000 + (process.pid % 20000);
    const child = spawn(process.execPath, [path.join(REPO_ROOT, 'bin/payproof.js'), 'serve', '--port', String(port)], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (d: Buffer) => {
          if (d.toString().includes('serving on')) resolve();
        });
        child.on('exit', (code) => reject(new Error(`serve exited with ${code}`)));
      });
      const base = `http://127.0.0.1:${port}`;
      const me = await fetch(`${base}/api/me`, { headers: { authorization: `Bearer ${token}` } });
      expect(await me.json()).toEqual({ name: 'Ada', role: 'auditor' });
      const docs = (await (await fetch(`${base}/api/docs-json`)).json()) as {
        paths: Record<string, Record<string, { responses: Record<string, { description: string }> }>>;
        components: { securitySchemes: Record<string, unknown> };
      };
      expect(Object.keys(docs.paths)).toEqual(
        expect.arrayContaining([
          '/api/runs',
          '/api/runs/{id}/discrepancies',
          '/api/submissions',
          '/api/scenarios/validate',
          '/api/policy',
        ]),
      );
      expect(docs.paths['/api/runs'].post.responses['403'].description).toBe(
        'allowed roles: procurement; any other role gets 403',
      );
      expect(docs.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
      const page = await fetch(`${base}/`);
      expect(await page.text()).toContain('<main id="main"');
    } finally {
      child.kill('SIGTERM');
    }
  });
});
