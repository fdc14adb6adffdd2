import type { ArgumentsHost } from '@nestjs/common';
import { reportCliError } from '../../../src/cli/run-cli';
import { PayproofError } from '../../../src/domain/errors';
import { ErrorFilter, type ErrorBody } from '../../../src/http/error.filter';
import en from '../../../src/http/dashboard/public/i18n/en.json';
import fr from '../../../src/http/dashboard/public/i18n/fr.json';
import { refusalIn, saidError } from '../../../src/submissions/refusal-text';
import { englishWords } from '../../tools/english-words';

const EN = en as Record<string, string>;
const FR = fr as Record<string, string>;
/** The services' errors: "error.<area>.<name>" (error.generic and error.forbidden are the dashboard's own). */
const KEYS = Object.keys(EN).filter((k) => /^error\.\w+\.\w+$/.test(k));
const params = (t: string) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
/** Names a message quotes rather than says: commands, fields, file kinds. */
const KEPT = new Set(['payproof', 'scenarios', 'validate', 'explain', 'file', 'errors', 'vendor', 'exchange']);
const prose = (t: string) =>
  t
    .replace(/\{\w+\}/g, ' ')
    .replace(/`[^`]*`|«[^»]*»|"[^"]*"/g, ' ')
    .replace(/\S*\/\S*/g, ' ');

function bodyOf(err: unknown): ErrorBody {
  let body: ErrorBody | undefined;
  const host = {
    switchToHttp: () => ({ getResponse: () => ({ status: () => ({ json: (b: ErrorBody) => (body = b) }) }) }),
  } as unknown as ArgumentsHost;
  new ErrorFilter().catch(err, host);
  return body!;
}

function stderrOf(err: unknown, lang: 'en' | 'fr'): { code: number; text: string } {
  const chunks: string[] = [];
  const write = process.stderr.write;
  process.stderr.write = ((c: string) => chunks.push(c) > 0) as typeof process.stderr.write;
  try {
    return { code: reportCliError(err, lang), text: chunks.join('') };
  } finally {
    process.stderr.write = write;
  }
}

describe('the services’ errors in both languages (issue 19): a catalogue key and parameters, as the reference’s refusals', () => {
  it('every error.* key has a French sentence with the same parameters and no English word', () => {
    expect(KEYS.length).toBeGreaterThan(40);
    for (const key of KEYS) {
      expect({ key, fr: typeof FR[key] }).toEqual({ key, fr: 'string' });
      expect({ key, params: params(FR[key]) }).toEqual({ key, params: params(EN[key]) });
      expect({ key, words: englishWords(prose(FR[key]), KEPT) }).toEqual({ key, words: [] });
    }
  });

  it('the English message is the catalogue’s English, filled; the French comes from the key at each door', () => {
    const err = saidError('NOT_FOUND', 'error.run.notFound', { id: 'r-1' });
    expect(err).toBeInstanceOf(PayproofError);
    expect(err.code).toBe('NOT_FOUND');
    expect(err.message).toBe('no evaluation run "r-1"');
    expect(refusalIn('en', err)).toBe(err.message);
    expect(refusalIn('fr', err)).toBe('aucune évaluation « r-1 »');
    expect(bodyOf(err)).toEqual({
      statusCode: 404,
      error: 'NOT_FOUND',
      message: 'no evaluation run "r-1"',
      messageFr: 'aucune évaluation « r-1 »',
    });
    expect(stderrOf(err, 'fr')).toEqual({
      code: stderrOf(err, 'en').code,
      text: 'payproof: aucune évaluation « r-1 »\n',
    });
  });

  it('a parameter said in both languages is said in each; details kept', () => {
    const err = saidError(
      'INVALID_INPUT',
      'error.submission.fileType',
      { found: { en: 'no file name', fr: 'aucun nom de fichier' } },
      { kept: true },
    );
    expect(err.message).toBe(
      'file: expected a .csv or .json scenario file, found no file name (upload it as the multipart field "file")',
    );
    expect(refusalIn('fr', err)).toBe(
      'file : un fichier de scénarios .csv ou .json est attendu, trouvé aucun nom de fichier (téléversez-le dans le champ multipart « file »)',
    );
    expect(bodyOf(err)).toMatchObject({ statusCode: 422, details: { kept: true } });
  });

  it('a flag the CLI names first stays in front, in the French way', () => {
    const err = new PayproofError('INVALID_INPUT', 'x', undefined, {
      field: 'sameAnswerRate',
      say: { key: 'error.run.rate', params: { found: 2 } },
    });
    expect(stderrOf(err, 'fr').text).toBe(
      'payproof: --same-answer-rate : taux de mêmes réponses : un nombre de 0 à 1 est attendu, trouvé 2\n',
    );
  });
});
