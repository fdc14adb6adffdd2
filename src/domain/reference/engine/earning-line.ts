import type Decimal from 'decimal.js';
import type { Money } from '../../money';
import type { LineCode } from '../../scenario';
import type { TraceStep } from '../trace';

/** One earning line of a period, before it is put on a statement. */
export interface EarningLine {
  code: Extract<LineCode, 'REGULAR' | 'ACTING' | 'OVERTIME' | 'ALLOWANCE_BILINGUALISM' | 'LWOP'>;
  amount: Money;
  hours?: Decimal;
  description: string;
  trace: TraceStep[];
}
