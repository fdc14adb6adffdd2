import { findNodeAtLocation, parseTree, type Node } from 'jsonc-parser';
import type { z } from 'zod';
import type { IsoDate } from '../../domain/calendar';
import { formatPath } from '../../domain/scenario';
import { baseErrorMap } from '../../domain/scenario/messages';
import { payRunResultJson } from '../../vendors/protocol';
import { pathKeys, type Candidate, type Decline, type FileRead, type Where } from './candidate';
import { type ImportProblem, words } from './import-problem';

/**
 * A supplier's answer in the protocol's JSON: the `payRunResult` for one pay run of the
 * outbound package (its `requestId`). Checked with the protocol's own response schema; every
 * problem names the line and column in the file and the path in the answer.
 */
export interface JsonAnswerInput {
  file: string;
  text: string;
  /** requestId → payday, for the pay runs of the package. */
  requests: ReadonlyMap<string, IsoDate>;
}

type Key = string | number;

export function readJsonAnswer({ file, text, requests }: JsonAnswerInput): FileRead {
  const clean = text.replace(/^\uFEFF/, '');
  let body: unknown;
  try {
    body = JSON.parse(clean);
  } catch (err) {
    const message = (err as Error).message;
    const at = /position (\d+)/.exec(message);
    const where = at ? lineAndColumn(clean, Number(at[1])) : {};
    // The JSON parser's own words, kept in English; said so in French.
    const said = {
      message: `not valid JSON: ${message}`,
      messageFr: words('import.json.invalid', { reason: message }).messageFr,
    };
    return { candidates: [], declines: [], problems: [{ file, ...where, ...said }] };
  }
  const tree = parseTree(clean);
  const where = (path: Key[]): Where => ({ ...locate(clean, tree, path), path: formatPath(path, 'answer') });
  const problem = (path: Key[], message: { message: string; messageFr?: string }): ImportProblem => ({
    file,
    ...where(path),
    ...message,
  });
  const parsed = payRunResultJson.safeParse(body, { error: baseErrorMap });
  if (!parsed.success) return { candidates: [], declines: [], problems: schemaProblems(parsed.error.issues, problem) };
  const answer = parsed.data;
  const payday = requests.get(answer.requestId);
  if (payday === undefined) {
    const known = [...requests.keys()];
    const hint = known.length > 3 ? `${known.slice(0, 3).join(', ')}, …` : known.join(', ');
    return {
      candidates: [],
      declines: [],
      problems: [problem(['requestId'], words('import.json.requestId', { found: answer.requestId, hint }))],
    };
  }
  const candidates: Candidate[] = [];
  const declines: Decline[] = [];
  const problems: ImportProblem[] = [];
  answer.results.forEach((result, i) => {
    if (result.status === 'unsupported') {
      declines.push({ file, employeeId: result.employeeId, reason: result.reason, at: where(['results', i]) });
      return;
    }
    result.statements.forEach((statement, j) => {
      const at: Key[] = ['results', i, 'statements', j];
      if (statement.employeeId !== result.employeeId)
        problems.push(
          problem(
            [...at, 'employeeId'],
            words('import.json.employee', { found: statement.employeeId, expected: result.employeeId }),
          ),
        );
      else if (statement.payday !== payday)
        problems.push(
          problem(
            [...at, 'payday'],
            words('import.json.payday', { found: statement.payday, expected: payday, request: answer.requestId }),
          ),
        );
      else
        candidates.push({
          file,
          employeeId: result.employeeId,
          payday,
          statement,
          at: where(at),
          employeeAt: where(['results', i, 'employeeId']),
          paydayAt: where([...at, 'payday']),
          locate: (relative) => where([...at, ...pathKeys(relative)]),
        });
    });
  });
  return { candidates, declines, problems, supplier: answer.supplier };
}

function schemaProblems(
  issues: readonly z.core.$ZodIssue[],
  problem: (path: Key[], message: { message: string; messageFr?: string }) => ImportProblem,
): ImportProblem[] {
  return issues.flatMap((issue) => {
    const path = issue.path.map((k) => (typeof k === 'number' ? k : String(k)));
    // The protocol's schema words each issue in both languages (domain/scenario/messages.ts, bilingual).
    const fr = (issue as { fr?: string }).fr;
    const said = { message: issue.message, ...(fr !== undefined && { messageFr: fr }) };
    if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => problem([...path, key], said));
    return [problem(path, said)];
  });
}

/** The line and column of the value at `path`, or of the nearest enclosing value that exists. */
function locate(text: string, tree: Node | undefined, path: Key[]): { row?: number; char?: number } {
  if (!tree) return {};
  for (let n = path.length; n >= 0; n--) {
    const node = findNodeAtLocation(tree, path.slice(0, n));
    if (node)
      return lineAndColumn(
        text,
        node.parent?.type === 'property' && n < path.length ? node.parent.offset : node.offset,
      );
  }
  return {};
}

function lineAndColumn(text: string, offset: number): { row: number; char: number } {
  const before = text.slice(0, offset).split('\n');
  return { row: before.length, char: before[before.length - 1].length + 1 };
}
