import { mkdtempSync, renameSync, rmSync, utimesSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { canonicalJson } from '../../../src/audit/hashing/canonical-json';
import { treeHash } from '../../../src/audit/hashing/tree-hash';
import { isSealedFile, sealCommitment } from '../../../src/audit/seal/commitment';
import { sealedLowerP } from '../../../src/audit/seal/gap-test';
import { findingId, parseFindingId } from '../../../src/audit/finding-id';
import { supplierPin } from '../../../src/audit/pins/supplier-pin';
import { rulesPin } from '../../../src/audit/pins/rules-pin';
import { REGISTRY } from '../../../src/domain/conventions';
import { createHash } from 'node:crypto';

describe('tree hash: every file of a folder, in order', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'payproof-tree-'));
    mkdirSync(path.join(dir, 'lib'));
    writeFileSync(path.join(dir, 'index.js'), 'exports.handle = () => 1;\n');
    writeFileSync(path.join(dir, 'lib/core.js'), 'module.exports = 2;\n');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('changes when any file is edited, added or renamed, and not when only its time changes', () => {
    const before = treeHash(dir);
    expect(before.files).toBe(2);
    utimesSync(path.join(dir, 'index.js'), new Date(2000, 1, 1), new Date(2000, 1, 1));
    expect(treeHash(dir)).toEqual(before);
    writeFileSync(path.join(dir, 'lib/core.js'), 'module.exports = 3;\n');
    const edited = treeHash(dir);
    expect(edited.sha256).not.toBe(before.sha256);
    renameSync(path.join(dir, 'lib/core.js'), path.join(dir, 'lib/other.js'));
    expect(treeHash(dir).sha256).not.toBe(edited.sha256);
    writeFileSync(path.join(dir, 'README.md'), 'x');
    expect(treeHash(dir).files).toBe(3);
  });
});

describe('canonical JSON', () => {
  it('gives the same text whatever the key order, and leaves undefined members out', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: undefined } })).toBe(
      '{"a":{"d":[2,{"y":2,"z":1}]},"b":1}',
    );
  });
});

describe('seal commitment', () => {
  const set = [
    { id: 'lwop-02', hash: 'b'.repeat(64) },
    { id: 'lwop-01', hash: 'a'.repeat(64) },
  ];

  it('is the same for the same scenarios in any order, and changes with any scenario', () => {
    expect(sealCommitment(set)).toBe(sealCommitment([...set].reverse()));
    expect(sealCommitment(set)).not.toBe(sealCommitment([set[0], { ...set[1], hash: 'c'.repeat(64) }]));
    expect(sealCommitment(set)).not.toBe(sealCommitment([set[0]]));
  });

  it('knows the sealed part by its folder', () => {
    expect(isSealedFile('sealed/round-2.csv')).toBe(true);
    expect(isSealedFile('acting-pay.csv')).toBe(false);
    expect(isSealedFile('unsealed/x.csv')).toBe(false);
  });
});

describe('sealed score test (one-sided Fisher exact)', () => {
  it('gives the hypergeometric lower tail', () => {
    // 10 of 10 right in public, 0 of 5 in sealed: 1 / C(15, 5).
    expect(sealedLowerP({ publicRight: 10, publicTotal: 10, sealedRight: 0, sealedTotal: 5 })).toBeCloseTo(1 / 3003, 8);
    // The same share on both sides is not unlikely.
    expect(sealedLowerP({ publicRight: 5, publicTotal: 10, sealedRight: 5, sealedTotal: 10 })).toBeGreaterThan(0.5);
  });
});

describe('finding ids', () => {
  it('round-trip and refuse what is not one', () => {
    const id = findingId({ vendorId: 'quickpay-cli', scenarioId: 'act-01.x_y', seq: 3 });
    expect(id).toBe('quickpay-cli:act-01.x_y:3');
    expect(parseFindingId(id)).toEqual({ vendorId: 'quickpay-cli', scenarioId: 'act-01.x_y', seq: 3 });
    expect(parseFindingId('quickpay-cli:act-01')).toBeUndefined();
    expect(parseFindingId('quickpay-cli/act-01/3')).toBeUndefined();
  });
});

describe('supplier pin', () => {
  it("pins the supplier's folder, the shared code beside it, its describe answer and the build it declares", () => {
    const root = mkdtempSync(path.join(tmpdir(), 'payproof-vendors-'));
    try {
      mkdirSync(path.join(root, 'acme'));
      writeFileSync(path.join(root, 'acme/vendor.json'), '{}');
      mkdirSync(path.join(root, '_shared'));
      writeFileSync(path.join(root, '_shared/core.js'), '1');
      const description = { supplier: { name: 'Acme', version: '1', build: '1+abc' }, capabilities: {} };
      const pin = supplierPin({ id: 'acme', description }, root);
      expect(pin).toMatchObject({ id: 'acme', build: '1+abc', folder: { files: 1 }, shared: { files: 1 } });
      expect(pin.describe).toMatch(/^[0-9a-f]{64}$/);
      writeFileSync(path.join(root, '_shared/core.js'), '2');
      expect(supplierPin({ id: 'acme', description }, root).shared.sha256).not.toBe(pin.shared.sha256);
      expect(supplierPin({ id: 'acme' }, root)).toMatchObject({ describe: null, build: null });
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('rules pin', () => {
  it("pins the convention registry: the sha256 of its canonical JSON, which any change to a rule's words changes", () => {
    const pin = rulesPin();
    expect(pin.conventionCount).toBe(REGISTRY.length);
    expect(pin.conventions).toBe(createHash('sha256').update(canonicalJson(REGISTRY)).digest('hex'));
    const edited = REGISTRY.map((e, k) => (k === 0 ? { ...e, rule: `${e.rule} ` } : e));
    expect(createHash('sha256').update(canonicalJson(edited)).digest('hex')).not.toBe(pin.conventions);
    expect(pin.signatureVersion).toBeGreaterThanOrEqual(1);
    expect(pin.editionsHeld.length).toBeGreaterThan(0);
  });
});
