// A school's earlier policy versions (issue 15): everyone the policy binds reads them in the document; the head (and
// the trust team), who change the policy, add, correct, remove and import them, each change audited in its own
// transaction. Another school's row is simply not found.
import type {
  ImportPolicyHistoryRequest,
  ImportPolicyHistoryResponse,
  PolicyHistoryEntry,
  PolicyHistoryEntryRequest,
  PolicyHistoryListResponse,
} from '@schoolgate/contracts';
import { policyHistoryRepository, type PolicyHistoryEntryRow } from '@schoolgate/db';
import { AppError, isIsoDate, londonDateOf, notFound, parsePolicyHistoryCsv } from '@schoolgate/domain';
import type { Actor, AppContext } from '../../app-context.ts';
import { schoolOf } from '../../app-context.ts';
import { authorise } from '../authorise.ts';
import { recordAudit } from '../audit-entry.ts';

const present = (row: PolicyHistoryEntryRow): PolicyHistoryEntry => ({
  id: row.id,
  version: row.version,
  date: row.date,
  author: row.author,
  reason: row.reason,
});

// What the audit keeps of a row: the version and date (no author's name: the chain outlives the row).
const auditOf = (row: { version: string; date: string }) => ({ version: row.version, date: row.date });

export async function listPolicyHistory(ctx: AppContext, actor: Actor): Promise<PolicyHistoryListResponse> {
  authorise(actor, 'read', 'policy');
  return { items: (await policyHistoryRepository.listForSchool(ctx.db, schoolOf(actor))).map(present) };
}

function checkDate(ctx: AppContext, date: string) {
  if (!isIsoDate(date)) {
    throw new AppError('VALIDATION_FAILED', 'Check the date.', [{ field: 'date', message: 'Not a real date.' }]);
  }
  if (date > londonDateOf(ctx.now())) {
    throw new AppError('VALIDATION_FAILED', 'Check the date.', [
      { field: 'date', message: 'An earlier version cannot be dated in the future.' },
    ]);
  }
}

export async function addPolicyHistoryEntry(
  ctx: AppContext,
  actor: Actor,
  input: PolicyHistoryEntryRequest,
): Promise<PolicyHistoryEntry> {
  authorise(actor, 'update', 'policy');
  checkDate(ctx, input.date);
  const schoolId = schoolOf(actor);
  const now = ctx.now();
  const row = await ctx.db.transaction(async (tx) => {
    const [added] = await policyHistoryRepository.insertMany(tx, schoolId, actor.userId, [input], now);
    await recordAudit(
      tx,
      actor,
      {
        action: 'policy.history_added',
        entityType: 'policy_history_entry',
        entityId: added!.id,
        details: auditOf(input),
      },
      now,
    );
    return added!;
  });
  return present(row);
}

export async function updatePolicyHistoryEntry(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: PolicyHistoryEntryRequest,
): Promise<PolicyHistoryEntry> {
  authorise(actor, 'update', 'policy');
  checkDate(ctx, input.date);
  const schoolId = schoolOf(actor);
  const now = ctx.now();
  const row = await ctx.db.transaction(async (tx) => {
    const before = await policyHistoryRepository.findInSchool(tx, schoolId, id);
    if (!before) throw notFound('That history row');
    const after = await policyHistoryRepository.update(tx, schoolId, id, input, now);
    if (!after) throw notFound('That history row');
    const changed = (['version', 'date', 'author', 'reason'] as const).filter((key) => before[key] !== after[key]);
    await recordAudit(
      tx,
      actor,
      {
        action: 'policy.history_updated',
        entityType: 'policy_history_entry',
        entityId: id,
        details: { ...auditOf(after), changed },
      },
      now,
    );
    return after;
  });
  return present(row);
}

export async function deletePolicyHistoryEntry(ctx: AppContext, actor: Actor, id: string): Promise<void> {
  authorise(actor, 'update', 'policy');
  const schoolId = schoolOf(actor);
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    const removed = await policyHistoryRepository.delete(tx, schoolId, id);
    if (!removed) throw notFound('That history row');
    await recordAudit(
      tx,
      actor,
      { action: 'policy.history_removed', entityType: 'policy_history_entry', entityId: id, details: auditOf(removed) },
      now,
    );
  });
}

/** Reads pasted CSV; with `confirm` and no problems, adds every row in one transaction with one audit entry. */
export async function importPolicyHistory(
  ctx: AppContext,
  actor: Actor,
  input: ImportPolicyHistoryRequest,
): Promise<ImportPolicyHistoryResponse> {
  authorise(actor, 'update', 'policy');
  const now = ctx.now();
  const parsed = parsePolicyHistoryCsv(input.csv, londonDateOf(now));
  const preview = {
    rows: parsed.rows.map((row) => ({ ...row })),
    errors: parsed.errors,
    unknownColumns: parsed.unknownColumns,
  };
  if (!input.confirm) return { ...preview, imported: 0 };
  if (parsed.errors.length > 0 || parsed.rows.length === 0) {
    const first = parsed.errors[0];
    throw new AppError(
      'IMPORT_INVALID',
      first
        ? `Nothing was imported: line ${first.line}${first.field ? `, ${first.field}` : ''}: ${first.reason}`
        : 'Nothing was imported: the CSV has no rows under its header.',
    );
  }
  const schoolId = schoolOf(actor);
  await ctx.db.transaction(async (tx) => {
    const added = await policyHistoryRepository.insertMany(tx, schoolId, actor.userId, parsed.rows, now);
    await recordAudit(
      tx,
      actor,
      {
        action: 'policy.history_imported',
        entityType: 'policy_history_entry',
        entityId: null,
        details: { count: added.length, versions: added.map((row) => row.version) },
      },
      now,
    );
  });
  return { ...preview, imported: parsed.rows.length };
}
