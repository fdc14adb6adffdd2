import { parseScenario } from '../../../src/domain/scenario';
import { fullScenarioJson } from './full-scenario';

type Json = Record<string, any>;

/** The errors after changing the full scenario. Event indexes are input positions:
 * 0 hire, 1 bilingual, 2 acting, 3 ot-saturday, 4 ot-evening, 5 step-2, 6 percent revision,
 * 7 table revision, 8 lwop, 9 transfer, 10 td1Change, 11 provinceChange, 12 termination. */
function errorsAfter(change: (s: Json) => void): string[] {
  const json = fullScenarioJson();
  change(json);
  const r = parseScenario(json);
  return r.ok ? [] : r.errors;
}

const PROVINCE_LIST = 'AB, BC, MB, NB, NL, NS, NT, NU, ON, PE, QC, SK, YT';
const KINDS =
  'hire, termination, rateRevision, stepIncrement, acting, overtime, leaveWithoutPay, allowance, transfer, td1Change, provinceChange';
const PA =
  'AS-01, AS-02, AS-03, AS-04, AS-05, AS-06, AS-07, CR-03, CR-04, CR-05, PM-01, PM-02, PM-03, PM-04, PM-05, PM-06';

describe('parseScenario: shape and format errors, in plain words with paths', () => {
  it.each<[string, (s: Json) => void, string[]]>([
    [
      'an impossible date',
      (s) => {
        s.events[8].start = '2026-02-30';
      },
      ['events[8].start: 2026-02-30 is not a date: February 2026 has only 28 days'],
    ],
    [
      'a date in another format',
      (s) => {
        s.events[0].entered = '15/12/2025';
      },
      ['events[0].entered: 15/12/2025 is not a date (expected YYYY-MM-DD, e.g. 2026-01-14)'],
    ],
    [
      'a month that does not exist',
      (s) => {
        s.payRuns.to = '2026-13-01';
      },
      ['payRuns.to: 2026-13-01 is not a date: there is no month 13 (expected 01 to 12)'],
    ],
    [
      'a missing field',
      (s) => {
        delete s.employee.province;
      },
      [`employee.province: missing (expected a province or territory code: one of ${PROVINCE_LIST})`],
    ],
    [
      'a missing date',
      (s) => {
        delete s.events[5].entered;
      },
      ['events[5].entered: missing (expected a date, e.g. 2026-01-14)'],
    ],
    [
      'money as a number',
      (s) => {
        s.employee.unionDues = 28.5;
      },
      ['employee.unionDues: found the number 28.5, expected an amount of money written as text, e.g. "50.00"'],
    ],
    [
      'money with three decimals',
      (s) => {
        s.expected[0].amount = '2111.285';
      },
      [
        'expected[0].amount: 2111.285 is not an amount of money (expected digits with an optional leading "-", an optional "." and at most two decimals, e.g. 1234.56 or -12.34)',
      ],
    ],
    [
      'money with a thousands separator',
      (s) => {
        s.events[1].annualAmount = '1,000';
      },
      [
        'events[1].annualAmount: 1,000 is not an amount of money (expected digits with an optional "." and at most two decimals, e.g. 50.00)',
      ],
    ],
    [
      'hours with a unit',
      (s) => {
        s.events[3].hours = '7.5 h';
      },
      [
        'events[3].hours: "7.5 h" is not a number of hours (expected digits with an optional "." and decimals, e.g. 3.5)',
      ],
    ],
    [
      'an unknown field',
      (s) => {
        s.events[3].hourz = '2';
      },
      ['events[3].hourz: unexpected field (expected only: kind, id, entered, date, hours, dayType, multiplier)'],
    ],
    [
      'an unknown event kind',
      (s) => {
        s.events[2].kind = 'promotion';
      },
      [`events[2].kind: promotion is not an event kind (expected one of ${KINDS})`],
    ],
    [
      'an event without a kind',
      (s) => {
        delete s.events[2].kind;
      },
      [`events[2].kind: missing (expected an event kind: one of ${KINDS})`],
    ],
    [
      'an unknown province',
      (s) => {
        s.events[11].province = 'PQ';
      },
      [`events[11].province: PQ is not a province or territory code (expected one of ${PROVINCE_LIST})`],
    ],
    [
      'a bad claim code',
      (s) => {
        s.employee.td1.federal.code = 11;
      },
      [
        'employee.td1.federal.code: found the number 11, expected a TD1 claim code: a whole number from 0 to 10, or "E" (exempt from tax)',
      ],
    ],
    [
      'a fractional step',
      (s) => {
        s.events[5].newStep = 1.5;
      },
      ['events[5].newStep: found the number 1.5, expected a step number: a whole number from 1, e.g. 2'],
    ],
    [
      'a classification without its dash',
      (s) => {
        s.events[2].classification = 'AS04';
      },
      [
        'events[2].classification: AS04 is not a classification (expected group letters, "-" and a two-digit level, e.g. AS-02)',
      ],
    ],
    [
      'an empty title',
      (s) => {
        s.title = ' ';
      },
      ['title: found the text " ", expected a title, e.g. "Acting entered three weeks late"'],
    ],
    [
      'events that are not a list',
      (s) => {
        s.events = {};
      },
      ['events: found an object, expected a list ([ … ])'],
    ],
    [
      'a line code that does not exist',
      (s) => {
        s.expected[0].code = 'SALARY';
      },
      [
        expect.stringMatching(
          /^expected\[0\]\.code: SALARY is not a pay line code \(expected one of REGULAR, ACTING, .*, UNION_DUES\)$/,
        ),
      ] as never,
    ],
  ])('%s', (_name, change, expected) => {
    expect(errorsAfter(change)).toEqual(expected);
  });

  it('reports every shape problem at once', () => {
    expect(
      errorsAfter((s) => {
        s.id = 'has space';
        s.payRuns = 'all';
      }),
    ).toEqual([
      'id: "has space" is not an id (expected up to 64 letters, digits, ".", "_" or "-", starting with a letter or digit, e.g. e1)',
      'payRuns: found the text "all", expected an object ({ … })',
    ]);
  });

  it('names the root when the whole scenario is wrong', () => {
    const r = parseScenario([]);
    expect(r).toEqual({
      ok: false,
      errors: ['scenario: found a list, expected an object ({ … })'],
      errorsFr: ['scenario : trouvé une liste, attendu : un objet ({ … })'],
    });
  });
});

describe('parseScenario: rules that relate fields', () => {
  it.each<[string, (s: Json) => void, string[]]>([
    [
      'an end before its start',
      (s) => {
        s.events[8].end = '2026-06-12';
      },
      ['events[8].end: 2026-06-12 is before start 2026-06-15 (expected a date on or after 2026-06-15)'],
    ],
    [
      'acting that ends before it starts',
      (s) => {
        s.events[2].end = '2026-03-01';
      },
      ['events[2].end: 2026-03-01 is before start 2026-03-02 (expected a date on or after 2026-03-02)'],
    ],
    [
      'overtime of zero hours',
      (s) => {
        s.events[3].hours = '0';
      },
      ['events[3].hours: found 0 hours, expected more than 0 and at most 24 hours in one day'],
    ],
    [
      'overtime of more than a day',
      (s) => {
        s.events[3].hours = '24.25';
      },
      ['events[3].hours: found 24.25 hours, expected more than 0 and at most 24 hours in one day'],
    ],
    [
      'overtime with both a day type and a multiplier',
      (s) => {
        s.events[3].multiplier = '2.0';
      },
      ['events[3]: gives both dayType and multiplier (expected exactly one of them)'],
    ],
    [
      'overtime with neither',
      (s) => {
        delete s.events[3].dayType;
      },
      [
        'events[3]: gives neither dayType nor multiplier (expected dayType workday, firstDayOfRest or secondDayOfRest, or a multiplier such as "1.5")',
      ],
    ],
    [
      'a multiplier below 1',
      (s) => {
        s.events[4].multiplier = '0.5';
      },
      ['events[4].multiplier: found 0.5, expected a multiplier of at least 1, e.g. 1.5 or 2.0'],
    ],
    [
      'a classification not in the PA table',
      (s) => {
        s.events[2].classification = 'EC-05';
      },
      [
        `events[2].classification: EC-05 is not in the PA pay table (expected one of ${PA}, or give annualRate instead)`,
      ],
    ],
    [
      'a step the classification does not have',
      (s) => {
        s.events[2].step = 4;
      },
      ['events[2].step: AS-04 has no step 4 (expected 1 to 3)'],
    ],
    [
      'a classification without a step',
      (s) => {
        delete s.events[0].step;
      },
      ['events[0].step: missing (expected the step of AS-02: 1 to 3)'],
    ],
    [
      'a step without a classification',
      (s) => {
        delete s.events[0].classification;
      },
      ['events[0].classification: missing (expected the classification that step 1 belongs to, e.g. AS-02)'],
    ],
    [
      'a step with an annual rate',
      (s) => {
        s.events[2].annualRate = '85000';
      },
      [
        'events[2].step: found step 1 together with annualRate (expected either classification and step, or annualRate, not both)',
      ],
    ],
    [
      'acting with no rate of pay',
      (s) => {
        delete s.events[2].classification;
        delete s.events[2].step;
      },
      [
        'events[2]: no rate of pay (expected classification and step, e.g. AS-02 and 1, or annualRate, e.g. "68849.00")',
      ],
    ],
    [
      'no position anywhere',
      (s) => {
        s.events.splice(0, 1);
      },
      ['employee: no rate of pay (expected classification and step, e.g. AS-02 and 1, or annualRate, e.g. "68849.00")'],
    ],
    [
      'a position in both the employee and the hire',
      (s) => {
        s.employee.annualRate = '70000';
      },
      [
        'employee: has a position as well as the hire event events[0] (expected the starting position in the hire event only)',
      ],
    ],
    [
      'a hire date in both places',
      (s) => {
        s.employee.hireDate = '2026-01-05';
      },
      ['employee.hireDate: given as well as the hire event events[0] (expected the hire date in one place only)'],
    ],
    [
      'a claim with both code and amount',
      (s) => {
        s.employee.td1.provincial.amount = '12747.00';
      },
      ['employee.td1.provincial: gives both code and amount (expected exactly one of them)'],
    ],
    [
      'a claim with neither',
      (s) => {
        s.events[10].federal = {};
      },
      [
        'events[10].federal: gives neither code nor amount (expected a claim code, e.g. { "code": 1 }, or an amount, e.g. { "amount": "16452.00" })',
      ],
    ],
    [
      'a TD1 change with no claim',
      (s) => {
        delete s.events[10].federal;
      },
      ['events[10]: gives neither federal nor provincial (expected at least one new TD1 claim)'],
    ],
    [
      'a duplicate event id',
      (s) => {
        s.events[4].id = 'ot-saturday';
      },
      ['events[4].id: ot-saturday is already the id of events[3] (expected every event id to be different)'],
    ],
    [
      'a second termination',
      (s) => {
        s.events.push({ id: 'again', kind: 'termination', lastDay: '2026-11-06', entered: '2026-11-20' });
      },
      ['events[13].kind: a second termination event (expected at most one; the first is events[12])'],
    ],
    [
      'a revision with both rates and percent',
      (s) => {
        s.events[7].percent = '2';
      },
      ['events[7]: gives both rates and percent (expected exactly one of them)'],
    ],
    [
      'a revision with neither',
      (s) => {
        delete s.events[6].percent;
      },
      ['events[6]: gives neither rates nor percent (expected a table of new rates, or a percent such as "2.25")'],
    ],
    [
      'a revision of zero percent',
      (s) => {
        s.events[6].percent = '0.0';
      },
      ['events[6].percent: found 0.0, expected a percent more than 0 and at most 100, e.g. 2.25'],
    ],
    [
      'a revised rate outside appliesTo',
      (s) => {
        s.events[7].rates[2].classification = 'AS-03';
      },
      [
        'events[7].rates[2].classification: AS-03 is not covered by appliesTo AS-02 (expected a classification of AS-02)',
      ],
    ],
    [
      'a revised rate given twice',
      (s) => {
        s.events[7].rates[2].step = 1;
      },
      ['events[7].rates[2]: AS-02 step 1 is already given in rates[0] (expected each classification and step once)'],
    ],
    [
      'pay runs that do not start on a payday',
      (s) => {
        s.payRuns.from = '2026-01-29';
      },
      ['payRuns.from: 2026-01-29 is not a payday (expected a federal payday, e.g. 2026-01-28 or 2026-02-11)'],
    ],
    [
      'pay runs that end before they start',
      (s) => {
        s.payRuns.to = '2026-01-14';
        s.expected = [];
      },
      ['payRuns.to: 2026-01-14 is before from 2026-01-28 (expected a date on or after 2026-01-28)'],
    ],
    [
      'an expected line outside the pay runs',
      (s) => {
        s.expected[0].payday = '2027-01-13';
      },
      ['expected[0].payday: 2027-01-13 is outside payRuns (expected a payday from 2026-01-28 to 2026-12-30)'],
    ],
    [
      'an expected line on a day that is not a payday',
      (s) => {
        s.expected[1].payday = '2026-02-12';
      },
      ['expected[1].payday: 2026-02-12 is not a payday (expected a federal payday, e.g. 2026-02-11 or 2026-02-25)'],
    ],
  ])('%s', (_name, change, expected) => {
    expect(errorsAfter(change)).toEqual(expected);
  });

  it('checks relations only once the shape is right, then reports all of them', () => {
    expect(
      errorsAfter((s) => {
        s.events[8].end = '2026-06-12';
        s.events[3].hours = 7;
      }),
    ).toEqual(['events[3].hours: found the number 7, expected a number of hours written as text, e.g. "3.5"']);
    expect(
      errorsAfter((s) => {
        s.events[8].end = '2026-06-12';
        s.events[4].id = 'hire';
      }),
    ).toEqual([
      'events[8].end: 2026-06-12 is before start 2026-06-15 (expected a date on or after 2026-06-15)',
      'events[4].id: hire is already the id of events[0] (expected every event id to be different)',
    ]);
  });
});
