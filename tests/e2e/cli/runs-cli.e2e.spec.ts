import { NestFactory } from '@nestjs/core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { HttpModule } from '../../../src/http/http.module';
import { RunsApiService } from '../../../src/http/runs/runs-api.service';
import { englishWords } from '../../tools/english-words';
import { REPO_ROOT, runPayproof, type CliRun } from './run-cli';

/**
 * `payproof runs` (issue 16's gap: a run's status without `serve` and curl), through the built
 * bin on a throwaway database: a run of floatwise (live) and quickpay-exchange with no import
 * waits (exit 5), as in tests/e2e/exchange/awaiting-run.e2e.spec.ts; `runs list|show|missing
 * --json` equal what the HTTP door's service gives for the same run; `runs deadline` sets the
 * deadline as PATCH does (who and when stored); bad input is named with exit code 2; French
 * output has no English prose (tests/tools/english-words.ts).
 */
const SCENARIOS = path.join(REPO_ROOT, 'test-payrolls/acting-pay.csv');
let dir: string;
let awaiting: string;
let live: string;

const env = () => ({
  PAYPROOF_DB: path.join(dir, 'runs.sqlite'),
  PAYPROOF_EXCHANGE: path.join(dir, 'exchange'),
  PAYPROOF_REPORTS: path.join(dir, 'reports'),
  TZ: 'UTC',
  LANG: 'C',
  LC_ALL: '',
  LC_MESSAGES: '',
  CI: 'true',
});
const payproof = (args: string[], more: Record<string, string> = {}): CliRun =>
  runPayproof(args, { env: { ...env(), ...more } });
const json = (run: CliRun): unknown => {
  expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
  return JSON.parse(run.stdout);
};

/** What the HTTP door's service (RunsApiService, behind GET/PATCH /api/runs) answers, as JSON on the wire. */
async function overHttp<T>(ask: (api: RunsApiService) => Promise<T>): Promise<unknown> {
  const saved = process.env.PAYPROOF_DB;
  process.env.PAYPROOF_DB = env().PAYPROOF_DB;
  const app = await NestFactory.createApplicationContext(HttpModule.forRoot({ scenarioSource: SCENARIOS }), {
    logger: ['error'],
  });
  try {
    return JSON.parse(JSON.stringify(await ask(app.get(RunsApiService)))) as unknown;
  } finally {
    await app.close();
    if (saved === undefined) delete process.env.PAYPROOF_DB;
    else process.env.PAYPROOF_DB = saved;
  }
}

/** The English words of French output, once commands (typed as they are) and quoted values are taken out. */
const english = (text: string) =>
  englishWords(
    text
      .replace(/«[^»]*»|"[^"]*"/g, ' ')
      .replace(
        /payproof(?: (?:runs|missing|show|list|deadline|evaluate|exchange|import|--[\w-]+|<[^>]+>|[\w-]*\d[\w-]*))+/g,
        ' ',
      ),
  );

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'payproof-runs-'));
  const waits = payproof([
    'evaluate',
    '--scenarios',
    SCENARIOS,
    '--vendors',
    'floatwise,quickpay-exchange',
    '--supplier-deadline',
    '2099-12-31T17:00:00-05:00',
  ]);
  expect({ status: waits.status, stderr: waits.stderr.slice(-500) }).toMatchObject({ status: 5 });
  awaiting = /Run (\S+) is awaiting a supplier/.exec(waits.stdout)![1];
  const done = payproof(['evaluate', '--scenarios', SCENARIOS, '--vendors', 'floatwise']);
  expect(done.status).toBe(0);
  live = /reports\/([^/]+)\/index\.html/.exec(done.stdout)![1];
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('payproof runs', () => {
  it('list: newest first with status, times, people, suppliers and partial; --status and --limit choose; --json as GET /api/runs', async () => {
    const text = payproof(['runs', 'list']);
    expect(text.status).toBe(0);
    const rows = text.stdout.split('\n').slice(2, 4);
    expect(rows[0]).toMatch(new RegExp(`^${live} +finished +.+ UTC +.+ UTC +7 +floatwise +no$`));
    expect(rows[1]).toMatch(
      new RegExp(`^${awaiting} +awaiting-supplier +.+ UTC +7 +floatwise, quickpay-exchange +yes$`),
    );
    expect(json(payproof(['runs', 'list', '--json']))).toEqual(await overHttp((api) => api.list()));
    const only = json(payproof(['runs', 'list', '--status', 'awaiting-supplier', '--json'])) as { id: string }[];
    expect(only.map((r) => r.id)).toEqual([awaiting]);
    expect((json(payproof(['runs', 'list', '--limit', '1', '--json'])) as { id: string }[]).map((r) => r.id)).toEqual([
      live,
    ]);
    expect(payproof(['runs', 'list', '--limit', '1']).stdout).toContain('1 of 2 runs shown; --limit shows more.');
  });

  it('show: the awaiting run, what each supplier misses, the deadline readable and who set it, the commands; --json as GET /api/runs/:id', async () => {
    const text = payproof(['runs', 'show', awaiting]);
    expect(text.status).toBe(0);
    expect(text.stdout).toContain('Status: awaiting-supplier');
    expect(text.stdout).toMatch(
      /quickpay-exchange +0 of 7 +missing: 7 employee\(s\), \d+ pay run\(s\) with no register yet/,
    );
    expect(text.stdout).toMatch(/floatwise +7 of 7\n/);
    expect(text.stdout).toContain('Deadline: December 31, 2099 at 10:00 p.m. UTC. After it, the missing answers');
    expect(text.stdout).toContain(
      `Continue: payproof exchange import --vendor quickpay-exchange <folder|zip>, then payproof evaluate --resume ${awaiting}`,
    );
    expect(text.stdout).toMatch(/The deadline was set by .+ on .+ UTC\./);
    expect(text.stdout).toContain(`Every missing employee: payproof runs missing ${awaiting}`);
    // The machine's time zone, named.
    expect(payproof(['runs', 'show', awaiting], { TZ: 'America/Toronto' }).stdout).toContain(
      'Deadline: December 31, 2099 at 5:00 p.m. EST.',
    );
    expect(json(payproof(['runs', 'show', awaiting, '--json']))).toEqual(await overHttp((api) => api.get(awaiting)));
    const finished = payproof(['runs', 'show', live]);
    expect(finished.stdout).toContain('Status: finished');
    expect(finished.stdout).toContain(`Reports: ${path.join(dir, 'reports', live)}`);
    expect(finished.stdout).toContain(path.join(dir, 'reports', live, 'index.html'));
  });

  it('missing: one employee a row with its pay runs, paged and by supplier; --json as GET /api/runs/:id/missing', async () => {
    const text = payproof(['runs', 'missing', awaiting]);
    expect(text.status).toBe(0);
    expect(text.stdout).toContain(`Run ${awaiting}: 7 employee(s) with no register yet (page 1 of 1)`);
    expect(text.stdout).toMatch(/quickpay-exchange +act-01-acting-entered-four-weeks-late +\d+ +[A-Z][a-z]+ \d+, 2026/);
    const page = json(payproof(['runs', 'missing', awaiting, '--json']));
    expect(page).toEqual(await overHttp((api) => api.missing(awaiting, {})));
    expect((page as { total: number }).total).toBe(7);
    expect(json(payproof(['runs', 'missing', awaiting, '--supplier', 'floatwise', '--json']))).toEqual(
      await overHttp((api) => api.missing(awaiting, { supplier: 'floatwise' })),
    );
    const past = payproof(['runs', 'missing', awaiting, '--page', '2']);
    expect({ status: past.status, stderr: past.stderr }).toEqual({
      status: 2,
      stderr: 'payproof: --page: expected 1 to 1 (7 missing, 100 a page); found 2\n',
    });
    const typo = payproof(['runs', 'missing', awaiting, '--supplier', 'quickpay']);
    expect(typo.status).toBe(2);
    expect(typo.stderr).toContain('--supplier: run');
    expect(typo.stderr).toContain('has no supplier "quickpay"; expected one of floatwise, quickpay-exchange');
  });

  it('refuses a bad --at, a missing --by, an unknown run and a run with no exchange supplier (exit 2), storing nothing', async () => {
    const before = await overHttp((api) => api.get(awaiting));
    const cases: [string[], string][] = [
      [
        ['--at', 'tomorrow', '--by', 'alice'],
        '--at: expected an ISO 8601 date-time with its offset, such as 2026-12-15T17:00:00Z or 2026-12-15T12:00:00-05:00; found "tomorrow"',
      ],
      [['--at', '2099-01-01T00:00:00', '--by', 'alice'], 'found "2099-01-01T00:00:00"'],
      [
        ['--at', '2099-01-01T00:00:00Z'],
        '--by: expected who sets the deadline (a name, stored with it); found nothing',
      ],
      [['--by', 'alice'], '--at: expected the deadline, an ISO 8601 date-time with its offset'],
    ];
    for (const [flags, says] of cases) {
      const r = payproof(['runs', 'deadline', awaiting, ...flags]);
      expect({ flags, status: r.status, stdout: r.stdout }).toEqual({ flags, status: 2, stdout: '' });
      expect(r.stderr).toContain(says);
    }
    const unknown = payproof(['runs', 'deadline', 'no-such-run', '--at', '2099-01-01T00:00:00Z', '--by', 'alice']);
    expect({ status: unknown.status, stderr: unknown.stderr }).toEqual({
      status: 2,
      stderr: `payproof: no evaluation run "no-such-run" in ${env().PAYPROOF_DB}; expected a run id as payproof runs list shows them\n`,
    });
    const noExchange = payproof(['runs', 'deadline', live, '--at', '2099-01-01T00:00:00Z', '--by', 'alice']);
    expect(noExchange.status).toBe(2);
    expect(noExchange.stderr).toContain('has no exchange supplier (floatwise: module)');
    expect(await overHttp((api) => api.get(awaiting))).toEqual(before);
  });

  it('in French: list, show, missing and deadline, and their errors, with no English prose and dates in French', () => {
    const outputs = [
      payproof(['runs', 'list', '--lang', 'fr']),
      payproof(['runs', 'show', live, '--lang', 'fr']),
      payproof(['runs', 'show', awaiting], { LANG: 'fr_CA.UTF-8' }),
      payproof(['runs', 'missing', awaiting, '--lang', 'fr']),
      payproof(['runs', 'missing', live, '--lang', 'fr']),
      // The deadline it already has, set again: who and when change, the run does not.
      payproof(['runs', 'deadline', awaiting, '--at', '2099-12-31T17:00:00-05:00', '--by', 'alice', '--lang', 'fr']),
    ];
    for (const out of outputs) {
      expect(out.status).toBe(0);
      expect({ stdout: out.stdout, english: english(out.stdout) }).toEqual({ stdout: out.stdout, english: [] });
    }
    expect(outputs[5].stdout).toContain('échéance du fournisseur le 31 décembre 2099 à 22 h 00 UTC');
    expect(outputs[1].stdout).toMatch(/Statut : terminée\nDébut : \d+ novembre 2026 à \d+ h \d\d UTC/);
    const errors = [
      payproof(['runs', 'deadline', live, '--at', 'demain', '--by', 'alice', '--lang', 'fr']),
      payproof(['runs', 'deadline', 'inconnue', '--at', '2099-01-01T00:00:00Z', '--by', 'alice', '--lang', 'fr']),
      payproof(['runs', 'deadline', live, '--at', '2099-01-01T00:00:00Z', '--lang', 'fr']),
      payproof(['runs', 'list', '--status', 'fini', '--lang', 'fr']),
      payproof(['runs', 'missing', awaiting, '--page', 'deux', '--lang', 'fr']),
    ];
    for (const err of errors) {
      expect({ status: err.status, stdout: err.stdout }).toEqual({ status: 2, stdout: '' });
      expect({ stderr: err.stderr, english: english(err.stderr) }).toEqual({ stderr: err.stderr, english: [] });
    }
    expect(errors[0].stderr).toContain('--at : attendu une date-heure ISO 8601 avec son décalage');
    expect(errors[1].stderr).toContain('aucune évaluation « inconnue »');
  });

  it('deadline: set as PATCH sets it (who and when stored); once past, a resume finishes the run and a new deadline is refused', async () => {
    const moved = payproof(['runs', 'deadline', awaiting, '--at', '2099-06-01T12:00:00-04:00', '--by', 'alice']);
    expect(moved.status).toBe(0);
    expect(moved.stdout).toContain(
      `Run ${awaiting}: supplier deadline June 1, 2099 at 4:00 p.m. UTC (2099-06-01T16:00:00.000Z)\nSet by alice on `,
    );
    const stored = (await overHttp((api) => api.get(awaiting))) as { deadlineSet: { by: string; at: string } };
    expect(stored).toMatchObject({ supplierDeadline: '2099-06-01T16:00:00.000Z', deadlineSet: { by: 'alice' } });
    expect(Date.parse(stored.deadlineSet.at)).not.toBeNaN();
    const cleared = json(payproof(['runs', 'deadline', awaiting, '--clear', '--by', 'bob', '--json']));
    expect(cleared).toEqual(await overHttp((api) => api.get(awaiting)));
    expect(cleared).toMatchObject({ supplierDeadline: null, deadlineSet: { by: 'bob' } });
    expect(payproof(['runs', 'show', awaiting]).stdout).toContain('No deadline is set');

    const past = payproof(['runs', 'deadline', awaiting, '--at', '2026-01-01T00:00:00Z', '--by', 'alice']);
    expect(past.stdout).toContain(`It has passed: payproof evaluate --resume ${awaiting} judges the missing answers`);
    expect(payproof(['evaluate', '--resume', awaiting]).status).toBe(0);
    const late = payproof(['runs', 'deadline', awaiting, '--at', '2099-01-01T00:00:00Z', '--by', 'alice']);
    expect(late.status).toBe(2);
    expect(late.stderr).toContain(`payproof: run ${awaiting} has already finished (`);
    expect(late.stderr).toContain('its missing answers were judged; expected a run that has not finished');
    expect(payproof(['runs', 'missing', awaiting]).stdout).toContain(
      `Run ${awaiting} is finished: it waits for no supplier's answers.`,
    );
  });
});
