import { COMPONENT_NAMES, SCORING } from '../domain/checks/scoring-weights';
import type { FindingView, RunView } from '../evaluation/evaluation.types';
import type { HarmedRecord } from '../evaluation/ports/run-records';
import { esc, table } from './html';
import { COMPONENT_WORDS, METRICS } from './scorecard-rows';

/** The findings table shows the worst this many (index.html stays small at any population); discrepancies.csv has every finding. */
export const HTML_FINDING_LIMIT = 500;
/** The people most harmed, listed up to this many. */
export const HTML_HARMED_LIMIT = 100;

export function rankingSection(view: RunView): string {
  const s = view.summary!;
  const rows = s.ranking.map((r) => [
    esc(`#${r.rank}`),
    `${esc(r.name)} · <code>${esc(r.vendorId)}</code>`,
    `<b>${esc(r.score)}</b>`,
  ]);
  const weights = COMPONENT_NAMES.map((n) => [
    esc(`${SCORING.weights[n].weight}%`),
    esc(COMPONENT_WORDS[n]),
    esc(SCORING.weights[n].description),
  ]);
  return `<section><h2>Ranking</h2><div class="row"><div>${table(['rank', 'supplier', 'score'], rows)}</div>
<div><p>How the score is made (weights add up to 100; a supplier that pays everyone exactly right, on time, without error scores 100):</p>${table(['weight', 'part', 'what it measures'], weights)}</div></div></section>`;
}

export function scorecardSection(view: RunView): string {
  const s = view.summary!;
  const ids = s.ranking.map((r) => r.vendorId);
  const rows = METRICS.map((m) => [esc(m.label), ...ids.map((id) => esc(m.cell(s.scorecards[id])))]);
  return `<section><h2>Scorecards, side by side</h2>${table(['', ...ids], rows, 'num')}
<p class="hint">Dollars over- and under-paid add up each payday's difference in net pay, payday by payday (a pay short in March is not cancelled by a pay too high in April). A missed pay counts its whole net. A scenario a supplier does not support (outside the provinces, years or events it declares) counts as an error and all its pays as missed, without dollars.</p></section>`;
}

export function familySection(view: RunView): string {
  const s = view.summary!;
  const ids = s.ranking.map((r) => r.vendorId);
  const families = Object.keys(s.scorecards[ids[0]]?.families ?? {});
  const blocks = families.map((f, i) => {
    const rows = ['People paid exactly right', 'Dollars over-paid', 'Dollars under-paid', 'Pays missed'].map(
      (label) => {
        const metric = METRICS.find((m) => m.label === label)!;
        return [
          esc(label),
          ...ids.map((id) => (s.scorecards[id].families[f] ? esc(metric.cell(s.scorecards[id].families[f])) : '-')),
        ];
      },
    );
    return `<div class="family"><h3>${esc(f)}</h3><div class="chart"><canvas id="family-chart-${i}" role="img" aria-label="${esc(`${f}: dollars over- and under-paid per supplier`)}"></canvas></div>${table(['', ...ids], rows, 'num')}</div>`;
  });
  return `<section><h2>By scenario family</h2><p class="hint">Each chart: dollars under-paid (left short) and over-paid (a debt to repay) per supplier, for the scenarios of that Phoenix failure family.</p><div class="families">${blocks.join('\n')}</div></section>`;
}

function traceDetails(f: FindingView): string {
  if (!f.trace || f.trace.length === 0) return '';
  const rows = f.trace.map((t) => [
    esc(t.step),
    esc(t.label),
    esc(t.value),
    esc(
      t.inputs
        ? Object.entries(t.inputs)
            .map(([k, v]) => `${k} = ${v}`)
            .join(', ')
        : '',
    ),
    esc(t.citation),
  ]);
  return `<details><summary>reference trace (${f.trace.length} step${f.trace.length === 1 ? '' : 's'})</summary>${table(['step', 'what', 'value', 'inputs', 'source'], rows, 'trace')}</details>`;
}

/** The worst findings first (largest effect on a person's net pay), and how many more the CSV holds. */
export function findingsSection(worst: readonly FindingView[], total: number): string {
  const rows = worst.map((f) => [
    esc(f.vendorId),
    esc(f.scenarioId),
    esc(f.payday ?? ''),
    esc(f.kind),
    esc(f.code ?? f.check ?? ''),
    esc(f.expected ?? ''),
    esc(f.actual ?? ''),
    esc(f.difference ?? ''),
    `<span class="${esc(f.direction ?? '')}">${esc(f.direction ?? '')}</span>`,
    esc(f.severity ?? ''),
    `${esc(f.message)}${traceDetails(f)}`,
  ]);
  const more =
    total > worst.length
      ? `<p>The ${worst.length} findings with the largest effect on a person's net pay, worst first; ${total - worst.length} more are in discrepancies.csv (every finding) and findings.jsonl.</p>`
      : '';
  const none = total === 0 ? '<p>No finding: every supplier paid every line as the reference did.</p>' : '';
  return `<section><h2>Discrepancies and findings (${total})</h2>${none}${more}${total ? table(['supplier', 'scenario', 'payday', 'kind', 'line / check', 'reference', 'supplier', 'difference', 'harm', 'severity', 'what happened'], rows, 'findings') : ''}</section>`;
}

/** The people a supplier harmed most, in dollars over- and under-paid, then by how many findings. */
export function harmedSection(harmed: readonly HarmedRecord[]): string {
  if (harmed.length === 0) return '';
  const rows = harmed.map((h) => [
    esc(h.vendorId),
    esc(h.scenarioId),
    esc(h.family ?? ''),
    esc(h.underPaid),
    esc(h.overPaid),
    esc(h.findings),
  ]);
  return `<section><h2>People most harmed</h2><p class="hint">Per supplier and person (scenario): dollars under-paid (left short) and over-paid (a debt to repay), worst first; at most ${HTML_HARMED_LIMIT}.</p>${table(['supplier', 'scenario', 'family', 'under-paid', 'over-paid', 'findings'], rows, 'num')}</section>`;
}

export function pinsSection(view: RunView): string {
  const p = view.pins;
  const general = [
    ['run', view.id],
    ['started', view.startedAt],
    ['finished', view.finishedAt ?? '-'],
    ['harness', p.harnessVersion],
    ['rules editions', p.rulesEditions.join(', ')],
    ['tolerance policy hash (sha256)', p.policyHash],
    ['tolerance policy', JSON.stringify(p.tolerancePolicy)],
    ['tolerance policy from', p.policySource ?? '-'],
    ['scenarios from', p.scenarioSource],
    ['scenarios', String(p.scenarioCount)],
  ].map(([k, v]) => [esc(k), `<code>${esc(v)}</code>`]);
  const vendors = p.vendors.map((v) => [
    esc(v.id),
    esc(v.name),
    esc(v.version ?? '-'),
    esc(v.transport),
    `<code>${esc(v.manifestHash)}</code>`,
  ]);
  const scenarios = p.scenarios.map((s) => [
    esc(s.id),
    esc(s.family ?? ''),
    esc(s.file),
    `<code>${esc(s.hash)}</code>`,
    esc(s.refused ? `refused by the reference (${s.refused.code}): ${s.refused.message}` : ''),
  ]);
  return `<section><h2>Run pins (what makes this run reproducible)</h2>${table(['pin', 'value'], general)}
<h3>Suppliers</h3>${table(['id', 'name', 'version', 'transport', 'manifest sha256'], vendors)}
<h3>Scenarios</h3>${p.scenariosListed ? table(['id', 'family', 'file', 'canonical JSON sha256', 'note'], scenarios) : `<p>${esc(p.scenarioCount)} scenarios: each one's pin (file, sha256 of its canonical JSON, sha256 of the reference's statements) is in scenarios.jsonl beside this page.</p>`}</section>`;
}

/** How the run judged: the policy's origin and the same-answer-twice sample, in words (terminal and HTML). */
export function howJudged(view: RunView): string[] {
  const s = view.summary;
  const lines = [
    `Tolerance policy: ${view.pins.policySource ?? 'not recorded'} (sha256 ${view.pins.policyHash.slice(0, 12)}…).`,
  ];
  if (s?.sameAnswer) {
    const share =
      s.sameAnswer.rate >= 1 ? 'every request' : `a sample of ${(s.sameAnswer.rate * 100).toFixed(1)} % of requests`;
    lines.push(
      `Same answer twice: ${share} was sent a second time and its answer compared with the first (${s.sameAnswer.repeated} of ${s.sameAnswer.requests} requests).`,
    );
  }
  if (view.partial)
    lines.push(
      `Partial: this run is ${view.status} (${view.workDone} of ${view.workTotal} done); its findings so far are not all of them.`,
    );
  return lines;
}

export function notesSection(view: RunView): string {
  const s = view.summary!;
  const items = [
    ...howJudged(view),
    ...s.loadErrors.map((e) => `Scenario file problem (file skipped): ${e}`),
    ...s.notes,
  ];
  return `<section><h2>Notes</h2><ul>${items.map((n) => `<li>${esc(n)}</li>`).join('')}</ul></section>`;
}
