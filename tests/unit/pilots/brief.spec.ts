import { briefData, largestRisks } from '../../../src/pilots/brief/brief-data';
import { briefHtml } from '../../../src/pilots/brief/brief-html';
import { sealedOf } from '../../../src/pilots/round-input';
import { lineChart } from '../../../src/pilots/brief/svg-chart';
import { comparePilot, supplierTrends } from '../../../src/pilots/pilot-trends';
import type { RoundDefect, RoundInput, SupplierStanding } from '../../../src/pilots/pilot.types';

const PINS = {
  catalogueHash: 'c',
  rulesEditions: ['T4127-2026-01'],
  policyHash: 'p',
  tolerances: {},
  harnessVersion: '1',
};

const standing = (vendorId: string, under: string, rank: number): SupplierStanding => ({
  vendorId,
  name: vendorId === 'acme' ? 'Acme <Pay>' : 'Globex',
  rank,
  score: rank === 1 ? '90.00' : '60.00',
  overPaid: '0.00',
  underPaid: under,
  peopleAffected: 2,
  scenarios: 10,
  paysMissed: 0,
  expectedPaydays: 100,
  errors: 0,
});

const defect = (vendorId: string, defectId: string, underPaid: string, people = 1): RoundDefect => ({
  vendorId,
  defectId,
  signatureVersion: 1,
  kind: 'line',
  title: { en: `${defectId} in English`, fr: `${defectId} en français` },
  codes: ['REGULAR'],
  people,
  pays: 1,
  overPaid: '0.00',
  underPaid,
});

const round = (n: number, defects: RoundDefect[], standings: SupplierStanding[]): RoundInput => ({
  round: n,
  runId: `run-${n}`,
  startedAt: `2026-11-0${n}T10:00:00Z`,
  status: 'finished',
  pins: PINS,
  standings,
  defectsStored: true,
  rulingsApplied: [],
  sealed: null,
  defects,
});

const rounds = [
  round(
    1,
    [defect('acme', 'v1:a', '100.00'), defect('globex', 'v1:b', '5.00')],
    [standing('acme', '100.00', 2), standing('globex', '5.00', 1)],
  ),
  round(
    2,
    [defect('globex', 'v1:b', '5.00'), defect('globex', 'v1:c', '1234.50', 3)],
    [standing('acme', '0.00', 1), standing('globex', '1239.50', 2)],
  ),
];
const comparisons = comparePilot(rounds, new Map());
const data = briefData({
  pilot: 'pilot-2027',
  round: rounds[1],
  previous: rounds[0],
  comparison: comparisons[1],
  trends: supplierTrends(rounds, comparisons),
});

describe('the decision brief', () => {
  it('sums harm across suppliers and compares it with the previous round', () => {
    expect(data.harm).toEqual({ total: '1239.50', people: 4, previousTotal: '105.00' });
    expect(data.moves.map((m) => [m.vendorId, m.counts])).toEqual([
      ['acme', { fixed: 1, open: 0, new: 0, regressed: 0, 'reference-wrong': 0 }],
      ['globex', { fixed: 0, open: 1, new: 1, regressed: 0, 'reference-wrong': 0 }],
    ]);
  });

  it('ranks the remaining risks by dollars, then people', () => {
    const risks = largestRisks(
      [defect('acme', 'v1:x', '10.00', 1), defect('acme', 'v1:y', '10.00', 5), defect('acme', 'v1:z', '99.99')],
      [],
      2,
    );
    expect(risks.map((r) => r.defect.defectId)).toEqual(['v1:z', 'v1:y']);
  });

  it.each(['en', 'fr'] as const)(
    '[%s] says it in one language, every sentence from the catalogue, names escaped',
    (lang) => {
      const html = briefHtml(data, lang);
      expect(html).toContain(`<html lang="${lang}">`);
      expect(html).not.toMatch(/\b(brief|pilot)\.[a-zA-Z]+/);
      expect(html.split('<body>')[1]).not.toContain('{');
      expect(html).toContain('Acme &lt;Pay&gt;');
      expect(html).not.toContain('Acme <Pay>');
      expect(html).toContain(`v1:c ${lang === 'en' ? 'in English' : 'en français'}`);
      expect(html).toContain(lang === 'en' ? '$1,234.50' : '1\u00a0234,50\u00a0$');
    },
  );

  it('draws each series from its values, zero at the bottom and the largest at the top', () => {
    const svg = lineChart({
      title: 't',
      rounds: [1, 2],
      roundAxis: 'Round',
      series: [{ label: 'a', values: ['0.00', '50.00'] }],
      format: (v) => v,
    });
    const points = /<polyline[^>]* points="([^"]+)"/
      .exec(svg)![1]
      .split(' ')
      .map((p) => p.split(',').map(Number));
    expect(points[0][1]).toBeGreaterThan(points[1][1]);
    expect(svg).toContain('>50.00<');
  });

  /** The sealed part as src/audit/seal stores it in summary.audit.sealed (SealedPart), read by round-input. */
  const sealed = sealedOf({
    audit: {
      sealed: {
        commitment: 'ab'.repeat(32),
        scenarios: 12,
        matches: { commitment: 'ab'.repeat(32), scenarios: 12, recordedAt: '2026-10-01T00:00:00Z', recordedBy: 'p' },
        recorded: 1,
        threshold: { scoreGap: 5, pLimit: 0.05 },
        suppliers: {
          acme: {
            public: { score: '91.50', correctShare: '0.9', scenarios: 40 },
            sealed: { score: '62.25', correctShare: '0.5', scenarios: 12 },
            gap: '29.25',
            p: 0.01,
            flagged: true,
          },
          globex: {
            public: { score: '60.00', correctShare: '0.6', scenarios: 40 },
            sealed: { score: '58.00', correctShare: '0.6', scenarios: 12 },
            gap: '2.00',
            p: 0.6,
            flagged: false,
          },
        },
      },
    },
  });
  const withSealed = { ...data, sealed };

  it('reads the sealed part as the audit stored it, and none when the run had none', () => {
    expect(sealed?.committed).toBe(true);
    expect(sealed?.suppliers.map((x) => [x.vendorId, x.publicScore, x.sealedScore, x.flagged])).toEqual([
      ['acme', '91.50', '62.25', true],
      ['globex', '60.00', '58.00', false],
    ]);
    expect(sealedOf({ scorecards: {} })).toBeNull();
    expect(briefHtml(data, 'en')).not.toContain('Sealed set');
  });

  it.each([
    ['en', 'Sealed set', ['91.50', '62.25', '29.25'], 'yes: sealed score much lower', 'committed to before the run'],
    ['fr', 'Ensemble scellé', ['91,50', '62,25', '29,25'], 'oui : score scellé bien plus bas', 'engagé avant'],
  ] as const)('[%s] shows each supplier’s sealed and public score and the flag', (lang, title, scores, flag, proof) => {
    const html = briefHtml(withSealed, lang);
    const section = html.slice(html.indexOf(title));
    expect(section).toContain(proof);
    const acme = /<tr class="flagged"><th scope="row">Acme &lt;Pay&gt;<\/th>(.*?)<\/tr>/.exec(section)![1];
    expect(acme).toBe(`${scores.map((v) => `<td>${v}</td>`).join('')}<td>${flag}</td>`);
    expect(section).toMatch(
      /<tr><th scope="row">Globex<\/th><td>60[.,]00<\/td><td>58[.,]00<\/td><td>2[.,]00<\/td><td>(no|non)<\/td><\/tr>/,
    );
    expect(html).not.toMatch(/\b(brief|pilot)\.[a-zA-Z]+/);
    expect(html.split('<body>')[1]).not.toContain('{');
  });

  it('says when the sealed set matches no recorded commitment', () => {
    const html = briefHtml({ ...withSealed, sealed: { ...sealed!, committed: false } }, 'en');
    expect(html).toContain('matches no commitment recorded before the run');
  });
});
