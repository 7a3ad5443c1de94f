import { sessionsRepository } from '@schoolgate/db';
import type { AppContext } from '../../app-context.ts';
import { sessionIdOf } from '../../security/session-token.ts';

export async function signOut(ctx: AppContext, token: string | null): Promise<void> {
  if (token) await sessionsRepository.delete(ctx.db, sessionIdOf(token));
}
