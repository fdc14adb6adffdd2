import { crossCheck } from './cross-checks';
import { toScenario } from './canonical';
import { baseErrorMap } from './messages';
import { failure, ParseResult, parseJsonText, unwrap } from './parse-result';
import { scenarioJson, type ScenarioJson } from './scenario.schema';
import type { Scenario } from './scenario.types';

/**
 * Plain object in, canonical Scenario or `path: message` lines out. Two stages: the zod
 * schema checks shapes and formats (all problems at once); when the shape is right, the
 * cross-checks relate fields (dates in order, paydays, pay-table cells, unique ids).
 */
export function parseScenario(input: unknown): ParseResult<Scenario> {
  const shaped = scenarioJson.safeParse(input, { error: baseErrorMap });
  if (!shaped.success) return failure(shaped.error.issues, 'scenario');
  const issues = crossCheck(shaped.data);
  if (issues.length > 0) return failure(issues, 'scenario');
  return { ok: true, value: toScenario(shaped.data) };
}

/** A scenario from JSON text (a volunteer's upload). */
export function parseScenarioText(text: string): ParseResult<Scenario> {
  const json = parseJsonText(text, 'scenario');
  return json.ok ? parseScenario(json.value) : json;
}

/** The Scenario, or INVALID_INPUT listing every problem. */
export function parseScenarioOrThrow(input: unknown): Scenario {
  return unwrap(parseScenario(input), 'scenario');
}

/**
 * A scenario JSON this harness wrote itself with scenarioToJson from a checked Scenario (the
 * evaluation sends it to its worker threads): canonical again without a second schema check,
 * which would cost as much as a quarter of the reference at scale (issue 13).
 * parseScenarioOrThrow(j) and scenarioFromOwnJson(j) give equal scenarios (tested).
 */
export function scenarioFromOwnJson(json: unknown): Scenario {
  return toScenario(json as ScenarioJson);
}
