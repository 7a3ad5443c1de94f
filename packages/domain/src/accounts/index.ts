export * from './account-rules.ts';
export * from './account-stewardship.ts';
