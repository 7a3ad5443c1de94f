// The one-time set-up token of a deployment with no school yet: printed at start, stored only as a SHA-256
// digest, used once. Whoever holds it may create the first trust or school and its first leader.
import { pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const setupTokens = pgTable('setup_tokens', {
  id: uuid('id').primaryKey().defaultRandom(),
  /** SHA-256 of the printed token, hex. */
  tokenHash: text('token_hash').notNull().unique(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  usedAt: timestamp('used_at', { withTimezone: true }),
});
