import { refusalIn } from '../../submissions/refusal-text';
import { type Lang, say } from '../../submissions/reader-text';
import type { ScenarioStubs, StubCheckJson } from '../../submissions/stub-checks';
import { stepText } from './trace-text';

const MARK: Record<StubCheckJson['verdict'], string> = { matches: '✓', differs: '✗', 'not-produced': '?' };

/** A count in words with its plural, from the catalogues' count.* keys: "1 stub line", "3 lignes de talon". */
export function counted(lang: Lang, n: number, noun: 'scenario' | 'file' | 'problem' | 'stubLine'): string {
  const form = new Intl.PluralRules(lang === 'fr' ? 'fr-CA' : 'en-CA').select(n) === 'one' ? 'one' : 'other';
  return say(lang, `count.${noun}.${form}`, { n });
}

/**
 * A scenario's stub lines checked, one sentence each ("✗ Your stub: … You were under-paid
 * 156.08."), with the reference's trace under each line when `traceAll`, else under the
 * lines that differ (where the volunteer needs to see why).
 */
export function stubsText(lang: Lang, stubs: ScenarioStubs, traceAll: boolean): string {
  const out = [`${say(lang, 'stub.heading')} (${stubs.scenarioId})`];
  if (stubs.refused)
    out.push(`  ${say(lang, 'stub.refused', { code: stubs.refused.code })}`, `    ${refusalIn(lang, stubs.refused)}`);
  for (const c of stubs.checks) {
    out.push(`  ${MARK[c.verdict]} ${c.sentence}`);
    if (traceAll || c.verdict === 'differs') for (const step of c.trace) out.push(stepText(step, '      ', lang));
  }
  return out.join('\n');
}
