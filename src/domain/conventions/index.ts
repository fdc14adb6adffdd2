export type * from './convention.types';
export { CONVENTION, type ConventionId, type ConventionKey } from './ids';
export { REGISTRY, ALL_IDS, conventionById, isConvention } from './registry';
export { conventionsNamedIn } from './named-in';
export { CONVENTIONS_BEGIN, CONVENTIONS_END, conventionsMarkdown, withConventions } from './markdown';
