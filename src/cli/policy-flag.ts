import { promises as fs } from 'node:fs';
import { parseTolerancePolicyText } from '../domain/checks/parse-tolerance-policy';
import type { TolerancePolicy } from '../domain/checks/tolerance-policy';
import { invalidInput } from '../domain/errors';

/** A `--policy <file>` flag: the tolerance policy JSON, every problem named; undefined without the flag. */
export async function readPolicyFlag(file: string | undefined): Promise<TolerancePolicy | undefined> {
  if (file === undefined) return undefined;
  const text = await fs.readFile(file, 'utf8').catch(() => {
    throw invalidInput(`--policy: cannot read ${file}`);
  });
  const parsed = parseTolerancePolicyText(text);
  if (!parsed.ok) throw invalidInput(`--policy ${file}: ${parsed.errors.join('; ')}`);
  return parsed.value;
}
