import type { TraceStep } from '../../domain/reference/trace';
import type { Lang } from '../../submissions/reader-text';
import { stepIn } from '../../domain/reference/trace-french';

/** One trace step as two lines: "C: CPP contribution = 129.30 [inputs]" then its source; in the reader's language. */
export function stepText(step: TraceStep, indent = '        ', lang: Lang = 'en'): string {
  const s = stepIn(lang, step);
  const label = s.label;
  const inputs = s.inputs
    ? ` [${Object.entries(s.inputs)
        .map(([k, v]) => `${k} ${v}`)
        .join('; ')}]`
    : '';
  return `${indent}${s.step}${lang === 'fr' ? ' : ' : ': '}${label} = ${s.value}${inputs}\n${indent}  (${s.citation})`;
}
