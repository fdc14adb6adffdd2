import { paydaysBetween, yearOf } from '../../domain/calendar';
import type { Scenario } from '../../domain/scenario';
import type { Capabilities } from './response.schema';

/**
 * Whether a scenario is within what the supplier declared in `describe`. The harness does
 * not send a scenario outside it: it reports the scenario 'unsupported' itself. That is also
 * what lets a later revision add event kinds without breaking suppliers: a supplier never
 * receives an event kind it did not declare.
 */
export function unsupportedReason(scenario: Scenario, capabilities: Capabilities): string | undefined {
  const reasons = [
    ...missing('province', provincesOf(scenario), capabilities.provinces),
    ...missing(
      'event kind',
      scenario.events.map((e) => e.kind),
      capabilities.eventKinds,
    ),
    ...missing('pay year', payYearsOf(scenario), capabilities.payYears),
  ];
  return reasons.length === 0 ? undefined : `not sent: ${reasons.join('; ')}`;
}

function provincesOf(s: Scenario): string[] {
  return [s.employee.province, ...s.events.flatMap((e) => (e.kind === 'provinceChange' ? [e.province] : []))];
}

function payYearsOf(s: Scenario): number[] {
  return paydaysBetween(s.payRuns.from, s.payRuns.to).map(yearOf);
}

/** "the supplier does not declare event kind acting (it declares hire, overtime)". */
function missing<T extends string | number>(noun: string, needed: readonly T[], declared: readonly T[]): string[] {
  const absent = [...new Set(needed)].filter((v) => !declared.includes(v));
  if (absent.length === 0) return [];
  const list = declared.length === 0 ? 'none' : declared.join(', ');
  return [
    `the supplier does not declare ${noun}${absent.length === 1 ? '' : 's'} ${absent.join(', ')} (it declares ${list})`,
  ];
}
