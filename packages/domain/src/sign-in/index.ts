export * from './sign-in-providers.ts';
export * from './id-token-claims.ts';
