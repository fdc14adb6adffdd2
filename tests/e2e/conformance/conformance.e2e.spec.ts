import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { ConformanceService } from '../../../src/conformance/conformance.service';
import type { ConformanceReport } from '../../../src/conformance/conformance.types';

/**
 * Issue 15, "Done when": `payproof conformance` passes for a supplier that pays as the
 * reference (tests/fixtures/evaluate-vendors/reference-echo, which runs the compiled reference
 * from dist/, built by `npm test`) and fails, naming the rule, for each bundled simulated
 * supplier (their documented defects).
 */
jest.setTimeout(120_000);

const REPO = path.resolve(__dirname, '../../..');
const ECHO_VENDORS = path.join(REPO, 'tests/fixtures/evaluate-vendors');
const service = new ConformanceService();
const failing = (r: ConformanceReport) => r.rules.filter((x) => x.status === 'fail').map((x) => x.id);

describe('payproof conformance', () => {
  it('passes for the reference echo: every rule the set exercises, Quebec included', async () => {
    const report = await service.run({ vendorId: 'reference-echo', vendorsRoot: ECHO_VENDORS });
    expect(failing(report)).toEqual([]);
    expect(report.passed).toBe(true);
    expect(report.scenarios.every((s) => s.outcome === 'compared' && s.findings === 0)).toBe(true);
    // Quebec income tax is judged (TP-1015.F-V): the Quebec scenario is compared like any other.
    expect(report.scenarios.find((s) => s.id === 'over-05-two-overpayments-quebec')?.outcome).toBe('compared');
  });

  it.each([
    // FW-2: P counted as 27 in 2025; FW-3: overtime / 2,080; FW-4: bonus by the day.
    [
      'floatwise',
      ['calendar.payday-holiday-previous-business-day', 'overtime.pa-multipliers', 'allowance.bilingualism-monthly'],
    ],
    // DC-1: calendar days; DC-3: acknowledged notice not waited for; DC-4: prior-year recovery gross.
    ['daycount', ['pay.daily-proration', 'recovery.flexible-acknowledged', 'recovery.prior-year-net']],
    // QP-1: truncation; QP-2: no CPP2 (T4127); QP-4: pension stops during leave without pay.
    ['quickpay-cli', ['lines.round-half-up', 'deductions.t4127', 'pension.lwop-first-three-months']],
  ])('fails for %s, naming the rules of its documented defects: %j', async (id, rules) => {
    const report = await service.run({ vendorId: id });
    expect(report.passed).toBe(false);
    expect(failing(report)).toEqual(expect.arrayContaining(rules));
    for (const rule of report.rules.filter((r) => r.status === 'fail')) expect(rule.example).toBeDefined();
    // Ontario only: the Quebec scenario is outside its capabilities, not a failure.
    expect(report.scenarios.find((s) => s.id === 'over-05-two-overpayments-quebec')?.outcome).toBe('not-supported');
  });

  it('the built command prints the report in French and exits 1 when a rule fails; an unknown supplier is bad input', () => {
    const bin = path.join(REPO, 'bin/payproof.js');
    const run = (...args: string[]) =>
      spawnSync(process.execPath, [bin, 'conformance', ...args], { cwd: REPO, encoding: 'utf8', timeout: 110_000 });
    const fr = run('--vendor', 'floatwise', '--lang', 'fr');
    expect(fr.status).toBe(1);
    expect(fr.stdout).toContain('Règle par règle');
    expect(fr.stdout).toMatch(/ÉCHEC +allowance\.bilingualism-monthly: Prime au bilinguisme acquise par mois/);
    const unknown = run('--vendor', 'nope');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('--vendor: unknown vendor "nope"');
  });
});
