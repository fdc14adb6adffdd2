import {
  compareDates,
  CutoffConvention,
  IsoDate,
  PAY_RUN_LOCK,
  payRunFor,
  paydaysBetween,
  previousPayday,
} from '../../domain/calendar';
import type { Scenario } from '../../domain/scenario';
import {
  employeeRequest,
  unsupportedReason,
  VENDOR_PROTOCOL,
  type EmployeeRequest,
  type PayRunJson,
  type PayRunRequest,
} from '../../vendors/protocol';
import type { ExchangeCapabilities } from '../exchange-config';

/**
 * What an exchange supplier is sent, pay run by pay run: for each payday in order, every
 * employee paid on it, with the HR events entered by that run's cut-off and nothing later
 * (docs/vendor-protocol.md, section 3): the view the supplier's own system would have had when
 * it ran that payroll. The writer and the importer share this plan, so an import is checked
 * against exactly what was sent.
 */
export interface PlanInput {
  vendorId: string;
  scenarios: readonly Scenario[];
  capabilities: ExchangeCapabilities;
  convention?: CutoffConvention;
}

/** One pay run of the package: the protocol's payRun request for that payday alone. */
export interface PayRunView {
  run: PayRunJson;
  /** Cut-off of the payday before: events entered after it are new in this run. */
  previousCutoff: IsoDate;
  request: PayRunRequest;
}

export interface NotSent {
  employeeId: string;
  reason: string;
}

export interface PackagePlan {
  vendorId: string;
  /** Every payday of the package, in order. */
  paydays: IsoDate[];
  /** Scenarios outside the declared capabilities: reported as unsupported by the harness, as live. */
  notSent: NotSent[];
  /** employee id → payday → the pay run it must be answered for. */
  expected: ReadonlyMap<string, ReadonlyMap<IsoDate, PayRunJson>>;
  /** Built on demand, so only one pay run's employees are held at a time. */
  view(payday: IsoDate): PayRunView;
}

export function exchangeRequestId(vendorId: string, payday: IsoDate): string {
  return `${vendorId}.${payday}`;
}

export function planPackage({ vendorId, scenarios, capabilities, convention = PAY_RUN_LOCK }: PlanInput): PackagePlan {
  const declared = { ...capabilities, maxEmployeesPerRequest: 1 };
  const notSent: NotSent[] = [];
  const sent = scenarios.filter((s) => {
    const reason = unsupportedReason(s, declared);
    if (reason !== undefined) notSent.push({ employeeId: s.id, reason });
    return reason === undefined;
  });
  const expected = new Map<string, Map<IsoDate, PayRunJson>>();
  const paydays = new Set<IsoDate>();
  for (const s of sent) {
    const request = employeeRequest(s, convention);
    const runs = paydaysBetween(s.payRuns.from, s.payRuns.to)
      .map((d) => payRunFor(d, convention))
      .filter((r) => knownToSupplier(request, r));
    expected.set(s.id, new Map(runs.map((r) => [r.payday, r])));
    for (const r of runs) paydays.add(r.payday);
  }
  const view = (payday: IsoDate): PayRunView => {
    const run = payRunFor(payday, convention);
    const employees = sent.filter((s) => expected.get(s.id)!.has(payday)).map((s) => visibleAt(s, run, convention));
    return {
      run,
      previousCutoff: payRunFor(previousPayday(payday), convention).cutoff,
      request: { protocol: VENDOR_PROTOCOL, type: 'payRun', requestId: exchangeRequestId(vendorId, payday), employees },
    };
  };
  return { vendorId, paydays: [...paydays].sort(compareDates), notSent, expected, view };
}

/**
 * Whether the supplier's system has the employee at a run's cut-off: from the start when the
 * profile holds a position, else once the hire is entered. Before that the supplier cannot
 * have paid them; the exchange transport counts its pay then as nothing (a statement without
 * lines), which is what the reference pays for a hire not yet entered.
 */
export function knownToSupplier(employee: Pick<EmployeeRequest, 'profile' | 'events'>, run: PayRunJson): boolean {
  if (employee.profile.step !== undefined || employee.profile.annualRate !== undefined) return true;
  return employee.events.some((e) => e.kind === 'hire' && compareDates(e.entered, run.cutoff) <= 0);
}

/**
 * The employee as the run on `run.payday` knows them: events entered on or before its cut-off,
 * this run only, and every run before it as history (docs/vendor-protocol.md, section 3, rule 5).
 */
function visibleAt(scenario: Scenario, run: PayRunJson, convention: CutoffConvention): EmployeeRequest {
  const full = employeeRequest(scenario, convention);
  const before = full.payRuns.filter((r) => compareDates(r.payday, run.payday) < 0);
  return {
    ...full,
    events: full.events.filter((e) => compareDates(e.entered, run.cutoff) <= 0),
    payRuns: [run],
    history: { ...full.history, payRuns: [...full.history.payRuns, ...before] },
  };
}
