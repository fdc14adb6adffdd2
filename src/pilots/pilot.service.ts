import { Injectable } from '@nestjs/common';
import { Clock } from '../common/clock';
import { PayproofError, invalidInput } from '../domain/errors';
import { PilotRepository, type PilotRow } from '../persistence/pilot.repository';
import { needsSharedScenarios, pinChanges, type RoundComparison, type SharedScenarioDefects } from './compare-rounds';
import type { RoundInput } from './pilot.types';
import { comparePilot, supplierTrends, type SupplierTrend } from './pilot-trends';
import { roundInput } from './round-input';
import { RunDefectsSource } from './run-defects-source.port';
import { RulingsSource } from './rulings-source.port';
import { carryRulings } from './carry-rulings';
import { briefData, type BriefData } from './brief/brief-data';

/** A pilot's name: what the CLI and the URL carry. */
const NAME = /^[a-z0-9][a-z0-9._-]{0,63}$/;

export interface RoundSummary {
  round: number;
  runId: string;
  recordedAt: string;
  startedAt: string | null;
  status: string;
  /** False when the run grouped no defects (a run from before defects were stored): it has trends, no comparison. */
  defectsStored: boolean;
}

export interface PilotView {
  name: string;
  description: string;
  createdAt: string;
  rounds: RoundSummary[];
  /** Each finished round with defects against the one before it, in round order. */
  comparisons: RoundComparison[];
  trends: SupplierTrend[];
}

/** Pilots: named series of runs (rounds) and how each supplier moved from round to round (docs/pilots.md). */
@Injectable()
export class PilotService {
  constructor(
    private readonly pilots: PilotRepository,
    private readonly defects: RunDefectsSource,
    private readonly rulings: RulingsSource,
    private readonly clock: Clock,
  ) {}

  async create(o: { name: string; description?: string }): Promise<PilotRow> {
    if (!NAME.test(o.name))
      throw invalidInput(
        `pilot name: expected 1 to 64 lower-case letters, digits, '.', '_' or '-', starting with a letter or digit, found "${o.name}"`,
        undefined,
      );
    if (await this.pilots.get(o.name)) throw new PayproofError('CONFLICT', `pilot "${o.name}" already exists`);
    const createdAt = this.clock.nowIso();
    const description = o.description ?? '';
    await this.pilots.create({ name: o.name, description, createdAt });
    return { name: o.name, description, createdAt, rounds: 0 };
  }

  list(): Promise<PilotRow[]> {
    return this.pilots.list();
  }

  /** Fails when there is no such pilot: evaluate --pilot checks this before it runs anything. */
  async expect(name: string): Promise<void> {
    if (!(await this.pilots.get(name)))
      throw new PayproofError(
        'NOT_FOUND',
        `pilot "${name}" does not exist; create it with payproof pilot create ${name}`,
      );
  }

  /** Records an existing run as the pilot's next round; a run is the round of one pilot at most. */
  async recordRound(name: string, runId: string): Promise<{ pilot: string; round: number; runId: string }> {
    await this.expect(name);
    if (!(await this.pilots.run(runId))) throw new PayproofError('NOT_FOUND', `run ${runId} does not exist`);
    const taken = await this.pilots.roundOfRun(runId);
    if (taken)
      throw new PayproofError('CONFLICT', `run ${runId} is already round ${taken.round} of pilot "${taken.pilotName}"`);
    const round = await this.pilots.addRound({ name, runId, at: this.clock.nowIso() });
    return { pilot: name, round, runId };
  }

  async show(name: string): Promise<PilotView> {
    const { view } = await this.load(name);
    return view;
  }

  /** What one round's decision brief says (the last finished round by default). */
  async brief(name: string, round?: number): Promise<BriefData> {
    const { view, finished } = await this.load(name);
    const at = round === undefined ? finished.length - 1 : finished.findIndex((r) => r.round === round);
    if (at < 0) {
      const known = finished.map((r) => r.round).join(', ') || 'none yet';
      throw new PayproofError(
        'NOT_FOUND',
        round === undefined
          ? `pilot "${name}" has no finished round yet`
          : `pilot "${name}" has no finished round ${round} (finished rounds: ${known})`,
      );
    }
    const current = finished[at];
    const comparison = view.comparisons.find((c) => c.round === current.round) ?? null;
    const previous =
      comparison?.previousRound != null ? finished.find((r) => r.round === comparison.previousRound) : undefined;
    return briefData({
      pilot: name,
      round: current,
      previous: previous ?? null,
      comparison,
      sealed: current.sealed,
      trends: view.trends.map((t) => ({ ...t, points: t.points.filter((p) => p.round <= current.round) })),
    });
  }

  private async load(name: string): Promise<{ view: PilotView; finished: RoundInput[] }> {
    const pilot = await this.pilots.get(name);
    if (!pilot) throw new PayproofError('NOT_FOUND', `pilot "${name}" does not exist`);
    const rows = await this.pilots.rounds(name);
    const rounds: RoundSummary[] = [];
    const finished: RoundInput[] = [];
    for (const row of rows) {
      const run = await this.pilots.run(row.runId);
      const defects = run?.status === 'finished' ? await this.defects.defects(row.runId) : null;
      rounds.push({
        ...row,
        startedAt: run?.startedAt ?? null,
        status: run?.status ?? 'missing',
        defectsStored: defects !== null,
      });
      if (!run || run.status !== 'finished') continue;
      finished.push(
        roundInput({ round: row.round, run, catalogueHash: await this.pilots.catalogueHash(run.id), defects }),
      );
    }
    const compared = finished.filter((r) => r.defectsStored);
    const roundOfRun = new Map(rows.map((r) => [r.runId, r.round]));
    const comparisons = carryRulings(
      comparePilot(compared, await this.sharedScenarios(compared)),
      compared,
      await this.rulings.rulings(),
      roundOfRun,
    );
    const view = { ...pilot, rounds, comparisons, trends: supplierTrends(finished, comparisons) };
    return { view, finished };
  }

  /** For each round whose catalogue, rules or harness differ from the round before: the defects on scenarios both ran identically. */
  private async sharedScenarios(rounds: RoundInput[]): Promise<Map<number, SharedScenarioDefects>> {
    const shared = new Map<number, SharedScenarioDefects>();
    for (let i = 1; i < rounds.length; i++) {
      const [a, b] = [rounds[i - 1], rounds[i]];
      if (!needsSharedScenarios(pinChanges(a.pins, b.pins, [[], []]))) continue;
      shared.set(b.round, {
        previous: await this.defects.onSharedScenarios(a.runId, b.runId),
        current: await this.defects.onSharedScenarios(b.runId, a.runId),
      });
    }
    return shared;
  }
}
