import { payRunFor } from '../calendar';
import type { Scenario } from './scenario.types';

/**
 * Notes, not errors: a scenario in which the person is not employed during the pays asked for
 * is valid (it checks that a supplier pays nothing after a departure or before a hire, as the
 * fuzzer's regressions do), but a volunteer who typed the wrong year should hear of it, so
 * `scenarios validate` prints these beside its verdict.
 */
export function windowNotes(s: Scenario): string[] {
  const first = payRunFor(s.payRuns.from);
  const last = payRunFor(s.payRuns.to);
  const hire = s.events.find((e) => e.kind === 'hire');
  const started = hire?.kind === 'hire' ? hire.effective : s.employee.hireDate;
  const left = s.events.find((e) => e.kind === 'termination');
  const lastDay = left?.kind === 'termination' ? left.lastDay : undefined;
  const notes: string[] = [];
  if (started !== undefined && lastDay !== undefined && lastDay < started)
    notes.push(`the termination's last day ${lastDay} is before the start, ${started}: nothing is ever due`);
  else if (lastDay !== undefined && lastDay < first.periodStart)
    notes.push(
      `the person left on ${lastDay}, before the first period asked for (${first.periodStart} to ${first.periodEnd}, paid ${first.payday}): the pays asked for check that nothing more is paid`,
    );
  if (started !== undefined && started > last.periodEnd)
    notes.push(
      `the person starts on ${started}, after the last period asked for (${last.periodStart} to ${last.periodEnd}, paid ${last.payday}): every pay asked for is empty`,
    );
  return notes.map((n) => `scenario "${s.id}": ${n}`);
}
