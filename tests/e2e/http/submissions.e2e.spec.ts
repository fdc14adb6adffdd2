import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { SUBMISSION_LIMITS } from '../../../src/submissions/submission-limits';
import { call, fileForm, serve, Served } from './http-harness';

const FIXTURES = path.join(__dirname, '../../fixtures/submissions');
const good = readFileSync(path.join(FIXTURES, 'good.csv'), 'utf8');
const badDate = readFileSync(path.join(FIXTURES, 'bad-date.csv'), 'utf8');

/** The good file with one cell replaced: row 3 is the employee row, `employee_id` its 9th column. */
function withEmployeeId(value: string): string {
  return good.replace(',E1,', `,${value},`);
}

describe('volunteer submissions over HTTP (real app, real SQLite file)', () => {
  let s: Served;
  beforeAll(async () => {
    s = await serve();
  });
  afterAll(() => s.close());

  const submit = (name: string, content: string | Buffer, token = s.tokens.volunteer) =>
    call(s, 'POST', '/api/submissions', { token, form: fileForm(name, content) });

  it('accepts a valid CSV file: status accepted, with the scenario ids it holds', async () => {
    const res = await submit('my-pay.csv', good);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ fileName: 'my-pay.csv', status: 'accepted', scenarioIds: ['VOL-1'], errors: [] });
  });

  it("refuses an invalid file with 422 and the catalogue's row-and-column error, and records it as invalid", async () => {
    const res = await submit('my-pay.csv', badDate);
    expect(res.status).toBe(422);
    const submission = res.body.details.submission;
    expect(submission.status).toBe('invalid');
    expect(submission.errors).toEqual([
      expect.objectContaining({
        file: 'my-pay.csv',
        row: 4,
        column: 'effective',
        message: expect.stringContaining('2026-02-30 is not a date'),
      }),
    ]);
    const again = await call(s, 'GET', `/api/submissions/${submission.id}`, { token: s.tokens.volunteer });
    expect(again.body.status).toBe('invalid');
  });

  it.each([
    ['a SIN written plainly', '046454286', 'Social Insurance Number'],
    ['a SIN written with spaces', '046 454 286', 'Social Insurance Number'],
    ['a SIN written with dashes', '046-454-286', 'Social Insurance Number'],
    ['an e-mail address', 'jane.doe@canada.ca', 'e-mail address'],
    ['a telephone number', '(613) 555-0199', 'telephone number'],
  ])('refuses %s, naming the cell and not storing the file', async (_label, value, what) => {
    const res = await submit('my-pay.csv', withEmployeeId(value));
    expect(res.status).toBe(422);
    const [error] = res.body.details.submission.errors;
    expect(error).toMatchObject({ file: 'my-pay.csv', row: 3, column: 'employee_id' });
    expect(error.message).toContain(what);
    expect(res.text).not.toContain(value);
  });

  it('lets through a 9-digit number that fails the SIN check', async () => {
    const res = await submit('my-pay.csv', withEmployeeId('046454287'));
    expect(res.body.details?.submission?.errors ?? []).not.toContainEqual(
      expect.objectContaining({ message: expect.stringContaining('Social Insurance Number') }),
    );
  });

  it('screens JSON files too, naming the field by its path', async () => {
    const json = JSON.stringify({ id: 'J1', title: 'x', employee: { id: 'me@example.org' } });
    const res = await submit('mine.json', json);
    expect(res.status).toBe(422);
    expect(res.body.details.submission.errors[0]).toMatchObject({
      column: 'employee.id',
      message: expect.stringContaining('e-mail'),
    });
  });

  it('answers 413 over the size limit, saying what the limit is', async () => {
    const res = await submit('big.csv', Buffer.alloc(SUBMISSION_LIMITS.maxBytes + 1, 'a'));
    expect(res.status).toBe(413);
    expect(res.body.message).toContain(`${SUBMISSION_LIMITS.maxBytes / 1024} KiB`);
  });

  it('answers 422 over the row limit, saying what the limit is', async () => {
    const row = good.trim().split('\n')[3];
    const rows = Array.from({ length: SUBMISSION_LIMITS.maxRows + 1 }, (_, i) => row.replace('o1', `o${i}`));
    const res = await submit('long.csv', [good.trim(), ...rows].join('\n'));
    expect(res.status).toBe(422);
    expect(res.body.message).toContain(`limit of ${SUBMISSION_LIMITS.maxRows} rows`);
  });

  it('answers 422 naming the field when no file is sent, or a file of another kind', async () => {
    const none = await call(s, 'POST', '/api/submissions', { token: s.tokens.volunteer, form: new FormData() });
    expect(none.status).toBe(422);
    expect(none.body.message).toContain('multipart field "file"');
    const pdf = await submit('stub.pdf', 'x');
    expect(pdf.status).toBe(422);
    expect(pdf.body.message).toContain('.csv or .json');
  });

  it('accepts a JSON scenario file too', async () => {
    const json = readFileSync(path.join(__dirname, '../../fixtures/protocol/example/scenario.json'));
    const res = await submit('example.json', json);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: 'accepted', errors: [] });
  });

  it('validates a file without storing it, with the same row-and-column errors', async () => {
    const before = (await call(s, 'GET', '/api/submissions', { token: s.tokens.volunteer })).body.length;
    const bad = await call(s, 'POST', '/api/scenarios/validate', {
      token: s.tokens.volunteer,
      form: fileForm('my-pay.csv', badDate),
    });
    expect(bad.status).toBe(200);
    expect(bad.body).toEqual({
      valid: false,
      scenarios: [],
      errors: [expect.objectContaining({ row: 4, column: 'effective' })],
    });
    const ok = await call(s, 'POST', '/api/scenarios/validate', {
      token: s.tokens.auditor,
      form: fileForm('my-pay.csv', good),
    });
    expect(ok.body).toEqual({ valid: true, scenarios: ['VOL-1'], errors: [] });
    expect((await call(s, 'GET', '/api/submissions', { token: s.tokens.volunteer })).body.length).toBe(before);
  });

  it('lists and reads the catalogue the service evaluates', async () => {
    const list = await call(s, 'GET', '/api/scenarios', { token: s.tokens.procurement });
    expect(list.body.errors).toEqual([]);
    const first = list.body.scenarios[0];
    expect(first).toMatchObject({ id: expect.any(String), hash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const one = await call(s, 'GET', `/api/scenarios/${first.id}`, { token: s.tokens.auditor });
    expect(one.body).toMatchObject({ hash: first.hash, scenario: { id: first.id } });
  });
});
