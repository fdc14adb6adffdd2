import { invalidInput } from '../../domain/errors';
import { ScenarioCatalog } from '../../scenarios/scenario-catalog.service';
import { selftestPassed, selftestText } from '../../selftest/selftest-report';
import { SelftestService } from '../../selftest/selftest.service';
import type { CommandSpec } from '../command-spec';
import type { FlagSpec } from '../declare-options';
import { EXIT } from '../exit-codes';

interface SelftestFlags {
  scenarios?: string;
  lang?: string;
  json?: boolean;
}

const FLAGS: readonly FlagSpec[] = [
  { flags: '--scenarios <path>', description: 'the scenario file or folder (default: the bundled test-payrolls/)' },
  { flags: '--lang <en|fr>', description: 'the language of the report (default en; --json carries both)' },
  { flags: '--json', description: 'print the report as one JSON object' },
];

/**
 * `payproof selftest`: plants each known defect class into the reference's own answers and says,
 * for this scenario set, which classes it detects and whether each shows as exactly one defect
 * with the expected title. In process, no database. Exit code 1 when a class is missed or split.
 */
export const selftestCommand: CommandSpec<SelftestFlags> = {
  flags: FLAGS,
  async run(_args, flags) {
    const lang = flags.lang ?? 'en';
    if (lang !== 'en' && lang !== 'fr') throw invalidInput(`--lang: found "${lang}", expected en or fr`);
    const report = await new SelftestService(new ScenarioCatalog()).run(flags.scenarios);
    process.stdout.write(flags.json ? `${JSON.stringify(report, null, 2)}\n` : selftestText(report, lang));
    return selftestPassed(report) ? EXIT.ok : EXIT.findings;
  },
};
