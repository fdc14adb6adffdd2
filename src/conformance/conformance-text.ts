import type { ConformanceReport, RuleExample, RuleVerdict } from './conformance.types';
import { type Lang, MESSAGES, ruleTitle } from './messages';

const pad = (text: string, width: number) => text.padEnd(width);
const padLeft = (text: string, width: number) => text.padStart(width);

/** The reference's statement beside the supplier's, for the pay where a rule first failed. */
function sideBySide(e: RuleExample, lang: Lang): string[] {
  const m = MESSAGES[lang];
  const label = (l: RuleExample['lines'][number]) =>
    l.forPeriod ? `${l.code} ${l.forPeriod.start}..${l.forPeriod.end}` : l.code;
  const rows = [
    ...e.lines.map((l) => [label(l), l.reference ?? '—', l.supplier ?? '—']),
    [m.gross, e.gross.reference, e.gross.supplier],
    [m.net, e.net.reference, e.net.supplier],
  ];
  const width = Math.max(m.header[0].length, ...rows.map((r) => r[0].length));
  const mark = (r: string[]) => (r[1] === r[2] ? '  ' : '≠ ');
  return [
    `      ${m.first(e.scenarioId, e.payday)}`,
    `      ${lang === 'fr' ? e.messageFr : e.message}`,
    `        ${pad(m.header[0], width)}  ${padLeft(m.header[1], 12)}  ${padLeft(m.header[2], 12)}`,
    ...rows.map((r) => `      ${mark(r)}${pad(r[0], width)}  ${padLeft(r[1], 12)}  ${padLeft(r[2], 12)}`),
  ];
}

function rule(r: RuleVerdict, lang: Lang): string[] {
  const m = MESSAGES[lang];
  const status = pad(m.status[r.status], 18);
  const head = `  ${status}${r.id}: ${ruleTitle(r.id, lang)}`;
  const failures = r.status === 'fail' ? [`      ${m.failures(r.failures)}`] : [];
  return [head, ...failures, ...(r.example ? sideBySide(r.example, lang) : [])];
}

/** A compared scenario's count of findings; why a scenario had no usable answer (the supplier's failure, in English). */
function scenarioDetail(s: ConformanceReport['scenarios'][number], m: (typeof MESSAGES)[Lang]): string {
  if (s.outcome === 'compared') return `, ${m.findings(s.findings)}`;
  return s.outcome === 'failed' && s.message ? `: ${s.message}` : '';
}

/** The report as text, in one language: scenarios, then rule by rule, failing rules with the pay where they failed. */
export function conformanceText(report: ConformanceReport, lang: Lang): string {
  const m = MESSAGES[lang];
  const outcome = { compared: m.compared, 'not-supported': m.notSupported, failed: m.failed };
  const lines = [
    m.title(report.vendorName, report.vendorId),
    m.set(report.scenarios.length),
    '',
    m.scenarios,
    ...report.scenarios.map((s) => `  ${pad(s.id, 52)} ${outcome[s.outcome]}${scenarioDetail(s, m)}`),
    '',
    m.rules,
    ...report.rules.flatMap((r) => rule(r, lang)),
    '',
    m.verdict(report.passed),
  ];
  return `${lines.join('\n')}\n`;
}
