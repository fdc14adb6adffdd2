import type { RulingRecord } from '../audit-records';

/**
 * The ruling in force for each defect signature (key `v1:…`, which carries its version) for
 * one supplier: the latest ruling made on that signature for this supplier or for every
 * supplier. Rulings made at or before `asOf` only (a run applies the rulings made before it
 * was summarised).
 */
export function rulingsInForce(
  rulings: readonly RulingRecord[],
  vendorId: string,
  asOf?: string,
): Map<string, RulingRecord> {
  const out = new Map<string, RulingRecord>();
  for (const r of rulings) {
    if (r.vendorId !== null && r.vendorId !== vendorId) continue;
    if (asOf !== undefined && r.at > asOf) continue;
    const have = out.get(r.signature);
    if (!have || have.at <= r.at) out.set(r.signature, r);
  }
  return out;
}
