import type { IsoDate, PayPeriod } from '../domain/calendar';

/** Two rules of the protocol itself, beside the reference's conventions. */
export const PROTOCOL_RULES = {
  answers: 'protocol.answers',
  addsUp: 'statement.adds-up',
  lines: 'statement.lines',
  t4127: 'deductions.t4127',
  rounding: 'lines.round-half-up',
} as const;

export type RuleStatus = 'pass' | 'fail' | 'not-exercised' | 'not-supported';

/** One line of a pay, the reference's amount beside the supplier's (absent: no such line). */
export interface SideBySideLine {
  code: string;
  forPeriod?: PayPeriod;
  reference?: string;
  supplier?: string;
}

/** The first pay where a rule failed, as both sides paid it. */
export interface RuleExample {
  scenarioId: string;
  payday: IsoDate;
  lines: SideBySideLine[];
  gross: { reference: string; supplier: string };
  net: { reference: string; supplier: string };
  /** The finding or failure that made it fail, in words: in English, as findings are stored, */
  message: string;
  /** … and in French (first-difference.ts; a supplier's own error text stays as it came). */
  messageFr: string;
}

export interface RuleVerdict {
  id: string;
  status: RuleStatus;
  /** Scenarios of the set whose reference trace names the rule. */
  scenarios: string[];
  /** Findings or failures charged to the rule. */
  failures: number;
  example?: RuleExample;
}

export interface ScenarioVerdict {
  id: string;
  title: string;
  /** compared: answered and judged; not-supported: outside the supplier's capabilities; failed: no usable answer. */
  outcome: 'compared' | 'not-supported' | 'failed';
  message?: string;
  findings: number;
}

export interface ConformanceReport {
  vendorId: string;
  vendorName: string;
  scenarios: ScenarioVerdict[];
  rules: RuleVerdict[];
  /** No rule failed. */
  passed: boolean;
}
