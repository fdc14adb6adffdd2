import { VerifyService, type Verification } from '../../audit/verify/verify.service';
import { invalidInput } from '../../domain/errors';
import { type Lang, say } from '../../submissions/reader-text';
import { auditLang, DB_FLAG, LANG_FLAG, withAudit } from '../audit-context';
import type { CommandSpec } from '../command-spec';
import { EXIT } from '../exit-codes';

interface VerifyFlags {
  db?: string;
  lang?: string;
  pack?: string;
  scenarios?: string;
  vendorsDir?: string;
}

/** A pin's value as the verification wrote it, its few words in French ("3 files" → "3 fichiers"). */
function pinValue(lang: Lang, value: string): string {
  if (lang === 'en') return value;
  return value
    .replace(/\((\d+) files\)/g, '($1 fichiers)')
    .replace(/^no supplier folder at (.+)$/, 'aucun dossier de fournisseur à $1')
    .replace(/^(.+) does not exist$/, '$1 n’existe pas')
    .replace(/^none$/, 'aucun');
}

function printVerification(v: Verification, lang: Lang): void {
  const out: string[] = [];
  if (v.rerunId) out.push(say(lang, 'audit.verify.rerun', { runId: v.runId, rerunId: v.rerunId }));
  for (const p of v.pins)
    out.push(say(lang, 'audit.verify.pin', { pin: p.pin, then: pinValue(lang, p.then), now: pinValue(lang, p.now) }));
  if (v.harness.dirty === true) out.push(say(lang, 'audit.verify.dirty', { commit: v.harness.commit ?? '?' }));
  if (v.rerunId === null) out.push(say(lang, 'audit.verify.notRerun'));
  else if (v.difference)
    out.push(
      say(lang, 'audit.verify.first', {
        what: say(lang, `audit.what.${v.difference.what}`),
        message: lang === 'fr' ? v.difference.messageFr : v.difference.message,
      }),
    );
  else out.push(say(lang, 'audit.verify.identical'));
  const pins =
    v.pins.length > 0 ? say(lang, 'audit.verify.pinsNot', { pins: v.pins.map((p) => p.pin).join(', ') }) : '';
  out.push(
    v.reproducible
      ? say(lang, 'audit.verify.reproducible', { runId: v.runId })
      : say(lang, 'audit.verify.notReproducible', { runId: v.runId, pins }),
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
    {
      flags: '--pack <dir>',
      description: 'check an evidence pack (payproof export) instead of re-running a run',
      fr: 'vérifier une trousse de preuves (payproof export) au lieu de refaire une évaluation',
    },
    {
      flags: '--scenarios <path>',
      description: "the run's catalogue, when it is no longer where the run found it",
      fr: 'le catalogue de l’évaluation, s’il n’est plus là où l’évaluation l’a trouvé',
    },
    {
      flags: '--vendors-dir <dir>',
      description: "the suppliers' folder, when it is no longer where the run found it",
      fr: 'le dossier des fournisseurs, s’il n’est plus là où l’évaluation l’a trouvé',
    },
    LANG_FLAG,
  ],
  async run([runId], flags) {
    const lang = auditLang(flags.lang);
    if (flags.pack !== undefined) {
      if (runId !== undefined)
        throw invalidInput(
          lang === 'fr'
            ? '--pack : donnez une trousse ou un id d’évaluation, pas les deux'
            : '--pack: give a pack or a run id, not both',
        );
      const { verifyPackCommand } = await import('./verify-pack.command');
      return verifyPackCommand(flags.pack, lang);
    }
    if (runId === undefined)
      throw invalidInput(
        lang === 'fr'
          ? 'un id d’évaluation est attendu (payproof verify <id>) ou --pack <dossier>'
          : 'expected a run id (payproof verify <run-id>) or --pack <dir>',
      );
    const v = await withAudit(flags.db, (app) =>
      app.get(VerifyService).verify(runId, { scenarios: flags.scenarios, vendorsRoot: flags.vendorsDir }),
    );
    printVerification(v, lang);
    return v.reproducible ? EXIT.ok : EXIT.findings;
  },
};
