// The connection an administrator is finishing: what the platform offered (never the tokens), which choice
// matches the approved account, and which permissions were not granted.
import { accountConnectionsRepository, socialAccountsRepository } from '@schoolgate/db';
import { notFound } from '@schoolgate/domain';
import type { ConnectionView } from '@schoolgate/contracts';
import type { Actor, AppContext } from '../../../app-context.ts';
import { schoolOf } from '../../../app-context.ts';
import { authorise } from '../../authorise.ts';
import type { SealedChoices } from './sealed-choices.ts';

const simple = (s: string) =>
  s
    .replace(/^@/, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

export function openChoices(ctx: AppContext, sealed: string | null): SealedChoices {
  return sealed
    ? (JSON.parse(ctx.credentialsBox.open(sealed)) as SealedChoices)
    : { granted: [], missing: [], choices: [] };
}

export async function getConnection(ctx: AppContext, actor: Actor, id: string): Promise<ConnectionView> {
  authorise(actor, 'update', 'account');
  const schoolId = schoolOf(actor);
  const connection = await accountConnectionsRepository.findInSchool(ctx.db, schoolId, id);
  // Only the person who started a connection sees what the platform offered them.
  if (!connection || connection.startedBy !== actor.userId) throw notFound('That connection');
  const account = await socialAccountsRepository.findInSchool(ctx.db, schoolId, connection.accountId);
  if (!account) throw notFound('That account');
  const offered = openChoices(ctx, connection.choicesSealed);
  const wanted = simple(account.handle);
  const choices = [];
  for (const c of offered.choices) {
    const holder = await socialAccountsRepository.findByExternal(ctx.db, connection.platform, c.externalId);
    choices.push({
      externalId: c.externalId,
      name: c.name,
      handle: c.handle,
      matches: [c.handle ?? '', c.name].some((n) => n !== '' && simple(n) === wanted),
      taken: holder !== null && holder.id !== account.id,
    });
  }
  return {
    id: connection.id,
    accountId: account.id,
    platform: connection.platform as ConnectionView['platform'],
    handle: account.handle,
    status: connection.status as ConnectionView['status'],
    choices,
    missingPermissions: offered.missing,
    failure: connection.failure,
  };
}
