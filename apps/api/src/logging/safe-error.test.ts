import { describe, expect, it } from 'vitest';
import { isUniqueViolation, safeError, safeErrorLine } from './safe-error.ts';

describe('safeError', () => {
  it('keeps the class, code and constraint and drops the message with its parameters', () => {
    const cause = Object.assign(new Error('duplicate key value violates unique constraint'), {
      code: '23505',
      constraint: 'staff_school_mis_key',
    });
    const error = Object.assign(new Error('Failed query: insert into staff ... params: M1,Jo,Bloggs,jo@example.test'), {
      cause,
    });
    const logged = JSON.stringify(safeError(error));
    expect(logged).not.toContain('jo@example.test');
    expect(logged).not.toContain('Bloggs');
    expect(safeError(error)).toMatchObject({ type: 'Error', code: '23505', constraint: 'staff_school_mis_key' });
    expect(safeErrorLine(error)).toBe('Error 23505 staff_school_mis_key');
    expect(isUniqueViolation(error)).toBe(true);
  });
});

describe('safeError on a message over several lines', () => {
  it('keeps only the stack frames, not the parameters on the message lines', async () => {
    const error = new Error('Failed query: insert into publication_restrictions\nparams: Court order for Zoe Fenwick');
    expect(safeError(error).at).toMatch(/^\s+at /);
    expect(JSON.stringify(safeError(error))).not.toContain('Fenwick');
    const { describeFailure } = await import('../cli/main.ts');
    expect(describeFailure(error)).toMatch(/^Failed: Error\n/);
    expect(describeFailure(error)).not.toContain('Fenwick');
  });
});
