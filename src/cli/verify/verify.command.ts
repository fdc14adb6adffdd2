import { VerifyService, type Verification } from '../../audit/verify/verify.service';
import { invalidInput } from '../../domain/errors';
import { DB_FLAG, withAudit } from '../audit-context';
import type { CommandSpec } from '../command-spec';
import { EXIT } from '../exit-codes';

interface VerifyFlags {
  db?: string;
  pack?: string;
  scenarios?: string;
  vendorsDir?: string;
}

function printVerification(v: Verification): void {
  const out: string[] = [];
  if (v.rerunId) out.push(`Run ${v.runId} re-run from its pins as run ${v.rerunId}.`);
  for (const p of v.pins)
    out.push(`Pin ${p.pin} cannot be re-established: ${p.then} when the run was made, ${p.now} now.`);
  if (v.harness.dirty === true)
    out.push(
      `Note: the run was made with uncommitted changes to the harness (commit ${v.harness.commit ?? '?'}, dirty).`,
    );
  if (v.rerunId === null) out.push('Not re-run: a supplier or the catalogue is not there to run.');
  else if (v.difference) out.push(`First difference (${v.difference.what}): ${v.difference.message}`);
  else out.push('The re-run is identical: same scenarios, reference, answers, findings and scores.');
  out.push(
    v.reproducible
      ? `REPRODUCIBLE: run ${v.runId}.`
      : `NOT REPRODUCIBLE: run ${v.runId}${v.pins.length > 0 ? ` (pins not re-established: ${v.pins.map((p) => p.pin).join(', ')})` : ''}.`,
  );
  process.stdout.write(`${out.join('\n')}\n`);
}

/**
 * `payproof verify <run-id>`: re-runs a stored run from its pins and says identical or shows
 * the first difference; exit 0 when reproducible, 1 when not. `payproof verify --pack <dir>`
 * checks an evidence pack instead.
 */
export const verifyCommand: CommandSpec<VerifyFlags> = {
  arguments: '[run-id]',
  flags: [
    DB_FLAG,
    { flags: '--pack <dir>', description: 'check an evidence pack (payproof export) instead of re-running a run' },
    { flags: '--scenarios <path>', description: "the run's catalogue, when it is no longer where the run found it" },
    { flags: '--vendors-dir <dir>', description: "the suppliers' folder, when it is no longer where the run found it" },
  ],
  async run([runId], flags) {
    if (flags.pack !== undefined) {
      if (runId !== undefined) throw invalidInput('--pack: give a pack or a run id, not both');
      const { verifyPackCommand } = await import('./verify-pack.command');
      return verifyPackCommand(flags.pack);
    }
    if (runId === undefined) throw invalidInput('expected a run id (payproof verify <run-id>) or --pack <dir>');
    const v = await withAudit(flags.db, (app) =>
      app.get(VerifyService).verify(runId, { scenarios: flags.scenarios, vendorsRoot: flags.vendorsDir }),
    );
    printVerification(v);
    return v.reproducible ? EXIT.ok : EXIT.findings;
  },
};
