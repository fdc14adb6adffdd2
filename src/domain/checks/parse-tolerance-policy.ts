import { Money } from '../money';
import { parseJsonText, type ParseResult, unwrap } from '../scenario/parse-result';
import {
  DEFAULT_SEVERITY,
  TOLERANCE_SUBJECTS,
  type Tolerance,
  type TolerancePolicy,
  type ToleranceSubject,
} from './tolerance-policy';

/**
 * The JSON form of a tolerance policy, as procurement writes it:
 *   { "tolerances": { "CPP": { "amount": "0.01", "reason": "vendor rounds per period" } },
 *     "severity": { "high": "100.00", "medium": "1.00" } }
 * Money is text (a JSON number could lose a cent); every tolerance needs a reason; both
 * sections are optional; unknown keys are refused so a misspelt code never silently widens
 * nothing. Every problem is reported, each as "path: what is wrong".
 */
type Errors = string[];
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function money(value: unknown, path: string, errors: Errors): Money | undefined {
  if (typeof value !== 'string') {
    errors.push(
      `${path}: expected an amount as text, e.g. "0.01" (found ${value === undefined ? 'nothing' : JSON.stringify(value)})`,
    );
    return undefined;
  }
  try {
    const m = Money.of(value);
    if (m.isNegative()) errors.push(`${path}: must not be negative (found "${value}")`);
    return m;
  } catch {
    errors.push(`${path}: "${value}" is not an amount of money (expected e.g. 0.01: at most two decimals)`);
    return undefined;
  }
}

function unknownKeys(o: Record<string, unknown>, known: readonly string[], path: string, errors: Errors): void {
  for (const k of Object.keys(o))
    if (!known.includes(k)) errors.push(`${path}.${k}: unknown field (expected ${known.join(', ')})`);
}

function tolerance(value: unknown, path: string, errors: Errors): Tolerance | undefined {
  if (!isObject(value)) {
    errors.push(`${path}: expected { "amount": "0.01", "reason": "why this code may differ" }`);
    return undefined;
  }
  unknownKeys(value, ['amount', 'reason'], path, errors);
  const amount = money(value.amount, `${path}.amount`, errors);
  const reason = typeof value.reason === 'string' ? value.reason.trim() : '';
  if (reason === '') errors.push(`${path}.reason: required: say why this code may differ from the reference`);
  return amount && reason !== '' ? { amount, reason } : undefined;
}

function tolerances(value: unknown, errors: Errors): TolerancePolicy['tolerances'] {
  const out: TolerancePolicy['tolerances'] = {};
  if (value === undefined) return out;
  if (!isObject(value)) {
    errors.push('tolerances: expected an object keyed by line code, e.g. { "CPP": { ... } }');
    return out;
  }
  for (const [code, t] of Object.entries(value)) {
    if (!(TOLERANCE_SUBJECTS as readonly string[]).includes(code)) {
      errors.push(`tolerances.${code}: unknown line code (expected one of ${TOLERANCE_SUBJECTS.join(', ')})`);
      continue;
    }
    const parsed = tolerance(t, `tolerances.${code}`, errors);
    if (parsed) out[code as ToleranceSubject] = parsed;
  }
  return out;
}

function severity(value: unknown, errors: Errors): TolerancePolicy['severity'] {
  if (value === undefined) return { ...DEFAULT_SEVERITY };
  if (!isObject(value)) {
    errors.push('severity: expected { "high": "100.00", "medium": "1.00" }');
    return { ...DEFAULT_SEVERITY };
  }
  unknownKeys(value, ['high', 'medium'], 'severity', errors);
  const high = value.high === undefined ? DEFAULT_SEVERITY.high : money(value.high, 'severity.high', errors);
  const medium = value.medium === undefined ? DEFAULT_SEVERITY.medium : money(value.medium, 'severity.medium', errors);
  if (high && medium && high.lt(medium))
    errors.push(`severity.high: must be at least severity.medium (${high} < ${medium})`);
  return { high: high ?? DEFAULT_SEVERITY.high, medium: medium ?? DEFAULT_SEVERITY.medium };
}

export function parseTolerancePolicy(input: unknown): ParseResult<TolerancePolicy> {
  if (!isObject(input))
    return { ok: false, errors: ['policy: expected an object with "tolerances" and optionally "severity"'] };
  const errors: Errors = [];
  unknownKeys(input, ['tolerances', 'severity'], 'policy', errors);
  const policy = { tolerances: tolerances(input.tolerances, errors), severity: severity(input.severity, errors) };
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: policy };
}

export function parseTolerancePolicyText(text: string): ParseResult<TolerancePolicy> {
  const json = parseJsonText(text, 'policy');
  return json.ok ? parseTolerancePolicy(json.value) : json;
}

/** The policy, or INVALID_INPUT listing every problem. */
export function parseTolerancePolicyOrThrow(input: unknown): TolerancePolicy {
  return unwrap(parseTolerancePolicy(input), 'tolerance policy');
}
