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

// An exchange supplier answers only from an import of its registers: it is under the same
// contract in tests/e2e/exchange/contract.e2e.spec.ts, after one.
const live = (id: string) => VendorRegistry.load().get(id).manifest.transport.kind !== 'exchange';
for (const id of VendorRegistry.load().ids().filter(live)) {
  describeVendorContract(`vendors/${id}`, (hooks) => VendorRegistry.load({ adapterOptions: hooks }).get(id));
}
