import { defaultPatterns, type PiiPattern } from '@cdssnc/sanitize-pii';

/**
 * What payproof refuses to hold: the identifiers a Canadian public servant might type, found
 * with the Canadian Digital Service's patterns (@cdssnc/sanitize-pii, MIT, no dependencies:
 * SIN, PRI, phone, postal code, addresses in English and French, provincial health cards and
 * driver's licences, passport, bank account, credit card, PO box, IP address, GC Notify key)
 * plus the e-mail address, which that package does not cover.
 *
 * Its number patterns are broad on purpose (any 9 digits is a "SIN", any 8 or 9 a "PRI"), and a
 * scenario is full of numbers, so a match is an identifier only if it is not one of them
 * (`isPlausible`): a decimal number (an amount or a rate: 360.717571) or a part of a longer
 * number (1,234,567.89) is not, nor is an address whose "civic number" is a date.
 */
export const PII_KINDS = [
  'sin',
  'pri',
  'email',
  'phone',
  'postal-code',
  'address',
  'health-card',
  'drivers-licence',
  'passport',
  'bank-account',
  'credit-card',
  'other',
] as const;
export type PiiKind = (typeof PII_KINDS)[number];

/** The package's pattern names, by the kind a volunteer is told about. */
const KIND_OF: Readonly<Record<string, PiiKind>> = {
  sin: 'sin',
  pri: 'pri',
  email: 'email',
  phone_number: 'phone',
  phone_number_international: 'phone',
  postal_code: 'postal-code',
  address_en: 'address',
  address_fr: 'address',
  po_box: 'address',
  passport_canada: 'passport',
  bank_account_canada: 'bank-account',
  credit_card: 'credit-card',
};

export function kindOf(patternName: string): PiiKind {
  if (patternName.startsWith('health_card_')) return 'health-card';
  if (patternName.startsWith('drivers_license_')) return 'drivers-licence';
  return KIND_OF[patternName] ?? 'other';
}

/** Not in @cdssnc/sanitize-pii: an e-mail address (local part, @, a domain with a dot). */
const EMAIL: PiiPattern = {
  name: 'email',
  regex: /[^\s@,;"'<>()]+@[^\s@,;"'<>()]+\.[a-z]{2,}/gi,
  description: 'E-mail address',
};

/** Every pattern, the SIN first so a 9-digit number passing its check is named a SIN, not a PRI. */
export const PII_PATTERNS: readonly PiiPattern[] = [
  ...defaultPatterns.filter((p) => p.name === 'sin'),
  EMAIL,
  ...defaultPatterns.filter((p) => p.name !== 'sin'),
];

/** The Luhn check the SIN uses (Employment and Social Development Canada, SIN validation). */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  [...digits].reverse().forEach((ch, i) => {
    let d = Number(ch) * (i % 2 === 1 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  });
  return sum % 10 === 0;
}

const NUMERIC = /^[\d\s._-]+$/;
/** An amount or a rate: digits, one decimal point or comma, digits (360.717571, 27,84). */
const DECIMAL = /^\d+[.,]\d+$/;
const ISO_DATE_START = /^\d{4}-\d{2}-\d{2}/;

/** Whether the match sits inside a longer number: a digit, or a separator and a digit, touches it. */
function insideNumber(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 2), start);
  const after = text.slice(end, end + 2);
  return /\d$|\d[.,]$/.test(before) || /^\d|^[.,]\d/.test(after);
}

/** Whether a pattern's match is an identifier rather than one of a scenario's own numbers or dates. */
export function isPlausible(pattern: PiiPattern, text: string, match: RegExpMatchArray): boolean {
  const found = match[0].trim();
  const start = match.index ?? 0;
  if (NUMERIC.test(found) && (DECIMAL.test(found) || insideNumber(text, start, start + match[0].length))) return false;
  if (pattern.name === 'sin') return passesLuhn(found.replace(/\D/g, ''));
  if (pattern.name.startsWith('address_')) return !ISO_DATE_START.test(found);
  return true;
}

/** Each pattern compiled once, global so that every match in a text is looked at. */
const COMPILED: ReadonlyArray<{ pattern: PiiPattern; regex: RegExp }> = PII_PATTERNS.map((pattern) => ({
  pattern,
  regex: new RegExp(
    pattern.regex.source,
    pattern.regex.flags.includes('g') ? pattern.regex.flags : `${pattern.regex.flags}g`,
  ),
}));

/**
 * Texts already screened, with what was found (null: nothing). A catalogue repeats the same
 * cells (dates, codes, amounts) across thousands of employees, and the screen runs on every
 * cell of every file an evaluation reads (issue 13). Bounded: emptied when full.
 */
const SEEN = new Map<string, PiiKind | null>();
const SEEN_LIMIT = 100_000;

/** The first kind of identifier found in a text, or undefined. */
export function identifierIn(text: string): PiiKind | undefined {
  const seen = SEEN.get(text);
  if (seen !== undefined) return seen ?? undefined;
  const found = firstIdentifier(text);
  if (SEEN.size >= SEEN_LIMIT) SEEN.clear();
  SEEN.set(text, found ?? null);
  return found;
}

function firstIdentifier(text: string): PiiKind | undefined {
  for (const { pattern, regex } of COMPILED) {
    // matchAll copies the regex, so the shared one's lastIndex is never moved.
    for (const match of text.matchAll(regex)) {
      if (isPlausible(pattern, text, match)) return kindOf(pattern.name);
    }
  }
  return undefined;
}
