import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EVENT_KINDS, LINE_CODE_LIST, parseScenario } from '../../../src/domain/scenario';
import { fullScenarioJson } from './full-scenario';

/** docs/scenario-format.md must not drift from the code: its example, kinds and codes. */
const doc = readFileSync(join(__dirname, '../../../docs/scenario-format.md'), 'utf8');

describe('docs/scenario-format.md', () => {
  it('its example is the full test scenario, and it is valid', () => {
    const block = /```json\n([\s\S]*?)\n```/.exec(doc);
    const example = JSON.parse(block?.[1] ?? 'null');
    expect(example).toEqual(fullScenarioJson());
    expect(parseScenario(example).ok).toBe(true);
  });

  it('documents every event kind and every pay line code', () => {
    for (const kind of EVENT_KINDS) expect(doc).toContain(`| \`${kind}\` |`);
    for (const code of LINE_CODE_LIST) expect(doc).toContain(`| \`${code}\` |`);
  });
});
