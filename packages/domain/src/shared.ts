// The domain's browser-safe entry (`@schoolgate/domain/shared`): the closed lists that the API, the contracts, the
// classifier and the web app all name, each defined once. Only files that import nothing but each other belong
// here (ESLint checks it), so the web bundle never pulls in the domain's Node-only parts (CSV parsing, holidays).
export * from './roles.ts';
export * from './permissions.ts';
export * from './permission-names.ts';
export * from './policy/policy-vocabulary.ts';
export * from './moderation/safeguarding-alert.ts';
export * from './concerns/concern-kinds.ts';
export * from './consent/consent-vocabulary.ts';
export * from './reports/report-labels.ts';
export * from './accounts/account-stewardship.ts';
export * from './posts/post-vocabulary.ts';
export * from './sign-in/sign-in-providers.ts';
