import { findNodeAtLocation, parseTree, type Node } from 'jsonc-parser';
import type { z } from 'zod';
import type { IsoDate } from '../../domain/calendar';
import { formatPath } from '../../domain/scenario';
import { baseErrorMap } from '../../domain/scenario/messages';
import { payRunResultJson } from '../../vendors/protocol';
import { pathKeys, type Candidate, type Decline, type FileRead, type Where } from './candidate';
import type { ImportProblem } from './import-problem';

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
    return { candidates: [], declines: [], problems: [{ file, ...where, message: `not valid JSON: ${message}` }] };
  }
  const tree = parseTree(clean);
  const where = (path: Key[]): Where => ({ ...locate(clean, tree, path), path: formatPath(path, 'answer') });
  const problem = (path: Key[], message: string): ImportProblem => ({ file, ...where(path), message });
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
      problems: [
        problem(
          ['requestId'],
          `found "${answer.requestId}", not a pay run of the outbound package (expected the requestId of a pay-run.json, e.g. ${hint})`,
        ),
      ],
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
            `found "${statement.employeeId}", expected "${result.employeeId}" (the result's employee)`,
          ),
        );
      else if (statement.payday !== payday)
        problems.push(
          problem(
            [...at, 'payday'],
            `found ${statement.payday}, expected ${payday}: this answer is for the pay run ${answer.requestId}`,
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
  problem: (path: Key[], message: string) => ImportProblem,
): ImportProblem[] {
  return issues.flatMap((issue) => {
    const path = issue.path.map((k) => (typeof k === 'number' ? k : String(k)));
    if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => problem([...path, key], issue.message));
    return [problem(path, issue.message)];
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
