import { carryRulings, shownStatus } from '../../../src/pilots/carry-rulings';
import { comparePilot } from '../../../src/pilots/pilot-trends';
import type { PilotRuling, RoundDefect, RoundInput } from '../../../src/pilots/pilot.types';

const defect = (vendorId: string, defectId: string): RoundDefect => ({
  vendorId,
  defectId,
  signatureVersion: 1,
  kind: 'line',
  title: { en: defectId, fr: defectId },
  codes: ['REGULAR'],
  people: 1,
  pays: 1,
  overPaid: '0.00',
  underPaid: '1.00',
});

const round = (n: number, defects: RoundDefect[], rulingsApplied: string[] = []): RoundInput => ({
  round: n,
  runId: `run-${n}`,
  startedAt: `2026-11-0${n}T10:00:00Z`,
  status: 'finished',
  pins: { catalogueHash: 'c', rulesEditions: [], policyHash: 'p', tolerances: {}, harnessVersion: '1' },
  standings: [],
  defectsStored: true,
  defects,
  rulingsApplied,
  sealed: null,
});

const ruling = (o: Partial<PilotRuling> & Pick<PilotRuling, 'id' | 'at'>): PilotRuling => ({
  signature: 'v1:a',
  vendorId: null,
  outcome: 'reference-wrong',
  by: 'Auditor',
  runId: null,
  ...o,
});

const rounds = [
  round(1, [defect('acme', 'v1:a'), defect('globex', 'v1:a')]),
  round(2, [defect('acme', 'v1:a'), defect('globex', 'v1:a')]),
  round(3, [defect('acme', 'v1:a'), defect('globex', 'v1:a')], ['r2']),
];
const roundOfRun = new Map(rounds.map((r) => [r.runId, r.round]));
const carried = (rulings: PilotRuling[]) => carryRulings(comparePilot(rounds, new Map()), rounds, rulings, roundOfRun);
const on = (c: ReturnType<typeof carried>, round: number, vendorId: string) =>
  c[round - 1].suppliers.find((s) => s.vendorId === vendorId)!.changes[0];

describe('rulings carried over round to round', () => {
  it('applies a ruling from the round it was made in onwards, with that round named', () => {
    const c = carried([ruling({ id: 'r2', at: '2026-11-02T12:00:00Z', runId: 'run-2' })]);
    expect(on(c, 1, 'acme').ruling).toBeUndefined();
    expect(on(c, 2, 'acme').ruling).toMatchObject({ id: 'r2', round: 2, inScore: false });
    expect(on(c, 3, 'acme').ruling).toMatchObject({ id: 'r2', round: 2, inScore: true, by: 'Auditor' });
    expect(shownStatus(on(c, 3, 'acme'))).toBe('reference-wrong');
    expect(shownStatus(on(c, 1, 'acme'))).toBe('new');
  });

  it('keeps a supplier-scoped ruling to its supplier, and the latest ruling wins', () => {
    const c = carried([
      ruling({ id: 'r1', at: '2026-11-01T12:00:00Z', runId: 'run-1', vendorId: 'acme', outcome: 'supplier-wrong' }),
      ruling({ id: 'r2', at: '2026-11-02T12:00:00Z', runId: 'run-2', vendorId: 'acme', outcome: 'open' }),
    ]);
    expect(on(c, 2, 'acme').ruling).toMatchObject({ id: 'r2', outcome: 'open' });
    expect(on(c, 1, 'acme').ruling).toMatchObject({ id: 'r1', outcome: 'supplier-wrong', round: 1 });
    expect(shownStatus(on(c, 1, 'acme'))).toBe('new');
    expect(on(c, 2, 'globex').ruling).toBeUndefined();
  });

  it('applies a ruling on a run outside the pilot to the rounds that started after it', () => {
    const c = carried([ruling({ id: 'rx', at: '2026-11-02T00:00:00Z', runId: 'elsewhere' })]);
    expect(on(c, 1, 'globex').ruling).toBeUndefined();
    expect(on(c, 2, 'globex').ruling).toMatchObject({ id: 'rx', round: null });
  });
});
