// The per-school moderation set-up (a classifier with the school's roster, a working-day calendar, the enforced
// settings) is costly to build and used by every comment, so each process keeps recent ones. Bounded: at most
// `max` schools (least recently used dropped first) and each for at most `ttlMs`, so a process serving thousands of
// schools does not grow with their number, and a roster change reaches moderation within the TTL.
//
// Several processes each keep their own copy (nothing here must be shared): a policy published through another
// process is noticed by checking, at most every `revalidateMs`, that the school's published version is still the one
// the entry was built from.
import { LRUCache } from 'lru-cache';

export interface CachedSetup<T> {
  setup: T;
  /** The published policy version it was built from (null: none yet). */
  versionId: string | null;
  /** When it was built and last checked, by the caller's clock (tests move it). */
  builtAt: number;
  checkedAt: number;
}

export interface SetupCacheOptions {
  max: number;
  ttlMs: number;
  revalidateMs: number;
  /** The cache's own clock, for its TTL (default: performance.now). */
  perf?: { now(): number };
}

export const DEFAULT_SETUP_CACHE: SetupCacheOptions = { max: 500, ttlMs: 60_000, revalidateMs: 5_000 };

export function createSetupCache<T extends object>(options: SetupCacheOptions = DEFAULT_SETUP_CACHE) {
  const lru = new LRUCache<string, CachedSetup<T>>({
    max: options.max,
    ttl: options.ttlMs,
    // Expired entries are dropped when read, and by a sweep so an idle school's classifier does not stay until
    // the cache is full.
    ttlAutopurge: true,
    ...(options.perf ? { perf: options.perf } : {}),
  });
  return {
    options,
    /**
     * The entry for a school if still usable at `now`: younger than the TTL (and not from the future), and checked
     * against the published version within `revalidateMs`, or `stale` when it must be checked first.
     */
    get(schoolId: string, now: number): { entry: CachedSetup<T>; fresh: boolean } | null {
      const entry = lru.get(schoolId);
      if (!entry) return null;
      if (now < entry.builtAt || now - entry.builtAt >= options.ttlMs) {
        lru.delete(schoolId);
        return null;
      }
      return { entry, fresh: now - entry.checkedAt < options.revalidateMs && now >= entry.checkedAt };
    },
    set(schoolId: string, entry: CachedSetup<T>) {
      lru.set(schoolId, entry);
    },
    delete(schoolId: string) {
      lru.delete(schoolId);
    },
    clear() {
      lru.clear();
    },
    get size() {
      return lru.size;
    },
  };
}
