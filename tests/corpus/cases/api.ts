import type { ApiCase } from '../corpus.types';
import { changed, csvText, goodRows } from './scenario-csv';

/** Requests to the HTTP API, each wrong one way: the status and the message in the JSON error body. */
function api(id: string, c: Omit<ApiCase, 'id' | 'area' | 'door'>): ApiCase {
  return { id: `api/${id}`, area: 'api', door: 'http', ...c };
}

const policy = (json: unknown, status: number, says: string | RegExp) =>
  ({ method: 'PUT', path: '/api/policy', as: 'procurement', json, status, says }) as const;
const run = (json: unknown, status: number, says: string | RegExp) =>
  ({ method: 'POST', path: '/api/runs', as: 'procurement', json, status, says }) as const;
const validate = (name: string, content: string | Buffer, status: number, says: string | RegExp) =>
  ({
    method: 'POST',
    path: '/api/scenarios/validate',
    as: 'procurement',
    file: { name, content },
    status,
    says,
  }) as const;
const submit = (name: string, content: string | Buffer, status: number, says: string | RegExp) =>
  ({ method: 'POST', path: '/api/submissions', as: 'volunteer', file: { name, content }, status, says }) as const;

const BIG = 'x'.repeat(300 * 1024);
const GOOD = csvText(goodRows());

export const API_CASES: ApiCase[] = [
  api(
    'policy-body-over-limit',
    policy(
      { tolerances: {}, filler: BIG },
      413,
      /the request body is 300 KB \(\d+ bytes\), over the limit of 256 KB \(262144 bytes\) for a JSON body/,
    ),
  ),
  api('policy-not-json', {
    method: 'PUT',
    path: '/api/policy',
    as: 'procurement',
    raw: { text: '{"tolerances": ', type: 'application/json' },
    status: 400,
    says: 'the request body is not valid JSON',
  }),
  api('policy-a-list', policy([], 422, 'policy: expected an object with "tolerances" and optionally "severity"')),
  api(
    'policy-unknown-code',
    policy({ tolerances: { PAYE: { amount: '0.01', reason: 'x' } } }, 422, 'tolerances.PAYE: unknown line code'),
  ),
  api(
    'policy-amount-number',
    policy(
      { tolerances: { CPP: { amount: 0.01, reason: 'x' } } },
      422,
      'tolerances.CPP.amount: expected an amount as text, e.g. "0.01"',
    ),
  ),
  api('policy-no-reason', policy({ tolerances: { CPP: { amount: '0.01' } } }, 422, 'tolerances.CPP.reason: required')),
  api(
    'policy-severity-inverted',
    policy({ severity: { high: '1.00', medium: '5.00' } }, 422, 'severity.high: must be at least severity.medium'),
  ),
  api(
    'policy-unknown-field',
    policy({ tolerances: {}, extra: 1 }, 422, 'policy.extra: unknown field (expected tolerances, severity)'),
  ),
  api('policy-as-text', {
    method: 'PUT',
    path: '/api/policy',
    as: 'procurement',
    raw: { text: 'tolerances: none', type: 'text/plain' },
    status: 422,
    says: 'policy: expected an object',
  }),
  api(
    'run-vendors-not-list',
    run({ vendors: 'floatwise' }, 422, 'vendors: expected a list of supplier ids, e.g. ["acme"]'),
  ),
  api('run-vendors-numbers', run({ vendors: [1] }, 422, 'vendors: expected a list of supplier ids')),
  api(
    'run-vendors-empty',
    run({ vendors: [] }, 422, /expected one or more supplier ids separated by commas.*found \[\], which names none/),
  ),
  api(
    'run-vendors-unknown',
    run(
      { vendors: ['nobody'] },
      422,
      'vendors: unknown vendor "nobody"; known vendors: daycount, floatwise, quickpay-cli',
    ),
  ),
  api(
    'run-bad-policy',
    run(
      { policy: { tolerances: { CPP: { amount: '-1', reason: 'r' } } } },
      422,
      'tolerances.CPP.amount: must not be negative',
    ),
  ),
  api('run-body-over-limit', run({ vendors: ['floatwise'], filler: BIG }, 413, 'over the limit of 256 KB')),
  api('run-not-json', {
    method: 'POST',
    path: '/api/runs',
    as: 'procurement',
    raw: { text: '{vendors:[floatwise]}', type: 'application/json' },
    status: 400,
    says: 'the request body is not valid JSON',
  }),
  api('validate-no-file', {
    method: 'POST',
    path: '/api/scenarios/validate',
    as: 'procurement',
    json: {},
    status: 422,
    says: 'file: no file was uploaded; send a .csv or .json scenario file as the multipart field "file"',
  }),
  api(
    'validate-file-over-limit',
    validate('big.csv', Buffer.alloc(300 * 1024, 'a'), 413, 'the upload is larger than the limit of 256 KiB'),
  ),
  api(
    'validate-nul-byte',
    validate(
      'pay.csv',
      GOOD.replace('My pay in 2026', 'My\u0000pay'),
      200,
      /"row":2,"column":"title","message":"this cell holds a NUL byte/,
    ),
  ),
  api(
    'validate-broken-quote',
    validate(
      'pay.csv',
      GOOD.replace('My pay in 2026', '"My" pay'),
      200,
      /"row":2,"column":"title","message":"this cell has text after its closing quote/,
    ),
  ),
  api(
    'validate-header-only',
    validate('pay.csv', `${GOOD.split('\n')[0]}\n`, 200, /"file":"pay\.csv","message":"the file has no scenario in it/),
  ),
  api(
    'validate-dues-too-large',
    validate(
      'pay.csv',
      changed((r) => (r[1].union_dues = '99999999999999999999.99')),
      200,
      /"row":3,"column":"union_dues","message":"99999999999999999999\.99 is more than 38332\.31/,
    ),
  ),
  api(
    'validate-not-json',
    validate('pay.json', '{ "id": ', 200, /"file":"pay\.json","message":"this is not valid JSON/),
  ),
  api(
    'submit-bad-date',
    submit(
      'pay.csv',
      changed((r) => (r[2].effective = '2026-02-30')),
      422,
      /pay\.csv: 1 problem\(s\) to fix.*2026-02-30 is not a date: February 2026 has only 28 days/s,
    ),
  ),
  api('submit-no-file', {
    method: 'POST',
    path: '/api/submissions',
    as: 'volunteer',
    json: {},
    status: 422,
    says: 'file: no file was uploaded',
  }),
  api(
    'submit-over-limit',
    submit('pay.csv', Buffer.alloc(300 * 1024, 'a'), 413, 'the upload is larger than the limit of 256 KiB'),
  ),
  api(
    'submit-wrong-extension',
    submit('pay.xlsx', GOOD, 422, 'file: expected a .csv or .json scenario file, found "pay.xlsx"'),
  ),
  api('submit-header-only', submit('pay.csv', `${GOOD.split('\n')[0]}\n`, 422, /the file has no scenario in it/)),
  api('no-token', {
    method: 'GET',
    path: '/api/runs',
    as: 'none',
    status: 401,
    says: 'send an API token in the header "Authorization: Bearer <token>"',
  }),
  api('bogus-token', { method: 'GET', path: '/api/runs', as: 'bogus', status: 401, says: 'token' }),
  api('volunteer-sets-policy', {
    method: 'PUT',
    path: '/api/policy',
    as: 'volunteer',
    json: { tolerances: {} },
    status: 403,
    says: 'procurement',
  }),
  api('auditor-starts-run', {
    method: 'POST',
    path: '/api/runs',
    as: 'auditor',
    json: {},
    status: 403,
    says: 'procurement',
  }),
  api('unknown-run', {
    method: 'GET',
    path: '/api/runs/20260101-000000-abcdef',
    as: 'auditor',
    status: 404,
    says: 'no evaluation run "20260101-000000-abcdef"',
  }),
  api('unknown-scenario', {
    method: 'GET',
    path: '/api/scenarios/no-such-scenario',
    as: 'auditor',
    status: 404,
    says: 'no scenario "no-such-scenario" in the catalogue',
  }),
  // Issue 16, item 3: the supplier deadline of a run with an exchange supplier.
  api(
    'run-deadline-not-a-date',
    run(
      { vendors: ['floatwise', 'quickpay-exchange'], supplierDeadline: 'soon' },
      422,
      'supplierDeadline: expected an ISO 8601 date-time with its offset',
    ),
  ),
  api(
    'run-deadline-number',
    run(
      { vendors: ['floatwise', 'quickpay-exchange'], supplierDeadline: 20991231 },
      422,
      'supplierDeadline: expected an ISO 8601 date-time with its offset, e.g. "2026-12-15T17:00:00Z"',
    ),
  ),
  api(
    'run-deadline-no-exchange-supplier',
    run(
      { vendors: ['floatwise'], supplierDeadline: '2099-01-01T00:00:00Z' },
      422,
      'supplierDeadline: applies to exchange suppliers only, and this run has none (floatwise: module)',
    ),
  ),
  api('deadline-unknown-run', {
    method: 'PATCH',
    path: '/api/runs/no-such-run/deadline',
    as: 'procurement',
    json: { deadline: '2099-01-01T00:00:00Z' },
    status: 404,
    says: 'no evaluation run "no-such-run"',
  }),
  api('deadline-as-auditor', {
    method: 'PATCH',
    path: '/api/runs/no-such-run/deadline',
    as: 'auditor',
    json: { deadline: '2099-01-01T00:00:00Z' },
    status: 403,
    says: /procurement/,
  }),
];
