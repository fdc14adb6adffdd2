import { FIXTURE_VENDORS, fuzzJson, tempOut } from './fuzz-helpers';

/**
 * A supplier that answers with the reference's own statements (tests/fixtures/fuzz-vendors/
 * reference) must show nothing: no comparison finding, no invariant, no relation broken.
 * This is what keeps the relations honest: one that the reference itself breaks is wrong.
 */
test('1,000 runs against the reference as a supplier find nothing', () => {
  const { status, report } = fuzzJson([
    '--vendor',
    'reference',
    '--vendors-dir',
    FIXTURE_VENDORS,
    '--seed',
    '20261123',
    '--runs',
    '1000',
    '--out',
    tempOut(),
  ]);
  expect(report.runs).toBe(1000);
  expect(report.defects).toEqual([]);
  expect(report.failing).toBe(0);
  expect(status).toBe(0);
});
