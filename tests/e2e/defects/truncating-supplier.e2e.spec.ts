import * as path from 'node:path';
import { catalogue, judgeSupplier, type Judged } from './defects-helpers';

/**
 * Issue 14: a supplier that declares 50 people per request but answers only 10 of them was shown
 * as "Dollars under-paid 1,069,898.67" although every pay it returned was exact. Through its
 * real adapter and the judge: errors and missed pays, no dollars, one supplier-level defect.
 */

const ROOT = path.join(__dirname, '../../fixtures/defect-vendors');

describe('a batch-truncating supplier', () => {
  let judged: Judged;
  let people: number;
  /** People answered: the first 10 of each request of 50. */
  let answered: number;

  beforeAll(async () => {
    const scenarios = await catalogue();
    people = scenarios.length;
    answered = 0;
    for (let start = 0; start < people; start += 50) answered += Math.min(10, people - start);
    judged = await judgeSupplier('truncating', scenarios, ROOT);
  });

  it('shows errors and missed pays, and no dollars', () => {
    expect(people).toBeGreaterThan(answered);
    expect(judged.card.errors).toEqual({ total: people - answered, byKind: { 'wrong-employee': people - answered } });
    expect(judged.card.paysMissed).toBeGreaterThan(0);
    expect([judged.card.overPaid.toString(), judged.card.underPaid.toString()]).toEqual(['0.00', '0.00']);
    expect(judged.card.scenariosCorrect).toBe(answered);
  });

  it('is one supplier-level defect, with its errors and missed pays, and no pay defect', () => {
    expect(judged.defects.defects).toEqual([]);
    expect(judged.defects.failures.map((f) => [f.kind, f.errors, f.missedPays, f.title.en])).toEqual([
      ['wrong-employee', people - answered, judged.card.paysMissed, 'People missing or mixed up in the answer'],
    ]);
  });
});
