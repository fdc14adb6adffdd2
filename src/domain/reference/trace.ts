/**
 * One step of a reference calculation, as an auditor reads it: which rule, with which
 * inputs, gave which value, and where the rule is written. Values are decimal text.
 */
export interface TraceStep {
  /** The worksheet's own name for the step where it has one: "A", "T3", "K2", "C", "C2", "EI". */
  step: string;
  /** A plain-language name: "Annual taxable income". */
  label: string;
  /**
   * The same name in French: "Revenu imposable annuel" (everything a person reads exists in both
   * languages). Every step the reference writes has one (tests/unit/i18n/trace-and-findings-fr.spec.ts);
   * it is optional in the type because traces stored by earlier runs have none.
   */
  labelFr?: string;
  /** The step's value as decimal text ("1234.56", "0.0505"). */
  value: string;
  /** Named inputs and their values as decimal text. */
  inputs?: Record<string, string>;
  /** Where the rule comes from: "T4127 Jan 2026, ch. 6, C". Named conventions say "convention: <name>". */
  citation: string;
  /**
   * The citation and the inputs in French, added where a trace leaves for a reader who may read
   * French (the API: trace-french.ts bilingualStep); the reference itself writes neither.
   */
  citationFr?: string;
  /** The titles and quotations in citationFr kept in English (no French version found), for a page to mark lang="en". */
  citationFrEnglishOnly?: string[];
  inputsFr?: Record<string, string>;
}

/**
 * Collects steps when tracing is on and does nothing when it is off, so the hot path pays
 * only for a boolean test. Build the step lazily: `trace.add(() => ({...}))`.
 */
export class Trace {
  private readonly steps: TraceStep[] = [];
  constructor(readonly enabled: boolean) {}

  add(step: () => TraceStep): void {
    if (this.enabled) this.steps.push(step());
  }

  list(): TraceStep[] {
    return this.steps;
  }
}
