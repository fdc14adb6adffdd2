import { call, serve, Served } from './http-harness';

const HEADER =
  'scenario,record,id,title,first_payday,last_payday,employee_id,province,federal_claim_code,provincial_claim_code,pension_group,classification,step,annual_rate,effective,end,entered,payday,line_code,amount,source';
const DRAFT = [
  HEADER,
  'D1,scenario,,My acting,2026-03-25,2026-04-22,,,,,,,,,,,,,,,',
  'D1,employee,,,,,E-1,ON,1,1,PSSA-2,AS-02,1,,,,,,,,',
  'D1,acting,a1,,,,,,,,,AS-04,1,,2026-03-02,2026-05-29,2026-03-30,,,,',
  'D1,expected,,,,,,,,,,,,,,,,2026-04-08,REGULAR,2639.11,my stub',
].join('\n');

describe("the guided builder's API: pay tables, drafts run through the reference, suppliers (real app)", () => {
  let s: Served;
  beforeAll(async () => {
    s = await serve();
  });
  afterAll(() => s.close());

  const draft = (json: unknown, token = s.tokens.volunteer) => call(s, 'POST', '/api/scenarios/draft', { token, json });

  it('gives the PA pay table with each step and its annual rate, and its source', async () => {
    const res = await call(s, 'GET', '/api/scenarios/pay-tables', { token: s.tokens.volunteer });
    expect(res.status).toBe(200);
    expect(res.body.citation).toContain('PA collective agreement');
    expect(res.body.classifications).toContainEqual({
      classification: 'AS-02',
      steps: [
        { step: 1, annualRate: '68849.00' },
        { step: 2, annualRate: '71464.00' },
        { step: 3, annualRate: '74180.00' },
      ],
    });
  });

  it("runs a valid draft through the reference: each payday's statement, and the stub line confirmed", async () => {
    const res = await draft({ fileName: 'my-pay.csv', text: DRAFT, lang: 'fr' });
    expect(res.status).toBe(200);
    const [answer] = res.body.answers;
    expect(answer.statements.map((st: { payday: string }) => st.payday)).toEqual([
      '2026-03-25',
      '2026-04-08',
      '2026-04-22',
    ]);
    expect(answer.stubs.checks).toEqual([
      expect.objectContaining({ code: 'REGULAR', verdict: 'matches', correct: '2639.11' }),
    ]);
    expect(answer.stubs.checks[0].sentence).toMatch(/^Votre talon : /);
  });

  it('gives every problem of a draft at once, each at its row and column, with hints for the CSV', async () => {
    const bad = DRAFT.replace('2639.11', '"$2,639.11"').replace('2026-03-02', '2026-02-30').replace(',ON,', ',XX,');
    const res = await draft({ text: bad });
    expect(res.status).toBe(200);
    expect(res.body.valid).toBe(false);
    const where = res.body.errors.map((e: { row: number; column: string }) => `${e.row}:${e.column}`).sort();
    expect(where).toEqual(['3:province', '4:effective', '5:amount']);
    expect(JSON.stringify(res.body.errors)).toContain(
      'Write it without the currency sign or the thousands separator: 2639.11.',
    );
    // Relations between fields are checked once the shapes are right: a classification outside the table names annual_rate.
    const table = await draft({ text: DRAFT.replace('AS-02,1,', 'EC-05,1,') });
    expect(table.body.errors).toEqual([expect.objectContaining({ row: 3, column: 'classification' })]);
    expect(table.body.errors[0].message).toContain('or give annual_rate instead');
  });

  it('screens a draft for personal information and never sends a refused value back', async () => {
    const res = await draft({ text: DRAFT.replace(',E-1,', ',jane@example.org,') });
    expect(res.body).toMatchObject({ valid: false, errors: [expect.objectContaining({ kind: 'email', row: 3 })] });
    expect(res.text).not.toContain('example.org');
  });

  it('refuses a draft without text, naming the field; stores nothing', async () => {
    const res = await draft({ fileName: 'x.csv' });
    expect(res.status).toBe(422);
    expect(res.body.message).toContain('text:');
    expect((await call(s, 'GET', '/api/submissions', { token: s.tokens.volunteer })).body).toEqual([]);
  });

  it('lists the suppliers a run may include, for procurement and auditors only', async () => {
    const res = await call(s, 'GET', '/api/suppliers', { token: s.tokens.procurement });
    expect(res.status).toBe(200);
    expect(res.body.map((v: { id: string }) => v.id).sort()).toEqual([
      'daycount',
      'floatwise',
      'quickpay-cli',
      'quickpay-exchange',
    ]);
    expect(res.body).toContainEqual({
      id: 'floatwise',
      name: 'Floatwise Payroll (simulated)',
      version: '3.1.0',
      transport: 'module',
      awaiting: null,
    });
    // The exchange supplier has no import in a fresh data folder: the form leaves it unticked.
    const exchange = res.body.find((v: { id: string }) => v.id === 'quickpay-exchange');
    expect(exchange).toMatchObject({
      transport: 'exchange',
      awaiting: expect.stringContaining('no pay register imported'),
    });
    expect((await call(s, 'GET', '/api/suppliers', { token: s.tokens.volunteer })).status).toBe(403);
  });
});
