import type { Defect } from '../../../src/domain/checks/defects';
import { catalogue, documentedDefects, judgeSupplier, type Judged } from './defects-helpers';
import { SHAPES, titledAfterSubject, type Shaped } from './documented-shapes';

const shaped = (d: Defect): Shaped => ({ parts: d.signature.parts, codes: d.codes, title: d.title });

/**
 * Issue 14, "done when": for each bundled simulated supplier, run over the catalogue through
 * the judge and the defect core (no database), each defect its README documents is a defect of
 * its own: at least one reported defect has its shape, names one of the README's line codes, and
 * is titled after its subject; no reported defect answers for two documented ones.
 */

describe.each(Object.keys(SHAPES))('the documented defects of %s, each its own defect', (vendorId) => {
  let judged: Judged;
  const documented = documentedDefects(vendorId);

  beforeAll(async () => {
    judged = await judgeSupplier(vendorId, await catalogue());
  });

  it('knows the shape of every defect the README documents', () => {
    expect([...documented.keys()].sort()).toEqual(Object.keys(SHAPES[vendorId]).sort());
  });

  it.each([...documented.keys()])('%s is reported, titled after its subject, with a documented line code', (id) => {
    const found = judged.defects.defects.filter((d) => SHAPES[vendorId][id](shaped(d)));
    expect(found.length).toBeGreaterThan(0);
    for (const d of found) expect(titledAfterSubject(shaped(d))).toBe(true);
    expect(found.some((d) => d.codes.some((c) => documented.get(id)!.includes(c)))).toBe(true);
  });

  it('no reported defect answers for two documented ones', () => {
    const ids = [...documented.keys()];
    for (const d of judged.defects.defects) {
      const claimed = ids.filter((id) => SHAPES[vendorId][id](shaped(d)));
      expect({ defect: d.id, claimed: claimed.length <= 1 }).toEqual({ defect: d.id, claimed: true });
    }
  });

  it('reports at least as many defects as it documents, every net difference of a payday charged once to a defect', () => {
    expect(judged.defects.defects.length).toBeGreaterThanOrEqual(documented.size);
    expect(judged.unbalanced).toEqual([]);
  });
});
