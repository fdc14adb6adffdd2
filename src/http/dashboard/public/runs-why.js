/* payproof dashboard: the why behind a run's scores (issue 14). Per supplier, its defects ranked by
 * harm → a defect's occurrences → the supplier's statement beside the reference's → the reference's
 * trace with the rule's source. Every sentence from the catalogues' report.* keys (the HTML report's
 * words); a defect's title comes in both languages from the defect core. */
'use strict';

/** Defects shown in a run's summary per supplier (as the terminal does), and occurrences per page. */
const WHY_TOP = 3;
const OCCURRENCE_PAGE = 25;

const vendorHash = (runId, vendorId) => `#/runs/${runId}/vendors/${encodeURIComponent(vendorId)}`;
const defectHash = (runId, d) => `${vendorHash(runId, d.vendorId)}/defects/${encodeURIComponent(d.defectId)}`;
const defectTitle = (d) => d.title[state.lang] ?? d.title.en;
const runDefects = (runId, vendorId) =>
  api(`/api/runs/${encodeURIComponent(runId)}/defects${vendorId ? `?supplier=${encodeURIComponent(vendorId)}` : ''}`);
const number = (n) => new Intl.NumberFormat(locale()).format(n);

/** The run page's "why": each supplier's most harmful defects, a line each, with the way to all of them. */
function whySummary(runId, ranking, defects) {
  return h(
    'section',
    { id: 'why', 'aria-labelledby': 'why-heading' },
    h('h2', { id: 'why-heading' }, t('report.why.heading')),
    h('p', {}, t('report.why.intro')),
    ranking.map((r) => {
      const mine = defects.filter((d) => d.vendorId === r.vendorId);
      return h(
        'div',
        { class: 'why-supplier' },
        h('h3', {}, tn('report.why.supplier', { rank: r.rank, supplier: verbatim(r.name) })),
        mine.length === 0
          ? h('p', {}, tn('report.why.none', { supplier: verbatim(r.name) }))
          : h(
              'ol',
              {},
              mine
                .slice(0, WHY_TOP)
                .map((d) => h('li', {}, h('a', { href: defectHash(runId, d) }, defectTitle(d)), ' ', defectFigures(d))),
            ),
        mine.length > 0
          ? h(
              'p',
              {},
              h(
                'a',
                { href: vendorHash(runId, r.vendorId) },
                tn('why.all', { n: mine.length, supplier: verbatim(r.name) }),
              ),
            )
          : '',
      );
    }),
  );
}

/** "(3 people: over-paid $0.00, under-paid $12.00)", or a failure's errors and missed pays (never dollars). */
function defectFigures(d) {
  if (d.kind === 'failure')
    return h(
      'span',
      { class: 'hint' },
      t('why.failureShort', { errors: number(d.errors), missed: number(d.missedPays) }),
    );
  return h(
    'span',
    { class: 'hint' },
    tn('why.short', {
      people: counted(d.people, 'person'),
      over: h('span', { class: 'over' }, money(d.overPaid)),
      under: h('span', { class: 'under' }, money(d.underPaid)),
    }),
  );
}

/** A supplier's defects as tables: pay defects ranked by harm, then supplier-level failures. */
function defectTables(runId, name, defects) {
  const pay = defects.filter((d) => d.kind !== 'failure');
  const failures = defects.filter((d) => d.kind === 'failure');
  const families = (d) => d.families.map(familyName).join(', ');
  const out = [];
  if (defects.length === 0) out.push(h('p', {}, tn('report.why.none', { supplier: verbatim(name) })));
  if (pay.length > 0)
    out.push(
      table(
        tn('report.why.caption', { supplier: verbatim(name) }),
        [
          t('report.col.rank'),
          t('report.col.defect'),
          t('report.col.people'),
          t('report.col.occurrences'),
          t('report.col.over'),
          t('report.col.under'),
          t('report.col.lines'),
          t('report.col.families'),
        ],
        pay.map((d) => [
          d.rank,
          h('a', { href: defectHash(runId, d) }, defectTitle(d)),
          number(d.people),
          number(d.occurrences),
          h('span', { class: 'over' }, money(d.overPaid)),
          h('span', { class: 'under' }, money(d.underPaid)),
          h('code', {}, d.codes.join(', ')),
          families(d),
        ]),
        [0, 2, 3, 4, 5],
      ),
    );
  if (failures.length > 0)
    out.push(
      table(
        tn('report.why.failuresCaption', { supplier: verbatim(name) }),
        [t('report.col.defect'), t('report.col.errors'), t('report.col.missed'), t('report.col.families')],
        failures.map((d) => [
          h('a', { href: defectHash(runId, d) }, defectTitle(d)),
          number(d.errors),
          number(d.missedPays),
          families(d),
        ]),
        [1, 2],
      ),
    );
  return out;
}

/** A finding in the reader's language from its fields (kind, code, amounts), as the HTML report words it. */
function findingWords(f) {
  const line = f.code ? codeName(f.code) : t(f.kind === 'gross' ? 'code.gross' : 'code.net');
  const p = { line, payday: day(f.payday), expected: money(f.expected), actual: money(f.actual) };
  const keys = {
    different: 'line',
    gross: 'line',
    net: 'line',
    missing: 'missing',
    unexpected: 'unexpected',
    'missed-pay': 'missedPay',
    'unexpected-pay': 'unexpectedPay',
  };
  if (keys[f.kind]) return capital(t(`report.f.${keys[f.kind]}`, p));
  return inLang(f.message, f.messageFr);
}

/** Rows of the two statements of one payday, line by line: reference, supplier, difference; the root lines marked. */
function statementRows(supplier, reference, roots) {
  const key = (l) => `${l.code}|${l.forPeriod?.start ?? ''}|${l.forPeriod?.end ?? ''}`;
  const sums = (lines) => {
    const out = new Map();
    // Amounts are summed as cents in BigInt: exact for two-decimal text, no float holds money.
    for (const l of lines ?? []) out.set(key(l), { line: l, cents: (out.get(key(l))?.cents ?? 0n) + cents(l.amount) });
    return out;
  };
  const ref = sums(reference?.lines);
  const sup = sums(supplier?.lines);
  const amount = (c) => (c === undefined ? '–' : money(fromCents(c)));
  const diff = (a, b) => ((a ?? 0n) - (b ?? 0n) === 0n ? '' : money(fromCents((a ?? 0n) - (b ?? 0n))));
  const rows = [...new Set([...ref.keys(), ...sup.keys()])].map((k) => {
    const l = (ref.get(k) ?? sup.get(k)).line;
    const name = l.forPeriod
      ? t('report.f.forPeriod', { line: codeName(l.code), start: day(l.forPeriod.start), end: day(l.forPeriod.end) })
      : codeName(l.code);
    const words = capital(name);
    const cell = roots.includes(l.code)
      ? [h('mark', {}, words), ' ', h('span', { class: 'hint' }, `(${t('report.st.root')})`)]
      : words;
    return [cell, amount(ref.get(k)?.cents), amount(sup.get(k)?.cents), diff(sup.get(k)?.cents, ref.get(k)?.cents)];
  });
  const total = (field) => {
    const r = reference ? cents(reference[field]) : undefined;
    const s = supplier ? cents(supplier[field]) : undefined;
    return [h('strong', {}, capital(t(`code.${field}`))), amount(r), amount(s), diff(s, r)];
  };
  return [...rows, total('gross'), total('net')];
}

function cents(text) {
  const m = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(String(text).trim());
  if (!m) return 0n;
  const value = BigInt(m[2]) * 100n + BigInt((m[3] ?? '0').padEnd(2, '0'));
  return m[1] ? -value : value;
}

function fromCents(c) {
  const sign = c < 0n ? '-' : '';
  const abs = c < 0n ? -c : c;
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}

/** "Kind: moved": the part in words, its value as code (signature values are identifiers). */
function groupingItem(line) {
  const at = line.indexOf(': ');
  return at < 0 ? h('li', {}, line) : h('li', {}, line.slice(0, at + 1), ' ', h('code', {}, line.slice(at + 2)));
}

/** "regular pay" → "Regular pay": a line's name at the start of a table row. */
const capital = (text) => text.charAt(0).toLocaleUpperCase(locale()) + text.slice(1);

/** One defect: what it is, why its occurrences are one, the smallest example side by side with its trace, then its occurrences. */
async function defectView(runId, vendorId, defectId) {
  show(loading());
  const [name, defects] = await Promise.all([supplierName(runId, vendorId), runDefects(runId, vendorId)]);
  const d = defects.find((x) => x.defectId === defectId);
  if (!d) throw Object.assign(new Error(defectId), { status: 404 });
  const title = defectTitle(d);
  const e = d.example;
  const figures =
    d.kind === 'failure'
      ? t('report.defect.failureFigures', { errors: number(d.errors), missed: number(d.missedPays) })
      : t('report.defect.figures', {
          occurrences: counted(d.occurrences, 'occurrence'),
          people: counted(d.people, 'person'),
          pays: counted(d.pays, 'pay'),
          over: money(d.overPaid),
          under: money(d.underPaid),
          consequences: number(d.consequences),
        });
  const occurrences = h('div', { id: 'occurrences', 'aria-live': 'polite' });
  const example =
    d.kind === 'failure'
      ? [
          h('h2', {}, tn('report.defect.exampleFailure', { scenario: verbatim(e.scenarioId) })),
          h('p', {}, en(e.messages[0] ?? '')),
        ]
      : [
          h('h2', {}, tn('report.defect.example', { scenario: verbatim(e.scenarioId), payday: day(e.payday) })),
          e.supplier ? '' : h('p', {}, t('report.defect.noStatement')),
          table(
            t('report.defect.statements', { payday: day(e.payday) }),
            [t('report.st.line'), t('report.st.reference'), t('report.st.supplier'), t('report.st.difference')],
            statementRows(e.supplier, e.reference, e.codes),
            [1, 2, 3],
          ),
          h('h2', {}, t('report.defect.trace')),
          (e.trace ?? []).length === 0 ? h('p', {}, t('trace.none')) : traceTable(e.trace, t('report.defect.trace')),
        ];
  show(
    crumbs([
      [t('nav.runs'), '#/runs'],
      [runTitle(runId), `#/runs/${runId}`],
      [verbatim(name), vendorHash(runId, vendorId)],
      [title],
    ]),
    h('h1', {}, title),
    h('p', {}, figures),
    h(
      'p',
      {},
      t('report.defect.lines', { codes: d.codes.join(', '), families: d.families.map(familyName).join(', ') }),
    ),
    h('h2', {}, t('report.defect.grouping')),
    h('ul', {}, d.grouping[state.lang].map(groupingItem)),
    h('p', { class: 'hint' }, tn('report.defect.id', { id: h('code', {}, d.defectId) })),
    ...example,
    h('h2', {}, t('report.defect.occurrences', { title })),
    occurrences,
  );
  await occurrencePage(runId, d, occurrences, 0);
}

/** A page of a defect's occurrences (its root findings), each leading to its scenario's lines and traces; "more" adds the next page. */
async function occurrencePage(runId, d, holder, offset) {
  const url = `/api/runs/${encodeURIComponent(runId)}/defects/${encodeURIComponent(d.defectId)}/occurrences?supplier=${encodeURIComponent(d.vendorId)}&offset=${offset}&limit=${OCCURRENCE_PAGE}`;
  holder.append(loading());
  const page = await api(url);
  holder.querySelector('.loading')?.remove();
  holder.querySelector('button.more')?.remove();
  const rows = page.items.map((f) => [
    h(
      'a',
      { href: `${vendorHash(runId, d.vendorId)}/scenarios/${encodeURIComponent(f.scenarioId)}` },
      verbatim(f.scenarioId),
    ),
    day(f.payday),
    money(f.expected),
    money(f.actual),
    harm(f.direction, f.netEffect),
    findingWords(f),
  ]);
  holder.append(
    table(
      t('why.occurrencesCaption', {
        from: number(offset + 1),
        to: number(offset + page.items.length),
        total: number(page.total),
      }),
      [
        t('report.occ.scenario'),
        t('report.occ.payday'),
        t('report.col.reference'),
        t('report.col.supplierAmount'),
        t('report.col.harm'),
        t('report.occ.what'),
      ],
      rows,
      [2, 3],
    ),
  );
  const next = offset + page.items.length;
  if (next < page.total)
    holder.append(
      h(
        'button',
        { type: 'button', class: 'more', onclick: () => occurrencePage(runId, d, holder, next) },
        t('why.more', { n: number(Math.min(OCCURRENCE_PAGE, page.total - next)) }),
      ),
    );
}
