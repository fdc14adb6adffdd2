import * as path from 'node:path';
import { VendorRegistry } from '../../../src/vendors/vendor-registry';
import { describeVendorContract } from './vendor-contract';

/**
 * The vendor contract, run against the fixture suppliers (one per transport kind) and
 * against every supplier plugged into vendors/: a new plug is under contract by being there.
 */
const FIXTURES = path.resolve(__dirname, '../../fixtures/protocol');

for (const id of VendorRegistry.load({ root: FIXTURES }).ids()) {
  describeVendorContract(id, (hooks) => VendorRegistry.load({ root: FIXTURES, adapterOptions: hooks }).get(id));
}

for (const id of VendorRegistry.load().ids()) {
  describeVendorContract(`vendors/${id}`, (hooks) => VendorRegistry.load({ adapterOptions: hooks }).get(id));
}
