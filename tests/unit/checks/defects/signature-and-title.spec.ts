import { CONDITIONS_BY_SUBJECT, defectTitle, groupingInfo, signature } from '../../../../src/domain/checks/defects';
import { CONDITION_IDS } from '../../../../src/domain/checks/defects/conditions';
import {
  CONDITION_WORDS,
  FAILURE_TITLES,
  INVARIANT_TITLES,
  LINE_NAMES,
  REASONS,
} from '../../../../src/domain/checks/defects/defect-words';
import { INVARIANTS } from '../../../../src/domain/checks/invariants';
import { LINE_CODE_LIST } from '../../../../src/domain/scenario';
import { PAYLOAD_FAILURE_KINDS, TRANSPORT_FAILURE_KINDS } from '../../../../src/vendors/vendor-transport';

describe('defect signatures, version 2', () => {
  it('are every part in a fixed order, absent parts as "-"', () => {
    const s = signature({
      kind: 'line',
      subject: 'ACTING',
      direction: 'under',
      size: 'amount',
      condition: 'late-entry',
    });
    expect(s).toMatchObject({ version: 2, key: 'v2:line:ACTING:under:amount:-:late-entry:-' });
    expect(signature({ kind: 'moved', subject: 'RETRO_ADJUSTMENT', to: 'REGULAR' }).key).toBe(
      'v2:moved:RETRO_ADJUSTMENT:-:-:REGULAR:-:-',
    );
  });

  it('name only conditions that exist, and each subject lists a condition at most once', () => {
    for (const [subject, list] of Object.entries(CONDITIONS_BY_SUBJECT)) {
      expect({
        subject,
        known: list.every((c) => CONDITION_IDS.includes(c)),
        once: new Set(list).size === list.length,
      }).toEqual({
        subject,
        known: true,
        once: true,
      });
    }
  });
});

describe('defect titles, in English and in French', () => {
  it('read as the pay stub does: the line, what went wrong, the condition', () => {
    const t = defectTitle({
      kind: 'line',
      subject: 'ACTING',
      direction: 'under',
      size: 'amount',
      condition: 'acting-first-period',
    });
    expect(t).toEqual({
      en: 'Acting pay: paid too little in the first period of an acting assignment',
      fr: "Rémunération d'intérim : montant versé trop bas dans la première période d'une affectation intérimaire",
    });
    expect(defectTitle({ kind: 'line', subject: 'CPP2', direction: 'over', size: 'amount' }).en).toBe(
      'CPP2 contributions: withheld too little',
    );
    expect(defectTitle({ kind: 'line', subject: 'CPP', direction: 'under', size: 'rounding' }).fr).toBe(
      "Cotisations au RPC : montant retenu trop élevé d'un ou deux cents",
    );
    expect(defectTitle({ kind: 'moved', subject: 'RETRO_ADJUSTMENT', to: 'REGULAR' })).toEqual({
      en: 'Retroactive adjustment paid as regular pay',
      fr: 'Rajustement rétroactif versé comme rémunération régulière',
    });
    expect(defectTitle({ kind: 'failure', subject: 'wrong-employee' }).en).toBe(
      'People missing or mixed up in the answer',
    );
  });

  it('have words in both languages for every line code, condition, reason, invariant and failure kind', () => {
    const missing = [
      ...LINE_CODE_LIST.filter((c) => !LINE_NAMES[c]?.en || !LINE_NAMES[c]?.fr),
      ...CONDITION_IDS.filter((c) => !CONDITION_WORDS[c]?.en || !CONDITION_WORDS[c]?.fr),
      ...Object.keys(INVARIANTS).filter((c) => !INVARIANT_TITLES[c]?.fr),
      ...[...TRANSPORT_FAILURE_KINDS, ...PAYLOAD_FAILURE_KINDS].filter((k) => !FAILURE_TITLES[k]?.fr),
      ...Object.entries(REASONS)
        .filter(([, w]) => !w.en || !w.fr)
        .map(([k]) => k),
    ];
    expect(missing).toEqual([]);
  });

  it('say which signature parts made the occurrences one defect', () => {
    const g = groupingInfo(
      { kind: 'line', subject: 'CPP', direction: 'over', size: 'amount', condition: 'payday-27-year' },
      1,
    );
    expect(g.en).toEqual([
      'Signature version 1',
      'Kind: line',
      'Subject: CPP',
      'Direction: over',
      'Size: amount',
      'Condition: payday-27-year (in a year of 27 paydays)',
    ]);
    expect(g.fr[5]).toBe('Condition : payday-27-year (dans une année de 27 jours de paye)');
  });
});
