import { INestApplicationContext } from '@nestjs/common';
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import * as path from 'node:path';
import type { EvaluationService } from '../../../src/evaluation/evaluation.service';
import type { RunView, ScorecardJson } from '../../../src/evaluation/evaluation.types';
import { evaluationApp, REPO } from '../evaluate/evaluation-app';

/**
 * The fault corpus (tests/fixtures/faults/README.md): every broken supplier evaluated in one
 * run beside a good one. Each fault must be classified by what happened, the run must
 * complete, the good supplier must score exactly as it does alone, and no process of any
 * supplier may be left when the run ends.
 */
const FAULTS = path.join(REPO, 'tests/fixtures/faults');
const SCENARIOS = path.join(REPO, 'tests/fixtures/fault-scenarios.json');

/** The fault table: supplier → how the harness must report each of its scenarios. */
const FAULT_TABLE: ReadonlyArray<{ id: string; kind: string; message?: RegExp }> = [
  { id: 'hang', kind: 'timeout', message: /^supplier did not answer within 2000 ms$/ },
  { id: 'http-hang', kind: 'timeout', message: /^supplier did not answer within 2000 ms$/ },
  { id: 'busy-loop', kind: 'timeout', message: /^supplier did not answer within 2000 ms$/ },
  { id: 'crash-mid-answer', kind: 'crash', message: /^supplier was killed by SIGKILL$/ },
  { id: 'http-crash-mid-answer', kind: 'crash', message: /^supplier was killed by SIGKILL$/ },
  { id: 'garbage', kind: 'malformed', message: /^supplier's answer is not JSON: / },
  { id: 'huge-answer', kind: 'too-large', message: /^supplier's answer is more than 10 MB, over the 10 MB limit$/ },
  { id: 'slow', kind: 'ok' },
  { id: 'wrong-ids', kind: 'wrong-employee', message: /an employee not in the request/ },
  { id: 'wrong-paydays', kind: 'schema', message: /^results\[\d\]\.statements\[0\]\.(payday|periodStart): found / },
  { id: 'nan-amounts', kind: 'schema', message: /lines\[0\]\.amount: found the text "NaN", expected money/ },
  { id: 'detached-grandchild', kind: 'ok' },
  {
    id: 'connection-reset',
    kind: 'connection',
    message: /closed the connection after the request was sent, without answering \(ECONNRESET\); not retried/,
  },
  { id: 'throws', kind: 'crash', message: /^supplier's engine threw: rate table for 2026 not found$/ },
];

/** Processes started from the fault corpus: by their working folder or their command line. */
function leftovers(): string[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name) && Number(name) !== process.pid)
    .flatMap((pid) => {
      try {
        const cwd = readlinkSync(`/proc/${pid}/cwd`);
        const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
        return cwd.startsWith(FAULTS) || cmdline.includes(FAULTS) ? [`${pid}: ${cmdline} (in ${cwd})`] : [];
      } catch {
        return []; // gone while we looked, or not ours to read
      }
    });
}

/** A scorecard without its timings, which vary from run to run. */
function withoutTimings(card: ScorecardJson): unknown {
  return JSON.parse(JSON.stringify(card, (key, value: unknown) => (key === 'responseMs' ? undefined : value)));
}

describe('the fault corpus: broken suppliers beside a good one', () => {
  let app: INestApplicationContext;
  let service: EvaluationService;
  let run: RunView;
  let alone: RunView;
  let leftAfterRun: string[];

  beforeAll(async () => {
    ({ app, service } = await evaluationApp());
    run = await service.start({ scenarios: SCENARIOS, vendorsRoot: FAULTS });
    leftAfterRun = leftovers();
    alone = await service.start({ scenarios: SCENARIOS, vendorsRoot: FAULTS, vendors: 'good' });
  }, 180_000);
  afterAll(() => app.close());

  it('completes the run with every supplier but the one whose manifest is broken', () => {
    expect(run.status).toBe('finished');
    expect(run.workDone).toBe(run.workTotal);
    expect(run.summary!.ranking.map((r) => r.vendorId).sort()).toEqual(
      ['good', ...FAULT_TABLE.map((f) => f.id)].sort(),
    );
  });

  it('names the supplier whose manifest is broken, with the field at fault', () => {
    expect(run.summary!.notes).toContainEqual(
      expect.stringMatching(
        /^broken-manifest: not in this run: its vendor.json cannot be used: .*broken-manifest\/vendor\.json: transport\.entry: "\.\.\/\.\.\/x\.js" is outside the supplier.s folder/,
      ),
    );
  });

  it.each(FAULT_TABLE)('classifies $id as $kind, scenario by scenario', async ({ id, kind, message }) => {
    const scenarios = run.pins.scenarios.filter((s) => !s.refused).map((s) => s.id);
    expect(scenarios).toHaveLength(2);
    for (const scenario of scenarios) {
      const answer = (await service.statements(run.id, scenario)).suppliers[id] as
        { failed: string; message: string } | unknown[];
      if (kind === 'ok') {
        // Answered: its statements, or (no finding) the hash that stands for them; never a failure.
        expect(answer).not.toHaveProperty('failed');
        expect(Array.isArray(answer) || typeof (answer as { answerHash?: unknown }).answerHash === 'string').toBe(true);
        continue;
      }
      expect(answer).toMatchObject({ failed: kind, message: expect.stringMatching(message!) });
    }
  });

  it('scores the good supplier exactly as it scores alone', () => {
    const card = run.summary!.scorecards.good;
    expect(card.score.value).toBe('100.00');
    expect(withoutTimings(card)).toEqual(withoutTimings(alone.summary!.scorecards.good));
  });

  it('leaves no process of any supplier behind', () => {
    expect(leftAfterRun).toEqual([]);
  });

  it('would see a leftover: the check finds a fixture process while one runs', async () => {
    const folder = path.join(FAULTS, 'detached-grandchild');
    const child = spawn(process.execPath, ['lingerer.js'], { cwd: folder, stdio: 'ignore' });
    try {
      await new Promise((resolve) => child.once('spawn', resolve));
      expect(leftovers()).toContainEqual(expect.stringContaining(`${child.pid}: `));
    } finally {
      child.kill('SIGKILL');
    }
  });
});
