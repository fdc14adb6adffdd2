export { Dec, dec, int, ZERO, ONE } from './decimal';
export { Money } from './money';
