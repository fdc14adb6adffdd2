/**
 * A finding's id within its run, stable across resumes and re-runs: `<supplier>:<scenario>:<seq>`,
 * the form the reports and discrepancies.csv print (supplier ids are lower-case letters, digits
 * and dashes; scenario ids letters, digits, `.`, `_` and `-`: neither holds a `:`).
 */
export function findingId(f: { vendorId: string; scenarioId: string; seq: number }): string {
  return `${f.vendorId}:${f.scenarioId}:${f.seq}`;
}

export function parseFindingId(id: string): { vendorId: string; scenarioId: string; seq: number } | undefined {
  const m = /^([a-z0-9][a-z0-9-]*):([A-Za-z0-9][A-Za-z0-9._-]*):(\d+)$/.exec(id);
  return m ? { vendorId: m[1], scenarioId: m[2], seq: Number(m[3]) } : undefined;
}
