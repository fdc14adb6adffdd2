import { Money } from '../../../../src/domain/money';
import type { StatementLine } from '../../../../src/domain/scenario';
import { judge, keys, scenario, withEarnings } from './person';

/** Money paid in the wrong place or at the wrong time is one defect, not two (pairs.ts). */
const actingEnteredLate = scenario({
  events: [
    {
      id: 'act',
      kind: 'acting',
      start: '2026-03-02',
      end: '2026-05-29',
      classification: 'AS-04',
      step: 1,
      entered: '2026-03-30',
    },
  ],
  from: '2026-04-08',
  to: '2026-04-08',
});
const actingOnTime = scenario({
  events: [
    {
      id: 'act',
      kind: 'acting',
      start: '2026-03-02',
      end: '2026-05-29',
      classification: 'AS-04',
      step: 1,
      entered: '2026-02-20',
    },
  ],
  from: '2026-03-25',
  to: '2026-04-08',
});

describe('pairs', () => {
  it('arrears added to REGULAR instead of a retroactive line: one "paid as" defect', () => {
    const actual = withEarnings(actingEnteredLate, (_s, lines) => {
      const retro = Money.sum(lines.filter((x) => x.line.code === 'RETRO_ADJUSTMENT').map((x) => x.line.amount));
      return lines
        .filter((x) => x.line.code !== 'RETRO_ADJUSTMENT')
        .map(({ line }) => (line.code === 'REGULAR' ? { ...line, amount: line.amount.plus(retro) } : line));
    });
    const p = judge(actingEnteredLate, actual);
    expect(keys(p)).toEqual(['v2:moved:RETRO_ADJUSTMENT:-:-:REGULAR:-:-']);
    expect(p.x.findings.filter((f) => f.role === 'root').map((f) => f.reason)).toEqual([
      'part-of-pair',
      'part-of-pair',
    ]);
  });

  it('acting for a period paid on the next payday instead: one "paid late" defect', () => {
    let held: StatementLine | undefined;
    const actual = withEarnings(actingOnTime, (s, lines) => {
      const own = lines.map((x) => x.line);
      if (s.payday === '2026-03-25') {
        held = own.find((l) => l.code === 'ACTING');
        return own.filter((l) => l.code !== 'ACTING');
      }
      const late: StatementLine = {
        code: 'RETRO_ADJUSTMENT',
        forPeriod: { start: '2026-02-26', end: '2026-03-11' },
        amount: held!.amount,
        description: 'acting, late',
      };
      return [...own, late];
    });
    const p = judge(actingOnTime, actual);
    expect(keys(p)).toEqual(['v2:timing:ACTING:late:-:-:acting-first-period:-']);
  });
});
