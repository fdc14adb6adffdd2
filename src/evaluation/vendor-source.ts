import { Injectable } from '@nestjs/common';
import { VendorRegistry, VendorRegistryOptions } from '../vendors/vendor-registry';

/** Loads the supplier plugs for a run; a port so tests can wire fake transports. */
@Injectable()
export class VendorSource {
  load(root?: string, options: Omit<VendorRegistryOptions, 'root'> = {}): VendorRegistry {
    return VendorRegistry.load({ ...options, ...(root !== undefined && { root }) });
  }
}
