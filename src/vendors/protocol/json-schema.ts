import { z } from 'zod';
import { vendorRequestJson } from './request.schema';
import { vendorResponseJson } from './response.schema';

/**
 * JSON Schemas (draft 2020-12) of payproof-vendor/1, generated from the zod schemas so they
 * cannot drift; committed as docs/schemas/vendor-*.schema.json and checked by
 * tests/unit/vendors/protocol-schemas.spec.ts (UPDATE_SCHEMA=1 regenerates them).
 *
 * The request schema is published OPEN (no additionalProperties: false) because suppliers
 * must ignore request fields they do not know: a later revision of /1 may add some. The
 * response schema stays closed: the harness rejects fields it does not know.
 */
export const VENDOR_REQUEST_SCHEMA_ID = 'urn:payproof:schema:vendor-request:1';
export const VENDOR_RESPONSE_SCHEMA_ID = 'urn:payproof:schema:vendor-response:1';

const openObjects = (ctx: { jsonSchema: Record<string, unknown> }) => {
  if (ctx.jsonSchema.additionalProperties === false) delete ctx.jsonSchema.additionalProperties;
};

/** What the harness sends: `io: 'output'`, because it always sends fields that have defaults. */
export function vendorRequestJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(vendorRequestJson, { io: 'output', target: 'draft-2020-12', override: openObjects });
  return { ...schema, $id: VENDOR_REQUEST_SCHEMA_ID };
}

export function vendorResponseJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(vendorResponseJson, { io: 'input', target: 'draft-2020-12' }),
    $id: VENDOR_RESPONSE_SCHEMA_ID,
  };
}

/** File name under docs/schemas/ → generator. */
export const VENDOR_SCHEMA_FILES: Readonly<Record<string, () => Record<string, unknown>>> = {
  'vendor-request.schema.json': vendorRequestJsonSchema,
  'vendor-response.schema.json': vendorResponseJsonSchema,
};
