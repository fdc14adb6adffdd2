import { z } from 'zod';
import { scenarioJson } from './scenario.schema';
import { statementJson } from './statement';

/**
 * The JSON Schemas (draft 2020-12) of the JSON forms, generated from the zod schemas so they
 * cannot drift. They describe the INPUT (fields with defaults are optional). Rules that
 * relate fields (end ≥ start, one of code/amount, paydays, pay-table cells) are not
 * expressible here; the validator enforces them (docs/scenario-format.md lists them).
 * docs/scenario.schema.json is this output; tests/unit/scenario/json-schema.spec.ts checks it.
 */
export const SCENARIO_SCHEMA_ID = 'urn:payproof:schema:scenario:1';

export function scenarioJsonSchema(): Record<string, unknown> {
  return { ...z.toJSONSchema(scenarioJson, { io: 'input', target: 'draft-2020-12' }), $id: SCENARIO_SCHEMA_ID };
}

export function statementJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(statementJson, { io: 'input', target: 'draft-2020-12' });
}
