// Private messages: conversations (one per account and person) and their messages. Reads are scoped to a school;
// ingestion writes by the platform's ids, so a message delivered twice is stored once.
import { and, asc, count, desc, eq, inArray, isNotNull, isNull, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../client.ts';
import { conversations, privateMessages, socialAccounts } from '../schema/index.ts';

export type ConversationRow = typeof conversations.$inferSelect;
export type PrivateMessageRow = typeof privateMessages.$inferSelect;

export const messagesRepository = {
  /** The conversation of this person with this account, made if new, locked for the transaction. */
  async conversationFor(
    db: Db,
    values: {
      schoolId: string;
      accountId: string;
      participantExternalId: string;
      participantName: string | null;
      at: Date;
    },
  ): Promise<{ conversation: ConversationRow; created: boolean }> {
    const [made] = await db
      .insert(conversations)
      .values({ ...values, lastMessageAt: values.at })
      .onConflictDoNothing()
      .returning({ id: conversations.id });
    const [row] = await db
      .select()
      .from(conversations)
      .where(
        and(
          eq(conversations.accountId, values.accountId),
          eq(conversations.participantExternalId, values.participantExternalId),
        ),
      )
      .for('update');
    return { conversation: row!, created: made !== undefined };
  },
  async insertMessageIfNew(db: Db, values: typeof privateMessages.$inferInsert): Promise<PrivateMessageRow | null> {
    const [row] = await db.insert(privateMessages).values(values).onConflictDoNothing().returning();
    return row ?? null;
  },
  async updateConversation(db: Db, id: string, patch: Partial<ConversationRow>): Promise<void> {
    await db.update(conversations).set(patch).where(eq(conversations.id, id));
  },
  async findInSchool(db: Db, schoolId: string, id: string): Promise<ConversationRow | null> {
    const [row] = await db
      .select()
      .from(conversations)
      .where(and(eq(conversations.schoolId, schoolId), eq(conversations.id, id)));
    return row ?? null;
  },
  /** In the order Schoolgate learnt of them (a webhook comes within seconds; an answer is stored as it is sent). */
  async messages(db: Db, schoolId: string, conversationId: string): Promise<PrivateMessageRow[]> {
    return db
      .select()
      .from(privateMessages)
      .where(and(eq(privateMessages.schoolId, schoolId), eq(privateMessages.conversationId, conversationId)))
      .orderBy(asc(privateMessages.receivedAt), asc(privateMessages.sentAt));
  },
  /**
   * The school's conversations: those waiting for an answer first (nearest deadline first), then the rest, newest
   * first. `awaiting`: only those with an answer due.
   */
  async list(
    db: Db,
    schoolId: string,
    filter: { awaiting: boolean; accountId?: string; page: number; pageSize: number },
  ): Promise<{ items: Array<ConversationRow & { platform: string; accountName: string }>; total: number }> {
    const where = and(
      eq(conversations.schoolId, schoolId),
      filter.awaiting ? isNotNull(conversations.responseDueAt) : undefined,
      filter.accountId ? eq(conversations.accountId, filter.accountId) : undefined,
    );
    const [items, [totals]] = await Promise.all([
      db
        .select({ c: conversations, platform: socialAccounts.platform, accountName: socialAccounts.displayName })
        .from(conversations)
        .innerJoin(socialAccounts, eq(socialAccounts.id, conversations.accountId))
        .where(where)
        .orderBy(
          sql`${conversations.responseDueAt} asc nulls last`,
          desc(conversations.severity),
          desc(conversations.lastMessageAt),
        )
        .limit(filter.pageSize)
        .offset((filter.page - 1) * filter.pageSize),
      db.select({ n: count() }).from(conversations).where(where),
    ]);
    return {
      items: items.map((r) => ({ ...r.c, platform: r.platform, accountName: r.accountName })),
      total: totals?.n ?? 0,
    };
  },
  /**
   * Conversations whose answer is overdue and not yet escalated for this deadline (a deadline set after the last
   * escalation is a new one), oldest deadline first, for the escalation job.
   */
  async overdueNotEscalated(db: Db, now: Date, limit = 200): Promise<ConversationRow[]> {
    return db
      .select()
      .from(conversations)
      .where(
        and(
          isNotNull(conversations.responseDueAt),
          lt(conversations.responseDueAt, now),
          or(isNull(conversations.escalatedAt), lt(conversations.escalatedAt, conversations.responseDueAt)),
        ),
      )
      .orderBy(asc(conversations.responseDueAt))
      .limit(limit);
  },
  /** The newest message of each conversation, by conversation id. */
  async lastMessages(db: Db, schoolId: string, conversationIds: string[]): Promise<Map<string, string>> {
    if (conversationIds.length === 0) return new Map();
    const rows = await db
      .selectDistinctOn([privateMessages.conversationId], {
        conversationId: privateMessages.conversationId,
        text: privateMessages.text,
      })
      .from(privateMessages)
      .where(and(eq(privateMessages.schoolId, schoolId), inArray(privateMessages.conversationId, conversationIds)))
      .orderBy(privateMessages.conversationId, desc(privateMessages.receivedAt), desc(privateMessages.sentAt));
    return new Map(rows.map((r) => [r.conversationId, r.text]));
  },
};
