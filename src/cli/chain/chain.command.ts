import { ChainService } from '../../audit/chain/chain.service';
import { invalidInput } from '../../domain/errors';
import { say } from '../../submissions/reader-text';
import { auditLang, DB_FLAG, LANG_FLAG, withAudit } from '../audit-context';
import type { CommandSpec } from '../command-spec';
import { EXIT } from '../exit-codes';
import { textTable } from '../text-table';

interface ChainFlags {
  db?: string;
  lang?: string;
  head?: string;
}

/**
 * `payproof chain verify [--head <hash>]`: recomputes every chained run's record and says the
 * chain holds, or names each run changed or removed and each link that does not follow (exit 1).
 */
export const chainVerifyCommand: CommandSpec<ChainFlags> = {
  flags: [
    DB_FLAG,
    {
      flags: '--head <hash>',
      description: 'a head you wrote down earlier: it must still be in the chain',
      fr: 'une tête notée plus tôt : elle doit encore être dans la chaîne',
    },
    LANG_FLAG,
  ],
  async run(_args, flags) {
    const lang = auditLang(flags.lang);
    if (flags.head !== undefined && !/^[0-9a-f]{64}$/.test(flags.head))
      throw invalidInput(
        lang === 'fr'
          ? `--head : un sha256 (64 chiffres hexadécimaux) est attendu, trouvé « ${flags.head} »`
          : `--head: expected a sha256 (64 hexadecimal digits), found "${flags.head}"`,
      );
    const report = await withAudit(flags.db, (app) => app.get(ChainService).verify(flags.head));
    const words = { entries: report.entries, head: report.head };
    if (report.holds) {
      process.stdout.write(`${say(lang, 'audit.chain.holds', words)}\n`);
      return EXIT.ok;
    }
    process.stdout.write(`${say(lang, 'audit.chain.notHold', words)}\n`);
    for (const p of report.problems) process.stdout.write(`  - ${lang === 'fr' ? p.messageFr : p.message}\n`);
    return EXIT.findings;
  },
};

/** `payproof chain list`: the entries, oldest first. */
export const chainListCommand: CommandSpec<ChainFlags> = {
  flags: [DB_FLAG, LANG_FLAG],
  async run(_args, flags) {
    const lang = auditLang(flags.lang);
    const entries = await withAudit(flags.db, (app) => app.get(ChainService).entries());
    process.stdout.write(
      `${textTable(
        (['seq', 'run', 'record', 'entry', 'at'] as const).map((c) => say(lang, `audit.chain.col.${c}`)),
        entries.map((e) => [String(e.seq), e.runId, e.recordHash, e.entryHash, e.at]),
      )}\n`,
    );
  },
};
