import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EVENT_KINDS, scenarioJsonSchema, statementJsonSchema } from '../../../src/domain/scenario';

/**
 * docs/scenario.schema.json is generated from the zod schema and committed. This test fails
 * when they drift; regenerate with: UPDATE_SCHEMA=1 npx jest tests/unit/scenario/json-schema
 */
const FILE = join(__dirname, '../../../docs/scenario.schema.json');

describe('docs/scenario.schema.json', () => {
  const generated = `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;

  // eslint-disable-next-line jest/expect-expect -- it fails by throwing, naming the command that regenerates the file.
  it('is up to date with the zod schema', () => {
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(FILE, generated);
    const committed = readFileSync(FILE, 'utf8');
    if (committed !== generated) {
      throw new Error(
        'docs/scenario.schema.json is out of date: run UPDATE_SCHEMA=1 npx jest tests/unit/scenario/json-schema',
      );
    }
  });

  it('describes the input: required fields, money as text, one definition per event kind', () => {
    const schema = scenarioJsonSchema() as {
      required: string[];
      $defs: Record<string, { properties: Record<string, { pattern?: string }> }>;
    };
    expect(schema.required).toEqual(['id', 'title', 'employee', 'payRuns']);
    for (const kind of EVENT_KINDS) expect(schema.$defs[`${kind[0].toUpperCase()}${kind.slice(1)}Event`]).toBeDefined();
    expect(schema.$defs.AllowanceEvent.properties.annualAmount).toMatchObject({ type: 'string', default: '800.00' });
    expect(schema.$defs.Claim).toMatchObject({ minProperties: 1, maxProperties: 1, additionalProperties: false });
  });

  it('the statement schema keeps money as text too', () => {
    const schema = statementJsonSchema() as { properties: Record<string, { type?: string; pattern?: string }> };
    expect(schema.properties.gross).toMatchObject({ type: 'string', pattern: '^-?\\d+(\\.\\d{1,2})?$' });
  });
});

/** docs/statement.schema.json: the statements the reference engine and every supplier produce. */
describe('docs/statement.schema.json', () => {
  const STATEMENT_FILE = join(__dirname, '../../../docs/statement.schema.json');
  // eslint-disable-next-line jest/expect-expect -- it fails by throwing, naming the command that regenerates the file.
  it('is up to date with the zod schema', () => {
    const generated = `${JSON.stringify(statementJsonSchema(), null, 2)}\n`;
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(STATEMENT_FILE, generated);
    if (readFileSync(STATEMENT_FILE, 'utf8') !== generated) {
      throw new Error(
        'docs/statement.schema.json is out of date: run UPDATE_SCHEMA=1 npx jest tests/unit/scenario/json-schema',
      );
    }
  });
});
