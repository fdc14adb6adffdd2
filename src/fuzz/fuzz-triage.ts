import type { TolerancePolicy } from '../domain/checks/tolerance-policy';
import type { Scenario } from '../domain/scenario';
import type { VendorAdapter } from '../vendors/vendor-adapter';
import type { FuzzOptions, SupplierError } from './fuzz-report';
import { focusFor, judgeScenarios, type Judged } from './fuzz-judge';
import { isFailureSignature, type FuzzFinding } from './signatures';

const withId = (s: Scenario, id: string): Scenario => ({ ...s, id });

/** Whether `scenario`, sent alone in a request of its own, shows `signature`. */
export async function showsAlone(
  adapter: VendorAdapter,
  scenario: Scenario,
  signature: string,
  policy?: TolerancePolicy,
) {
  const [judged] = await judgeScenarios({
    adapter,
    scenarios: [withId(scenario, 'alone')],
    focus: focusFor(signature),
    ...(policy && { policy }),
  });
  return judged.findings.some((f) => f.signature === signature);
}

export interface First {
  run: number;
  f: FuzzFinding;
  scenario: Scenario;
}

/** Each signature's first run; failures that do not follow their scenario are set apart as supplier errors. */
export async function triage(adapter: VendorAdapter, judged: readonly Judged[], o: FuzzOptions) {
  const all = judged.flatMap((j, run) => j.findings.map((f) => ({ run, f, scenario: j.scenario })));
  const firsts = all.filter(({ f }, i) => all.findIndex((x) => x.f.signature === f.signature) === i);
  const todo: First[] = [];
  const supplierErrors: SupplierError[] = [];
  for (const first of firsts) {
    const { signature } = first.f;
    if (!isFailureSignature(signature) || (await showsAlone(adapter, first.scenario, signature, o.policy))) {
      todo.push(first);
      continue;
    }
    supplierErrors.push({
      signature,
      ...(first.f.title && { title: first.f.title }),
      message: first.f.message,
      runs: all.filter((x) => x.f.signature === signature).length,
    });
  }
  return { todo, supplierErrors };
}
