import { verifyPack } from '../../audit/pack/verify-pack';
import { type Lang, say } from '../../submissions/reader-text';
import { EXIT } from '../exit-codes';

/** `payproof verify --pack <dir>`: exit 0 when every check holds, 1 with each problem otherwise. */
export async function verifyPackCommand(dir: string, lang: Lang = 'en'): Promise<number> {
  const check = await verifyPack(dir);
  if (check.ok) {
    process.stdout.write(`${say(lang, 'audit.pack.holds', { files: check.files, scenarios: check.scenarios })}\n`);
    return EXIT.ok;
  }
  const problems = lang === 'fr' ? check.problemsFr : check.problems;
  process.stdout.write(`${say(lang, 'audit.pack.notHold')}\n${problems.map((p) => `  - ${p}\n`).join('')}`);
  return EXIT.findings;
}
