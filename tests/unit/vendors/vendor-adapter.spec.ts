import { ProtocolVendorAdapter, VendorOutcome } from '../../../src/vendors/vendor-adapter';
import { TransportOutcome } from '../../../src/vendors/vendor-transport';
import { engine, engineTransport, exampleJson, exampleScenario, FakeTransport, manifest, ok } from './helpers';

function adapter(transport: FakeTransport, patch: Record<string, unknown> = {}) {
  return new ProtocolVendorAdapter({ manifest: manifest(patch), manifestHash: 'f'.repeat(64), transport });
}

const scenarios = (...ids: string[]) => ids.map((id) => exampleScenario({ id }));
const kinds = (m: Map<string, VendorOutcome>) => [...m].map(([id, o]) => [id, o.ok ? 'ok' : o.failure.kind]);

describe('ProtocolVendorAdapter', () => {
  it('describes the supplier', async () => {
    const outcome = await adapter(engineTransport({ name: 'Acme Payroll' })).describe();
    expect(outcome).toMatchObject({
      ok: true,
      description: { supplier: { name: 'Acme Payroll', version: '1.0.0' } },
      elapsedMs: 7,
    });
  });

  it('asks describe once, then batches up to maxEmployeesPerRequest, with deterministic request ids', async () => {
    const transport = engineTransport({ maxEmployees: 2 });
    const outcomes = await adapter(transport).payRun(scenarios('s1', 's2', 's3', 's4', 's5'));
    expect(kinds(outcomes)).toEqual(['s1', 's2', 's3', 's4', 's5'].map((id) => [id, 'ok']));
    expect(transport.requests.map((r) => [r.requestId, r.type, r.employees?.length])).toEqual([
      ['acme-1', 'describe', undefined],
      ['acme-2', 'payRun', 2],
      ['acme-3', 'payRun', 2],
      ['acme-4', 'payRun', 1],
    ]);
  });

  it('gives canonical statements, the missed paydays, and the time of the call', async () => {
    const transport = engineTransport(
      {},
      (answer) => (answer.type === 'payRunResult' && answer.results[0].statements.pop(), answer),
    );
    const outcome = (await adapter(transport).payRun(scenarios('s1'))).get('s1')!;
    expect(outcome).toMatchObject({ ok: true, missingPaydays: ['2026-02-11'], elapsedMs: 7 });
    expect(outcome.ok && outcome.statements.map((s) => [s.employeeId, s.payday, s.gross.toString()])).toEqual([
      ['s1', '2026-01-28', '2639.11'],
    ]);
  });

  it('does not send a scenario outside the declared capabilities; reports it unsupported with the reason', async () => {
    const transport = engineTransport();
    const lwop = { id: 'lwop', kind: 'leaveWithoutPay', start: '2026-01-19', end: '2026-01-20', entered: '2026-01-10' };
    const qc = exampleScenario({
      id: 'qc',
      employee: { ...exampleJson('scenario.json').employee, province: 'QC' },
      events: [...exampleJson('scenario.json').events, lwop],
    });
    const outcomes = await adapter(transport).payRun([qc, ...scenarios('on')]);
    expect(outcomes.get('qc')).toEqual({
      ok: false,
      elapsedMs: 0,
      failure: {
        kind: 'unsupported',
        message:
          'not sent: the supplier does not declare event kind leaveWithoutPay (it declares hire, transfer, td1Change)',
      },
    });
    expect(transport.requests[1].employees.map((e: { id: string }) => e.id)).toEqual(['on']);
  });

  it('one failed batch does not fail the others', async () => {
    const crash: TransportOutcome = {
      ok: false,
      failure: { kind: 'crash', message: 'supplier exited with code 3' },
      elapsedMs: 4,
      stderr: 'segfault\n',
    };
    const transport = new FakeTransport((request, n) =>
      n === 3 ? crash : ok(engine.handle(request, { maxEmployees: 1 })),
    );
    const outcomes = await adapter(transport).payRun(scenarios('s1', 's2', 's3'));
    expect(kinds(outcomes)).toEqual([
      ['s1', 'ok'],
      ['s2', 'crash'],
      ['s3', 'ok'],
    ]);
    expect(outcomes.get('s2')).toEqual({ ...crash });
  });

  it('a describe that fails fails every scenario, saying so', async () => {
    const transport = new FakeTransport(() =>
      ok({
        protocol: 'payproof-vendor/1',
        type: 'error',
        requestId: 'acme-1',
        code: 'internal',
        message: 'licence expired',
      }),
    );
    const outcomes = await adapter(transport).payRun(scenarios('s1', 's2'));
    expect(outcomes.get('s2')).toEqual({
      ok: false,
      elapsedMs: 7,
      failure: {
        kind: 'vendor-error',
        message: 'describe failed: supplier answered error internal: licence expired',
        detail: { code: 'internal' },
      },
    });
    expect(transport.requests).toHaveLength(1);
  });

  it.each([null, 'ok', 42, [], { results: 5 }, { protocol: 'payproof-vendor/1', type: 'payRunResult' }])(
    'never throws for a supplier fault: answer %j is a schema failure',
    async (body) => {
      const transport = new FakeTransport((request) =>
        request.type === 'describe' ? ok(engine.handle(request)) : ok(body),
      );
      const outcome = (await adapter(transport).payRun(scenarios('s1'))).get('s1')!;
      expect(outcome.ok ? 'ok' : outcome.failure.kind).toBe('schema');
    },
  );

  it('maps line codes through the manifest', async () => {
    const codes = { REGULAR: 'BASIC', UNION_DUES: 'DUES' };
    const outcome = (
      await adapter(engineTransport({ codes }), { lineCodes: { BASIC: 'REGULAR', DUES: 'UNION_DUES' } }).payRun(
        scenarios('s1'),
      )
    ).get('s1')!;
    expect(outcome.ok && outcome.statements[0].lines.map((l) => l.code)).toEqual(['REGULAR', 'UNION_DUES']);
  });

  it('refuses two scenarios with one id: the harness cannot tell their answers apart', async () => {
    await expect(adapter(engineTransport()).payRun(scenarios('s1', 's1'))).rejects.toMatchObject({
      code: 'INVALID_INPUT',
    });
  });

  it('reports every exchange, passes stderr on, and starts and stops its transport', async () => {
    const exchanges: unknown[] = [];
    const transport = new FakeTransport((request) => ({ ...ok(engine.handle(request)), stderr: 'warming up\n' }));
    const a = new ProtocolVendorAdapter({
      manifest: manifest(),
      manifestHash: 'h',
      transport,
      onExchange: (e) => exchanges.push(e.request),
    });
    await a.start();
    const outcome = (await a.payRun(scenarios('s1'))).get('s1')!;
    await a.stop();
    expect(outcome.stderr).toBe('warming up\n');
    expect(exchanges).toHaveLength(2);
    expect([transport.started, transport.stopped]).toEqual([1, 1]);
  });
});
