import { Injectable } from '@nestjs/common';
import { PayproofError } from '../domain/errors';
import { AdapterSupplierPool, type SupplierPool } from './supplier-pool';
import { VendorSource } from './vendor-source';

/** Opens the suppliers of a run (a port: tests open fake pools). */
export abstract class SupplierSource {
  /** Throws for bad configuration (unknown id, no supplier), starting nothing. */
  abstract check(o: { vendors?: string | readonly string[]; vendorsRoot?: string }): Promise<void>;
  /** Starts the suppliers and asks who they are; throws for bad configuration as check() does. */
  abstract open(o: { vendors?: string | readonly string[]; vendorsRoot?: string }): Promise<SupplierPool>;
}

@Injectable()
export class RegistrySupplierSource extends SupplierSource {
  constructor(private readonly vendorSource: VendorSource) {
    super();
  }

  async check(o: { vendors?: string | readonly string[]; vendorsRoot?: string }): Promise<void> {
    this.select(o);
  }

  async open(o: { vendors?: string | readonly string[]; vendorsRoot?: string }): Promise<SupplierPool> {
    const { registry, adapters } = this.select(o);
    return AdapterSupplierPool.open(registry, adapters);
  }

  private select(o: { vendors?: string | readonly string[]; vendorsRoot?: string }) {
    const registry = this.vendorSource.load(o.vendorsRoot);
    const adapters = registry.select(o.vendors);
    if (adapters.length === 0)
      throw new PayproofError('CONFIG', 'no supplier to evaluate: the vendors folder holds no vendor.json');
    return { registry, adapters };
  }
}
