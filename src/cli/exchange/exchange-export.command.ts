import { writeFile } from 'node:fs/promises';
import * as path from 'node:path';
import { parseDeadline } from '../../evaluation/deadline';
import { DEADLINE_FILE, deadlineNotice } from '../../exchange/outbound/package-deadline';
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
  flags: [
    ...VENDOR_FLAGS,
    { flags: '--out <dir>', description: 'a new or empty folder for the package' },
    {
      flags: '--deadline <date-time>',
      description:
        "the run's supplier deadline (ISO 8601 with offset), stated to the supplier in DEADLINE.md beside the package",
      fr: "l'échéance des fournisseurs de l'évaluation (ISO 8601 avec décalage), annoncée au fournisseur dans DEADLINE.md à côté du paquet",
    },
  ],
  async run(_args, flags) {
    const vendorId = vendorFlag(flags);
    const deadline = flags.deadline === undefined ? undefined : parseDeadline(flags.deadline, '--deadline');
    if (flags.out === undefined || flags.out.trim() === '')
      throw invalidInput('--out: missing; expected a new or empty folder for the package, e.g. --out exchange-out');
    const source = await loadPackageSource({ vendorId, scenarios: flags.scenarios, vendorsRoot: flags.vendorsDir });
    for (const problem of source.scenarioProblems) process.stderr.write(`skipped: ${problem}\n`);
    const summary = await new ExchangePackageWriter().write({ ...source, out: path.resolve(flags.out) });
    if (deadline !== undefined)
      await writeFile(
        path.join(summary.out, DEADLINE_FILE),
        deadlineNotice({ vendorId, supplierName: source.manifest.name, deadline }),
      );
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
        ...(deadline !== undefined
          ? [`deadline ${deadline} stated in ${where}/${DEADLINE_FILE} (not in SHA256SUMS)`]
          : []),
        `next: the supplier answers; then payproof exchange import --vendor ${vendorId} <folder or zip>`,
        '',
      ].join('\n'),
    );
  },
};
