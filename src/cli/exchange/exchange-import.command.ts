import { userInfo } from 'node:os';
import * as path from 'node:path';
import { Clock } from '../../common/clock';
import { loadConfig } from '../../common/config';
import { ExchangeImporter, type ImportOutcome } from '../../exchange/import/import.service';
import { formatProblemIn } from '../../exchange/import/import-problem';
import { loadPackageSource } from '../../exchange/package-source';
import { FileImportStore } from '../../exchange/store/file-import-store';
import type { CommandSpec } from '../command-spec';
import { EXIT } from '../exit-codes';
import { count } from '../text-table';
import { type ExchangeFlags, shown, VENDOR_FLAGS, vendorFlag } from './exchange-flags';
import { auditLang, LANG_FLAG } from '../audit-context';
import { say } from '../../submissions/reader-text';

/** What was imported and stored, in French (the English beside it in run()). */
function importedFr(outcome: Extract<ImportOutcome, { ok: true }>, vendorId: string, stored: string): string {
  const p = outcome.provenance;
  return [
    `${p.files.length} fichier(s) importé(s) pour ${vendorId} de ${p.supplier.name} ${p.supplier.version} : ${p.answers.statements} relevé(s) pour ${p.answers.employees} employé(s), ${p.answers.declined} refusé(s)`,
    `importation ${p.importId} par ${p.importedBy}; sha256 des réponses ${p.answers.sha256}; paquet ${p.packageId}`,
    `enregistrée dans ${stored} (provenance.json donne le sha256 de chaque fichier)`,
    outcome.missing > 0
      ? `en attente du fournisseur : ${outcome.missing} des ${outcome.expected} payes n’ont pas encore de registre (evaluate indique ces employés comme awaiting-supplier)`
      : `chaque paye du paquet a un registre (${outcome.expected})`,
    '',
  ].join('\n');
}

function whoImports(flags: ExchangeFlags): string {
  const by = flags.by?.trim();
  if (by) return by;
  try {
    return userInfo().username;
  } catch {
    return 'unknown';
  }
}

/**
 * `payproof exchange import --vendor <id> <folder|zip>`: checks a supplier's returned
 * registers against its outbound package and stores them with their provenance; all or
 * nothing. Problems go to standard error, one a line with file, row and column (exit 2).
 */
export const exchangeImportCommand: CommandSpec<ExchangeFlags> = {
  arguments: '<source>',
  flags: [
    ...VENDOR_FLAGS,
    { flags: '--by <name>', description: 'who is importing, for the provenance record (default: your user name)' },
    LANG_FLAG,
  ],
  async run([target], flags) {
    const lang = auditLang(flags.lang);
    const vendorId = vendorFlag(flags);
    const source = await loadPackageSource({ vendorId, scenarios: flags.scenarios, vendorsRoot: flags.vendorsDir });
    const storeDir = loadConfig(process.env).exchangeDir;
    const outcome = await new ExchangeImporter().import({
      ...source,
      source: target,
      importedBy: whoImports(flags),
      importedAt: new Clock().nowIso(),
      store: new FileImportStore(storeDir),
    });
    if (!outcome.ok) {
      for (const problem of outcome.problems) process.stderr.write(`${formatProblemIn(problem, lang)}\n`);
      const files = new Set(outcome.problems.map((p) => p.file)).size;
      const refused =
        lang === 'fr'
          ? say('fr', 'import.refused', {
              problems: say('fr', 'import.count.problem', { n: outcome.problems.length }),
              files: say('fr', 'import.count.file', { n: files }),
            })
          : `import refused: ${count(outcome.problems.length, 'problem')} in ${count(files, 'file')}; nothing was stored`;
      process.stderr.write(`${refused}\n`);
      return EXIT.usage;
    }
    const p = outcome.provenance;
    const stored = shown(path.resolve(storeDir, vendorId, p.importId));
    if (lang === 'fr') {
      process.stdout.write(importedFr(outcome, vendorId, stored));
      return EXIT.ok;
    }
    process.stdout.write(
      [
        `imported ${count(p.files.length, 'file')} for ${vendorId} from ${p.supplier.name} ${p.supplier.version}: ${count(p.answers.statements, 'statement')} for ${count(p.answers.employees, 'employee')}, ${p.answers.declined} declined`,
        `import ${p.importId} by ${p.importedBy}; answers sha256 ${p.answers.sha256}; package ${p.packageId}`,
        `stored in ${stored} (provenance.json lists every file's sha256)`,
        outcome.missing > 0
          ? `awaiting the supplier: ${outcome.missing} of ${outcome.expected} pays have no register yet (evaluate reports those employees as awaiting-supplier)`
          : `every pay of the package has a register (${outcome.expected})`,
        '',
      ].join('\n'),
    );
    return EXIT.ok;
  },
};
