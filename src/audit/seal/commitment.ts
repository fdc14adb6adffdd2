import { createHash } from 'node:crypto';

/** The folder of a catalogue that holds its sealed part: never given to suppliers before the run. */
export const SEALED_FOLDER = 'sealed';

/** Whether a scenario file (relative to its catalogue, as a run stores it) is in the sealed part. */
export function isSealedFile(file: string): boolean {
  return file === SEALED_FOLDER || file.startsWith(`${SEALED_FOLDER}/`);
}

/**
 * The commitment to a sealed set (docs/auditing.md, "Sealed evaluation"): sha256 over one line
 * `<scenario id> <sha256 of its canonical JSON>\n` per sealed scenario, sorted by scenario id
 * (byte order). It names the scenarios and their contents without showing them; the same set
 * gives the same commitment however its files are named or ordered.
 */
export function sealCommitment(scenarios: ReadonlyArray<{ id: string; hash: string }>): string {
  const lines = scenarios
    .map((s) => `${s.id} ${s.hash}\n`)
    .sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
  const h = createHash('sha256');
  for (const l of lines) h.update(l);
  return h.digest('hex');
}
