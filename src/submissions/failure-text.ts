import { moment, type Lang } from './reader-text';

/**
 * Why a supplier gave no usable answer, in the reader's language (issue 19). The harness's own
 * words (a timeout, a crash, a missing register) are stored in English, so a French reader gets
 * them again from their template, as stored refusals are (refusal-text.ts); the supplier's own
 * text inside them (its error message, its reason) is never translated: it is quoted and said to
 * be the supplier's. A message no template reads is quoted as stored, said to be English.
 * Each piece says whether it is English, so HTML can mark it lang="en".
 */
export interface Piece {
  text: string;
  en?: true;
}

type Render = (m: RegExpExecArray) => Piece[];

const fr = (text: string): Piece => ({ text });
const quoted = (text: string): Piece[] => [fr('« '), { text, en: true }, fr(' »')];
/** "more than 10 MB" → "plus de 10 Mo"; "12.5 KB" → "12,5 Ko". */
const size = (s: string) =>
  s
    .replace(/^more than /, 'plus de ')
    .replace(/(\d)\.(\d)/, '$1,$2')
    .replace(/ KB$/, ' Ko')
    .replace(/ MB$/, ' Mo')
    .replace(/ bytes$/, ' octets');

/** The harness's failure sentences (src/vendors/transports, protocol), most specific first. */
const TEMPLATES: [RegExp, Render][] = [
  // A stored error finding (finding-records.ts): its kind is said by the sentence that quotes it.
  [/^Supplier failed \([^)]*\): ([\s\S]*)$/, (m) => french(m[1])],
  [
    /^no answer by the deadline (\S+): ([\s\S]*)$/,
    (m) => [fr(`aucune réponse à l’échéance (${moment('fr', m[1])}) : `), ...french(m[2])],
  ],
  [/^describe failed: ([\s\S]*)$/, (m) => [fr('la description du fournisseur a échoué : '), ...french(m[1])]],
  [
    /^supplier answered error (\S+): ([\s\S]*)$/,
    (m) => [fr(`le fournisseur a répondu par l’erreur ${m[1]}; son message, tel qu’il l’a écrit : `), ...quoted(m[2])],
  ],
  [
    /^supplier does not support this employee: ([\s\S]*)$/,
    (m) => [
      fr('le fournisseur ne prend pas cet employé en charge; sa raison, telle qu’il l’a écrite : '),
      ...quoted(m[1]),
    ],
  ],
  [/^supplier did not answer within (\d+) ms$/, (m) => [fr(`le fournisseur n’a pas répondu en ${m[1]} ms`)]],
  [
    /^supplier did not finish its answer within (\d+) ms \((.+) received\)$/,
    (m) => [fr(`le fournisseur n’a pas terminé sa réponse en ${m[1]} ms (${size(m[2])} reçus)`)],
  ],
  [
    /^supplier's answer is (.+), over the (.+) limit$/,
    (m) => [fr(`la réponse du fournisseur fait ${size(m[1])}, au-delà de la limite de ${size(m[2])}`)],
  ],
  [/^supplier's answer is empty$/, () => [fr('la réponse du fournisseur est vide')]],
  [/^the harness cancelled the call$/, () => [fr('le banc d’essai a annulé l’appel')]],
  [/^supplier exited with code (-?\d+)$/, (m) => [fr(`le fournisseur s’est arrêté avec le code ${m[1]}`)]],
  [/^supplier was killed by (\S+)$/, (m) => [fr(`le fournisseur a été arrêté par ${m[1]}`)]],
  [
    /^supplier's engine exited with code (-?\d+)$/,
    (m) => [fr(`le moteur du fournisseur s’est arrêté avec le code ${m[1]}`)],
  ],
  [
    /^supplier's engine ran out of memory \(limit (\d+) MB of heap\)$/,
    (m) => [fr(`le moteur du fournisseur a manqué de mémoire (limite de ${m[1]} Mo de tas)`)],
  ],
  [
    /^awaiting supplier (\S+): no register imported (yet \(run `payproof exchange import`\)|in import (\S+)) for ([\s\S]*)$/,
    (m) => [
      fr(
        `en attente du fournisseur ${m[1]} : aucun registre importé ${m[3] ? `dans l’importation ${m[3]}` : 'pour l’instant (lancez `payproof exchange import`)'} pour ${m[4].replace(/ and (\d+) more paydays/, ' et $1 autres jours de paye')}`,
      ),
    ],
  ],
];

/** The French of a failure message: the template's, or the message quoted as stored. */
function french(message: string): Piece[] {
  for (const [re, render] of TEMPLATES) {
    const m = re.exec(message);
    if (m) return render(m);
  }
  return [...quoted(message), fr(' (tel qu’enregistré, en anglais)')];
}

/** A failure message in the reader's language, in pieces (English ones marked). */
export function failurePieces(lang: Lang, message: string): Piece[] {
  return lang === 'en' ? [{ text: message }] : french(message);
}

/** The same as plain text. */
export function failureIn(lang: Lang, message: string): string {
  return failurePieces(lang, message)
    .map((p) => p.text)
    .join('');
}
