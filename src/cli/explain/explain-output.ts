import type { ReferencePay, ReferenceResult } from '../../domain/reference/engine';
import type { TraceStep } from '../../domain/reference/trace';
import { statementToJson } from '../../domain/scenario';

/** The JSON form of `payproof explain --json`: statements as the protocol writes them, each line with its trace. */
export function explainJson(result: ReferenceResult): Record<string, unknown> {
  return {
    scenarioId: result.scenarioId,
    pays: result.pays.map((p) => {
      const s = statementToJson(p.statement);
      return { ...s, lines: s.lines.map((l, i) => ({ ...l, trace: p.lineTraces?.[i] ?? [] })) };
    }),
    notes: result.notes,
  };
}

function stepText(s: TraceStep): string {
  const inputs = s.inputs
    ? ` [${Object.entries(s.inputs)
        .map(([k, v]) => `${k} ${v}`)
        .join('; ')}]`
    : '';
  return `        ${s.step}: ${s.label} = ${s.value}${inputs}\n          (${s.citation})`;
}

function payText(p: ReferencePay, withTrace: boolean): string {
  const s = p.statement;
  const width = Math.max(0, ...s.lines.map((l) => l.code.length + (l.forPeriod ? 26 : 0)));
  const out = [`Payday ${s.payday}  (period ${s.periodStart} to ${s.periodEnd})`];
  if (s.lines.length === 0) out.push('    nothing to pay');
  s.lines.forEach((l, i) => {
    const label = l.forPeriod ? `${l.code} for ${l.forPeriod.start}..${l.forPeriod.end}` : l.code;
    out.push(`    ${label.padEnd(width)}  ${l.amount.toString().padStart(10)}  ${l.description}`);
    if (withTrace) for (const step of p.lineTraces?.[i] ?? []) out.push(stepText(step));
  });
  out.push(
    `    ${'gross'.padEnd(width)}  ${s.gross.toString().padStart(10)}`,
    `    ${'net'.padEnd(width)}  ${s.net.toString().padStart(10)}`,
  );
  return out.join('\n');
}

/** The readable form: each payday's statement, and with `trace` every step behind every line. */
export function explainText(result: ReferenceResult, title: string, withTrace: boolean): string {
  const notes = result.notes.map((n) => `  note: ${n}`);
  return [
    `${result.scenarioId}: ${title}`,
    '',
    ...result.pays.map((p) => `${payText(p, withTrace)}\n`),
    ...notes,
    '',
  ].join('\n');
}
