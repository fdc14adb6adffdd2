import type { FindingView, RunView } from '../evaluation/evaluation.types';

export interface SupplierAccount {
  vendorId: string;
  name: string;
  sentences: string[];
}

function dollars(text: string | null): string {
  return text === null ? '' : `$${text.replace(/^-/, '')}`;
}

/** One finding as a volunteer would say it: when, what, and which way it hurt them. */
function sentence(f: FindingView): string {
  if (f.kind === 'error') return `It could not pay this scenario: ${f.message}`;
  const harm = f.direction === 'over' && f.netEffect ? ` You would have received ${dollars(f.netEffect)} too much, to be paid back later.`
    : f.direction === 'under' && f.netEffect ? ` You would have been paid ${dollars(f.netEffect)} too little.` : '';
  return `${f.message.replace(/\.?$/, '.')}${harm}`;
}

/**
 * How each supplier paid one scenario, in plain sentences, from the run's findings (a
 * supplier with none paid every line exactly as payproof's reference calculation).
 */
export function supplierAccounts(run: RunView, scenarioId: string, findings: readonly FindingView[]): SupplierAccount[] {
  return run.pins.vendors.map((v) => {
    const own = findings.filter((f) => f.vendorId === v.id && f.scenarioId === scenarioId);
    const sentences = own.length === 0
      ? [`${v.name} paid scenario ${scenarioId} exactly as payproof's reference calculation, to the cent, on every payday.`]
      : [`${v.name} paid scenario ${scenarioId} differently from payproof's reference calculation ${own.length} time(s):`, ...own.map(sentence)];
    return { vendorId: v.id, name: v.name, sentences };
  });
}
