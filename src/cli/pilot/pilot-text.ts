import type { RoundComparison } from '../../pilots/compare-rounds';
import { shownStatus } from '../../pilots/carry-rulings';
import { rulingText } from '../../pilots/brief/brief-html';
import type { PilotView } from '../../pilots/pilot.service';
import { amount, say, type Lang } from '../../submissions/reader-text';
import { textTable } from '../text-table';

/** `payproof pilot show` as text: the rounds, each supplier's trend, then each round against the one before. */
export function pilotText(view: PilotView, lang: Lang): string {
  const out: string[] = [`${view.name}${view.description ? `: ${view.description}` : ''}`, ''];
  out.push(
    textTable(
      [say(lang, 'pilot.rounds'), say(lang, 'pilot.run'), say(lang, 'pilot.started'), say(lang, 'pilot.status')],
      view.rounds.map((r) => [String(r.round), r.runId, r.startedAt ?? '', r.status]),
    ),
  );
  for (const r of view.rounds) {
    if (r.status !== 'finished') out.push(say(lang, 'pilot.unfinished', { round: r.round, status: r.status }));
    else if (!r.defectsStored) out.push(say(lang, 'pilot.noDefects', { run: r.runId }));
  }
  for (const t of view.trends) {
    out.push('', `${say(lang, 'pilot.trends')}: ${t.name}`);
    out.push(
      textTable(
        [
          '#',
          say(lang, 'pilot.score'),
          say(lang, 'pilot.overPaid'),
          say(lang, 'pilot.underPaid'),
          say(lang, 'pilot.people'),
          say(lang, 'pilot.paysMissed'),
          say(lang, 'pilot.defects'),
        ],
        t.points.map((p) => [
          String(p.round),
          amount(lang, p.score),
          amount(lang, p.overPaid),
          amount(lang, p.underPaid),
          String(p.peopleAffected),
          `${p.paysMissed}/${p.expectedPaydays}`,
          p.defects === null ? '—' : String(p.defects),
        ]),
      ),
    );
  }
  for (const c of view.comparisons) out.push('', ...comparisonText(c, lang));
  return `${out.join('\n')}\n`;
}

function comparisonText(c: RoundComparison, lang: Lang): string[] {
  const lines = [
    c.previousRound === null
      ? say(lang, 'pilot.first', { round: c.round })
      : say(lang, 'pilot.against', { round: c.round, previous: c.previousRound }),
  ];
  for (const change of c.changed)
    lines.push(
      change === 'policy'
        ? say(lang, 'pilot.changed.policy', { subjects: c.policySubjects.join(', ') })
        : say(lang, `pilot.changed.${change}`),
    );
  for (const s of c.suppliers) {
    lines.push(`  ${s.vendorId}`);
    if (!s.inPrevious && c.previousRound !== null)
      lines.push(`    ${say(lang, 'pilot.notInPrevious', { supplier: s.vendorId, previous: c.previousRound })}`);
    for (const x of s.changes)
      lines.push(
        `    ${say(lang, `pilot.status.${shownStatus(x)}`, { round: x.lastSeenRound ?? '' }).padEnd(12)} ${x.defect.title[lang]}  [${x.defect.defectId}]${x.ruling ? `  (${rulingText(lang, x.ruling)})` : ''}`,
      );
    for (const n of s.notComparable)
      lines.push(
        `    ${say(lang, 'pilot.notCompared', { title: n.defect.title[lang], reason: say(lang, `pilot.reason.${n.reason}`) })}`,
      );
  }
  return lines;
}
