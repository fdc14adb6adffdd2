import { Money } from '../../../../src/domain/money';
import { settle } from '../../../../src/selftest/rebuild-statements';
import { charged, judge, keys, plantInput, scenario, withEarnings } from './person';

/** docs/defects.md, "Root and consequence", one rule per test. */
const acting = scenario({
  events: [
    {
      id: 'act',
      kind: 'acting',
      start: '2026-03-02',
      end: '2026-04-30',
      classification: 'AS-04',
      step: 1,
      entered: '2026-02-20',
    },
  ],
  from: '2026-03-25',
  to: '2026-04-22',
});
const plain = scenario({ from: '2026-03-11', to: '2026-04-08' });

describe('root and consequence', () => {
  it('an acting line paid short is the root; CPP, EI, tax, pension, gross and net that follow it are its consequences', () => {
    const actual = withEarnings(acting, (s, lines) =>
      lines.map(({ line }) =>
        line.code === 'ACTING' && s.payday === '2026-03-25'
          ? { ...line, amount: line.amount.minus(Money.of('100.00')) }
          : line,
      ),
    );
    const p = judge(acting, actual);
    expect(keys(p)).toEqual(['v2:line:ACTING:under:amount:-:acting-first-period:-']);
    const roles = p.x.findings.map((f) => [
      p.result.findings[f.index].kind,
      p.result.findings[f.index].code,
      f.role,
      f.reason,
    ]);
    expect(roles.filter((r) => r[2] === 'root')).toEqual([['different', 'ACTING', 'root', 'own-difference']]);
    const consequences = roles.filter((r) => r[2] === 'consequence');
    expect(consequences.map((r) => r[1] ?? r[0]).sort()).toEqual(
      ['CPP', 'EI', 'FEDERAL_TAX', 'PENSION', 'PROVINCIAL_TAX', 'gross', 'net'].sort(),
    );
    expect(p.x.findings.every((f) => f.occurrence === 0)).toBe(true);
    // Every dollar of the person's net difference is charged once, to the root.
    const net = p.result.findings.filter((f) => f.kind === 'net');
    expect(charged(p).toString()).toBe(Money.sum(net.map((f) => f.netEffect)).toString());
  });

  it('a deduction wrong on a right base is a root of its own', () => {
    const { reference } = plantInput(plain);
    const actual = reference.map((r) =>
      settle(
        r.statement,
        r.statement.lines.map((l) => (l.code === 'CPP' ? { ...l, amount: l.amount.minus(Money.of('0.30')) } : l)),
      ),
    );
    const p = judge(plain, actual);
    expect(keys(p)).toEqual([
      'v2:line:CPP:over:amount:-:-:-',
      'v2:line:CPP:over:amount:-:-:-',
      'v2:line:CPP:over:amount:-:-:-',
    ]);
    expect(p.x.findings.filter((f) => f.role === 'consequence').map((f) => p.result.findings[f.index].kind)).toEqual([
      'net',
      'net',
      'net',
    ]);
  });

  it('income tax that moves with a wrong contribution (T4127 F5, K2) follows it, within the contribution difference', () => {
    const { reference } = plantInput(plain);
    const actual = reference.map((r) =>
      settle(
        r.statement,
        r.statement.lines.map((l) =>
          l.code === 'CPP'
            ? { ...l, amount: l.amount.minus(Money.of('5.00')) }
            : l.code === 'FEDERAL_TAX'
              ? { ...l, amount: l.amount.plus(Money.of('0.80')) }
              : l,
        ),
      ),
    );
    const p = judge(plain, actual);
    const tax = p.x.findings.filter((f) => p.result.findings[f.index].code === 'FEDERAL_TAX');
    expect(tax.map((f) => [f.role, f.reason])).toEqual(
      Array(3).fill(['consequence', 'tax-within-contribution-difference']),
    );
  });

  it('a net one cent off while every line agrees is one root; the broken net invariant is its consequence, not a second defect', () => {
    const { reference } = plantInput(plain);
    const actual = reference.map((r) => ({ ...r.statement, net: r.statement.net.plus(Money.of('0.01')) }));
    const p = judge(plain, actual);
    expect(p.result.violations.map((v) => v.check)).toEqual(Array(3).fill('net-equals-gross-minus-deductions'));
    expect(keys(p)).toEqual(Array(3).fill('v2:total:NET:over:-:-:-:-'));
    expect(p.x.violations.map((v) => [v.role, v.reason])).toEqual(
      Array(3).fill(['consequence', 'same-line-invariant']),
    );
    expect(charged(p).toString()).toBe('0.03');
  });

  it('insurance and union dues follow whether there is pay at all', () => {
    // Two weeks of leave without pay: the reference pays nothing, so withholds no premium nor dues.
    const leave = scenario({
      events: [{ id: 'lwop', kind: 'leaveWithoutPay', start: '2026-03-12', end: '2026-03-25', entered: '2026-03-01' }],
      from: '2026-04-08',
      to: '2026-04-08',
    });
    const actual = withEarnings(leave, (_s, lines) =>
      lines.map(({ line }) => (line.code === 'LWOP' ? { ...line, amount: line.amount.plus(Money.of('50.00')) } : line)),
    );
    const { reference } = plantInput(leave);
    const premiums = reference.find((r) => r.statement.payday === '2026-03-25');
    expect(premiums).toBeUndefined();
    const withDues = actual.map((s) =>
      settle(s, [...s.lines, { code: 'UNION_DUES', amount: Money.of('28.50'), description: 'dues' }]),
    );
    const p = judge(leave, withDues);
    expect(keys(p)).toEqual(['v2:line:LWOP:over:amount:-:-:-']);
    const dues = p.x.findings.find((f) => p.result.findings[f.index].code === 'UNION_DUES')!;
    expect([dues.role, dues.reason, dues.occurrence]).toEqual(['consequence', 'recomputed-on-supplier-base', 0]);
  });
});
