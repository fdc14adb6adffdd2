import { Money } from '../../../src/domain/money';
import { LineCodeMap, payRunRequest, readPayRun } from '../../../src/vendors/protocol';
import { engine, exampleScenario } from './helpers';

/** Reading a payRunResult: every failure class, with the exact message a supplier will see. */
const request = payRunRequest({
  requestId: 'r1',
  scenarios: [exampleScenario({ id: 'a' }), exampleScenario({ id: 'b' })],
});

function read(edit: (answer: any) => void = () => undefined, codes: LineCodeMap = new Map()) {
  const answer = engine.handle(JSON.parse(JSON.stringify(request)));
  edit(answer);
  return readPayRun(answer, request, codes);
}

/** The outcome of one employee: `ok` and its statements, or the failure's kind and message. */
function outcome(edit: (answer: any) => void, id = 'a', codes?: LineCodeMap) {
  const r = read(edit, codes).get(id)!;
  return r.ok
    ? { ok: true, paydays: r.value.statements.map((s) => s.payday), missing: r.value.missingPaydays }
    : { kind: r.failure.kind, message: r.failure.message };
}

describe('reading a payRunResult', () => {
  it('turns a correct answer into canonical statements, in payday order, per employee', () => {
    const result = read((a) => a.results[0].statements.reverse());
    const a = result.get('a')!;
    if (!a.ok) throw new Error(a.failure.message);
    expect(a.value.statements.map((s) => s.payday)).toEqual(['2026-01-28', '2026-02-11']);
    expect(a.value.statements[0].lines[0]).toEqual({
      code: 'REGULAR',
      amount: Money.of('2639.11'),
      description: 'Regular pay',
    });
    expect(a.value.missingPaydays).toEqual([]);
    expect(result.get('b')!.ok).toBe(true);
  });

  it('money as a JSON number is a schema violation of that employee only', () => {
    expect(outcome((a) => (a.results[0].statements[1].lines[1].amount = 28.5))).toEqual({
      kind: 'schema',
      message:
        'results[0].statements[1].lines[1].amount: found the number 28.5, expected money as text with exactly two decimals, e.g. "12.34"',
    });
    expect(outcome((a) => (a.results[0].statements[1].lines[1].amount = 28.5), 'b')).toMatchObject({ ok: true });
  });

  it('money needs exactly two decimals', () => {
    expect(outcome((a) => (a.results[0].statements[0].gross = '2639.1')).message).toBe(
      'results[0].statements[0].gross: found the text "2639.1", expected money as text with exactly two decimals and an optional leading "-", e.g. "12.34" or "-0.50"',
    );
  });

  it('an unknown field is rejected, naming the field and the known ones', () => {
    expect(
      outcome((a) => (a.results[0].statements[0].lines[0].forperiod = { start: '2025-12-18', end: '2025-12-31' }))
        .message,
    ).toBe(
      'results[0].statements[0].lines[0].forperiod: unexpected field (expected only: code, forPeriod, amount, hours, rate, description)',
    );
  });

  it('counts every problem, and keeps them all in the detail', () => {
    const r = read((a) => a.results[0].statements.forEach((s: any) => (s.net = 1))).get('a')!;
    expect(r.ok ? undefined : r.failure).toEqual({
      kind: 'schema',
      message:
        'results[0].statements[0].net: found the number 1, expected money as text with exactly two decimals, e.g. "12.34" (and 1 more problem)',
      detail: {
        issues: [
          expect.stringMatching(/^results\[0\]\.statements\[0\]\.net: /),
          expect.stringMatching(/^results\[0\]\.statements\[1\]\.net: /),
        ],
      },
    });
  });

  it('a status other than ok or unsupported', () => {
    expect(outcome((a) => (a.results[1].status = 'done'), 'b').message).toBe(
      'results[1].status: found the text "done", expected one of "ok", "unsupported"',
    );
  });

  it('an unknown line code, unless the manifest maps it', () => {
    const basic = (a: any) => (a.results[0].statements[0].lines[0].code = 'BASIC');
    expect(outcome(basic).message).toMatch(
      /^results\[0\]\.statements\[0\]\.lines\[0\]\.code: BASIC is not a pay line code \(expected one of REGULAR, ACTING, .*UNION_DUES, or a code the manifest maps in lineCodes\)$/,
    );
    const mapped = read(basic, new Map([['BASIC', 'REGULAR']])).get('a')!;
    expect(mapped.ok && mapped.value.statements[0].lines[0].code).toBe('REGULAR');
  });

  it.each([
    [
      'protocol',
      (a: any) => (a.protocol = 'payproof-vendor/2'),
      'protocol: found the text "payproof-vendor/2", expected "payproof-vendor/1"',
    ],
    ['type', (a: any) => (a.type = 'payrunresult'), 'type: found the text "payrunresult", expected "payRunResult"'],
    ['requestId', (a: any) => (a.requestId = 'r2'), 'requestId: found "r2", expected "r1" (the request\'s id)'],
    ['supplier', (a: any) => delete a.supplier, 'supplier: missing (expected an object ({ … }))'],
  ])('a wrong %s fails every employee of the request', (_field, edit, message) => {
    for (const id of ['a', 'b']) expect(outcome(edit, id)).toEqual({ kind: 'schema', message });
  });

  it('an answer that is not an object', () => {
    expect(readPayRun('hello', request, new Map()).get('a')).toMatchObject({
      failure: { kind: 'schema', message: 'answer: found the text "hello", expected an object ({ … })' },
    });
  });

  it('an error message fails every employee as vendor-error, with its code', () => {
    const error = {
      protocol: 'payproof-vendor/1',
      type: 'error',
      requestId: 'r1',
      code: 'internal',
      message: 'rules tables failed to load',
    };
    const failure = {
      kind: 'vendor-error',
      message: 'supplier answered error internal: rules tables failed to load',
      detail: { code: 'internal' },
    };
    expect(readPayRun(error, request, new Map()).get('b')).toEqual({ ok: false, failure });
    expect(readPayRun({ ...error, code: undefined }, request, new Map()).get('a')).toMatchObject({
      failure: {
        kind: 'schema',
        message: 'code: found nothing, expected an error code: lower-case letters, digits and "-", e.g. "bad-request"',
      },
    });
  });

  it("unsupported, with the supplier's reason", () => {
    const edit = (a: any) =>
      (a.results[0] = { employeeId: 'a', status: 'unsupported', reason: 'leave without pay is not supported' });
    expect(outcome(edit)).toEqual({
      kind: 'unsupported',
      message: 'supplier does not support this employee: leave without pay is not supported',
    });
  });
});

describe('reading a payRunResult: whose pay is it', () => {
  it('no result for an employee', () => {
    expect(outcome((a) => a.results.pop(), 'b')).toEqual({
      kind: 'wrong-employee',
      message: 'results: no result for employee "b" (expected one result per employee of the request)',
    });
    expect(outcome((a) => a.results.pop(), 'a')).toMatchObject({ ok: true });
  });

  it('two results for one employee', () => {
    expect(outcome((a) => a.results.push(a.results[0]))).toEqual({
      kind: 'wrong-employee',
      message: 'results[2].employeeId: a second result for employee "a" (the first is results[0]; expected one)',
    });
  });

  it('a result for someone not asked about fails the whole request', () => {
    const message = 'results[1].employeeId: found "c", an employee not in the request (expected one of a, b)';
    for (const id of ['a', 'b'])
      expect(outcome((a) => (a.results[1].employeeId = 'c'), id)).toEqual({ kind: 'wrong-employee', message });
  });

  it("a statement for another employee inside someone's result", () => {
    expect(outcome((a) => (a.results[0].statements[1].employeeId = 'b'))).toEqual({
      kind: 'wrong-employee',
      message: 'results[0].statements[1].employeeId: found "b", expected "a" (the result\'s employee)',
    });
  });
});

describe('reading a payRunResult: paydays', () => {
  it('a missing payday is a missed pay, not a failure', () => {
    expect(outcome((a) => a.results[0].statements.shift())).toEqual({
      ok: true,
      paydays: ['2026-02-11'],
      missing: ['2026-01-28'],
    });
  });

  it('a payday that was not asked for', () => {
    expect(outcome((a) => (a.results[0].statements[1].payday = '2026-02-25')).message).toBe(
      'results[0].statements[1].payday: 2026-02-25 was not asked for (expected one of 2026-01-28, 2026-02-11)',
    );
  });

  it('two statements for one payday', () => {
    const edit = (a: any) => (a.results[0].statements[1] = { ...a.results[0].statements[0] });
    expect(outcome(edit).message).toBe(
      'results[0].statements[1].payday: a second statement for 2026-01-28 (the first is statements[0]; expected one per payday)',
    );
  });

  it('a statement for the wrong period', () => {
    expect(outcome((a) => (a.results[0].statements[0].periodStart = '2026-01-02')).message).toBe(
      'results[0].statements[0].periodStart: found 2026-01-02, expected 2026-01-01 (the period paid on 2026-01-28)',
    );
  });

  it('a retroactive line whose period ends before it starts', () => {
    const edit = (a: any) =>
      (a.results[0].statements[1].lines[0].forPeriod = { start: '2025-12-31', end: '2025-12-18' });
    expect(outcome(edit).message).toBe(
      'results[0].statements[1].lines[0].forPeriod.end: 2025-12-18 is before start 2025-12-31 (expected a date on or after 2025-12-31)',
    );
  });
});
