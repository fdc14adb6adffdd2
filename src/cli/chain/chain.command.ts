import { ChainService } from '../../audit/chain/chain.service';
import { invalidInput } from '../../domain/errors';
import { DB_FLAG, withAudit } from '../audit-context';
import type { CommandSpec } from '../command-spec';
import { EXIT } from '../exit-codes';
import { textTable } from '../text-table';

interface ChainFlags {
  db?: string;
  head?: string;
}

/**
 * `payproof chain verify [--head <hash>]`: recomputes every chained run's record and says the
 * chain holds, or names each run changed or removed and each link that does not follow (exit 1).
 */
export const chainVerifyCommand: CommandSpec<ChainFlags> = {
  flags: [
    DB_FLAG,
    { flags: '--head <hash>', description: 'a head you wrote down earlier: it must still be in the chain' },
  ],
  async run(_args, flags) {
    if (flags.head !== undefined && !/^[0-9a-f]{64}$/.test(flags.head))
      throw invalidInput(`--head: expected a sha256 (64 hexadecimal digits), found "${flags.head}"`);
    const report = await withAudit(flags.db, (app) => app.get(ChainService).verify(flags.head));
    if (report.holds) {
      process.stdout.write(`The chain holds: ${report.entries} run(s), head ${report.head}\n`);
      return EXIT.ok;
    }
    process.stdout.write(`The chain does NOT hold (${report.entries} entries, head ${report.head}):\n`);
    for (const p of report.problems) process.stdout.write(`  - ${p.message}\n`);
    return EXIT.findings;
  },
};

/** `payproof chain list`: the entries, oldest first. */
export const chainListCommand: CommandSpec<ChainFlags> = {
  flags: [DB_FLAG],
  async run(_args, flags) {
    const entries = await withAudit(flags.db, (app) => app.get(ChainService).entries());
    process.stdout.write(
      `${textTable(
        ['seq', 'run', 'record sha256', 'entry sha256', 'at'],
        entries.map((e) => [String(e.seq), e.runId, e.recordHash, e.entryHash, e.at]),
      )}\n`,
    );
  },
};
