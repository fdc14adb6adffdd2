import { ConformanceService } from '../../conformance/conformance.service';
import { conformanceText } from '../../conformance/conformance-text';
import { LANGS, type Lang } from '../../conformance/messages';
import { invalidInput } from '../../domain/errors';
import { langFrom } from '../../submissions/reader-text';
import type { CommandSpec } from '../command-spec';
import { EXIT } from '../exit-codes';

interface ConformanceFlags {
  vendor?: string;
  vendorsDir?: string;
  lang?: string;
  json?: boolean;
}

/** --lang when given, else the locale (LC_ALL, LC_MESSAGES, LANG), else English. */
function lang(text: string | undefined): Lang {
  const value = langFrom(text, process.env);
  if (value === undefined) throw invalidInput(`--lang: expected ${LANGS.join(' or ')}, found "${text ?? ''}"`);
  return value;
}

/** `payproof conformance --vendor <id>`: the protocol's examples and a public set, rule by rule. Exit 1 when a rule fails. */
export const conformanceCommand: CommandSpec<ConformanceFlags> = {
  flags: [
    {
      flags: '--vendor <id>',
      description: 'the supplier to check (a folder of vendors/; required)',
      fr: 'le fournisseur à vérifier (un dossier de vendors/; obligatoire)',
    },
    {
      flags: '--vendors-dir <dir>',
      description: "the folder holding the suppliers (default: payproof's own vendors/)",
      fr: 'le dossier des fournisseurs (par défaut : vendors/ de payproof)',
    },
    {
      flags: '--lang <en|fr>',
      description: 'language of the report: en (default) or fr / langue du rapport',
      fr: 'langue du rapport : en ou fr (par défaut : selon la locale, LANG; sinon l’anglais)',
    },
    { flags: '--json', description: 'print the report as JSON', fr: 'afficher le rapport en JSON' },
  ],
  help: 'A failing rule shows the first pay where it failed, the reference statement beside the supplier statement.',
  helpFr:
    'Une règle en échec montre la première paye où elle a échoué, le relevé de la référence à côté de celui du fournisseur.',
  async run(_args, flags) {
    if (flags.vendor === undefined || flags.vendor.trim() === '') {
      throw invalidInput('--vendor: missing; expected the id of a supplier, e.g. --vendor floatwise');
    }
    const language = lang(flags.lang);
    const report = await new ConformanceService().run({
      vendorId: flags.vendor.trim(),
      ...(flags.vendorsDir !== undefined && { vendorsRoot: flags.vendorsDir }),
    });
    process.stdout.write(flags.json ? `${JSON.stringify(report, null, 2)}\n` : conformanceText(report, language));
    return report.passed ? EXIT.ok : EXIT.findings;
  },
};
