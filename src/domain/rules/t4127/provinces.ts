import type { T4127Province } from './t4127.types';

/** The provinces and territories whose tax T4127 gives (every one but Quebec), in table 8.1's order. */
export const T4127_PROVINCES: readonly T4127Province[] = [
  'AB',
  'BC',
  'MB',
  'NB',
  'NL',
  'NS',
  'NT',
  'NU',
  'ON',
  'PE',
  'SK',
  'YT',
];
