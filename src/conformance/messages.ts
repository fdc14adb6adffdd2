import { conventionById } from '../domain/conventions';
import { PROTOCOL_RULES, type RuleStatus } from './conformance.types';

export type Lang = 'en' | 'fr';
export const LANGS: readonly Lang[] = ['en', 'fr'];

/** Every sentence of the conformance report, in English and French (Canada.ca style: short, plain). */
export const MESSAGES = {
  en: {
    title: (name: string, id: string) => `Conformance of ${name} (${id}) with payproof's reference`,
    set: (n: number) => `${n} scenarios: the protocol's examples and a small public set (docs/vendor-protocol.md).`,
    scenarios: 'Scenarios',
    compared: 'compared',
    notSupported: 'not supported by the supplier',
    failed: 'no usable answer',
    findings: (n: number) => `${n} finding${n === 1 ? '' : 's'}`,
    rules: 'Rule by rule',
    status: {
      pass: 'PASS',
      fail: 'FAIL',
      'not-exercised': 'not exercised',
      'not-supported': 'not supported',
    } satisfies Record<RuleStatus, string>,
    failures: (n: number) => `${n} difference${n === 1 ? '' : 's'}`,
    first: (scenario: string, payday: string) => `First difference: ${scenario}, payday ${payday}`,
    header: ['line', 'reference', 'supplier'],
    gross: 'gross',
    net: 'net',
    verdict: (passed: boolean) =>
      passed ? 'Result: every rule exercised passes.' : 'Result: some rules fail. Fix them before the pilot.',
    protocol: {
      [PROTOCOL_RULES.answers]: 'Answers every pay run, without a protocol or transport failure',
      [PROTOCOL_RULES.addsUp]: 'Statements add up (net = gross − deductions, whole cents, annual maxima)',
      [PROTOCOL_RULES.lines]: 'No line the reference does not pay',
      [PROTOCOL_RULES.t4127]: 'CPP, EI and income tax by CRA T4127, Option 1',
      [PROTOCOL_RULES.rounding]: 'Each earning line rounded half-up to the cent, once per period',
    } as Record<string, string>,
  },
  fr: {
    title: (name: string, id: string) => `Conformité de ${name} (${id}) à la référence de payproof`,
    set: (n: number) =>
      `${n} scénarios : les exemples du protocole et un petit ensemble public (docs/vendor-protocol.md).`,
    scenarios: 'Scénarios',
    compared: 'comparé',
    notSupported: 'non pris en charge par le fournisseur',
    failed: 'aucune réponse utilisable',
    findings: (n: number) => `${n} constat${n === 1 ? '' : 's'}`,
    rules: 'Règle par règle',
    status: {
      pass: 'RÉUSSI',
      fail: 'ÉCHEC',
      'not-exercised': 'non vérifiée',
      'not-supported': 'non prise en charge',
    } satisfies Record<RuleStatus, string>,
    failures: (n: number) => `${n} écart${n === 1 ? '' : 's'}`,
    first: (scenario: string, payday: string) => `Premier écart : ${scenario}, jour de paye ${payday}`,
    header: ['ligne', 'référence', 'fournisseur'],
    gross: 'brut',
    net: 'net',
    verdict: (passed: boolean) =>
      passed
        ? 'Résultat : toutes les règles vérifiées sont respectées.'
        : 'Résultat : des règles échouent. Corrigez-les avant le projet pilote.',
    protocol: {
      [PROTOCOL_RULES.answers]: 'Répond à chaque paye, sans défaillance de protocole ou de transport',
      [PROTOCOL_RULES.addsUp]: 'Les relevés s’additionnent (net = brut − retenues, cents entiers, maximums annuels)',
      [PROTOCOL_RULES.lines]: 'Aucune ligne que la référence ne verse pas',
      [PROTOCOL_RULES.t4127]: 'RPC, AE et impôt selon la T4127 de l’ARC, option 1',
      [PROTOCOL_RULES.rounding]: 'Chaque ligne de gains arrondie au cent le plus proche, une fois par période',
    } as Record<string, string>,
  },
};

/** A rule's name for people: the convention's title, or the protocol rule's. */
export function ruleTitle(id: string, lang: Lang): string {
  return conventionById(id)?.title[lang] ?? MESSAGES[lang].protocol[id] ?? id;
}
