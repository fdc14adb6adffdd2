import { runPayproof } from './run-cli';

const HEADLINE = ['calc', '--pay-date', '2026-01-14', '--province', 'ON', '--periods', '26', '--gross', '2307.69',
  '--federal-claim-code', '1', '--provincial-claim-code', '1'];

describe('payproof calc (the built CLI)', () => {
  it('reproduces PDOC for 60,000 a year in Ontario, biweekly, January 2026', () => {
    const run = runPayproof([...HEADLINE, '--json']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out).toMatchObject({ cpp: '129.30', ei: '37.62', federalTax: '205.32', provincialTax: '114.68' });
    expect(out.net).toBe('1820.77');
    expect(Array.isArray(out.trace)).toBe(true);
    expect(out.trace.length).toBeGreaterThan(5);
    expect(out).not.toHaveProperty('federalTaxOnBonus');
  });

  it('adds the tax on a bonus and on retroactive pay only when they are given', () => {
    const bonus = JSON.parse(runPayproof([...HEADLINE, '--bonus', '1000.00', '--json']).stdout);
    expect(bonus).toHaveProperty('federalTaxOnBonus');
    expect(bonus).toHaveProperty('provincialTaxOnBonus');
    expect(Number(bonus.cpp)).toBeGreaterThan(129.3);
    const retro = JSON.parse(runPayproof([...HEADLINE, '--retro', '500.00', '--retro-periods', '5', '--json']).stdout);
    expect(retro).toHaveProperty('federalTaxOnRetro');
    expect(retro).not.toHaveProperty('federalTaxOnBonus');
  });

  it('prints a readable table, and the trace with --explain', () => {
    const plain = runPayproof(HEADLINE);
    expect(plain.status).toBe(0);
    expect(plain.stdout).toMatch(/Federal tax\s+205\.32/);
    expect(plain.stdout).toMatch(/Net pay\s+1820\.77/);
    const explained = runPayproof([...HEADLINE, '--explain']);
    expect(explained.stdout).toMatch(/T4127/);
    expect(explained.stdout).toMatch(/\bK2\b/);
  });

  const bad: Array<[string, string[], RegExp]> = [
    ['an unknown province', ['--province', 'XX'], /--province: expected one of AB, BC, .*found "XX"/],
    ['a negative gross', ['--gross', '-5'], /--gross: expected an amount of zero or more, found "-5"/],
    ['a decimal comma', ['--gross', '12,5'], /--gross: expected an amount like 2307\.69.*found "12,5"/],
    ['an exponent', ['--gross', '1e3'], /--gross: expected an amount like 2307\.69.*found "1e3"/],
    ['a date before the first edition', ['--pay-date', '2019-05-01'], /--pay-date: .*2019-05-01.*2025-01-01/],
    ['an impossible date', ['--pay-date', '2026-02-30'], /--pay-date: expected a date as YYYY-MM-DD, found "2026-02-30"/],
    ['a flag that does not exist', ['--grosss', '10'], /unknown option '--grosss'/],
    ['a claim code out of range', ['--federal-claim-code', '11'], /--federal-claim-code: expected a whole number from 0 to 10, found "11"/],
  ];

  it.each(bad)('refuses %s with exit code 2 and one line on standard error', (_what, flags, message) => {
    const base = ['calc', '--pay-date', '2026-01-14', '--gross', '2307.69'];
    const run = runPayproof([...base, ...flags]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(message);
  });
});
