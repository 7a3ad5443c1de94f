import { describe, expect, it } from 'vitest';
import { roleProblem } from './process-role.ts';

const postgres = { DATABASE_URL: 'postgres://db/schoolgate', SESSION_SECRET: 'x'.repeat(40) };

describe('start --role', () => {
  it('runs everything in one process on either database by default', () => {
    expect(roleProblem('all', {})).toBeNull();
    expect(roleProblem('all', postgres)).toBeNull();
  });
  it.each(['api', 'worker'] as const)('refuses --role %s without a shared PostgreSQL, saying why', (role) => {
    expect(roleProblem(role, { SESSION_SECRET: postgres.SESSION_SECRET })).toMatch(
      /needs a PostgreSQL server.*DATABASE_URL/,
    );
  });
  it.each(['api', 'worker'] as const)('refuses --role %s without the shared secret', (role) => {
    expect(roleProblem(role, { DATABASE_URL: postgres.DATABASE_URL })).toMatch(/needs SESSION_SECRET/);
    expect(roleProblem(role, postgres)).toBeNull();
  });
});
