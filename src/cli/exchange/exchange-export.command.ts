import * as path from 'node:path';
import { invalidInput } from '../../domain/errors';
import { ExchangePackageWriter } from '../../exchange/outbound/package-writer.service';
import { loadPackageSource } from '../../exchange/package-source';
import type { CommandSpec } from '../command-spec';
import { count } from '../text-table';
import { type ExchangeFlags, shown, VENDOR_FLAGS, vendorFlag } from './exchange-flags';

/**
 * `payproof exchange export --vendor <id> --out DIR`: the outbound package for a supplier that
 * runs its payroll in its own tenant (docs/vendor-protocol.md, "Exchange").
 */
export const exchangeExportCommand: CommandSpec<ExchangeFlags> = {
  flags: [...VENDOR_FLAGS, { flags: '--out <dir>', description: 'a new or empty folder for the package' }],
  async run(_args, flags) {
    const vendorId = vendorFlag(flags);
    if (flags.out === undefined || flags.out.trim() === '')
      throw invalidInput('--out: missing; expected a new or empty folder for the package, e.g. --out exchange-out');
    const source = await loadPackageSource({ vendorId, scenarios: flags.scenarios, vendorsRoot: flags.vendorsDir });
    for (const problem of source.scenarioProblems) process.stderr.write(`skipped: ${problem}\n`);
    const summary = await new ExchangePackageWriter().write({ ...source, out: path.resolve(flags.out) });
    const where = shown(summary.out);
    process.stdout.write(
      [
        `wrote the package for ${vendorId} to ${where}: ${count(summary.payRuns, 'pay run')}, ${count(summary.employees, 'employee')}, ${count(summary.files, 'file')} (${(summary.bytes / 1024).toFixed(0)} KiB)`,
        `package ${summary.packageId} (sha256 of ${where}/SHA256SUMS)`,
        ...(summary.notSent.length > 0
          ? [
              `not sent, outside what the supplier declares: ${count(summary.notSent.length, 'employee')} (listed in exchange.json)`,
            ]
          : []),
        `next: the supplier answers; then payproof exchange import --vendor ${vendorId} <folder or zip>`,
        '',
      ].join('\n'),
    );
  },
};
