/**
 * `payproof calc` as a user runs it: the whole process, Node's start-up included, each sample
 * one run of the built bin, timed by tinybench. Node's own start-up (`node -e 0`) is timed the
 * same way beside it, so the figure can be read as "Node, plus payproof's own share". Build
 * with `npm run build`, run with `npm run bench:cli` (optional argument: runs, default 20).
 * Target (issue 12): a median under 0.5 s on an idle machine.
 */
import { spawnSync } from 'node:child_process';
import * as os from 'node:os';
import * as path from 'node:path';
import { Bench } from 'tinybench';
import { PACKAGE_ROOT } from '../src/common/paths';

const CALC = ['calc', '--pay-date', '2026-01-14', '--province', 'ON', '--gross', '2307.69', '--json'];

/** One run of a Node program to its exit; a failed run stops the bench rather than timing an error. */
function runNode(args: string[]): void {
  const result = spawnSync(process.execPath, args, { cwd: PACKAGE_ROOT, input: '', encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`node ${args.join(' ')} exited with ${result.status ?? result.signal}: ${result.stderr}`);
  }
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(3)} s`;

async function main(): Promise<void> {
  const runs = Number(process.argv[2] ?? '20');
  if (!Number.isSafeInteger(runs) || runs < 1)
    throw new Error(`runs: expected a whole number, found ${process.argv[2]}`);
  const bench = new Bench({ iterations: runs, time: 0, warmupIterations: 2, warmupTime: 0, throws: true });
  bench.add('payproof calc', () => runNode([path.join(PACKAGE_ROOT, 'bin/payproof.js'), ...CALC]));
  bench.add('node -e 0', () => runNode(['-e', '0']));
  await bench.run();
  const [load1] = os.loadavg();
  console.log(`payproof ${CALC.join(' ')}: whole process, ${runs} runs after 2 warm-up runs`);
  console.log(`load average at the end: ${load1.toFixed(2)} on ${os.cpus().length} cores`);
  for (const task of bench.tasks) {
    const result = task.result;
    if (result.state !== 'completed') throw new Error(`${task.name}: ${result.state}`);
    const { p50, min, max } = result.latency;
    console.log(`${task.name.padEnd(14)} median ${seconds(p50)}  (min ${seconds(min)}, max ${seconds(max)})`);
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
