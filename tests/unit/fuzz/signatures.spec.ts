import { Money } from '../../../src/domain/money';
import type { Finding } from '../../../src/domain/checks/finding.types';
import { referenceFindings, signatureSlug } from '../../../src/fuzz/signatures';

function finding(code: Finding['code'], difference: string, kind: Finding['kind'] = 'different'): Finding {
  const d = Money.of(difference);
  return {
    scenarioId: 's',
    kind,
    payday: '2026-01-14',
    code,
    expected: Money.ZERO,
    actual: d,
    difference: d,
    netEffect: d,
    direction: d.isNegative() ? 'under' : 'over',
    severity: 'low',
    message: `${code} differs`,
  };
}

describe('defect signatures', () => {
  it('keeps only the first layer: a wrong earning line explains the deductions and totals that follow', () => {
    const found = referenceFindings([
      finding('FEDERAL_TAX', '3.00'),
      finding('OVERTIME', '-2.81'),
      finding('CPP', '-0.17'),
      finding(null, '-2.81', 'gross'),
    ]);
    expect(found.map((f) => f.signature)).toEqual(['reference:different:OVERTIME:under:amount']);
  });

  it('a deduction defect with right earnings is its own signature; tax follows contributions', () => {
    const found = referenceFindings([finding('FEDERAL_TAX', '0.05'), finding('CPP2', '51.88', 'missing')]);
    expect(found.map((f) => f.signature)).toEqual(['reference:missing:CPP2:over']);
  });

  it('tells rounding (a cent or two) from a wrong amount', () => {
    expect(referenceFindings([finding('ACTING', '-0.01')])[0].signature).toBe('reference:different:ACTING:under:cents');
    expect(referenceFindings([finding('ACTING', '-5.48')])[0].signature).toBe(
      'reference:different:ACTING:under:amount',
    );
  });

  it('makes file-name slugs', () => {
    expect(signatureSlug('reference:different:RETRO_ADJUSTMENT:under:cents')).toBe(
      'reference-different-retro-adjustment-under-cents',
    );
  });
});
