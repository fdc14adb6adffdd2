import { createHash } from 'node:crypto';
import { PAY_RUN_LOCK, type CutoffConvention } from '../../domain/calendar';
import type { Scenario } from '../../domain/scenario';
import type { ExchangeTransportConfig, Manifest } from '../../vendors/manifest';
import { VENDOR_PROTOCOL } from '../../vendors/protocol';
import { employeesCsv, eventsCsv, payRunCsv } from './package-csv';
import { planPackage, type PackagePlan } from './package-plan';
import { packageReadme } from './package-readme';
import { saidError } from '../../submissions/refusal-text';

/**
 * The files of an outbound package, as (name, text) pairs in a fixed order: the same
 * scenarios and manifest give byte-identical files (no clock, no random), so the package's id,
 * the SHA-256 of its SHA256SUMS file, names exactly what the supplier was given.
 */
export const EXCHANGE_FORMAT = 'payproof-exchange/1';
export const SUMS_FILE = 'SHA256SUMS';

export interface PackageSource {
  manifest: Manifest;
  /** sha256 of vendor.json, as pinned in runs. */
  manifestSha256: string;
  scenarios: readonly Scenario[];
  convention?: CutoffConvention;
}

export interface PackageFile {
  name: string;
  content: string;
}

export const sha256 = (content: string | Uint8Array) => createHash('sha256').update(content).digest('hex');

/** The exchange transport of a manifest; any other kind is a CONFIG error naming it. */
export function exchangeConfig(manifest: Manifest): ExchangeTransportConfig {
  if (manifest.transport.kind !== 'exchange') {
    throw saidError('CONFIG', 'error.exchange.notExchange', { vendor: manifest.id, kind: manifest.transport.kind });
  }
  return manifest.transport;
}

export function planFor(source: PackageSource): PackagePlan {
  return planPackage({
    vendorId: source.manifest.id,
    scenarios: source.scenarios,
    capabilities: exchangeConfig(source.manifest).capabilities,
    convention: source.convention,
  });
}

function indexJson(plan: PackagePlan, source: PackageSource, convention: CutoffConvention): string {
  const { manifest } = source;
  const payRuns = plan.paydays.map((payday) => {
    const { run, request } = plan.view(payday);
    return { ...run, requestId: request.requestId, folder: `pay-runs/${payday}`, employees: request.employees.length };
  });
  const index = {
    format: EXCHANGE_FORMAT,
    protocol: VENDOR_PROTOCOL,
    vendor: { id: manifest.id, name: manifest.name, version: manifest.version ?? null },
    manifestSha256: source.manifestSha256,
    cutoffConvention: { name: convention.name, daysBeforePayday: convention.daysBeforePayday },
    payRuns,
    notSent: plan.notSent,
  };
  return `${JSON.stringify(index, null, 2)}\n`;
}

/** Every file but SHA256SUMS, one pay run at a time. */
export function* packageFiles(plan: PackagePlan, source: PackageSource): Generator<PackageFile> {
  const convention = source.convention ?? PAY_RUN_LOCK;
  yield {
    name: 'README.md',
    content: packageReadme({
      vendorId: source.manifest.id,
      supplierName: source.manifest.name,
      paydays: plan.paydays,
      employees: plan.expected.size,
      registers: exchangeConfig(source.manifest).registers,
    }),
  };
  yield { name: 'exchange.json', content: indexJson(plan, source, convention) };
  for (const payday of plan.paydays) {
    const view = plan.view(payday);
    const dir = `pay-runs/${payday}`;
    yield { name: `${dir}/pay-run.json`, content: `${JSON.stringify(view.request, null, 2)}\n` };
    yield { name: `${dir}/pay-run.csv`, content: payRunCsv(view) };
    yield { name: `${dir}/employees.csv`, content: employeesCsv(view) };
    yield { name: `${dir}/events.csv`, content: eventsCsv(view) };
  }
}

/** `sha256sum` format (two spaces, then the name), so `sha256sum -c SHA256SUMS` checks the package. */
export function sumsText(sums: ReadonlyArray<{ name: string; sha256: string }>): string {
  return sums.map((s) => `${s.sha256}  ${s.name}\n`).join('');
}
