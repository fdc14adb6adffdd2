import type { TraceStep } from '../../domain/reference/trace';
import type { Lang } from '../../submissions/reader-text';

/** One trace step as two lines: "C: CPP contribution = 129.30 [inputs]" then its source; its name in the reader's language. */
export function stepText(s: TraceStep, indent = '        ', lang: Lang = 'en'): string {
  const label = lang === 'fr' ? (s.labelFr ?? s.label) : s.label;
  const inputs = s.inputs
    ? ` [${Object.entries(s.inputs)
        .map(([k, v]) => `${k} ${v}`)
        .join('; ')}]`
    : '';
  return `${indent}${s.step}${lang === 'fr' ? ' : ' : ': '}${label} = ${s.value}${inputs}\n${indent}  (${s.citation})`;
}
