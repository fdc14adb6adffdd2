import type { Finding, Violation } from '../domain/checks/finding.types';
import { findingMessage } from '../domain/checks/messages';
import { amount, day, reading, say } from '../submissions/reader-text';
import { failureIn } from '../submissions/failure-text';

/** What made a rule fail, in English (as stored) and in French (issue 19). */
export interface Said {
  en: string;
  fr: string;
}

/** A finding: its stored sentence, and the same made again from its fields in French (French days and money). */
export function findingSaid(f: Finding): Said {
  return { en: f.message, fr: findingMessage(f, reading('fr')) };
}

/** An invariant the supplier's statement breaks: the rule in words, with the amounts where it has them. */
export function violationSaid(v: Violation): Said {
  const rule = say('fr', `report.rule.${v.check}` as Parameters<typeof say>[1]);
  const head = say('fr', 'report.f.invariant', { payday: v.payday ? day('fr', v.payday) : '', rule });
  const amounts =
    v.required && v.found
      ? ` ${say('fr', 'conformance.amounts', { required: amount('fr', v.required.toString()), found: amount('fr', v.found.toString()) })}`
      : '';
  return { en: v.message, fr: `${head}${amounts}` };
}

/** A supplier with no usable answer: what kind of failure, then the harness's words in French, the supplier's own quoted as it wrote them. */
export function failureSaid(error: { kind: string; message: string }): Said {
  return {
    en: `${error.kind}: ${error.message}`,
    fr: `${say('fr', 'report.f.error', { kind: error.kind })} ${failureIn('fr', error.message)}`,
  };
}
