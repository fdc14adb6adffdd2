export * from './engine.types';
export { runReference } from './run-reference';
export { CONVENTIONS } from './event-view';
