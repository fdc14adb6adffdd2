import { PayproofError } from '../../domain/errors';
import { Manifest, resolveTransportPaths, TransportConfig } from '../manifest';
import { VendorTransport } from '../vendor-transport';
import { CommandTransport } from './command.transport';
import { ExchangeTransport } from './exchange.transport';
import { HttpTransport } from './http.transport';
import { ModuleTransport } from './module.transport';

type Kind = TransportConfig['kind'];
/** The manifest's own fields, for a kind that needs to know whose transport it is (exchange). */
type Owner = Partial<Pick<Manifest, 'id' | 'name' | 'version'>>;
type Factory<K extends Kind> = (config: Extract<TransportConfig, { kind: K }>, owner: Owner) => VendorTransport;

/**
 * Every transport kind, in one map. Adding a kind means a schema in manifest.ts, a class here,
 * and one line below; the mapped type makes a kind without a factory a compile error.
 */
const TRANSPORTS: { [K in Kind]: Factory<K> } = {
  module: (config) => new ModuleTransport(config),
  http: (config) => new HttpTransport(config),
  command: (config) => new CommandTransport(config),
  exchange: (config, owner) => {
    if (owner.id === undefined || owner.name === undefined)
      throw new PayproofError(
        'CONFIG',
        "an exchange transport needs the manifest's id and name (whose imports to answer from)",
      );
    return ExchangeTransport.fromManifest(config, { id: owner.id, name: owner.name, version: owner.version });
  },
};

export const KNOWN_TRANSPORT_KINDS = Object.keys(TRANSPORTS) as Kind[];

/**
 * The transport a manifest asks for. Relative paths are resolved against manifestDir (already
 * done by parseManifest; repeated here for manifests built in code).
 */
export function createTransport(manifest: Pick<Manifest, 'transport'> & Owner, manifestDir: string): VendorTransport {
  const kind: string = manifest.transport.kind;
  const factory = TRANSPORTS[kind as Kind] as Factory<Kind> | undefined;
  if (!factory) {
    throw new PayproofError(
      'CONFIG',
      `unknown transport kind "${kind}"; known kinds: ${KNOWN_TRANSPORT_KINDS.join(', ')}`,
    );
  }
  return factory(resolveTransportPaths(manifest.transport, manifestDir), manifest);
}

export { CommandTransport, ExchangeTransport, HttpTransport, ModuleTransport };
