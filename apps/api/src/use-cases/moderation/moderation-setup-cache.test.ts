import { describe, expect, it } from 'vitest';
import { createSetupCache } from './moderation-setup-cache.ts';

const entry = (name: string, at: number) => ({ setup: { name }, versionId: null, builtAt: at, checkedAt: at });

describe('the moderation set-up cache', () => {
  it('holds at most `max` schools, dropping the least recently used', () => {
    const cache = createSetupCache<{ name: string }>({ max: 3, ttlMs: 60_000, revalidateMs: 5_000 });
    for (const id of ['a', 'b', 'c']) cache.set(id, entry(id, 0));
    expect(cache.get('a', 1)).not.toBeNull(); // a is now the most recently used
    cache.set('d', entry('d', 1));
    expect(cache.size).toBe(3);
    expect(cache.get('b', 2)).toBeNull();
    expect(cache.get('a', 2)?.entry.setup.name).toBe('a');
    expect(cache.get('d', 2)?.entry.setup.name).toBe('d');
  });

  it('stays bounded however many schools pass through', () => {
    const cache = createSetupCache<{ name: string }>({ max: 50, ttlMs: 60_000, revalidateMs: 5_000 });
    for (let i = 0; i < 24_000; i += 1) cache.set(`school-${i}`, entry(String(i), 0));
    expect(cache.size).toBe(50);
  });

  it('drops an entry older than its TTL by the caller’s clock, and one from a clock moved back', () => {
    const cache = createSetupCache<{ name: string }>({ max: 10, ttlMs: 60_000, revalidateMs: 5_000 });
    cache.set('a', entry('a', 100_000));
    expect(cache.get('a', 159_999)).not.toBeNull();
    expect(cache.get('a', 160_000)).toBeNull();
    expect(cache.size).toBe(0);
    cache.set('b', entry('b', 100_000));
    expect(cache.get('b', 99_000)).toBeNull();
  });

  it('drops expired entries by its own clock even if nobody asks for them again', async () => {
    let t = 1_000;
    const cache = createSetupCache<{ name: string }>({
      max: 10,
      ttlMs: 20,
      revalidateMs: 5,
      perf: { now: () => t },
    });
    cache.set('a', entry('a', 0));
    expect(cache.size).toBe(1);
    t += 25;
    // lru-cache's purge timer runs after the TTL; the entry is gone without being read.
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(cache.size).toBe(0);
  });

  it('asks for a check of the published version once `revalidateMs` has passed', () => {
    const cache = createSetupCache<{ name: string }>({ max: 10, ttlMs: 60_000, revalidateMs: 5_000 });
    cache.set('a', entry('a', 0));
    expect(cache.get('a', 4_999)?.fresh).toBe(true);
    expect(cache.get('a', 5_000)?.fresh).toBe(false);
  });
});
