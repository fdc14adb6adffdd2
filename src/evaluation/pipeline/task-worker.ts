/**
 * The worker threads' entry (piscina): the reference and the checks for one chunk of
 * employees. Plain JSON in, plain JSON out.
 */
import { judgeTask } from './judge-task';
import { referenceTask } from './reference-task';
import type { JudgeTask, ReferenceTask } from './tasks.types';

export function reference(task: ReferenceTask) {
  return referenceTask(task);
}

export function judge(task: JudgeTask) {
  return judgeTask(task);
}
