// The account's own sign-in details (004: "stores account details, including passwords securely"): sealed with the
// deployment's credentials key as one document, never logged, never in an audit entry. Anyone who reads the
// register sees which details are held; only the account's runners and the head change them or reveal them, and a
// reveal needs a reason, is audited (with the reason) before the details leave, and tells the head.
import { accountCredentialsRepository, notificationsRepository, usersRepository } from '@schoolgate/db';
import { AppError } from '@schoolgate/domain';
import {
  CREDENTIAL_FIELDS,
  type CredentialField,
  type CredentialsSummary,
  type RevealedCredentials,
  type SaveCredentialsRequest,
} from '@schoolgate/contracts';
import type { Actor, AppContext } from '../../app-context.ts';
import { schoolOf } from '../../app-context.ts';
import { notify } from '../../notifications/notify.ts';
import { authorise } from '../authorise.ts';
import { recordAudit } from '../audit-entry.ts';
import { assertMayActOnAccount, mayActOnAccount } from '../accounts/account-access.ts';
import { accountInSchool } from './account-in-school.ts';

const EMPTY: RevealedCredentials = { username: null, password: null, recoveryCodes: null, twoFactorSeed: null };

export async function getCredentials(ctx: AppContext, actor: Actor, accountId: string): Promise<CredentialsSummary> {
  authorise(actor, 'read', 'account');
  await accountInSchool(ctx, actor, accountId);
  const row = await accountCredentialsRepository.find(ctx.db, schoolOf(actor), accountId);
  const names = row ? await usersRepository.displayNames(ctx.db, [row.updatedBy]) : new Map<string, string>();
  return {
    accountId,
    stored: (row?.storedFields ?? []).filter((f): f is CredentialField =>
      (CREDENTIAL_FIELDS as readonly string[]).includes(f),
    ),
    updatedAt: row?.updatedAt.toISOString() ?? null,
    updatedBy: row ? (names.get(row.updatedBy) ?? null) : null,
    mayReveal: await mayActOnAccount(ctx.db, actor, accountId),
  };
}

export async function saveCredentials(
  ctx: AppContext,
  actor: Actor,
  accountId: string,
  input: SaveCredentialsRequest,
): Promise<CredentialsSummary> {
  authorise(actor, 'read', 'account');
  await accountInSchool(ctx, actor, accountId);
  await assertMayActOnAccount(ctx.db, actor, accountId, 'change its sign-in details');
  const schoolId = schoolOf(actor);
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    const row = await accountCredentialsRepository.find(tx, schoolId, accountId);
    const current: RevealedCredentials = row
      ? { ...EMPTY, ...(JSON.parse(ctx.credentialsBox.open(row.sealed)) as Partial<RevealedCredentials>) }
      : { ...EMPTY };
    const changed = CREDENTIAL_FIELDS.filter((f) => input[f] !== undefined);
    for (const f of changed) current[f] = input[f] === '' ? null : input[f]!;
    await accountCredentialsRepository.save(tx, {
      accountId,
      schoolId,
      sealed: ctx.credentialsBox.seal(JSON.stringify(current)),
      storedFields: CREDENTIAL_FIELDS.filter((f) => current[f] !== null),
      updatedBy: actor.userId,
      updatedAt: now,
    });
    // Which details changed, never what they are.
    await recordAudit(
      tx,
      actor,
      {
        action: 'account.credentials_changed',
        entityType: 'social_account',
        entityId: accountId,
        details: { changed },
      },
      now,
    );
  });
  return getCredentials(ctx, actor, accountId);
}

export async function revealCredentials(
  ctx: AppContext,
  actor: Actor,
  accountId: string,
  input: { reason: string },
): Promise<RevealedCredentials> {
  authorise(actor, 'read', 'account');
  const account = await accountInSchool(ctx, actor, accountId);
  await assertMayActOnAccount(ctx.db, actor, accountId, 'see its sign-in details');
  const schoolId = schoolOf(actor);
  const row = await accountCredentialsRepository.find(ctx.db, schoolId, accountId);
  if (!row) throw new AppError('NOT_FOUND', 'No sign-in details are stored for this account yet.');
  const revealed: RevealedCredentials = {
    ...EMPTY,
    ...(JSON.parse(ctx.credentialsBox.open(row.sealed)) as Partial<RevealedCredentials>),
  };
  const now = ctx.now();
  // The reveal is on the record (and the head told) before any detail leaves the server.
  await ctx.db.transaction(async (tx) => {
    await recordAudit(
      tx,
      actor,
      {
        action: 'account.credentials_revealed',
        entityType: 'social_account',
        entityId: accountId,
        details: { reason: input.reason, fields: row.storedFields },
      },
      now,
    );
    const heads = await notificationsRepository.userIdsWithRoles(tx, { id: schoolId, trustId: actor.trustId }, [
      'head',
    ]);
    await notify(tx, {
      school: { id: schoolId, trustId: actor.trustId },
      userIds: heads.filter((id) => id !== actor.userId),
      kind: 'account.credentials_revealed',
      title: `Sign-in details seen: ${account.handle}`,
      body: `${actor.displayName} revealed the sign-in details of the school’s ${account.platform} account ${account.handle}. Their reason: “${input.reason}”`,
      link: `/accounts/${accountId}`,
      now,
    });
  });
  return revealed;
}
