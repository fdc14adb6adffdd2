import * as path from 'node:path';
import { runReference } from '../../../src/domain/reference/engine';
import { parseScenarioOrThrow, Scenario, Statement } from '../../../src/domain/scenario';
import { ScenarioCatalog } from '../../../src/scenarios/scenario-catalog.service';
import { ProtocolVendorAdapter, VendorOutcome } from '../../../src/vendors/vendor-adapter';
import { VendorRegistry } from '../../../src/vendors/vendor-registry';
import { payRunRequest } from '../../../src/vendors/protocol';

/**
 * The three bundled simulated suppliers, through the real registry and real transports (module
 * loaded in-process, HTTP server started on localhost, one child process per request): every
 * answer is read by the protocol reader without failure; on plain scenarios each pays exactly
 * what the reference pays; each defect documented in vendors/<id>/README.md shows up, in its
 * documented line code, on the scenario written to reveal it.
 */
const SUPPLIERS = ['daycount', 'floatwise', 'quickpay-cli'] as const;
type Supplier = (typeof SUPPLIERS)[number];

const employee = (patch: object = {}) => ({
  id: 'E-1',
  province: 'ON',
  td1: { federal: { code: 1 }, provincial: { code: 1 } },
  pensionGroup: 'PSSA-2',
  unionDues: '28.50',
  classification: 'AS-02',
  step: 1,
  ...patch,
});

/** Regular pay with nothing any supplier's defects react to: all three must equal the reference. */
const PLAIN = [
  {
    id: 'plain-as02',
    title: 'AS-02 step 1, regular pays',
    employee: employee(),
    payRuns: { from: '2026-01-14', to: '2026-03-25' },
  },
  {
    id: 'plain-cr04-increment',
    title: 'CR-04 step 2, PSSA group 1, an increment on a period start, a TD1 change',
    employee: employee({ classification: 'CR-04', step: 2, pensionGroup: 'PSSA-1', unionDues: '0.00' }),
    events: [
      { id: 'step-3', kind: 'stepIncrement', effective: '2026-02-12', newStep: 3, entered: '2026-01-20' },
      { id: 'td1', kind: 'td1Change', effective: '2026-02-01', federal: { code: 4 }, entered: '2026-01-20' },
    ],
    payRuns: { from: '2026-01-28', to: '2026-04-08' },
  },
  {
    id: 'plain-ec-rate',
    title: 'EC-05 on an explicit annual rate, no pension',
    employee: employee({ classification: 'EC-05', step: undefined, annualRate: '98000', pensionGroup: 'none' }),
    payRuns: { from: '2026-05-06', to: '2026-06-03' },
  },
];

/** One scenario per documented defect; `code` is the line code the README says it affects. */
const DEFECTS: { supplier: Supplier; defect: string; code: string; scenario: object }[] = [
  {
    supplier: 'floatwise',
    defect: 'FW-1',
    code: 'RETRO_ADJUSTMENT',
    scenario: {
      id: 'defect-rate-revision-late',
      title: 'A 2.5% revision effective at a period start, loaded weeks later',
      description: 'Hypothetical revision.',
      employee: employee({ classification: 'AS-03', step: 2 }),
      events: [
        {
          id: 'rev',
          kind: 'rateRevision',
          effective: '2025-12-18',
          signed: '2026-02-20',
          entered: '2026-03-02',
          appliesTo: 'PA',
          percent: '2.5',
        },
      ],
      payRuns: { from: '2026-01-14', to: '2026-03-25' },
    },
  },
  {
    supplier: 'floatwise',
    defect: 'FW-2',
    code: 'CPP',
    scenario: {
      id: 'defect-own-payday-count',
      title: 'Regular pays in 2025: 26 paydays, the pay due 2025-01-01 having been made 2024-12-31',
      employee: employee(),
      payRuns: { from: '2025-07-16', to: '2025-08-27' },
    },
  },
  {
    supplier: 'floatwise',
    defect: 'FW-3',
    code: 'OVERTIME',
    scenario: {
      id: 'defect-overtime',
      title: 'Overtime on a workday and a Saturday',
      employee: employee(),
      events: [
        { id: 'ot-1', kind: 'overtime', date: '2026-02-17', hours: '3', dayType: 'workday', entered: '2026-02-18' },
        {
          id: 'ot-2',
          kind: 'overtime',
          date: '2026-02-21',
          hours: '7.5',
          dayType: 'firstDayOfRest',
          entered: '2026-02-23',
        },
      ],
      payRuns: { from: '2026-03-11', to: '2026-03-25' },
    },
  },
  {
    supplier: 'daycount',
    defect: 'DC-1',
    code: 'REGULAR',
    scenario: {
      id: 'defect-hire-mid-period',
      title: 'Hired on a Monday in the middle of a period',
      employee: employee({ classification: undefined, step: undefined }),
      events: [
        { id: 'hire', kind: 'hire', effective: '2026-01-05', entered: '2025-12-15', classification: 'AS-02', step: 1 },
      ],
      payRuns: { from: '2026-01-28', to: '2026-02-11' },
    },
  },
  {
    supplier: 'daycount',
    defect: 'DC-2',
    code: 'RETRO_ADJUSTMENT',
    scenario: {
      id: 'defect-acting-late',
      title: 'Acting AS-04 from a period start, entered after that period was paid',
      employee: employee(),
      events: [
        {
          id: 'acting',
          kind: 'acting',
          start: '2026-02-26',
          end: '2026-05-29',
          classification: 'AS-04',
          step: 1,
          entered: '2026-03-25',
        },
      ],
      payRuns: { from: '2026-03-11', to: '2026-04-22' },
    },
  },
  {
    supplier: 'daycount',
    defect: 'DC-3',
    code: 'RETRO_ADJUSTMENT',
    scenario: {
      id: 'defect-lwop-late-acknowledged',
      title: 'Six days of leave without pay entered after it was paid; the notice acknowledged',
      employee: employee(),
      conventions: ['recovery.flexible-acknowledged'],
      events: [{ id: 'lwop', kind: 'leaveWithoutPay', start: '2026-03-16', end: '2026-03-23', entered: '2026-04-10' }],
      payRuns: { from: '2026-04-08', to: '2026-06-17' },
    },
  },
  {
    supplier: 'daycount',
    defect: 'DC-4',
    code: 'RECOVERY',
    scenario: {
      id: 'defect-prior-year-recovery',
      title: 'A week of leave without pay in December 2025 entered in January 2026',
      employee: employee(),
      events: [{ id: 'lwop', kind: 'leaveWithoutPay', start: '2025-12-08', end: '2025-12-12', entered: '2026-01-05' }],
      payRuns: { from: '2026-01-14', to: '2026-02-11' },
    },
  },
  {
    supplier: 'quickpay-cli',
    defect: 'QP-1',
    code: 'ALLOWANCE_BILINGUALISM',
    scenario: {
      id: 'defect-bilingualism',
      title: 'Bilingualism bonus from a period start',
      employee: employee(),
      events: [{ id: 'bil', kind: 'allowance', allowance: 'bilingualism', start: '2026-01-29', entered: '2026-01-20' }],
      payRuns: { from: '2026-02-25', to: '2026-03-11' },
    },
  },
  {
    supplier: 'quickpay-cli',
    defect: 'QP-2',
    code: 'CPP2',
    scenario: {
      id: 'defect-cpp2',
      title: 'AS-07 step 5 through 2026',
      employee: employee({ classification: 'AS-07', step: 5 }),
      payRuns: { from: '2026-01-14', to: '2026-12-30' },
    },
  },
  {
    supplier: 'quickpay-cli',
    defect: 'QP-3',
    code: 'ACTING',
    scenario: {
      id: 'defect-acting-entered-mid-period',
      title: 'Acting AS-04 entered a week after it started, before the cut-off',
      employee: employee(),
      events: [
        {
          id: 'acting',
          kind: 'acting',
          start: '2026-03-02',
          end: '2026-05-29',
          classification: 'AS-04',
          step: 1,
          entered: '2026-03-09',
        },
      ],
      payRuns: { from: '2026-03-25', to: '2026-04-08' },
    },
  },
  {
    supplier: 'quickpay-cli',
    defect: 'QP-4',
    code: 'PENSION',
    scenario: {
      id: 'defect-pension-during-leave',
      title: 'A week of leave without pay known in time: pension owed for it',
      employee: employee(),
      events: [{ id: 'lwop', kind: 'leaveWithoutPay', start: '2026-04-13', end: '2026-04-17', entered: '2026-03-02' }],
      payRuns: { from: '2026-05-06', to: '2026-06-03' },
    },
  },
  {
    supplier: 'floatwise',
    defect: 'FW-4',
    code: 'ALLOWANCE_BILINGUALISM',
    scenario: {
      id: 'defect-bonus-by-day',
      title: 'Bilingualism bonus from Wednesday 2026-03-18: March has 10 days with it',
      employee: employee(),
      events: [{ id: 'bil', kind: 'allowance', allowance: 'bilingualism', start: '2026-03-18', entered: '2026-03-10' }],
      payRuns: { from: '2026-04-08', to: '2026-04-08' },
    },
  },
];

const plain = PLAIN.map(parseScenarioOrThrow);
const defects = DEFECTS.map((d) => ({ ...d, scenario: parseScenarioOrThrow(d.scenario) }));
const own: Scenario[] = [...plain, ...defects.map((d) => d.scenario)];

/** A statement as a comparable record: lines as sorted "CODE for-period amount" keys. */
function shape(s: Statement): { payday: string; gross: string; net: string; lines: string[] } {
  const lines = s.lines
    .map((l) => `${l.code} ${l.forPeriod ? `${l.forPeriod.start}..${l.forPeriod.end}` : '-'} ${l.amount.toString()}`)
    .sort();
  return { payday: s.payday, gross: s.gross.toString(), net: s.net.toString(), lines };
}

function statementsOf(outcome: VendorOutcome | undefined, where: string): Statement[] {
  if (!outcome?.ok)
    throw new Error(`${where}: ${outcome ? `${outcome.failure.kind}: ${outcome.failure.message}` : 'no outcome'}`);
  return outcome.statements;
}

/** Paydays on which the supplier's lines of `code` differ from the reference's. */
function differsIn(code: string, got: Statement[], want: Statement[]): string[] {
  const of = (s: Statement | undefined) => (s ? shape(s).lines.filter((l) => l.startsWith(`${code} `)) : []);
  return want
    .filter((w) => JSON.stringify(of(got.find((g) => g.payday === w.payday))) !== JSON.stringify(of(w)))
    .map((w) => w.payday);
}

const CATALOGUE = path.resolve(__dirname, '../../../test-payrolls');

/** The suppliers' shared engine with every defect switched off, to show the defects are the only differences. */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const core = require('../../../vendors/_sim-core/protocol') as {
  handle: (request: object, supplier: object) => { results: { status: string; statements: StatementJson[] }[] };
};
const CLEAN = {
  name: 'clean core',
  version: '0',
  maxEmployees: 1,
  policy: { arithmetic: 'decimal', proration: 'working-days' },
};

interface StatementJson {
  payday: string;
  gross: string;
  net: string;
  lines: { code: string; amount: string; forPeriod?: { start: string; end: string } }[];
}

function cleanCore(scenario: Scenario) {
  const answer = core.handle(payRunRequest({ requestId: 'clean', scenarios: [scenario] }), CLEAN);
  return answer.results[0].statements.map((s) => ({
    payday: s.payday,
    gross: s.gross,
    net: s.net,
    lines: s.lines
      .map((l) => `${l.code} ${l.forPeriod ? `${l.forPeriod.start}..${l.forPeriod.end}` : '-'} ${l.amount}`)
      .sort(),
  }));
}

describe('the bundled simulated suppliers', () => {
  const registry = VendorRegistry.load();
  const adapters = new Map<Supplier, ProtocolVendorAdapter>();
  const answers = new Map<Supplier, Map<string, VendorOutcome>>();
  let catalogue: Scenario[] = [];

  beforeAll(async () => {
    for (const id of SUPPLIERS) adapters.set(id, registry.get(id));
    expect(await registry.start([...adapters.values()])).toEqual([]);
    // The catalogue ships with the repository: without it these tests would check nothing.
    catalogue = (await new ScenarioCatalog().load(CATALOGUE)).scenarios.map((l) => l.scenario);
    const ownIds = new Set(own.map((s) => s.id));
    const all = [...own, ...catalogue.filter((s) => !ownIds.has(s.id))];
    await Promise.all(SUPPLIERS.map(async (id) => answers.set(id, await adapters.get(id)!.payRun(all))));
  });
  afterAll(() => registry.stop());

  it('are plugged in with one transport kind each', () => {
    expect(registry.ids()).toEqual(expect.arrayContaining([...SUPPLIERS]));
    expect(SUPPLIERS.map((id) => adapters.get(id)!.manifest.transport.kind)).toEqual(['http', 'module', 'command']);
  });

  it.each(SUPPLIERS)(
    '%s describes itself: Ontario, 2025 and 2026, every event kind but none outside them',
    async (id) => {
      const described = await adapters.get(id)!.describe();
      if (!described.ok) throw new Error(`${described.failure.kind}: ${described.failure.message}`);
      expect(described.description.capabilities).toMatchObject({ provinces: ['ON'], payYears: [2025, 2026] });
      expect(described.description.capabilities.eventKinds).toEqual(
        expect.arrayContaining(['hire', 'acting', 'overtime', 'leaveWithoutPay', 'rateRevision', 'termination']),
      );
    },
  );

  it.each(SUPPLIERS)(
    '%s answers every scenario (own and catalogue) with no transport or schema failure and no missed pay',
    (id) => {
      const problems: string[] = [];
      for (const [scenario, outcome] of answers.get(id)!) {
        if (!outcome.ok && outcome.failure.kind !== 'unsupported')
          problems.push(`${scenario}: ${outcome.failure.kind}: ${outcome.failure.message}`);
        if (outcome.ok && outcome.missingPaydays.length > 0)
          problems.push(`${scenario}: missed ${outcome.missingPaydays.join(', ')}`);
      }
      for (const s of own) if (!answers.get(id)!.get(s.id)!.ok) problems.push(`${s.id}: not paid`);
      expect(problems).toEqual([]);
    },
  );

  it.each(SUPPLIERS)('%s pays the plain scenarios exactly as the reference, to the cent', (id) => {
    for (const scenario of plain) {
      const want = runReference(scenario).pays.map((p) => shape(p.statement));
      const got = statementsOf(answers.get(id)!.get(scenario.id), `${id} ${scenario.id}`).map(shape);
      expect({ scenario: scenario.id, statements: got }).toEqual({ scenario: scenario.id, statements: want });
    }
  });

  it.each(own.map((s) => [s.id, s] as const))(
    'the shared core with no defect switched on pays %s as the reference',
    (_id, scenario) => {
      expect(cleanCore(scenario)).toEqual(runReference(scenario).pays.map((p) => shape(p.statement)));
    },
  );

  /** The reference's statements for a catalogue scenario, or undefined when it refuses it (e.g. a province it does not hold). */
  const referenceOf = (scenario: Scenario): Statement[] | undefined => {
    try {
      return runReference(scenario).pays.map((p) => p.statement);
    } catch {
      return undefined;
    }
  };

  it('the shared core with no defect switched on pays every catalogue scenario it supports as the reference', () => {
    const compared: string[] = [];
    for (const scenario of catalogue) {
      const want = referenceOf(scenario);
      const answer = core.handle(payRunRequest({ requestId: 'clean', scenarios: [scenario] }), CLEAN).results[0];
      if (want === undefined || answer.status !== 'ok') continue;
      expect({ scenario: scenario.id, statements: cleanCore(scenario) }).toEqual({
        scenario: scenario.id,
        statements: want.map(shape),
      });
      compared.push(scenario.id);
    }
    expect(compared.length).toBeGreaterThanOrEqual(20);
  });

  it.each([
    ['floatwise', ['ALLOWANCE_BILINGUALISM', 'CPP', 'OVERTIME', 'RETRO_ADJUSTMENT']],
    ['daycount', ['RECOVERY', 'REGULAR', 'RETRO_ADJUSTMENT']],
    ['quickpay-cli', ['ACTING', 'ALLOWANCE_BILINGUALISM', 'CPP2', 'PENSION']],
  ] as const)(
    'over the catalogue, %s differs from the reference in each line code its defects affect: %j',
    (id, codes) => {
      const differing = new Set<string>();
      for (const scenario of catalogue) {
        const want = referenceOf(scenario);
        const outcome = answers.get(id)!.get(scenario.id);
        if (want === undefined || !outcome?.ok) continue;
        for (const code of codes) if (differsIn(code, outcome.statements, want).length > 0) differing.add(code);
      }
      expect([...differing].sort()).toEqual([...codes]);
    },
  );

  it.each(defects.map((d) => [d.supplier, d.defect, d.code, d] as const))(
    '%s defect %s shows as a difference in %s',
    (id, _defect, code, d) => {
      const want = runReference(d.scenario).pays.map((p) => p.statement);
      const got = statementsOf(answers.get(id)!.get(d.scenario.id), `${id} ${d.scenario.id}`);
      expect(differsIn(code, got, want)).not.toEqual([]);
    },
  );
});
