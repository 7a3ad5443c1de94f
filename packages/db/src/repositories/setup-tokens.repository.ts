// One-time set-up tokens (schema/setup.ts): a new start replaces any unused token; using one is a single update
// that only one caller can win.
import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { setupTokens } from '../schema/index.ts';

export const setupTokensRepository = {
  /** Forgets every unused token and stores the new one's digest. */
  async replaceUnused(db: Db, tokenHash: string, now: Date): Promise<void> {
    await db.delete(setupTokens).where(isNull(setupTokens.usedAt));
    await db.insert(setupTokens).values({ tokenHash, createdAt: now });
  },
  /** Stores a token's digest beside any unused ones: several web processes starting together each print one that works. */
  async add(db: Db, tokenHash: string, now: Date): Promise<void> {
    await db.insert(setupTokens).values({ tokenHash, createdAt: now });
  },
  /** Marks the token used; false when no unused token has this digest (wrong, or already used). */
  async use(db: Db, tokenHash: string, now: Date): Promise<boolean> {
    const rows = await db
      .update(setupTokens)
      .set({ usedAt: now })
      .where(and(eq(setupTokens.tokenHash, tokenHash), isNull(setupTokens.usedAt)))
      .returning({ id: setupTokens.id });
    return rows.length === 1;
  },
};
