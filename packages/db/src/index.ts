export * from './client.ts';
export * from './migrate.ts';
export * from './data-dir-lock.ts';
export * from './repositories/index.ts';
export * from './audit/audit-hash.ts';
export { installAuditKey, hasAuditKey } from './audit/audit-key.ts';
export * as schema from './schema/index.ts';
