import { annualRateFor, appliesToClassification, isPaClassification, stepsFor } from '../../../src/domain/scenario';

describe('PA pay table (rates effective 2024-06-21)', () => {
  it.each([
    ['AS-01', 1, '61786.00'],
    ['AS-02', 3, '74180.00'],
    ['AS-07', 5, '129017.00'],
    ['PM-01', 1, '61786.00'],
    ['PM-06', 5, '129017.00'],
    ['CR-04', 4, '61761.00'],
  ])('%s step %i is %s', (classification, step, rate) => {
    expect(annualRateFor(classification, step)?.toString()).toBe(rate);
  });

  it('lists the steps of each level and knows what it does not hold', () => {
    expect(stepsFor('AS-02')).toEqual([1, 2, 3]);
    expect(stepsFor('AS-07')).toEqual([1, 2, 3, 4, 5]);
    expect(stepsFor('EC-05')).toBeUndefined();
    expect(annualRateFor('AS-02', 4)).toBeUndefined();
    expect(annualRateFor('AS-02', 0)).toBeUndefined();
    expect(annualRateFor('AS-02', 1.5)).toBeUndefined();
    expect(isPaClassification('constructor')).toBe(false);
    expect(isPaClassification('__proto__')).toBe(false);
  });

  it("matches a revision's appliesTo by group, classification, or PA", () => {
    expect(appliesToClassification('AS', 'AS-02')).toBe(true);
    expect(appliesToClassification('AS-02', 'AS-02')).toBe(true);
    expect(appliesToClassification('AS-02', 'AS-03')).toBe(false);
    expect(appliesToClassification('PA', 'CR-04')).toBe(true);
    expect(appliesToClassification('PA', 'EC-05')).toBe(false);
    expect(appliesToClassification('CR', 'CRX-01')).toBe(false);
  });
});
