import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Money } from '../../../src/domain/money';
import { computeDeductions } from '../../../src/domain/reference/deductions';
import { runReference } from '../../../src/domain/reference/engine';
import {
  annualRateFor,
  EVENT_KINDS,
  LINE_CODE_LIST,
  PA_CLASSIFICATIONS,
  parseScenarioOrThrow,
  statementToJson,
} from '../../../src/domain/scenario';
import {
  describeRequest,
  ERROR_CODES,
  payRunRequest,
  VENDOR_SCHEMA_FILES,
  vendorRequestJson,
  vendorResponseJson,
} from '../../../src/vendors/protocol';
import { PAYLOAD_FAILURE_KINDS, TRANSPORT_FAILURE_KINDS } from '../../../src/vendors/vendor-transport';
import { exampleJson, exampleScenario } from './helpers';

/**
 * docs/vendor-protocol.md and docs/schemas/ are what an outside supplier implements from:
 * they must not drift from the code. Regenerate the schemas with
 * UPDATE_SCHEMA=1 npx jest tests/unit/vendors/protocol-docs
 */
const DOCS = join(__dirname, '../../../docs');
const doc = readFileSync(join(DOCS, 'vendor-protocol.md'), 'utf8');

/** The JSON block after `<!-- example: name -->`. */
function docExample(name: string): unknown {
  const block = new RegExp(`<!-- example: ${name.replace('.', '\\.')} -->\\n\`\`\`json\\n([\\s\\S]*?)\\n\`\`\``).exec(
    doc,
  );
  if (!block) throw new Error(`docs/vendor-protocol.md has no example ${name}`);
  return JSON.parse(block[1]);
}

describe('docs/schemas/vendor-*.schema.json', () => {
  // eslint-disable-next-line jest/expect-expect -- it fails by throwing, naming the command that regenerates the file.
  it.each(Object.entries(VENDOR_SCHEMA_FILES))('%s is up to date with the zod schemas', (file, generate) => {
    const path = join(DOCS, 'schemas', file);
    const generated = `${JSON.stringify(generate(), null, 2)}\n`;
    if (process.env.UPDATE_SCHEMA === '1') {
      if (!existsSync(join(DOCS, 'schemas'))) mkdirSync(join(DOCS, 'schemas'));
      writeFileSync(path, generated);
    }
    if (readFileSync(path, 'utf8') !== generated) {
      throw new Error(
        `docs/schemas/${file} is out of date: run UPDATE_SCHEMA=1 npx jest tests/unit/vendors/protocol-docs`,
      );
    }
  });

  it('publishes requests open (suppliers ignore unknown fields) and answers closed, money as two-decimal text', () => {
    const request = JSON.stringify(VENDOR_SCHEMA_FILES['vendor-request.schema.json']());
    const response = VENDOR_SCHEMA_FILES['vendor-response.schema.json']() as { $defs: Record<string, any> };
    expect(request).not.toContain('"additionalProperties":false');
    expect(response.$defs.Line.additionalProperties).toBe(false);
    expect(response.$defs.Line.properties.amount).toMatchObject({
      type: 'string',
      pattern: '^-?(0|[1-9]\\d*)\\.\\d{2}$',
    });
  });
});

describe('docs/vendor-protocol.md', () => {
  it.each([
    'describe-request.json',
    'describe-response.json',
    'pay-run-request.json',
    'pay-run-response.json',
    'correction-request.json',
    'correction-response.json',
  ])('its example %s is the file of the same name under docs/examples', (name) =>
    expect(docExample(name)).toEqual(exampleJson(name)),
  );

  it('its requests are exactly what the adapter sends for the example scenario', () => {
    expect(describeRequest('acme-1')).toEqual(exampleJson('describe-request.json'));
    expect(payRunRequest({ requestId: 'acme-2', scenarios: [exampleScenario()] })).toEqual(
      exampleJson('pay-run-request.json'),
    );
    expect(vendorRequestJson.safeParse(exampleJson('pay-run-request.json')).success).toBe(true);
  });

  // Issue 15 #7 and #8 (sections 2, 3): the documented answers are the reference's own, to the cent.
  it.each([
    ['scenario.json', 'pay-run-request.json', 'pay-run-response.json', 'acme-2'],
    ['correction-scenario.json', 'correction-request.json', 'correction-response.json', 'acme-3'],
  ])(
    'the reference answers %s exactly as the document shows (%s, %s)',
    (scenarioFile, requestFile, responseFile, requestId) => {
      const scenario = parseScenarioOrThrow(exampleJson(scenarioFile));
      expect(payRunRequest({ requestId, scenarios: [scenario] })).toEqual(exampleJson(requestFile));
      const statements = runReference(scenario).pays.map((p) => statementToJson(p.statement));
      expect(statements).toEqual(exampleJson(responseFile).results[0].statements);
    },
  );

  it('carries where history starts, and the disability insurance and death benefit lines are on every paying statement', () => {
    const employee = exampleJson('pay-run-request.json').employees[0];
    expect(employee.history).toEqual({
      payRuns: [
        {
          payday: '2026-01-14',
          periodStart: '2025-12-18',
          periodEnd: '2025-12-31',
          cutoff: '2026-01-07',
          periodsInYear: 26,
        },
      ],
      deductionsFrom: '2026-01-14',
    });
    const nets = exampleJson('pay-run-response.json').results[0].statements.map((s: { net: string }) => s.net);
    expect(nets).toEqual(['1504.42', '1844.73']);
    for (const s of exampleJson('pay-run-response.json').results[0].statements)
      expect(s.lines.map((l: { code: string }) => l.code)).toEqual(
        expect.arrayContaining(['DISABILITY_INSURANCE', 'DEATH_BENEFIT']),
      );
  });

  it('its answers follow the response schema', () => {
    for (const name of ['describe-response.json', 'pay-run-response.json', 'correction-response.json']) {
      expect(vendorResponseJson.safeParse(exampleJson(name)).error).toBeUndefined();
    }
  });

  it("its deductions are payproof's own T4127 numbers (pension 8.00 %, dues 28.50, YTD carried)", () => {
    const statements = exampleJson('pay-run-response.json').results[0].statements;
    let ytd = { cpp: Money.ZERO, ei: Money.ZERO, pensionable: Money.ZERO };
    for (const s of statements) {
      const line = (code: string) => s.lines.find((l: { code: string }) => l.code === code).amount;
      const gross = Money.of(s.gross);
      const pension = Money.roundHalfUp(gross.toDecimal().times('0.08'));
      const r = computeDeductions({
        payDate: s.payday,
        province: 'ON',
        periodsPerYear: 26,
        gross,
        rpp: pension,
        unionDues: Money.of('28.50'),
        ytd,
        federalClaim: { kind: 'code', code: 1 },
        provincialClaim: { kind: 'code', code: 1 },
      });
      expect({
        PENSION: line('PENSION'),
        CPP: line('CPP'),
        EI: line('EI'),
        FEDERAL_TAX: line('FEDERAL_TAX'),
        PROVINCIAL_TAX: line('PROVINCIAL_TAX'),
        net: s.net,
      }).toEqual({
        PENSION: pension.toString(),
        CPP: r.cpp.toString(),
        EI: r.ei.toString(),
        FEDERAL_TAX: r.federalTax.toString(),
        PROVINCIAL_TAX: r.provincialTax.toString(),
        // Disability insurance 11.11 and death benefit 9.52 (insurance.monthly-to-biweekly) are not T4127's.
        net: r.net
          .minus(Money.of(line('DISABILITY_INSURANCE')))
          .minus(Money.of(line('DEATH_BENEFIT')))
          .toString(),
      });
      ytd = { cpp: ytd.cpp.plus(r.cpp), ei: ytd.ei.plus(r.ei), pensionable: ytd.pensionable.plus(gross) };
    }
    expect(statements.map((s: { gross: string }) => s.gross)).toEqual(['2111.28', '2639.11']);
  });

  it('documents every line code, error code and failure kind', () => {
    for (const code of LINE_CODE_LIST) expect(doc).toContain(`| \`${code}\` |`);
    for (const code of Object.keys(ERROR_CODES)) expect(doc).toContain(`| \`${code}\` |`);
    for (const kind of [...TRANSPORT_FAILURE_KINDS.filter((k) => k !== 'aborted'), ...PAYLOAD_FAILURE_KINDS])
      expect(doc).toContain(`\`${kind}\``);
    for (const kind of EVENT_KINDS.slice(0, 3)) expect(doc).toContain(kind);
  });

  it('its pay table is the PA table the scenarios use', () => {
    for (const classification of PA_CLASSIFICATIONS.filter((c) => !c.startsWith('PM-'))) {
      const rates = [1, 2, 3, 4, 5].map((step) => annualRateFor(classification, step)?.toDecimal().toFixed(0) ?? '');
      expect(doc).toContain(`| ${[classification, ...rates].join(' | ')} |`.replace(/ {2,}/g, ' '));
    }
  });
});
