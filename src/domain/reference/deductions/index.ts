export * from './deductions.types';
export { computeDeductions } from './compute';
export { option2Tax, type Option2Input, type Option2Result } from './option2';
export { premium, convertPremium } from './ei';
export { federalBpa } from './claims';
