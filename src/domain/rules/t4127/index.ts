export type * from './t4127.types';
export { EDITIONS, editionFor, payDateYear } from './editions';
export { T4127_2025_01 } from './t4127-2025-01';
export { T4127_2025_07 } from './t4127-2025-07';
export { T4127_2026_01 } from './t4127-2026-01';
export { T4127_PROVINCES } from './provinces';
