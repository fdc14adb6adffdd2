import { nextPayday, previousPayday } from '../domain/calendar';
import type { Scenario } from '../domain/scenario';

/**
 * The fuzzer's own shrink step after fast-check's (issue 8, "shortest span"): the arbitrary
 * shrinks the window toward its first paydays, so a defect that shows only late in the year
 * (a maximum crossed, CPP2) keeps a long window. Here paydays are dropped from either end while
 * the defect still shows; the reference simulates the earlier runs of the year anyway.
 */
export type StillShows = (candidates: readonly Scenario[]) => Promise<number | undefined>;

function narrower(s: Scenario): Scenario[] {
  const { from, to } = s.payRuns;
  if (from === to) return [];
  return [
    { ...s, id: `${s.id}.later`, payRuns: { from: nextPayday(from), to } },
    { ...s, id: `${s.id}.sooner`, payRuns: { from, to: previousPayday(to) } },
  ];
}

/** Drops paydays from the front or the back while `stillShows` finds the defect; at most `budget` requests. */
export async function trimWindow(
  s: Scenario,
  stillShows: StillShows,
  budget = 60,
): Promise<{ scenario: Scenario; steps: number }> {
  let current = s;
  let steps = 0;
  for (let calls = 0; calls < budget; calls += 1) {
    const candidates = narrower(current).map((c) => ({ ...c, id: s.id }));
    if (candidates.length === 0) break;
    const hit = await stillShows(candidates);
    if (hit === undefined) break;
    current = candidates[hit];
    steps += 1;
  }
  return { scenario: current, steps };
}
