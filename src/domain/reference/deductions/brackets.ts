import type { Dec } from '../../money';
import type { Bracket } from '../../rules/t4127';

/** The bracket whose range holds A: the last one with A ≥ its lower bound (T4127 table 8.1). */
export function bracketFor(brackets: readonly Bracket[], a: Dec): Bracket {
  for (let i = brackets.length - 1; i > 0; i -= 1) {
    if (a.gte(brackets[i].from)) return brackets[i];
  }
  return brackets[0];
}
