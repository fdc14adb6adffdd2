import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { CliCase } from '../corpus.types';

/** Command-line flags and arguments, each wrong one way: exit 2 (bad input) or 78 (configuration), one line on stderr. */
function flags(id: string, args: string[], says: string | RegExp, exit = 2, extra: Partial<CliCase> = {}): CliCase {
  return { id: `flags/${id}`, area: 'flags', door: 'cli', args, exit, stream: 'stderr', says, ...extra };
}

const calc = (...args: string[]) => ['calc', '--pay-date', '2026-03-04', ...args];
const HEADER_ONLY = 'scenario,record,title\n';

/** The one scenario of the evaluate fixtures that the reference refuses (a Quebec TD1 claim code). */
const REFUSED_ONLY = JSON.stringify(
  (
    JSON.parse(
      readFileSync(path.join(__dirname, '../../fixtures/evaluate-scenarios/one-paid-one-refused.json'), 'utf8'),
    ) as Array<{ id: string }>
  ).filter((s) => s.id === 'quebec-td1-code-3'),
);

export const FLAG_CASES: CliCase[] = [
  flags('calc-no-gross', calc(), '--gross is required: the gross pay for the period, e.g. 2307.69'),
  flags(
    'calc-gross-words',
    calc('--gross', 'lots'),
    '--gross: expected an amount like 2307.69 (digits, "." and at most two decimals), found "lots"',
  ),
  flags('calc-gross-negative', calc('--gross', '-5'), '--gross: expected an amount of zero or more, found "-5"'),
  flags(
    'calc-gross-20-digits',
    calc('--gross', '99999999999999999999'),
    '--gross: expected an amount from 0 to 1000000.00 (a year\'s pay at the largest annual rate payproof accepts), found "99999999999999999999"',
  ),
  flags('calc-gross-three-decimals', calc('--gross', '10.005'), '--gross: expected an amount like 2307.69'),
  flags('calc-gross-exponent', calc('--gross', '1e3'), '--gross: expected an amount like 2307.69'),
  flags(
    'calc-ytd-cpp-999999',
    calc('--gross', '2000', '--ytd-cpp', '999999'),
    '--ytd-cpp: expected an amount from 0 to 4230.45 (the 2026 CPP contribution maximum, T4127 edition T4127-2026-01), found "999999"',
  ),
  flags(
    'calc-ytd-qpp-quebec',
    calc('--gross', '2000', '--province', 'QC', '--ytd-cpp', '5000'),
    /--ytd-cpp: expected an amount from 0 to [\d.]+ \(the 2026 QPP contribution maximum/,
  ),
  flags(
    'calc-ytd-cpp2',
    calc('--gross', '2000', '--ytd-cpp2', '1000'),
    '--ytd-cpp2: expected an amount from 0 to 416.00 (the 2026 CPP2 contribution maximum',
  ),
  flags(
    'calc-ytd-ei',
    calc('--gross', '2000', '--ytd-ei', '5000'),
    '--ytd-ei: expected an amount from 0 to 1123.07 (the 2026 EI premium maximum',
  ),
  flags(
    'calc-union-dues-huge',
    calc('--gross', '2000', '--union-dues', '99999999999999999999.99'),
    '--union-dues: expected an amount from 0 to 1000000.00',
  ),
  flags(
    'calc-bonus-huge',
    calc('--gross', '2000', '--bonus', '12345678901'),
    '--bonus: expected an amount from 0 to 1000000.00',
  ),
  flags(
    'calc-periods-0',
    calc('--gross', '2000', '--periods', '0'),
    '--periods: expected a whole number from 1 to 53, found "0"',
  ),
  flags(
    'calc-periods-54',
    calc('--gross', '2000', '--periods', '54'),
    '--periods: expected a whole number from 1 to 53, found "54"',
  ),
  flags(
    'calc-periods-fraction',
    calc('--gross', '2000', '--periods', '26.5'),
    '--periods: expected a whole number from 1 to 53, found "26.5"',
  ),
  flags('calc-province-xx', calc('--gross', '2000', '--province', 'XX'), '--province: expected one of'),
  flags(
    'calc-pay-date-feb-30',
    ['calc', '--gross', '2000', '--pay-date', '2026-02-30'],
    '--pay-date: expected a date as YYYY-MM-DD, found "2026-02-30"',
  ),
  flags(
    'calc-pay-date-2019',
    ['calc', '--gross', '2000', '--pay-date', '2019-05-01'],
    '--pay-date: no T4127 edition covers pay date 2019-05-01: the first edition held is T4127-2025-01, effective 2025-01-01',
  ),
  flags(
    'calc-pay-date-2031',
    ['calc', '--gross', '2000', '--pay-date', '2031-05-07'],
    /--pay-date: no T4127 edition covers pay date 2031-05-07/,
  ),
  flags(
    'calc-claim-code-11',
    calc('--gross', '2000', '--federal-claim-code', '11'),
    '--federal-claim-code: expected a whole number from 0 to 10, found "11"',
  ),
  flags(
    'calc-claim-code-and-amount',
    calc('--gross', '2000', '--provincial-claim-code', '1', '--provincial-claim-amount', '12000'),
    '--provincial-claim-code and --provincial-claim-amount: give one or the other, not both',
  ),
  flags(
    'calc-retro-method',
    calc('--gross', '2000', '--retro', '100', '--retro-method', 'lump'),
    '--retro-method: expected bonus or spread, found "lump"',
  ),
  flags(
    'calc-retro-periods-alone',
    calc('--gross', '2000', '--retro-periods', '3'),
    '--retro-periods and --retro-method need --retro (the retroactive amount)',
  ),
  flags(
    'calc-pensionable-months-13',
    calc('--gross', '2000', '--pensionable-months', '13'),
    '--pensionable-months: expected a whole number from 0 to 12, found "13"',
  ),
  flags(
    'calc-misspelt-flag',
    calc('--grosss', '2000'),
    "unknown option '--grosss' (did you mean --gross?); expected one of the flags listed by --help",
  ),
  flags('calc-flag-without-value', ['calc', '--gross'], "option '--gross <amount>' argument missing"),
  flags(
    'evaluate-vendors-empty',
    ['evaluate', '--vendors', ''],
    /--vendors: expected one or more supplier ids separated by commas, e\.g\. .*; found "", which names none \(leave it out to evaluate every supplier\)/,
  ),
  flags(
    'evaluate-vendors-commas',
    ['evaluate', '--vendors', ' , '],
    /--vendors: expected one or more supplier ids .*which names none/,
  ),
  flags(
    'evaluate-vendors-unknown',
    ['evaluate', '--vendors', 'nobody'],
    /--vendors: unknown vendor "nobody"; known vendors: daycount, floatwise, quickpay-cli/,
  ),
  flags(
    'evaluate-scenarios-missing',
    ['evaluate', '--scenarios', '{dir}/none.csv'],
    /none\.csv: no such file or folder \(expected a scenario \.csv or \.json file, or a folder of them\)/,
  ),
  flags(
    'evaluate-scenarios-header-only',
    ['evaluate', '--scenarios', '{dir}/h.csv'],
    /h\.csv: no scenario to read: .*h\.csv has no scenario in it/,
    2,
    { files: { 'h.csv': HEADER_ONLY } },
  ),
  flags(
    'evaluate-every-scenario-refused',
    ['evaluate', '--scenarios', '{dir}/refused.json', '--vendors', 'floatwise'],
    /refused\.json: the reference refused every scenario \(1\), so none was sent to a supplier and no supplier can be scored: quebec-td1-code-3 \(UNSUPPORTED: Quebec claim code 3/,
    2,
    { files: { 'refused.json': REFUSED_ONLY } },
  ),
  flags('evaluate-scenarios-empty-folder', ['evaluate', '--scenarios', '{dir}/cat'], /cat: no scenario files here/, 2, {
    files: { 'cat/readme.txt': 'x' },
  }),
  flags(
    'evaluate-policy-missing',
    ['evaluate', '--policy', '{dir}/none.json'],
    /--policy: cannot read .*none\.json: no such file/,
  ),
  flags(
    'evaluate-policy-folder',
    ['evaluate', '--policy', '{dir}'],
    /--policy: cannot read .*: it is a folder, expected a JSON file/,
  ),
  flags('serve-port-0', ['serve', '--port', '0'], '--port: expected a port number from 1 to 65535, found "0"'),
  flags(
    'serve-port-words',
    ['serve', '--port', 'http'],
    '--port: expected a port number from 1 to 65535, found "http"',
  ),
  flags(
    'serve-port-70000',
    ['serve', '--port', '70000'],
    '--port: expected a port number from 1 to 65535, found "70000"',
  ),
  flags('serve-env-port-bad', ['serve'], 'PAYPROOF_PORT: expected a port number from 1 to 65535, found "eighty"', 78, {
    env: { PAYPROOF_PORT: 'eighty' },
  }),
  flags(
    'serve-port-in-use',
    ['serve', '--port', '{busyPort}'],
    /--port \d+: the port is already in use by another program; choose another with --port, or stop the other program/,
  ),
  flags('serve-env-port-in-use', ['serve'], /PAYPROOF_PORT=\d+: the port is already in use by another program/, 78, {
    env: { PAYPROOF_PORT: '{busyPort}' },
  }),
  flags(
    'scenarios-no-subcommand',
    ['scenarios'],
    /Usage: payproof scenarios \[options\] \[command\].*Commands:\s+list .*validate .*generate/s,
  ),
  flags('scenarios-validate-no-path', ['scenarios', 'validate'], "missing required argument 'path'"),
  flags('unknown-command', ['frobnicate'], /unknown command 'frobnicate'/),
  flags(
    'env-db-empty',
    ['evaluate'],
    'PAYPROOF_DB: expected a path, found an empty value (unset it to use data/payproof.sqlite)',
    78,
    { env: { PAYPROOF_DB: ' ' } },
  ),
  // Issue 16, item 3: the supplier deadline of a run with an exchange supplier.
  flags(
    'evaluate-deadline-not-a-date',
    ['evaluate', '--vendors', 'floatwise,quickpay-exchange', '--supplier-deadline', 'next friday'],
    '--supplier-deadline: expected an ISO 8601 date-time with its offset, such as 2026-12-15T17:00:00Z or 2026-12-15T12:00:00-05:00; got "next friday"',
  ),
  flags(
    'evaluate-deadline-no-offset',
    ['evaluate', '--vendors', 'floatwise,quickpay-exchange', '--supplier-deadline', '2099-12-15T17:00'],
    '--supplier-deadline: expected an ISO 8601 date-time with its offset',
  ),
  flags(
    'evaluate-deadline-past',
    ['evaluate', '--vendors', 'floatwise,quickpay-exchange', '--supplier-deadline', '2020-01-01T00:00:00Z'],
    /--supplier-deadline: 2020-01-01T00:00:00Z is already past \(it is now .*\); give a date-time ahead of now/,
  ),
  flags(
    'evaluate-deadline-no-exchange-supplier',
    ['evaluate', '--vendors', 'floatwise', '--supplier-deadline', '2099-01-01T00:00:00Z'],
    '--supplier-deadline: applies to exchange suppliers only, and this run has none (floatwise: module)',
  ),
  flags(
    'evaluate-deadline-resume-unknown-run',
    ['evaluate', '--resume', 'no-such-run', '--supplier-deadline', '2099-01-01T00:00:00Z'],
    'no evaluation run "no-such-run"',
  ),
  flags(
    'exchange-export-deadline-not-a-date',
    ['exchange', 'export', '--vendor', 'quickpay-exchange', '--out', '{dir}/out', '--deadline', 'soon'],
    '--deadline: expected an ISO 8601 date-time with its offset',
  ),
  // payproof runs: a run's status and deadline from the command line (issue 16's gap).
  flags(
    'runs-list-status-unknown',
    ['runs', 'list', '--status', 'done'],
    '--status: expected one of running, interrupted, awaiting-supplier, finished, failed; found "done"',
  ),
  flags(
    'runs-list-limit-zero',
    ['runs', 'list', '--limit', '0'],
    '--limit: expected a whole number of at least 1; found "0"',
  ),
  flags(
    'runs-show-unknown-run',
    ['runs', 'show', 'no-such-run'],
    /no evaluation run "no-such-run" in \S+db\.sqlite; expected a run id as payproof runs list shows them/,
  ),
  flags(
    'runs-missing-page-words',
    ['runs', 'missing', 'no-such-run', '--page', 'two'],
    '--page: expected a whole number of at least 1; found "two"',
  ),
  flags(
    'runs-deadline-not-a-date',
    ['runs', 'deadline', 'no-such-run', '--at', 'next friday', '--by', 'alice'],
    '--at: expected an ISO 8601 date-time with its offset, such as 2026-12-15T17:00:00Z or 2026-12-15T12:00:00-05:00; found "next friday"',
  ),
  flags(
    'runs-deadline-no-by',
    ['runs', 'deadline', 'no-such-run', '--at', '2099-01-01T00:00:00Z'],
    '--by: expected who sets the deadline (a name, stored with it); found nothing',
  ),
  flags(
    'runs-deadline-unknown-run',
    ['runs', 'deadline', 'no-such-run', '--at', '2099-01-01T00:00:00Z', '--by', 'alice'],
    'no evaluation run "no-such-run"',
  ),
];
