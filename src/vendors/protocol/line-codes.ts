import { PayproofError } from '../../domain/errors';
import { LINE_CODE_LIST, LINE_CODES, LineCode } from '../../domain/scenario';

/**
 * A supplier may answer with its own pay line codes; the manifest's `lineCodes` maps each
 * to a canonical code (supplier code → canonical code). A code the map does not hold is
 * taken as it is when it is canonical already; anything else is a schema violation.
 */
export type LineCodeMap = ReadonlyMap<string, LineCode>;

function isLineCode(code: string): code is LineCode {
  return Object.hasOwn(LINE_CODES, code);
}

/** Checks every target of a manifest's lineCodes; a bad one is a CONFIG error naming the file. */
export function lineCodeMap(
  lineCodes: Readonly<Record<string, string>> | undefined,
  manifestLabel: string,
): LineCodeMap {
  const map = new Map<string, LineCode>();
  const problems: string[] = [];
  for (const [from, to] of Object.entries(lineCodes ?? {})) {
    if (isLineCode(to)) map.set(from, to);
    else
      problems.push(
        `${manifestLabel}: lineCodes.${from}: "${to}" is not a pay line code (expected one of ${LINE_CODE_LIST.join(', ')})`,
      );
  }
  if (problems.length > 0) throw new PayproofError('CONFIG', problems.join('\n'), { errors: problems });
  return map;
}

export type MappedCode = { ok: true; code: LineCode } | { ok: false; message: string };

export function mapLineCode(code: string, map: LineCodeMap): MappedCode {
  const mapped = map.get(code);
  if (mapped !== undefined) return { ok: true, code: mapped };
  if (isLineCode(code)) return { ok: true, code };
  const hint =
    map.size > 0
      ? `, or one of the manifest's lineCodes: ${[...map.keys()].join(', ')}`
      : ', or a code the manifest maps in lineCodes';
  return { ok: false, message: `${code} is not a pay line code (expected one of ${LINE_CODE_LIST.join(', ')}${hint})` };
}
