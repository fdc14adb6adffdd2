import { Injectable } from '@nestjs/common';
import { VendorRegistry } from '../../vendors/vendor-registry';

export interface SupplierSummary {
  id: string;
  name: string;
  version: string | null;
  transport: string;
}

/** The suppliers a run can include: the plugs in the service's vendors folder, read from their manifests (none is started). */
@Injectable()
export class SuppliersApiService {
  list(): SupplierSummary[] {
    const registry = VendorRegistry.load();
    return registry.ids().map((id) => {
      const { manifest } = registry.get(id);
      return { id, name: manifest.name, version: manifest.version ?? null, transport: manifest.transport.kind };
    });
  }
}
