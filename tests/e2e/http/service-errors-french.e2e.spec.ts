import { call, fileForm, serve, type Served } from './http-harness';
import { englishWords } from '../../tools/english-words';

/**
 * The services' errors over HTTP in both languages (issue 19): `message` in English as it always
 * was, `messageFr` beside it (the dashboard shows the page's), the status unchanged.
 */
const HEADER = 'scenario,record,id,title,family,first_payday,last_payday,employee_id,province,annual_rate';
const BAD_CSV = [HEADER, 's1,scenario,,T,,2026-01-14,2026-01-28,,,', 's1,employee,,,,,,E-1,ZZ,lots'].join('\n');
const KEPT = new Set(['file', 'errors']);
const prose = (t: string) => t.replace(/«[^»]*»|"[^"]*"|`[^`]*`/g, ' ').replace(/\S*\/\S*/g, ' ');

describe('the services’ errors over HTTP, in English and French', () => {
  let s: Served;
  beforeAll(async () => (s = await serve()), 60_000);
  afterAll(() => s?.close());

  it('a bad CSV through the submissions and scenarios services: 422, each problem and the summary in both languages', async () => {
    const answer = await call(s, 'POST', '/api/submissions', {
      token: s.tokens.volunteer,
      form: fileForm('ma-paye.csv', BAD_CSV),
    });
    expect(answer.status).toBe(422);
    const body = answer.body as { message: string; messageFr: string; details: { submission: { errors: unknown[] } } };
    expect(body.message).toMatch(
      /^ma-paye\.csv: \d+ problem\(s\) to fix; see "errors" \(each names the row and column\)$/,
    );
    expect(body.messageFr).toMatch(
      /^ma-paye\.csv : \d+ problème\(s\) à corriger; voyez « errors » \(chacun nomme la ligne et la colonne\)$/,
    );
    expect(englishWords(prose(body.messageFr), KEPT)).toEqual([]);
    expect(body.details.submission.errors.length).toBeGreaterThan(0);
  });

  it('a file of the wrong kind, and an unknown run: the same codes, French beside the English', async () => {
    const wrong = await call(s, 'POST', '/api/submissions', {
      token: s.tokens.volunteer,
      form: fileForm('stub.txt', 'x'),
    });
    expect(wrong.status).toBe(422);
    expect(wrong.body).toMatchObject({
      message:
        'file: expected a .csv or .json scenario file, found "stub.txt" (upload it as the multipart field "file")',
      messageFr:
        'file : un fichier de scénarios .csv ou .json est attendu, trouvé "stub.txt" (téléversez-le dans le champ multipart « file »)',
    });
    const none = await call(s, 'GET', '/api/runs/no-such-run', { token: s.tokens.procurement });
    expect(none.status).toBe(404);
    expect(none.body).toMatchObject({
      message: 'no evaluation run "no-such-run"',
      messageFr: 'aucune évaluation « no-such-run »',
    });
  });
});
