// The parents' route (000, 003): a public form for each school, reached through the school's unguessable token, no
// sign-in. What a parent sends becomes a concern (a child's safety: the DSL team) or a complaint (the head), with a
// reference to quote. Limited per address in the database, so several app processes share the count. The answer is
// the same whatever is sent: it never says whether a person, pupil or earlier report is known.
import { concernsRepository, signInFailuresRepository } from '@schoolgate/db';
import { AppError, notFound, routeConcern } from '@schoolgate/domain';
import { PublicConcernRequest as PublicSchema, type PublicConcernRequest } from '@schoolgate/contracts';
import type { AppContext } from '../../app-context.ts';
import { saveConcern } from './raise-concern.ts';

/** Per address: this many reports in this many minutes. Generous for a family, tight for a script. */
export const PUBLIC_CONCERN_LIMIT = { perAddress: 5, windowMinutes: 60 } as const;

async function schoolFor(ctx: AppContext, token: string) {
  const school = await concernsRepository.schoolByPublicToken(ctx.db, token);
  if (!school) throw notFound('This page');
  return school;
}

export async function publicConcernForm(ctx: AppContext, token: string) {
  return { schoolName: (await schoolFor(ctx, token)).name };
}

export async function submitPublicConcern(
  ctx: AppContext,
  token: string,
  address: string | null,
  request: PublicConcernRequest,
): Promise<{ reference: string }> {
  const input = PublicSchema.parse(request);
  const school = await schoolFor(ctx, token);
  const now = ctx.now();
  const key = `public_concern:${address ?? 'unknown'}`;
  const since = new Date(now.getTime() - PUBLIC_CONCERN_LIMIT.windowMinutes * 60_000);
  if ((await signInFailuresRepository.historySince(ctx.db, key, since)).count >= PUBLIC_CONCERN_LIMIT.perAddress) {
    throw new AppError(
      'RATE_LIMITED',
      'We have received several messages from this connection recently. Please wait an hour, or telephone the school.',
    );
  }
  const childAtRisk = input.kind === 'child_safety';
  const row = await ctx.db.transaction(async (tx) => {
    await signInFailuresRepository.record(tx, [key], now);
    return saveConcern(
      tx,
      {
        schoolId: school.id,
        trustId: school.trustId,
        source: 'public',
        type: 'other',
        urgency: childAtRisk ? 'urgent' : 'routine',
        route: routeConcern({ type: 'other', source: 'public', staffRolesInvolved: [], childAtRisk }),
        whatHappened: input.message,
        happenedAt: null,
        raisedBy: null,
        contact: {
          name: input.name,
          email: input.email === '' ? null : input.email,
          phone: input.phone === '' ? null : input.phone,
        },
        people: [],
      },
      { uploads: [] },
      { actor: null, address },
      now,
    );
  });
  ctx.jobs?.trigger('send-pending-emails');
  return { reference: row.reference };
}

/** The public form's path in the web app, for staff to share and for reply templates. */
export async function publicConcernPath(ctx: AppContext, schoolId: string): Promise<string> {
  const token = await concernsRepository.publicTokenOf(ctx.db, schoolId);
  if (!token) throw notFound('Your school');
  return `/report/${token}`;
}
