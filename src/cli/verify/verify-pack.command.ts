import { verifyPack } from '../../audit/pack/verify-pack';
import { EXIT } from '../exit-codes';

/** `payproof verify --pack <dir>`: exit 0 when every check holds, 1 with each problem otherwise. */
export async function verifyPackCommand(dir: string): Promise<number> {
  const check = await verifyPack(dir);
  if (check.ok) {
    process.stdout.write(
      `The pack holds: ${check.files} files match SHA256SUMS; the reference recomputed from its ${check.scenarios} scenarios equals its statements.\n`,
    );
    return EXIT.ok;
  }
  process.stdout.write(`The pack does NOT hold:\n${check.problems.map((p) => `  - ${p}\n`).join('')}`);
  return EXIT.findings;
}
