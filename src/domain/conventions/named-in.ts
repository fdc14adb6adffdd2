import { isConvention } from './registry';
import type { ConventionId } from './ids';

/** A trace step's citation names conventions as "convention: a, b" or "convention: a; convention: b". */
const NAMED = /conventions?: ([^;]+)/g;

/**
 * The registered conventions a trace names, in first-seen order, without repeats: what a
 * finding about that line carries, so a supplier sees which rule shaped the expected amount.
 */
export function conventionsNamedIn(steps: readonly { citation: string }[]): ConventionId[] {
  const found = new Set<ConventionId>();
  for (const step of steps) {
    for (const m of step.citation.matchAll(NAMED)) {
      for (const part of m[1].split(/,| and /)) {
        const id = part.trim().split(/[\s:(]/)[0];
        if (isConvention(id)) found.add(id);
      }
    }
  }
  return [...found];
}
