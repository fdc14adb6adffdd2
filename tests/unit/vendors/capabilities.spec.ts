import { unsupportedReason } from '../../../src/vendors/protocol';
import { exampleJson, exampleScenario } from './helpers';

describe('capabilities: what the harness will not send', () => {
  const capabilities = {
    provinces: ['ON' as const],
    eventKinds: ['hire' as const],
    payYears: [2026],
    maxEmployeesPerRequest: 10,
  };
  const json = exampleJson('scenario.json');

  it('nothing to say when the scenario is within them', () => {
    expect(unsupportedReason(exampleScenario(), capabilities)).toBeUndefined();
  });

  it('names every province (also one moved to), event kind and pay year outside them', () => {
    const move = { id: 'move', kind: 'provinceChange', effective: '2026-01-19', entered: '2026-01-10', province: 'QC' };
    const scenario = exampleScenario({
      events: [...json.events, move],
      payRuns: { from: '2025-12-31', to: '2026-01-14' },
    });
    expect(unsupportedReason(scenario, capabilities)).toBe(
      'not sent: the supplier does not declare province QC (it declares ON); ' +
        'the supplier does not declare event kind provinceChange (it declares hire); ' +
        'the supplier does not declare pay year 2025 (it declares 2026)',
    );
  });

  it('says "none" when the supplier declares no event kinds', () => {
    expect(unsupportedReason(exampleScenario(), { ...capabilities, eventKinds: [] })).toBe(
      'not sent: the supplier does not declare event kind hire (it declares none)',
    );
  });
});
