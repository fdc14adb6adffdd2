import { promises as fs } from 'node:fs';
import { parseTolerancePolicyText } from '../domain/checks/parse-tolerance-policy';
import type { TolerancePolicy } from '../domain/checks/tolerance-policy';
import { invalidInput } from '../domain/errors';

/**
 * A policy is a few tolerances and two severity bounds: a file over the limit of the API's JSON
 * body (PUT /api/policy, src/http/body-limits.ts) is refused before it is read, saying the limit.
 */
export const MAX_POLICY_FILE_BYTES = 256 * 1024;

/** Why a policy file cannot be read, in words (the error's code, else its message). */
function unreadable(file: string, err: unknown): never {
  const code = (err as NodeJS.ErrnoException).code;
  const why =
    code === 'ENOENT'
      ? 'no such file'
      : code === 'EISDIR'
        ? 'it is a folder, expected a JSON file'
        : code === 'EACCES'
          ? 'permission denied'
          : ((err as Error).message ?? String(err));
  throw invalidInput(`--policy: cannot read ${file}: ${why}`);
}

/** A `--policy <file>` flag: the tolerance policy JSON, every problem named; undefined without the flag. */
export async function readPolicyFlag(file: string | undefined): Promise<TolerancePolicy | undefined> {
  if (file === undefined) return undefined;
  const { size } = await fs.stat(file).catch((err: unknown) => unreadable(file, err));
  if (size > MAX_POLICY_FILE_BYTES)
    throw invalidInput(
      `--policy ${file}: the file is ${size} bytes, over the limit of ${MAX_POLICY_FILE_BYTES / 1024} KB (${MAX_POLICY_FILE_BYTES} bytes) for a tolerance policy`,
    );
  const text = await fs.readFile(file, 'utf8').catch((err: unknown) => unreadable(file, err));
  const parsed = parseTolerancePolicyText(text);
  if (!parsed.ok) throw invalidInput(`--policy ${file}: ${parsed.errors.join('; ')}`);
  return parsed.value;
}
