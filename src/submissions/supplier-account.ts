import { Money } from '../domain/money';
import type { FindingView, RunView } from '../evaluation/evaluation.types';

/** One difference on one line, as figures a page can put in any language; `sentence` is the English. */
export interface AccountLine {
  kind: string;
  payday: string | null;
  /** The pay line code (REGULAR, CPP, …); null for gross, net and missed pays. */
  code: string | null;
  expected: string | null;
  actual: string | null;
  /** 'over': the person got too much net pay (a debt); 'under': too little; 'none': no effect on net pay. */
  direction: string | null;
  /** The change to the person's net pay, as a positive amount. */
  netEffect: string | null;
  sentence: string;
}

export interface SupplierAccount {
  vendorId: string;
  name: string;
  /** True when the supplier paid every line as the reference did. */
  exact: boolean;
  lines: AccountLine[];
  /** The account in English sentences, for API users. */
  sentences: string[];
  /** Net pay left short and paid too much, summed payday by payday without offsetting (harm.ts), as text. */
  underPaid: string;
  overPaid: string;
}

const NET_KINDS = new Set(['net', 'missed-pay', 'unexpected-pay']);

/** Σ of the net effects of one direction, from the net findings only (so no dollar is counted twice). */
function total(lines: readonly AccountLine[], direction: string): string {
  const effects = lines.filter((l) => NET_KINDS.has(l.kind) && l.direction === direction && l.netEffect !== null);
  return Money.sum(effects.map((l) => Money.of(l.netEffect!))).toString();
}

function dollars(text: string | null): string {
  return text === null ? '' : `$${text.replace(/^-/, '')}`;
}

/** One finding as a volunteer would say it: what differs, and which way it hurts them. */
function sentence(f: FindingView): string {
  if (f.kind === 'error') return `It could not pay this scenario: ${f.message}`;
  // The harm to the person is their net pay's: said on the net (or missed pay) finding, not on every line that makes it up.
  const says = f.kind === 'net' || f.kind === 'missed-pay' || f.kind === 'unexpected-pay';
  const harm = !says
    ? ''
    : f.direction === 'over' && f.netEffect
      ? ` You would have received ${dollars(f.netEffect)} too much, to be paid back later.`
      : f.direction === 'under' && f.netEffect
        ? ` You would have been paid ${dollars(f.netEffect)} too little.`
        : '';
  return `${f.message.replace(/\.?$/, '.')}${harm}`;
}

function line(f: FindingView): AccountLine {
  return {
    kind: f.kind,
    payday: f.payday,
    code: f.code,
    expected: f.expected,
    actual: f.actual,
    direction: f.direction,
    netEffect: f.netEffect === null ? null : f.netEffect.replace(/^-/, ''),
    sentence: sentence(f),
  };
}

/**
 * How each supplier paid one scenario, from the run's findings (a supplier with none paid
 * every line exactly as payproof's reference calculation).
 */
export function supplierAccounts(
  run: RunView,
  scenarioId: string,
  findings: readonly FindingView[],
): SupplierAccount[] {
  return run.pins.vendors.map((v) => {
    const lines = findings.filter((f) => f.vendorId === v.id && f.scenarioId === scenarioId).map(line);
    const sentences =
      lines.length === 0
        ? [
            `${v.name} paid scenario ${scenarioId} exactly as payproof's reference calculation, to the cent, on every payday.`,
          ]
        : [
            `${v.name} paid scenario ${scenarioId} differently from payproof's reference calculation ${lines.length} time(s):`,
            ...lines.map((l) => l.sentence),
          ];
    return {
      vendorId: v.id,
      name: v.name,
      exact: lines.length === 0,
      lines,
      sentences,
      underPaid: total(lines, 'under'),
      overPaid: total(lines, 'over'),
    };
  });
}
