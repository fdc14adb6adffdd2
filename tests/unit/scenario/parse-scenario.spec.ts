import { Dec, Money } from '../../../src/domain/money';
import { PayproofError } from '../../../src/domain/errors';
import { parseScenario, parseScenarioOrThrow, parseScenarioText, scenarioToJson } from '../../../src/domain/scenario';
import { fullScenarioJson } from './full-scenario';

function valid() {
  const r = parseScenario(fullScenarioJson());
  if (!r.ok) throw new Error(r.errors.join('\n'));
  return r.value;
}

describe('parseScenario: a valid scenario', () => {
  it('accepts a scenario with every event kind and gives the canonical form', () => {
    const s = valid();
    expect(new Set(s.events.map((e) => e.kind)).size).toBe(11);
    expect(s.employee.td1.federal).toEqual({ kind: 'code', code: 1 });
    expect(s.employee.unionDues).toBeInstanceOf(Money);
    expect(s.employee.unionDues.toString()).toBe('28.50');
    expect(s.employee.weeklyHours).toBeInstanceOf(Dec);
    expect(s.employee.position).toBeUndefined(); // given by the hire event
    expect(s.expected[0].amount.toString()).toBe('2111.28');
  });

  it('orders events by effective date, then entry date, then id', () => {
    expect(valid().events.map((e) => e.id)).toEqual([
      'pa-2025-hypothetical',
      'hire',
      'bilingual',
      'acting-as04',
      'ot-saturday',
      'ot-evening',
      'step-2',
      'lwop-june',
      'as02-2026-table',
      'to-esdc',
      'td1-august',
      'move-qc',
      'leaves',
    ]);
  });

  it('turns positions, claims, premiums and revisions into typed values', () => {
    const byId = new Map(valid().events.map((e) => [e.id, e]));
    expect(byId.get('hire')).toMatchObject({
      position: { kind: 'table', classification: 'AS-02', step: 1 },
      department: 'Statistics Canada',
    });
    expect(byId.get('ot-evening')).toMatchObject({ premium: { kind: 'multiplier' } });
    expect(byId.get('ot-saturday')).toMatchObject({ premium: { kind: 'dayType', dayType: 'firstDayOfRest' } });
    const percent = byId.get('pa-2025-hypothetical');
    expect(
      percent?.kind === 'rateRevision' && percent.change.kind === 'percent' && percent.change.percent.toString(),
    ).toBe('2.5');
    const td1 = byId.get('td1-august');
    expect(td1?.kind === 'td1Change' && td1.federal?.kind === 'amount' && td1.federal.amount.toString()).toBe(
      '16452.00',
    );
  });

  it('fills the documented defaults', () => {
    const json = fullScenarioJson();
    delete json.employee.weeklyHours;
    delete json.employee.unionDues;
    delete json.tags;
    const r = parseScenario(json);
    expect(r.ok && r.value.employee.weeklyHours.toString()).toBe('37.5');
    expect(r.ok && r.value.employee.unionDues.toString()).toBe('0.00');
    expect(r.ok && r.value.tags).toEqual([]);
    const allowance = r.ok ? r.value.events.find((e) => e.kind === 'allowance') : undefined;
    expect(allowance?.kind === 'allowance' && allowance.annualAmount.toString()).toBe('800.00');
  });

  it('does not depend on the order of events in the input', () => {
    const json = fullScenarioJson();
    json.events.reverse();
    const r = parseScenario(json);
    expect(r.ok && r.value).toEqual(valid());
    expect(r.ok && scenarioToJson(r.value)).toEqual(scenarioToJson(valid()));
  });

  it('survives its JSON form: money as text with two decimals', () => {
    const json = JSON.parse(JSON.stringify(scenarioToJson(valid())));
    expect(json.employee.unionDues).toBe('28.50');
    expect(json.events.find((e: { id: string }) => e.id === 'bilingual').annualAmount).toBe('800.00');
    expect(parseScenario(json)).toEqual({ ok: true, value: valid() });
  });

  it('accepts an employee with a position and no hire event', () => {
    const json = fullScenarioJson();
    json.events = json.events.filter((e: { kind: string }) => e.kind !== 'hire');
    json.employee.classification = 'EC-05';
    json.employee.annualRate = '103000';
    json.employee.hireDate = '2019-05-06';
    const r = parseScenario(json);
    expect(r.ok && r.value.employee.position).toEqual({
      kind: 'annual',
      classification: 'EC-05',
      annualRate: Money.of('103000'),
    });
  });

  it('reads JSON text and throws INVALID_INPUT on request', () => {
    expect(parseScenarioText(JSON.stringify(fullScenarioJson())).ok).toBe(true);
    expect(parseScenarioText('{"id": ').ok).toBe(false);
    const r = parseScenarioText('{"id": ');
    expect(!r.ok && r.errors[0]).toMatch(/^scenario: this is not valid JSON at line 1, column \d+ \(/);
    expect(() => parseScenarioOrThrow({})).toThrow(PayproofError);
    try {
      parseScenarioOrThrow({ ...fullScenarioJson(), id: '' });
    } catch (e) {
      expect((e as PayproofError).code).toBe('INVALID_INPUT');
      expect((e as PayproofError).message).toBe(
        'scenario is not valid (1 problem):\nid: "" is not an id (expected up to 64 letters, digits, ".", "_" or "-", starting with a letter or digit, e.g. e1)',
      );
    }
  });
});
