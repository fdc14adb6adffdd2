import type { FindingView } from '../evaluation/evaluation.types';
import { esc } from './html';
import { ReportText } from './report-text';
import { failureIn, failurePieces } from '../submissions/failure-text';

/**
 * A finding in the report's language, made from its structured fields (kind, code, amounts,
 * direction) rather than the judge's English message (issue 19). What the fields cannot say
 * (a supplier's own error message) stays as the supplier wrote it, said to be its own and marked lang="en".
 */
const RULES = [
  'net-equals-gross-minus-deductions',
  'gross-equals-sum-of-earnings',
  'whole-cents',
  'annual-maximum',
  'same-answer-twice',
] as const;
type Rule = (typeof RULES)[number];
const isRule = (c: string | null): c is Rule => (RULES as readonly string[]).includes(c ?? '');

const SIDES = ['both', 'reference', 'stub', 'neither'] as const;

/** The line a finding is on, in words, with its period when it is a correction for another one. */
export function lineWords(x: ReportText, f: Pick<FindingView, 'code' | 'kind' | 'forPeriod'>): string {
  const line = f.code ? x.line(f.code) : x.t(f.kind === 'gross' ? 'code.gross' : 'code.net');
  return f.forPeriod
    ? x.t('report.f.forPeriod', { line, start: x.day(f.forPeriod.start), end: x.day(f.forPeriod.end) })
    : line;
}

/** How a supplier's amount stands to the stub's and the reference's (stub-sides.ts), from the check name "stub-…:<side>". */
export function stubSide(x: ReportText, check: string | null): string {
  const side = (check ?? '').split(':')[1] as (typeof SIDES)[number];
  return SIDES.includes(side) ? x.t(`report.side.${side}`) : '';
}

/** The sentence as plain text (the CSV's message column in French); a supplier's own error message is quoted as it came. */
export function findingText(x: ReportText, f: FindingView): string {
  return ReportText.capital(sentence(x, f));
}

function sentence(x: ReportText, f: FindingView): string {
  const common = {
    line: lineWords(x, f),
    payday: x.day(f.payday),
    expected: x.money(f.expected),
    actual: x.money(f.actual),
  };
  switch (f.kind) {
    case 'different':
    case 'gross':
    case 'net':
      return x.t('report.f.line', common);
    case 'missing':
      return x.t('report.f.missing', common);
    case 'unexpected':
      return x.t('report.f.unexpected', common);
    case 'missed-pay':
      return x.t('report.f.missedPay', common);
    case 'unexpected-pay':
      return x.t('report.f.unexpectedPay', common);
    case 'invariant':
      return x.t('report.f.invariant', {
        payday: x.day(f.payday),
        rule: isRule(f.check) ? x.t(`report.rule.${f.check}`) : (f.check ?? ''),
      });
    case 'stub':
      return x.t('report.f.stub', { ...common, stub: x.money(f.stub), side: stubSide(x, f.check) });
    case 'error':
      return `${errorWords(x, f)} ${x.lang === 'en' ? f.message : ReportText.capital(failureIn(x.lang, f.message))}`;
    default:
      return f.message;
  }
}

const errorWords = (x: ReportText, f: FindingView) =>
  x.t('report.f.error', { kind: f.check === 'unsupported' ? x.t('report.failure.unsupported') : (f.check ?? '') });

/** The sentence, as HTML (escaped; what stays English marked lang="en"). */
export function findingSentence(x: ReportText, f: FindingView): string {
  if (f.kind === 'error') {
    // The harness's words in the reader's language, the supplier's own quoted as it wrote them (failure-text.ts).
    if (x.lang === 'en') return `${esc(errorWords(x, f))} <span lang="en">${esc(f.message)}</span>`;
    const pieces = failurePieces(x.lang, f.message).map((p, k) => {
      const text = k === 0 && !p.en ? ReportText.capital(p.text) : p.text;
      return p.en ? `<span lang="en">${esc(text)}</span>` : esc(text);
    });
    return `${esc(errorWords(x, f))} ${pieces.join('')}`;
  }
  const known = [
    'different',
    'gross',
    'net',
    'missing',
    'unexpected',
    'missed-pay',
    'unexpected-pay',
    'invariant',
    'stub',
  ];
  return known.includes(f.kind) ? esc(findingText(x, f)) : `<span lang="en">${esc(f.message)}</span>`;
}

/** "under-paid $10.00" / "10,00 $ de moins que le dû", in the direction's colour. */
export function harmWords(x: ReportText, f: Pick<FindingView, 'direction' | 'netEffect'>): string {
  if (f.direction !== 'under' && f.direction !== 'over') return '';
  const amount = x.money((f.netEffect ?? '0').replace(/^-/, ''));
  return `<span class="${f.direction}">${esc(x.t(`dir.${f.direction}`, { amount }))}</span>`;
}
