export * from './iso-date';
export * from './pay-calendar';
export * from './working-days';
export * from './cutoff';
export * from './pay-run';
export * from './holidays';
