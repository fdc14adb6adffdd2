import { Injectable } from '@nestjs/common';
import { PayproofError } from '../domain/errors';
import { AdapterSupplierPool, type RequestGate, type SupplierPool } from './supplier-pool';
import { parseSelection } from '../vendors/vendor-registry';
import { VendorSource } from './vendor-source';

/** Opens the suppliers of a run (a port: tests open fake pools). */
export abstract class SupplierSource {
  /** Throws for bad configuration (unknown id, no supplier), starting nothing. */
  abstract check(o: { vendors?: string | readonly string[]; vendorsRoot?: string }): Promise<void>;
  /** Starts the suppliers and asks who they are; throws for bad configuration as check() does. */
  abstract open(o: {
    vendors?: string | readonly string[];
    vendorsRoot?: string;
    gate?: RequestGate;
  }): Promise<SupplierPool>;
}

@Injectable()
export class RegistrySupplierSource extends SupplierSource {
  constructor(private readonly vendorSource: VendorSource) {
    super();
  }

  async check(o: { vendors?: string | readonly string[]; vendorsRoot?: string }): Promise<void> {
    await this.select(o);
  }

  async open(o: {
    vendors?: string | readonly string[];
    vendorsRoot?: string;
    gate?: RequestGate;
  }): Promise<SupplierPool> {
    const { registry, adapters, leftOut } = await this.select(o);
    return AdapterSupplierPool.open(registry, adapters, leftOut, o.gate);
  }

  /**
   * The suppliers named, or when none is named every supplier that has something to be judged
   * on: an exchange supplier with no import yet is left out (and the run says so), not judged
   * as missing every pay.
   */
  private async select(o: { vendors?: string | readonly string[]; vendorsRoot?: string }) {
    const registry = this.vendorSource.load(o.vendorsRoot);
    const chosen = registry.select(o.vendors);
    // A supplier whose vendor.json is broken takes no part; a run that named no supplier says so (issue 20).
    const disabled = registry
      .disabled()
      .map((d) => ({ id: d.id, reason: `its vendor.json cannot be used: ${d.reason}` }));
    if (chosen.length === 0)
      throw new PayproofError(
        'CONFIG',
        `no supplier to evaluate: the vendors folder holds no usable vendor.json${disabled.map((d) => `\n${d.reason}`).join('')}`,
      );
    if (parseSelection(o.vendors).length > 0) return { registry, adapters: chosen, leftOut: [] };
    const reasons = await Promise.all(chosen.map((a) => a.awaiting()));
    const adapters = chosen.filter((_, i) => reasons[i] === undefined);
    const leftOut = [
      ...disabled,
      ...chosen.flatMap((a, i) => (reasons[i] === undefined ? [] : [{ id: a.id, reason: reasons[i] }])),
    ];
    if (adapters.length === 0) {
      const why = leftOut.map((l) => `${l.id}: ${l.reason}`).join('; ');
      throw new PayproofError('CONFIG', `no supplier to evaluate: ${why}`);
    }
    return { registry, adapters, leftOut };
  }
}
