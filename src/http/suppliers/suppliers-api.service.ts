import { Injectable } from '@nestjs/common';
import { VendorRegistry } from '../../vendors/vendor-registry';

export interface SupplierSummary {
  id: string;
  name: string;
  version: string | null;
  transport: string;
  /** Why a run would have nothing of it to judge yet (an exchange supplier before its first import), else null. */
  awaiting: string | null;
}

/** The suppliers a run can include: the plugs in the service's vendors folder, read from their manifests (none is started). */
@Injectable()
export class SuppliersApiService {
  async list(): Promise<SupplierSummary[]> {
    const registry = VendorRegistry.load();
    return Promise.all(
      registry.ids().map(async (id) => {
        const adapter = registry.get(id);
        const { manifest } = adapter;
        const awaiting = (await adapter.awaiting()) ?? null;
        return {
          id,
          name: manifest.name,
          version: manifest.version ?? null,
          transport: manifest.transport.kind,
          awaiting,
        };
      }),
    );
  }
}
