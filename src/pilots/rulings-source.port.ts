import type { PilotRuling } from './pilot.types';

/**
 * Where pilots read the auditors' rulings (docs/auditing.md, section 5): a port beside
 * RunDefectsSource, so the comparison stays pure and only the adapter knows the audit store.
 */
export abstract class RulingsSource {
  /** Every ruling, oldest first, with the run its dispute was about. */
  abstract rulings(): Promise<PilotRuling[]>;
}
