// Writes a published policy version straight into the table, for tests of what hangs off a version (signatures,
// training periods) without going through drafting and approval, which have tests of their own.
import { createHash } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { schema, type Db } from '@schoolgate/db';
import { policySettingsFromTemplate, type PolicySettings } from '@schoolgate/domain';

export async function publishTestVersion(
  db: Db,
  school: { id: string },
  options: { validityMonths?: number; publishedAt?: Date; edit?: (settings: PolicySettings) => void } = {},
) {
  const settings = policySettingsFromTemplate('secondary-accounts-and-roles');
  // Every member of staff signs unless a test says otherwise (the template itself asks only account runners).
  settings.people.acceptance = 'all_staff';
  if (options.validityMonths !== undefined) settings.people.training.validityMonths = options.validityMonths;
  options.edit?.(settings);
  const v = schema.policyVersions;
  const [last] = await db
    .select({ n: sql<number>`coalesce(max(${v.number}), 0)` })
    .from(v)
    .where(eq(v.schoolId, school.id));
  const number = Number(last?.n ?? 0) + 1;
  const documentMarkdown = `# Social media policy\n\nTest version ${number}.`;
  await db
    .update(v)
    .set({ status: 'superseded' })
    .where(and(eq(v.schoolId, school.id), eq(v.status, 'published')));
  const [row] = await db
    .insert(v)
    .values({
      schoolId: school.id,
      number,
      status: 'published',
      settings: settings as unknown as Record<string, unknown>,
      documentMarkdown,
      contentHash: createHash('sha256').update(`${school.id}:${number}:${documentMarkdown}`).digest('hex'),
      publishedAt: options.publishedAt ?? new Date(),
      approvedOn: '2025-01-15',
      approverName: 'Chair of governors',
    })
    .returning();
  return row!;
}
