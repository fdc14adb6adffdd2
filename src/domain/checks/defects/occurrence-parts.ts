import { type LineCode, isEarning } from '../../scenario';
import type { Scenario, Statement } from '../../scenario';
import type { ReferencePay } from '../../reference/engine/engine.types';
import type { Finding } from '../finding.types';
import { atAnnualMaximum } from './annual-maximum-reached';
import type { SignatureParts } from './defect.types';
import type { Pair } from './pairs';
import { retroSubject } from './retro-subject';
import { conditionFor, sizeOf } from './signature';

/** The signature parts of a root or of a pair of roots (signature.ts, docs/defects.md "Signatures"). */
export interface PartsContext {
  input: { scenario: Scenario; reference: readonly ReferencePay[] };
  /** The reference's statements before the window (reference-history.ts), computed when first needed. */
  history: () => Statement[];
}

const CAPPED = ['CPP', 'CPP2', 'QPP', 'QPP2', 'EI', 'QPIP'];

function lineParts(ctx: PartsContext, f: Finding): SignatureParts {
  const code = f.code as LineCode;
  const size = sizeOf(f);
  if (size === 'rounding' && isEarning(code)) return { kind: 'rounding', subject: 'EARNINGS' };
  const subject = retroSubject({ ...f, code });
  const atMax = () => atAnnualMaximum({ ...ctx.input, history: ctx.history(), code, payday: f.payday, before: true });
  const condition = conditionFor(subject, {
    scenario: ctx.input.scenario,
    payday: f.payday,
    ...(f.forPeriod && { forPeriod: f.forPeriod }),
    atAnnualMaximum: CAPPED.includes(code) ? atMax() : false,
    bothSides: f.kind === 'different',
  });
  return { kind: 'line', subject, direction: f.direction, size, ...(condition && { condition }) };
}

export function rootParts(ctx: PartsContext, f: Finding): SignatureParts {
  if (f.kind === 'missed-pay' || f.kind === 'unexpected-pay') {
    const condition = conditionFor(f.kind, { scenario: ctx.input.scenario, payday: f.payday });
    return { kind: 'pay', subject: f.kind, direction: f.direction, ...(condition && { condition }) };
  }
  if (f.code === null) return { kind: 'total', subject: f.kind === 'gross' ? 'GROSS' : 'NET', direction: f.direction };
  return lineParts(ctx, f);
}

export function pairParts(ctx: PartsContext, p: Pair): SignatureParts {
  if (p.kind === 'moved') return { kind: 'moved', subject: p.subject, ...(p.to && { to: p.to }) };
  if (p.kind === 'missed-pay' || p.kind === 'unexpected-pay') {
    const condition = conditionFor(p.kind, { scenario: ctx.input.scenario, payday: p.payday });
    const direction = p.pay ?? (p.kind === 'missed-pay' ? 'under' : 'over');
    return { kind: 'pay', subject: p.kind, direction, ...(condition && { condition }) };
  }
  const condition = conditionFor(p.subject, {
    scenario: ctx.input.scenario,
    payday: p.payday,
    ...(p.forPeriod && { forPeriod: p.forPeriod }),
  });
  return { kind: 'timing', subject: p.subject, direction: p.direction, ...(condition && { condition }) };
}
