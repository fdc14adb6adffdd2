import { generateInputFromFlags, replayCommand } from '../../../src/cli/scenarios/generate-flags';

describe('payproof scenarios generate: flags', () => {
  it('reads the flags, with seed 1, the year 2026 and 2,000 scenarios a file by default', () => {
    expect(generateInputFromFlags({ employees: '50000', out: 'pop' })).toEqual({
      employees: 50000,
      seed: 1,
      years: { first: 2026, last: 2026 },
      out: 'pop',
      perFile: 2000,
    });
    const input = generateInputFromFlags({
      employees: '10',
      out: 'my pop',
      seed: '9',
      year: '2025-2026',
      perFile: '5',
    });
    expect(input).toMatchObject({ seed: 9, years: { first: 2025, last: 2025 + 1 }, perFile: 5 });
    expect(replayCommand(input)).toBe(
      "payproof scenarios generate --employees 10 --seed 9 --year 2025-2026 --out 'my pop' --per-file 5",
    );
  });

  it.each([
    [{ out: 'x' }, '--employees: missing; expected a whole number from 1 to 1000000'],
    [{ employees: '0', out: 'x' }, '--employees: found "0", expected a whole number from 1 to 1000000'],
    [{ employees: '1e3', out: 'x' }, '--employees: found "1e3", expected a whole number from 1 to 1000000'],
    [{ employees: '5' }, '--out: missing; expected the folder to write the scenario files to'],
    [{ employees: '5', out: 'x', seed: '-1' }, '--seed: found "-1", expected a whole number from 0 to 2147483647'],
    [{ employees: '5', out: 'x', perFile: '9000' }, '--per-file: found "9000", expected a whole number from 1 to 5000'],
    [
      { employees: '5', out: 'x', year: '2024' },
      '--year: found "2024", expected a year from 2025 to 2026 or a range such as 2025-2026 (the pay years the reference holds)',
    ],
    [
      { employees: '5', out: 'x', year: '2026-2025' },
      '--year: found "2026-2025", expected a year from 2025 to 2026 or a range such as 2025-2026 (the pay years the reference holds)',
    ],
  ])('refuses %j with one line naming the flag and what it accepts', (flags, message) => {
    expect(() => generateInputFromFlags(flags)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', message }));
  });
});
