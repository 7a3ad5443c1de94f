// The write batcher: rows that arrive together are written together, each caller gets its own row's answer in the
// order given, a failure reaches exactly the callers it concerns, and closing writes what is still waiting.
import { describe, expect, it } from 'vitest';
import { WriteBatcher } from './write-batcher.ts';

/** A store that numbers rows as it writes them and remembers each batch; `refuse` rows fail their batch. */
function store(options: { maxRows?: number; maxWaitMs?: number; maxConcurrent?: number; refuse?: string[] } = {}) {
  const batches: string[][] = [];
  const written: string[] = [];
  const batcher = new WriteBatcher<string, number>({
    maxRows: options.maxRows ?? 10,
    maxWaitMs: options.maxWaitMs ?? 2,
    maxConcurrent: options.maxConcurrent ?? 1,
    write: async (rows) => {
      batches.push(rows);
      await new Promise((resolve) => setTimeout(resolve, 1));
      const bad = rows.find((r) => options.refuse?.includes(r));
      if (bad) throw new Error(`refused ${bad}`);
      return rows.map((r) => written.push(r));
    },
  });
  return { batcher, batches, written };
}

describe('WriteBatcher', () => {
  it('writes rows that arrive together in one batch and answers each its own result, in order', async () => {
    const { batcher, batches } = store();
    const answers = await Promise.all(['a', 'b', 'c'].map((r) => batcher.add(r)));
    expect(answers).toEqual([1, 2, 3]);
    expect(batches).toEqual([['a', 'b', 'c']]);
  });

  it('writes a full batch at once, without waiting out the window', async () => {
    const { batcher, batches } = store({ maxRows: 2, maxWaitMs: 10_000, maxConcurrent: 2 });
    const answers = await Promise.all(['a', 'b', 'c', 'd'].map((r) => batcher.add(r)));
    expect(answers).toEqual([1, 2, 3, 4]);
    expect(batches).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });

  it('keeps rows that arrive while the writes are busy for the next batch, in arrival order', async () => {
    const { batcher, batches, written } = store({ maxRows: 3, maxConcurrent: 1 });
    const first = batcher.add('a');
    await new Promise((resolve) => setTimeout(resolve, 4)); // the first batch is being written
    const rest = ['b', 'c', 'd', 'e'].map((r) => batcher.add(r));
    await Promise.all([first, ...rest]);
    expect(written).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(batches.flat()).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(batches.every((b) => b.length <= 3)).toBe(true);
  });

  it('fails only the row that cannot be written; the others of its batch are written and answered', async () => {
    const { batcher, written } = store({ refuse: ['bad'] });
    const results = await Promise.allSettled(['a', 'bad', 'c'].map((r) => batcher.add(r)));
    expect(results[0]).toEqual({ status: 'fulfilled', value: 1 });
    expect(results[1]).toMatchObject({ status: 'rejected', reason: new Error('refused bad') });
    expect(results[2]).toEqual({ status: 'fulfilled', value: 2 });
    expect(written).toEqual(['a', 'c']);
  });

  it('gives every caller the error when nothing can be written (the database is down)', async () => {
    const batcher = new WriteBatcher<string, number>({
      maxRows: 10,
      maxWaitMs: 2,
      maxConcurrent: 1,
      write: () => Promise.reject(new Error('connection refused')),
    });
    const results = await Promise.allSettled(['a', 'b'].map((r) => batcher.add(r)));
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(results.map((r) => (r as PromiseRejectedResult).reason.message)).toEqual([
      'connection refused',
      'connection refused',
    ]);
  });

  it('refuses an answer that does not match the rows, rather than giving a caller another row’s id', async () => {
    const batcher = new WriteBatcher<string, number>({
      maxRows: 10,
      maxWaitMs: 2,
      maxConcurrent: 1,
      write: async (rows) => (rows.length > 1 ? [1] : [7]),
    });
    expect(await Promise.all([batcher.add('a'), batcher.add('b')])).toEqual([7, 7]);
  });

  it('on close writes what is waiting at once and waits for it; rows after that are written at once', async () => {
    const { batcher, written } = store({ maxWaitMs: 60_000 });
    const waiting = [batcher.add('a'), batcher.add('b')];
    expect(batcher.pending).toBe(2);
    const started = Date.now();
    await batcher.close();
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(written).toEqual(['a', 'b']);
    expect(await Promise.all(waiting)).toEqual([1, 2]);
    expect(await batcher.add('late')).toBe(3);
  });
});
