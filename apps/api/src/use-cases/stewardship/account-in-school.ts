// The account a stewardship request names, found only in the actor's own school (another school's is "not found").
import { socialAccountsRepository, type SocialAccountRow } from '@schoolgate/db';
import { notFound } from '@schoolgate/domain';
import type { Actor, AppContext } from '../../app-context.ts';
import { schoolOf } from '../../app-context.ts';

export async function accountInSchool(ctx: AppContext, actor: Actor, id: string): Promise<SocialAccountRow> {
  const account = await socialAccountsRepository.findInSchool(ctx.db, schoolOf(actor), id);
  if (!account) throw notFound('That account');
  return account;
}
