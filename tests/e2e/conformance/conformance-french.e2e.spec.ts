import { conformanceText } from '../../../src/conformance/conformance-text';
import { ConformanceService } from '../../../src/conformance/conformance.service';
import { englishWords } from '../../tools/english-words';

jest.setTimeout(120_000);

/**
 * Issue 19: conformance's first difference in French. Each failing rule shows the pay where it first
 * failed and the sentence that made it fail; in French, that sentence is French (the finding made
 * again from its fields, an invariant named by its rule), not the stored English one.
 */
describe('payproof conformance --lang fr: the first difference of each failing rule in French', () => {
  it.each(['daycount', 'quickpay-cli'])('%s: every failing rule’s sentence is French', async (vendorId) => {
    const report = await new ConformanceService().run({ vendorId });
    const examples = report.rules.filter((r) => r.example).map((r) => r.example!);
    expect(examples.length).toBeGreaterThan(0);
    for (const e of examples) {
      expect(e.messageFr).not.toBe(e.message);
      expect({ fr: e.messageFr, words: englishWords(e.messageFr) }).toEqual({ fr: e.messageFr, words: [] });
    }
    const text = conformanceText(report, 'fr');
    for (const e of examples) expect(text).toContain(e.messageFr);
    for (const e of examples) expect(text).not.toContain(e.message);
    expect(conformanceText(report, 'en')).toContain(examples[0].message);
  });
});
