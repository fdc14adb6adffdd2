import type { RulingRecord } from '../../../src/audit/audit-records';
import { parseEvidence, refuseSupplierOutput } from '../../../src/audit/disputes/evidence';
import { rulingsInForce } from '../../../src/audit/disputes/rulings-in-force';

const good = {
  title: 'T4127 Payroll Deductions Formulas, 122nd edition',
  url: 'https://www.canada.ca/en/revenue-agency/services/forms-publications/payroll/t4127-payroll-deductions-formulas.html',
  quote: 'Chapter 6, step 1',
  retrieved: '2026-11-30',
};

describe('evidence of a ruling', () => {
  it('names its document, quotes it and says when it was read', () => {
    expect(parseEvidence([good])).toEqual([good]);
    expect(() => parseEvidence([{ ...good, title: undefined, url: undefined }])).toThrow(/title or its URL/);
    expect(() => parseEvidence([{ ...good, quote: ' ' }])).toThrow(/evidence\.0\.quote/);
    expect(() => parseEvidence([{ ...good, retrieved: 'yesterday' }])).toThrow(/evidence\.0\.retrieved/);
    expect(() => parseEvidence([{ ...good, sha256: 'abc' }])).toThrow(/evidence\.0\.sha256/);
  });

  const own = { vendorId: 'daycount', hashes: new Set(['f'.repeat(64)]), hosts: new Set(['pay.daycount.example']) };

  it("refuses the supplier's own output: its answers or files by hash, payproof's answer pages, its folder, its host", () => {
    expect(() => refuseSupplierOutput([good], own)).not.toThrow();
    expect(() => refuseSupplierOutput([{ ...good, sha256: 'f'.repeat(64) }], own)).toThrow(/daycount's own output/);
    expect(() => refuseSupplierOutput([{ ...good, url: 'http://h/api/runs/r1/scenarios/s/statements' }], own)).toThrow(
      /never evidence/,
    );
    expect(() =>
      refuseSupplierOutput([{ ...good, url: 'file:///srv/payproof/vendors/daycount/README.md' }], own),
    ).toThrow(/own folder/);
    expect(() => refuseSupplierOutput([{ ...good, url: 'https://pay.daycount.example/docs' }], own)).toThrow(
      /answers from/,
    );
  });
});

describe('rulings in force', () => {
  const ruling = (
    id: string,
    at: string,
    vendorId: string | null,
    signature = 'v1:line:ACTING:under:amount:-:-',
  ): RulingRecord => ({
    id,
    disputeId: 'd',
    outcome: 'supplier-wrong',
    explanation: '',
    rule: null,
    evidence: [],
    signature,
    signatureVersion: 1,
    vendorId,
    byToken: 't',
    byName: 'a',
    at,
  });

  it('the latest ruling on a signature for this supplier or every supplier, made by the date asked', () => {
    const all = [
      ruling('r1', '2026-01-01', 'daycount'),
      ruling('r2', '2026-02-01', null),
      ruling('r3', '2026-03-01', 'floatwise'),
    ];
    expect(rulingsInForce(all, 'daycount').get('v1:line:ACTING:under:amount:-:-')?.id).toBe('r2');
    expect(rulingsInForce(all, 'floatwise').get('v1:line:ACTING:under:amount:-:-')?.id).toBe('r3');
    expect(rulingsInForce(all, 'daycount', '2026-01-15').get('v1:line:ACTING:under:amount:-:-')?.id).toBe('r1');
    expect(rulingsInForce(all, 'quickpay-cli', '2026-01-15').size).toBe(0);
  });
});
