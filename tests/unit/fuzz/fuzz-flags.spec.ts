import { PayproofError } from '../../../src/domain/errors';
import { fuzzInputFromFlags } from '../../../src/cli/fuzz/fuzz-flags';

describe('payproof fuzz flags', () => {
  it('defaults to 200 runs and a new 32-bit seed', () => {
    const a = fuzzInputFromFlags({ vendor: 'floatwise' });
    expect(a.runs).toBe(200);
    expect(Number.isInteger(a.seed) && a.seed >= 0 && a.seed < 2 ** 31).toBe(true);
    expect(a).not.toHaveProperty('out');
  });

  it('reads the seed, runs, output folder, vendors folder and shrink budget', () => {
    expect(
      fuzzInputFromFlags({ vendor: ' daycount ', runs: '50', seed: '-7', out: 'tmp', vendorsDir: 'v', maxShrink: '0' }),
    ).toEqual({ vendorId: 'daycount', runs: 50, seed: -7, out: 'tmp', vendorsRoot: 'v', maxShrinkSteps: 0 });
  });

  it.each([
    [{ runs: '3' }, '--vendor: missing'],
    [{ vendor: 'x', runs: '0' }, '--runs: found "0", expected a whole number from 1 to 100000'],
    [{ vendor: 'x', runs: '2.5' }, '--runs: found "2.5"'],
    [{ vendor: 'x', seed: '4294967296' }, '--seed: found "4294967296"'],
    [{ vendor: 'x', maxShrink: 'lots' }, '--max-shrink: found "lots"'],
  ])('refuses %j naming the flag', (flags, message) => {
    let error: unknown;
    try {
      fuzzInputFromFlags(flags);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(PayproofError);
    expect((error as PayproofError).code).toBe('INVALID_INPUT');
    expect((error as PayproofError).message).toContain(message);
  });
});
