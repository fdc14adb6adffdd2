import { ExportService } from '../../audit/pack/export.service';
import { invalidInput } from '../../domain/errors';
import { DB_FLAG, withAudit } from '../audit-context';
import type { CommandSpec } from '../command-spec';

interface ExportFlags {
  db?: string;
  out?: string;
}

/** `payproof export <run-id> --out <dir>`: the run's evidence pack (check it with payproof verify --pack <dir>). */
export const exportCommand: CommandSpec<ExportFlags> = {
  arguments: '<run-id>',
  flags: [
    DB_FLAG,
    { flags: '--out <dir>', description: 'a new or empty folder for the pack (default: evidence-<run-id>)' },
  ],
  async run([runId], flags) {
    if (flags.out === '') throw invalidInput('--out: expected a folder');
    const dir = flags.out ?? `evidence-${runId}`;
    const pack = await withAudit(flags.db, (app) => app.get(ExportService).export(runId, dir));
    process.stdout.write(
      `Evidence pack of run ${runId} in ${dir}: ${pack.files.length} files and SHA256SUMS; check it with payproof verify --pack ${dir}\n`,
    );
  },
};
