/**
 * A small English-word detector for text meant to be French. Function words and the nouns our
 * English messages use, none of which French uses; field names, codes and values typed by the
 * volunteer (listed in `kept`) are taken out first, so `payRuns.from` or `REGULAR` do not count.
 */
const ENGLISH = new Set(
  (
    'the and with from this that is are of to expected found missing not only must given gives neither nor both ' +
    'instead already before after outside between each every number text amount money list object empty ' +
    'unexpected field whole written paid pay payday stub supplier reference row column leave without tax ' +
    'income contribution premium regular acting overtime gross deduction period annual federal ' +
    'credit rate bonus recovered overpayment owed now far share'
  ).split(' '),
);

/**
 * The English words of `text` once the `kept` words (field names, codes, typed values) are taken
 * out. Codes in capitals (FEDERAL_TAX) and identifiers (cutoff.pay-run-lock, e1) are not words.
 */
export function englishWords(text: string, kept: ReadonlySet<string> = new Set()): string[] {
  return text
    .split(/[\s,;:()[\]{}«»"'’…!?/=×+−]+/u)
    .map((t) => t.replace(/\.$/, ''))
    .filter((t) => t !== '' && !/[._\-\d]/.test(t) && t !== t.toUpperCase())
    .filter((w) => !kept.has(w) && ENGLISH.has(w.toLowerCase()));
}

/** Every key of a JSON value, at any depth, and every string value that looks like a code or a field name. */
export function namesIn(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => namesIn(v, into));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      into.add(k);
      namesIn(v, into);
    }
  else if (typeof value === 'string' && /^[A-Za-z][A-Za-z0-9]*$/.test(value)) into.add(value);
  return into;
}
