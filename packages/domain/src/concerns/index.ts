export * from './concern-kinds.ts';
export * from './concern-route.ts';
