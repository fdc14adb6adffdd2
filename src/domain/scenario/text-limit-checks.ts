import { Issue, issueAt, type Words } from './messages';
import { COUNT_LIMITS, TEXT_LIMITS } from './limits';
import type { ScenarioJson } from './scenario.schema';

/** Sizes of text and lists in a scenario (limits.ts): a pasted essay or a runaway list is refused, naming the limit. */
type Path = readonly PropertyKey[];

function chars(text: string | undefined, max: number, path: Path, noun: Words): Issue[] {
  if (text === undefined || text.length <= max) return [];
  return [
    issueAt(path, {
      en: `${text.length} characters, more than the ${max} allowed (expected ${noun.en})`,
      fr: `${text.length} caractères, plus que les ${max} permis (attendu : ${noun.fr})`,
    }),
  ];
}

function count(items: readonly unknown[], max: number, path: Path, noun: Words): Issue[] {
  if (items.length <= max) return [];
  return [
    issueAt(path, {
      en: `${items.length} ${noun.en}, more than the ${max} allowed in one scenario`,
      fr: `${items.length} ${noun.fr}, plus que les ${max} permis dans un scénario`,
    }),
  ];
}

export function textIssues(s: ScenarioJson): Issue[] {
  return [
    ...chars(s.title, TEXT_LIMITS.title, ['title'], {
      en: 'a short title on one line',
      fr: 'un titre court sur une ligne',
    }),
    ...chars(s.description, TEXT_LIMITS.description, ['description'], {
      en: 'a few sentences',
      fr: 'quelques phrases',
    }),
    ...chars(s.family, TEXT_LIMITS.family, ['family'], {
      en: 'the name of a failure family, e.g. acting pay',
      fr: 'le nom d’une famille de défaillances, p. ex. acting pay',
    }),
    ...count(s.tags, COUNT_LIMITS.tags, ['tags'], { en: 'tags', fr: 'étiquettes' }),
    ...s.tags.flatMap((t, i) =>
      chars(t, TEXT_LIMITS.tag, ['tags', i], { en: 'a tag of a few words', fr: 'une étiquette de quelques mots' }),
    ),
    ...count(s.conventions, COUNT_LIMITS.conventions, ['conventions'], { en: 'conventions', fr: 'conventions' }),
    ...s.conventions.flatMap((c, i) =>
      chars(c, TEXT_LIMITS.convention, ['conventions', i], { en: 'a convention name', fr: 'un nom de convention' }),
    ),
    ...chars(s.employee.department, TEXT_LIMITS.department, ['employee', 'department'], {
      en: 'a department name',
      fr: 'un nom de ministère',
    }),
    ...count(s.events, COUNT_LIMITS.events, ['events'], { en: 'events', fr: 'événements' }),
    ...count(s.expected, COUNT_LIMITS.expected, ['expected'], { en: 'expected lines', fr: 'lignes expected' }),
    ...s.expected.flatMap((l, i) => [
      ...chars(l.source, TEXT_LIMITS.source, ['expected', i, 'source'], {
        en: 'where the amount comes from',
        fr: 'la provenance du montant',
      }),
      ...chars(l.description, TEXT_LIMITS.lineDescription, ['expected', i, 'description'], {
        en: 'the line as printed',
        fr: 'la ligne telle qu’imprimée',
      }),
    ]),
  ];
}
