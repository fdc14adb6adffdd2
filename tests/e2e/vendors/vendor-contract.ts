import { payRunRequest, VENDOR_PROTOCOL, vendorResponseJson, WIRE_MONEY_TEXT } from '../../../src/vendors/protocol';
import { errorResultJson } from '../../../src/vendors/protocol/response.schema';
import { Exchange, ProtocolVendorAdapter, VendorOutcome } from '../../../src/vendors/vendor-adapter';
import { contractScenarios } from './contract-scenarios';

/**
 * The contract every supplier's adapter must pass, whatever its transport: a stable id,
 * answers that follow the schema, money as text, errors with codes, unknown request fields
 * ignored, the same answer to the same request. It checks the protocol, not the pay.
 * Use: describeVendorContract('acme', (hooks) => VendorRegistry.load({ adapterOptions: hooks }).get('acme')).
 */
export type MakeAdapter = (hooks: {
  onExchange: (e: Exchange) => void;
}) => ProtocolVendorAdapter | Promise<ProtocolVendorAdapter>;

export function describeVendorContract(name: string, makeAdapter: MakeAdapter): void {
  describe(`vendor contract: ${name}`, () => {
    const exchanges: Exchange[] = [];
    let adapter: ProtocolVendorAdapter;
    let outcomes: Map<string, VendorOutcome>;

    beforeAll(async () => {
      adapter = await makeAdapter({ onExchange: (e) => exchanges.push(e) });
      await adapter.start();
      outcomes = await adapter.payRun(contractScenarios());
    });
    afterAll(() => adapter?.stop());

    const bodies = (type: string) =>
      exchanges
        .filter((e) => (e.request as { type: string }).type === type)
        .map((e) => (e.outcome.ok ? e.outcome.body : e.outcome.failure));
    const send = async (request: object) => {
      const outcome = await adapter.exchange(request);
      if (!outcome.ok) throw new Error(`${outcome.failure.kind}: ${outcome.failure.message}`);
      return outcome.body as Record<string, unknown>;
    };

    it('has a stable id and a manifest hash', async () => {
      expect(adapter.id).toMatch(/^[a-z0-9][a-z0-9-]*$/);
      expect(adapter.id).toBe(adapter.manifest.id);
      expect(adapter.manifestHash).toMatch(/^[0-9a-f]{64}$/);
      const again = await makeAdapter({ onExchange: () => undefined });
      expect([again.id, again.manifestHash]).toEqual([adapter.id, adapter.manifestHash]);
    });

    it('describes itself', async () => {
      const described = await adapter.describe();
      if (!described.ok) throw new Error(`${described.failure.kind}: ${described.failure.message}`);
      expect(described.description.supplier.name).toMatch(/\S/);
      expect(described.description.capabilities.maxEmployeesPerRequest).toBeGreaterThanOrEqual(1);
    });

    it('answers every request with a message that follows the response schema', () => {
      expect(exchanges.length).toBeGreaterThanOrEqual(1);
      for (const body of [...bodies('describe'), ...bodies('payRun')])
        expect(vendorResponseJson.safeParse(body).error).toBeUndefined();
    });

    it('pays or declines every employee, under its own id, without protocol faults', () => {
      for (const [id, outcome] of outcomes) {
        if (!outcome.ok)
          expect({ id, kind: outcome.failure.kind, message: outcome.failure.message }).toMatchObject({
            id,
            kind: 'unsupported',
          });
        else for (const s of outcome.statements) expect(s.employeeId).toBe(id);
      }
    });

    it('writes money as text with exactly two decimals, and no JSON number anywhere in a pay run answer', () => {
      for (const body of bodies('payRun')) {
        for (const [where, value] of leaves(body)) {
          expect({ where, type: typeof value }).not.toEqual({ where, type: 'number' });
          if (/\.(amount|gross|net)$/.test(where))
            expect({ where, value }).toEqual({ where, value: expect.stringMatching(WIRE_MONEY_TEXT) });
        }
      }
    });

    it.each([
      [
        'a protocol it does not speak',
        { protocol: 'payproof-vendor/99', type: 'describe', requestId: 'contract-1' },
        'unsupported-protocol',
      ],
      [
        'a request type it does not know',
        { protocol: VENDOR_PROTOCOL, type: 'payday', requestId: 'contract-2' },
        'unsupported-type',
      ],
    ])('answers %s with an error that carries a code', async (_what, request, code) => {
      const body = await send(request);
      expect(errorResultJson.safeParse(body).error).toBeUndefined();
      expect(body).toMatchObject({ type: 'error', code, requestId: request.requestId });
    });

    it('answers more employees than it accepts with too-many-employees', async () => {
      const described = await adapter.describe();
      const max = described.ok ? described.description.capabilities.maxEmployeesPerRequest : 0;
      if (max > 500) return; // too large to build here; the adapter never sends more anyway
      const scenario = contractScenarios()[0];
      const many = Array.from({ length: max + 1 }, (_, i) => ({ ...scenario, id: `contract-${i}` }));
      const body = await send(payRunRequest({ requestId: 'contract-3', scenarios: many }));
      expect(body).toMatchObject({ type: 'error', code: 'too-many-employees', requestId: 'contract-3' });
    });

    it('ignores request fields it does not know', async () => {
      const body = await send({
        protocol: VENDOR_PROTOCOL,
        type: 'describe',
        requestId: 'contract-4',
        addedInARevision: { x: 1 },
      });
      expect(body).toMatchObject({ type: 'describeResult', requestId: 'contract-4' });
    });

    it('answers the same request the same way', async () => {
      const request = payRunRequest({ requestId: 'contract-5', scenarios: contractScenarios().slice(0, 1) });
      expect(await send(request)).toEqual(await send(request));
    });
  });
}

/** Every leaf of a JSON value with its path: ["results[0].statements[1].gross", "2639.11"]. */
function leaves(value: unknown, at = ''): [string, unknown][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, `${at}[${i}]`));
  if (value !== null && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => leaves(v, `${at}.${k}`));
  return [[at, value]];
}
