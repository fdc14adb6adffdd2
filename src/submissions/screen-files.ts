import { promises as fs } from 'node:fs';
import { MAX_SCENARIO_FILE_BYTES } from '../scenarios/scenario-catalog.service';
import { type PrivacyError, screenForPersonalInformation } from './privacy-screen';

/**
 * The privacy screen over catalogue files on disk (`payproof scenarios validate`, and
 * `payproof evaluate` before anything of a file is stored): every file's name and content,
 * each problem named by file, row and column. `files` are paths as the catalogue names them
 * (CatalogLoad.files: relative to the working folder, or absolute).
 */
export async function screenScenarioFiles(files: readonly string[]): Promise<PrivacyError[]> {
  const found = await Promise.all(
    files.map(async (file) => {
      // A file over the catalogue's size limit is refused unread (scenario-catalog.service.ts): it is not read here either.
      if ((await fs.stat(file)).size > MAX_SCENARIO_FILE_BYTES) return [];
      return screenForPersonalInformation(file, await fs.readFile(file, 'utf8'));
    }),
  );
  return found.flat();
}
