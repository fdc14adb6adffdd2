import type { FindingKind } from '../../domain/checks/finding.types';
import { findingMessage, type FindingFields } from '../../domain/checks/messages';
import { Money } from '../../domain/money';
import type { LineCode } from '../../domain/scenario';
import type { StoredFinding } from '../../evaluation/ports/run-recorder.port';
import { reading, say } from '../../submissions/reader-text';
import type { Said } from '../said';

/** The kinds whose sentence is made from the finding's fields alone (domain/checks/messages.ts). */
const KINDS: readonly string[] = ['different', 'missing', 'unexpected', 'gross', 'net', 'missed-pay', 'unexpected-pay'];
/** The one part of a line's sentence its stored fields do not hold: how many lines were summed. */
const SUMMED = /; supplier sent (\d+) lines?, reference (\d+) lines? under this code and period, compared as sums$/;
const MONEY = /^-?\d+\.\d{2}$/;

/** The fields a stored finding's sentence was made from, when it holds them all. */
function fieldsOf(f: StoredFinding): FindingFields | undefined {
  if (!KINDS.includes(f.kind) || !f.payday || !f.expected || !f.actual) return undefined;
  if (!MONEY.test(f.expected) || !MONEY.test(f.actual)) return undefined;
  const summed = SUMMED.exec(f.message);
  return {
    kind: f.kind as FindingKind,
    payday: f.payday,
    code: f.code as LineCode | null,
    expected: Money.of(f.expected),
    actual: Money.of(f.actual),
    ...(f.forPeriodStart && f.forPeriodEnd && { forPeriod: { start: f.forPeriodStart, end: f.forPeriodEnd } }),
    ...(summed && { summed: { actual: Number(summed[1]), expected: Number(summed[2]) } }),
  };
}

/**
 * A stored finding's sentence quoted by `verify` (issue 19): the English as stored, and in French
 * the same sentence made again from the stored fields, in French days and money, when making it
 * again in English gives back exactly the stored sentence (so the French says the same); else
 * the stored English, said to be quoted as stored (an invariant, a supplier's error, a stub line).
 */
export function quotedFinding(f: StoredFinding, brief: (m: string) => string): Said {
  const fields = fieldsOf(f);
  if (fields && findingMessage(fields, 'en') === f.message)
    return { en: brief(f.message), fr: `« ${brief(findingMessage(fields, reading('fr')))} »` };
  return { en: brief(f.message), fr: say('fr', 'audit.diff.asStored', { message: brief(f.message) }) };
}
