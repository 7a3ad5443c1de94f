// The administrator picks the Page, Instagram account or X user that is the approved account. Its token is sealed
// with the account; a Page (or the Page an Instagram account is linked to) is subscribed to the app's webhooks for
// the fields moderation needs; the permissions not granted are kept so the register can say what is missing.
import { accountConnectionsRepository, socialAccountsRepository } from '@schoolgate/db';
import { AppError, notFound } from '@schoolgate/domain';
import type { ChooseConnection, ConnectionView } from '@schoolgate/contracts';
import type { Actor, AppContext } from '../../../app-context.ts';
import { schoolOf } from '../../../app-context.ts';
import { PAGE_SUBSCRIBED_FIELDS, subscribePage } from '../../../connectors/graph/graph-oauth.ts';
import { authorise } from '../../authorise.ts';
import { recordAudit } from '../../audit-entry.ts';
import { getConnection, openChoices } from './get-connection.ts';
import { metaApp } from './oauth-apps.ts';

export async function chooseConnection(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: ChooseConnection,
): Promise<ConnectionView> {
  authorise(actor, 'update', 'account');
  const schoolId = schoolOf(actor);
  const connection = await accountConnectionsRepository.findInSchool(ctx.db, schoolId, id);
  if (!connection || connection.startedBy !== actor.userId) throw notFound('That connection');
  if (connection.status !== 'choosing') {
    throw new AppError(
      'CONFLICT',
      'This connection has already been finished or was refused. Start again from the register.',
    );
  }
  const offered = openChoices(ctx, connection.choicesSealed);
  const choice = offered.choices.find((c) => c.externalId === input.externalId);
  if (!choice) {
    throw new AppError('VALIDATION_FAILED', 'Choose the Page or account from the list.', [
      { field: 'externalId', message: 'Choose the Page or account from the list.' },
    ]);
  }
  const holder = await socialAccountsRepository.findByExternal(ctx.db, connection.platform, choice.externalId);
  if (holder && holder.id !== connection.accountId) {
    throw new AppError('CONFLICT', 'That Page or account is already connected to another account in Schoolgate.');
  }

  let webhookSubscribed: boolean | null = null;
  if (connection.platform !== 'x') {
    const pageId = choice.linkedPageId ?? choice.externalId;
    const fields = PAGE_SUBSCRIBED_FIELDS[connection.platform === 'instagram' ? 'instagram' : 'facebook'];
    const subscribed = await subscribePage(metaApp(ctx), pageId, choice.accessToken, fields);
    if (!subscribed.ok) ctx.log.warn({ connectionId: id, code: subscribed.error.code }, 'webhook subscription failed');
    webhookSubscribed = subscribed.ok;
  }
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    if (!(await accountConnectionsRepository.finishChoosing(tx, id))) {
      throw new AppError('CONFLICT', 'This connection has already been finished.');
    }
    await socialAccountsRepository.connect(tx, schoolId, connection.accountId, {
      externalId: choice.externalId,
      handle: choice.handle ?? choice.name,
      displayName: choice.name.replace(/ \(linked to .*\)$/, ''),
      credentialsSealed: ctx.credentialsBox.seal(choice.accessToken),
      refreshSealed: choice.refreshToken ? ctx.credentialsBox.seal(choice.refreshToken) : null,
      tokenExpiresAt: choice.expiresAt ? new Date(choice.expiresAt) : null,
      grantedScopes: offered.granted,
      missingScopes: offered.missing,
      webhookSubscribed,
      linkedPageId: choice.linkedPageId,
      connectedAt: now,
    });
    await recordAudit(
      tx,
      actor,
      {
        action: 'account.connected',
        entityType: 'social_account',
        entityId: connection.accountId,
        details: {
          platform: connection.platform,
          externalId: choice.externalId,
          missingPermissions: offered.missing,
          webhookSubscribed,
        },
      },
      now,
    );
  });
  return getConnection(ctx, actor, id);
}
