import type { TraceStep } from '../../domain/reference/trace';

/** One trace step as two lines: "C: CPP contribution = 129.30 [inputs]" then its source. */
export function stepText(s: TraceStep, indent = '        '): string {
  const inputs = s.inputs
    ? ` [${Object.entries(s.inputs)
        .map(([k, v]) => `${k} ${v}`)
        .join('; ')}]`
    : '';
  return `${indent}${s.step}: ${s.label} = ${s.value}${inputs}\n${indent}  (${s.citation})`;
}
