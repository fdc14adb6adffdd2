import type { CliCase } from '../corpus.types';

/** Tolerance policies, each wrong one way, through `payproof evaluate --policy`: exit 2 before anything runs. */
function policy(id: string, content: string, says: string | RegExp): CliCase {
  return {
    id: `policy/${id}`,
    area: 'policy',
    door: 'cli',
    files: { 'policy.json': content },
    args: ['evaluate', '--policy', '{dir}/policy.json'],
    exit: 2,
    stream: 'stderr',
    says,
  };
}

const tolerance = (t: unknown) => JSON.stringify({ tolerances: { CPP: t } });

export const POLICY_CASES: CliCase[] = [
  policy(
    'not-json',
    '{ tolerances: ',
    /--policy .*policy\.json: policy: .*not valid JSON|--policy .*policy\.json: .*JSON/,
  ),
  policy('a-list', '[]', 'policy: expected an object with "tolerances" and optionally "severity"'),
  policy(
    'unknown-field',
    JSON.stringify({ tolerance: {} }),
    'policy.tolerance: unknown field (expected tolerances, severity)',
  ),
  policy(
    'tolerances-not-object',
    JSON.stringify({ tolerances: ['CPP'] }),
    'tolerances: expected an object keyed by line code, e.g. { "CPP": { ... } }',
  ),
  policy(
    'unknown-code',
    JSON.stringify({ tolerances: { PAYE: { amount: '0.01', reason: 'x' } } }),
    'tolerances.PAYE: unknown line code (expected one of',
  ),
  policy(
    'tolerance-not-object',
    tolerance('0.01'),
    'tolerances.CPP: expected { "amount": "0.01", "reason": "why this code may differ" }',
  ),
  policy(
    'amount-as-number',
    tolerance({ amount: 0.01, reason: 'rounding' }),
    'tolerances.CPP.amount: expected an amount as text, e.g. "0.01" (found 0.01)',
  ),
  policy(
    'amount-negative',
    tolerance({ amount: '-0.01', reason: 'rounding' }),
    'tolerances.CPP.amount: must not be negative (found "-0.01")',
  ),
  policy(
    'amount-three-decimals',
    tolerance({ amount: '0.001', reason: 'rounding' }),
    'tolerances.CPP.amount: "0.001" is not an amount of money (expected e.g. 0.01: at most two decimals)',
  ),
  policy(
    'amount-missing',
    tolerance({ reason: 'rounding' }),
    'tolerances.CPP.amount: expected an amount as text, e.g. "0.01" (found nothing)',
  ),
  policy(
    'reason-missing',
    tolerance({ amount: '0.01' }),
    'tolerances.CPP.reason: required: say why this code may differ from the reference',
  ),
  policy('reason-blank', tolerance({ amount: '0.01', reason: '   ' }), 'tolerances.CPP.reason: required'),
  policy(
    'tolerance-unknown-field',
    tolerance({ amount: '0.01', reason: 'r', why: 'r' }),
    'tolerances.CPP.why: unknown field (expected amount, reason)',
  ),
  policy(
    'severity-not-object',
    JSON.stringify({ severity: 'high' }),
    'severity: expected { "high": "100.00", "medium": "1.00" }',
  ),
  policy(
    'severity-unknown-level',
    JSON.stringify({ severity: { low: '0.10' } }),
    'severity.low: unknown field (expected high, medium)',
  ),
  policy(
    'severity-inverted',
    JSON.stringify({ severity: { high: '1.00', medium: '100.00' } }),
    'severity.high: must be at least severity.medium (1.00 < 100.00)',
  ),
  policy(
    'over-size-limit',
    JSON.stringify({ tolerances: {}, note: 'x'.repeat(300 * 1024) }),
    /--policy .*policy\.json: the file is \d+ bytes, over the limit of 256 KB \(262144 bytes\) for a tolerance policy/,
  ),
];
