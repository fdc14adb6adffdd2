import * as path from 'node:path';
import { invalidInput } from '../../domain/errors';
import type { FlagSpec } from '../declare-options';

export interface ExchangeFlags {
  vendor?: string;
  scenarios?: string;
  vendorsDir?: string;
  out?: string;
  by?: string;
  deadline?: string;
  lang?: string;
}

export const VENDOR_FLAGS: readonly FlagSpec[] = [
  {
    flags: '--vendor <id>',
    description: 'the exchange supplier (a folder of vendors/ whose transport kind is exchange)',
  },
  {
    flags: '--scenarios <path>',
    description: 'scenario file or folder, as for evaluate (default: the bundled test-payrolls/)',
  },
  { flags: '--vendors-dir <dir>', description: "the folder holding the suppliers (default: payproof's own vendors/)" },
];

export function vendorFlag(flags: ExchangeFlags): string {
  const id = flags.vendor?.trim();
  if (id === undefined || id === '')
    throw invalidInput('--vendor: missing; expected the id of an exchange supplier, e.g. --vendor quickpay-exchange');
  return id;
}

/** How a path prints: relative to where the user is when it is below it, else absolute. */
export function shown(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel === '' ? '.' : rel.startsWith('..') || path.isAbsolute(rel) ? file : rel;
}
