import type { TolerancePolicy } from './tolerance-policy';
import { TOLERANCE_SUBJECTS } from './tolerance-policy';

/**
 * The policy's canonical JSON text: the input of the policy hash a run pins. Same policy,
 * same text, whatever the key order or number formatting of the file it came from: keys
 * in a fixed order, tolerances in line-code order (then GROSS, NET), money as two-decimal
 * text. Hashing it (sha256) is the caller's job: this module stays pure.
 */
export function canonicalPolicyJson(policy: TolerancePolicy): string {
  const tolerances: Record<string, { amount: string; reason: string }> = {};
  for (const subject of TOLERANCE_SUBJECTS) {
    const t = policy.tolerances[subject];
    if (t !== undefined) tolerances[subject] = { amount: t.amount.toString(), reason: t.reason };
  }
  const severity = { high: policy.severity.high.toString(), medium: policy.severity.medium.toString() };
  return JSON.stringify({ severity, tolerances });
}

/** The JSON form parseTolerancePolicy reads back (canonical, so it round-trips). */
export function policyToJson(policy: TolerancePolicy): unknown {
  return JSON.parse(canonicalPolicyJson(policy));
}
