import type { Scenario } from '../../domain/scenario';

/**
 * Which pay runs an exchange supplier has not answered yet (issue 16, item 3): a port, so the
 * evaluation does not read import files itself (src/exchange answers from the latest import;
 * tests give their own).
 */
export abstract class AwaitedPays {
  /** Per employee given, the paydays the supplier's latest import has no register for (none when declined). */
  abstract missing(vendorId: string, scenarios: readonly Scenario[]): Promise<Map<string, string[]>>;
}
