import { realpathSync } from 'node:fs';
import * as path from 'node:path';
import type { TransportConfig } from './manifest';

/**
 * The paths of a plug: relative paths are resolved against the manifest's folder, so a plug is
 * relocatable, and every path must stay inside that folder, so a manifest cannot make the
 * harness load or execute anything else on the machine (`entry: "../../x"` is refused).
 */

/** Every path a transport names, by field: files and folders of the plug (bare command names are for PATH). */
function pathFields(t: TransportConfig): Array<[field: string, value: string]> {
  const command = (field: string, value: string): Array<[string, string]> =>
    value.includes('/') || value.includes('\\') ? [[field, value]] : [];
  switch (t.kind) {
    case 'module':
      return [['transport.entry', t.entry]];
    case 'command':
      return [
        ...command('transport.command', t.command),
        ...(t.cwd !== undefined ? [['transport.cwd', t.cwd] as [string, string]] : []),
      ];
    case 'exchange':
      // An exchange supplier runs nothing here: its files come through `payproof exchange import`.
      return [];
    case 'http':
      if (!t.start) return [];
      return [
        ...command('transport.start.command', t.start.command),
        ...(t.start.cwd !== undefined ? [['transport.start.cwd', t.start.cwd] as [string, string]] : []),
      ];
  }
}

function isInside(dir: string, target: string): boolean {
  const rel = path.relative(dir, target);
  return rel === '' || (!rel.startsWith(`..${path.sep}`) && rel !== '..' && !path.isAbsolute(rel));
}

/**
 * A plug is its folder: the code it runs and where it runs stay inside it, so a manifest
 * cannot make the harness load or execute anything else on the machine (`entry: "../../x"`).
 */
export function pathsOutside(t: TransportConfig, dir: string, folderLabel: string): string[] {
  return pathFields(t)
    .filter(([, value]) => !isInside(dir, path.resolve(dir, value)))
    .map(
      ([field, value]) =>
        `${field}: ${JSON.stringify(value)} is outside the supplier's folder (expected a path inside ${folderLabel}/, e.g. "./index.js"; a bare command name such as "node" is looked up on PATH)`,
    );
}

/** The same rule after symbolic links are followed: a link inside the folder must not lead out of it. */
export function linksOutside(t: TransportConfig, dir: string, folderLabel: string): string[] {
  const realDir = realpathSync(dir);
  return pathFields(t).flatMap(([field, value]) => {
    let real: string;
    try {
      real = realpathSync(path.resolve(dir, value));
    } catch {
      return []; // missing: reported when the supplier is started
    }
    return isInside(realDir, real)
      ? []
      : [
          `${field}: ${JSON.stringify(value)} is a symbolic link to ${real}, outside the supplier's folder (expected a file inside ${folderLabel}/)`,
        ];
  });
}

/** Bare command names ("node") are looked up on PATH; anything with a slash is a file of the plug. */
function resolveCommand(command: string, dir: string): string {
  return command.includes('/') || command.includes('\\') ? path.resolve(dir, command) : command;
}

/** Make every path in a transport config absolute; absolute paths are left as they are. */
export function resolveTransportPaths(t: TransportConfig, dir: string): TransportConfig {
  switch (t.kind) {
    case 'module':
      return { ...t, entry: path.resolve(dir, t.entry) };
    case 'command':
      return { ...t, command: resolveCommand(t.command, dir), cwd: path.resolve(dir, t.cwd ?? '.') };
    case 'exchange':
      // An exchange supplier runs nothing here: its files come through `payproof exchange import`.
      return t;
    case 'http':
      if (!t.start) return t;
      return {
        ...t,
        start: {
          ...t.start,
          command: resolveCommand(t.start.command, dir),
          cwd: path.resolve(dir, t.start.cwd ?? '.'),
        },
      };
  }
}
