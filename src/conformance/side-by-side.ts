import type { PayPeriod } from '../domain/calendar';
import { Money } from '../domain/money';
import type { ReferenceResult } from '../domain/reference/engine/engine.types';
import type { Scenario, Statement } from '../domain/scenario';
import type { RuleExample } from './conformance.types';

/** Both sides of one payday, line by line (the reference's order, then the supplier's extra lines; lines of one key summed). */
export function sideBySide(
  x: { scenario: Scenario; reference: ReferenceResult; statements: readonly Statement[] },
  payday: string,
  message: { en: string; fr: string },
): RuleExample {
  const ref = x.reference.pays.find((p) => p.statement.payday === payday)?.statement;
  const sup = x.statements.find((s) => s.payday === payday);
  type Row = { code: string; forPeriod?: PayPeriod; reference?: Money; supplier?: Money };
  const rows = new Map<string, Row>();
  const add = (l: Statement['lines'][number], side: 'reference' | 'supplier') => {
    const key = `${l.code}|${l.forPeriod?.start ?? ''}`;
    const row = rows.get(key) ?? { code: l.code, ...(l.forPeriod && { forPeriod: l.forPeriod }) };
    row[side] = (row[side] ?? Money.ZERO).plus(l.amount);
    rows.set(key, row);
  };
  for (const l of ref?.lines ?? []) add(l, 'reference');
  for (const l of sup?.lines ?? []) add(l, 'supplier');
  return {
    scenarioId: x.scenario.id,
    payday,
    lines: [...rows.values()].map((r) => ({
      code: r.code,
      ...(r.forPeriod && { forPeriod: r.forPeriod }),
      ...(r.reference && { reference: r.reference.toString() }),
      ...(r.supplier && { supplier: r.supplier.toString() }),
    })),
    gross: { reference: (ref?.gross ?? Money.ZERO).toString(), supplier: (sup?.gross ?? Money.ZERO).toString() },
    net: { reference: (ref?.net ?? Money.ZERO).toString(), supplier: (sup?.net ?? Money.ZERO).toString() },
    message: message.en,
    messageFr: message.fr,
  };
}
