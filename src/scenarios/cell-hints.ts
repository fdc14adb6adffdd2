import type { Words } from '../domain/scenario';

/**
 * What a spreadsheet commonly does to a cell that the validator then refuses, and how to
 * undo it. The validator says what was expected; these add how to get there from what was typed.
 */
/** Currency signs and the spaces a spreadsheet puts around or inside an amount (no-break ones included). */
const DECORATION = /[$€\s\u00a0\u202f]/g;

/**
 * The amount a volunteer meant, written as the file wants it (digits, a point, two decimals
 * at most), from what a spreadsheet shows: "$3,456.12" → 3456.12, "3 456,12 $" → 3456.12.
 * Undefined when it is not an amount written some other way.
 */
export function plainAmount(raw: string): string | undefined {
  const bare = raw.replace(DECORATION, '');
  const fixed = /^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(bare)
    ? bare.replace(/,/g, '')
    : /^-?\d+,\d{1,2}$/.test(bare)
      ? bare.replace(',', '.')
      : bare;
  return fixed !== raw && /^-?\d+(\.\d{1,2})?$/.test(fixed) ? fixed : undefined;
}

/** Every hint names the whole fix, so following it gives a value the validator takes (one round, not several). */
const HINTS: ReadonlyArray<{ test: RegExp; hint: (raw: string) => Words | undefined }> = [
  {
    test: /[$€]/,
    hint: (raw) => {
      const fixed = plainAmount(raw);
      if (fixed === undefined) return undefined;
      const grouped = /\d[,\s\u00a0\u202f]\d{3}/.test(raw.replace(/[$€]/g, ''));
      return {
        en: `Write it without the currency sign${grouped ? ' or the thousands separator' : ''}: ${fixed}.`,
        fr: `Écrivez-le sans le symbole monétaire${grouped ? ' ni le séparateur de milliers' : ''} : ${fixed}.`,
      };
    },
  },
  {
    test: /^-?\d+,\d{1,2}$/,
    hint: (raw) => ({
      en: `In this file decimals take a point: write ${raw.replace(',', '.')}.`,
      fr: `Dans ce fichier, les décimales s’écrivent avec un point : écrivez ${raw.replace(',', '.')}.`,
    }),
  },
  {
    test: /^-?\d{1,3}([,\s\u00a0\u202f]\d{3})+([.,]\d+)?$/,
    hint: (raw) => {
      const fixed = plainAmount(raw);
      return fixed === undefined
        ? undefined
        : {
            en: `Write it without the thousands separator: ${fixed}.`,
            fr: `Écrivez-le sans le séparateur de milliers : ${fixed}.`,
          };
    },
  },
  {
    test: /^\d{1,4}[/.]\d{1,2}[/.]\d{1,4}$/,
    hint: () => ({
      en: "Your spreadsheet may have changed the date's format: set the column's format to Text and type the date as YYYY-MM-DD.",
      fr: 'Votre tableur a peut-être changé le format de la date : donnez à la colonne le format Texte et tapez la date sous la forme AAAA-MM-JJ.',
    }),
  },
];

/** A sentence on how to fix what was typed in a refused cell (English), or undefined when there is nothing to add. */
export function cellHint(raw: string | undefined): string | undefined {
  return cellHintWords(raw)?.en;
}

/** The same sentence in both languages. */
export function cellHintWords(raw: string | undefined): Words | undefined {
  if (raw === undefined) return undefined;
  return HINTS.find((h) => h.test.test(raw))?.hint(raw);
}

/** Spaces used to group thousands by French-locale spreadsheets ("1 027,84"), including no-break spaces. */
const GROUP_SEPARATOR = /(?<=\d)[ \u00a0\u202f](?=\d{3}(?:\D|$))/g;

/** A semicolon file's decimal written the standard way: "1 027,84" → "1027.84". Other text is left as typed. */
export function fromDecimalComma(raw: string): string {
  return raw.replace(GROUP_SEPARATOR, '').replace(/^(-?\d+),(\d+)$/, '$1.$2');
}
