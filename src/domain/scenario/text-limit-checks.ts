import { Issue } from './messages';
import { COUNT_LIMITS, TEXT_LIMITS } from './limits';
import type { ScenarioJson } from './scenario.schema';

/** Sizes of text and lists in a scenario (limits.ts): a pasted essay or a runaway list is refused, naming the limit. */
type Path = readonly PropertyKey[];

function chars(text: string | undefined, max: number, path: Path, noun: string): Issue[] {
  if (text === undefined || text.length <= max) return [];
  return [{ path, message: `${text.length} characters, more than the ${max} allowed (expected ${noun})` }];
}

function count(items: readonly unknown[], max: number, path: Path, noun: string): Issue[] {
  if (items.length <= max) return [];
  return [{ path, message: `${items.length} ${noun}, more than the ${max} allowed in one scenario` }];
}

export function textIssues(s: ScenarioJson): Issue[] {
  return [
    ...chars(s.title, TEXT_LIMITS.title, ['title'], 'a short title on one line'),
    ...chars(s.description, TEXT_LIMITS.description, ['description'], 'a few sentences'),
    ...chars(s.family, TEXT_LIMITS.family, ['family'], 'the name of a failure family, e.g. acting pay'),
    ...count(s.tags, COUNT_LIMITS.tags, ['tags'], 'tags'),
    ...s.tags.flatMap((t, i) => chars(t, TEXT_LIMITS.tag, ['tags', i], 'a tag of a few words')),
    ...count(s.conventions, COUNT_LIMITS.conventions, ['conventions'], 'conventions'),
    ...s.conventions.flatMap((c, i) => chars(c, TEXT_LIMITS.convention, ['conventions', i], 'a convention name')),
    ...chars(s.employee.department, TEXT_LIMITS.department, ['employee', 'department'], 'a department name'),
    ...count(s.events, COUNT_LIMITS.events, ['events'], 'events'),
    ...count(s.expected, COUNT_LIMITS.expected, ['expected'], 'expected lines'),
    ...s.expected.flatMap((l, i) => [
      ...chars(l.source, TEXT_LIMITS.source, ['expected', i, 'source'], 'where the amount comes from'),
      ...chars(l.description, TEXT_LIMITS.lineDescription, ['expected', i, 'description'], 'the line as printed'),
    ]),
  ];
}
