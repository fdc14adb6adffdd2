import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REGISTRY, withConventions } from '../../../src/domain/conventions';

/**
 * docs/reference-engine.md (section 8) and docs/vendor-protocol.md (section 5) hold the
 * conventions generated from the registry: a change to a rule is a change to both documents.
 * Regenerate with UPDATE_DOCS=1 npx jest tests/unit/conventions/docs
 */
const DOCS = join(__dirname, '../../../docs');
const GENERATED: readonly [file: string, level: number][] = [
  ['reference-engine.md', 3],
  ['vendor-protocol.md', 3],
];

describe('the conventions sections of the documents are the registry (issue 15, Build 3; protocol section 5)', () => {
  it.each(GENERATED)('%s is up to date', (file, level) => {
    const path = join(DOCS, file);
    const doc = readFileSync(path, 'utf8');
    const generated = withConventions(doc, level);
    if (process.env.UPDATE_DOCS === '1') writeFileSync(path, generated);
    // One line saying what to do, rather than a diff of the whole document.
    const upToDate = process.env.UPDATE_DOCS === '1' || generated === doc;
    expect({ file, upToDate }).toEqual({ file, upToDate: true }); // else: UPDATE_DOCS=1 npx jest tests/unit/conventions/docs
  });

  it.each(GENERATED)('%s names every convention with its status, and quotes the sources', (file) => {
    const doc = readFileSync(join(DOCS, file), 'utf8');
    for (const c of REGISTRY) {
      expect(doc).toContain(`\`${c.id}\``);
      for (const s of c.sources) if (s.quote) expect(doc).toContain(s.quote);
    }
  });
});
