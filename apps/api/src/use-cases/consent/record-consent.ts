// Recording a parent's or carer's decision for one or several uses at once, and withdrawing consent. Each is a new
// row (the register is never edited), written with its audit entry in one transaction.
import { consentRepository, pupilsRepository } from '@schoolgate/db';
import {
  AppError,
  checkConsentDates,
  CONSENT_USE_LABELS,
  currentConsentState,
  londonDateOf,
  notFound,
  type ConsentDecision,
  type ConsentSource,
  type ConsentUse,
} from '@schoolgate/domain';
import type { PupilConsentResponse, RecordConsentRequest, WithdrawConsentRequest } from '@schoolgate/contracts';
import type { Actor, AppContext } from '../../app-context.ts';
import { schoolOf } from '../../app-context.ts';
import { authorise } from '../authorise.ts';
import { recordAudit } from '../audit-entry.ts';
import { openTakedowns } from '../posts/post-record.ts';
import { pupilConsentOf } from './consent-register.ts';

interface Decision {
  uses: ConsentUse[];
  decision: ConsentDecision;
  source: ConsentSource;
  decidedOn: string;
  expiresOn: string | null;
  note: string | null;
}

export function recordConsent(
  ctx: AppContext,
  actor: Actor,
  pupilId: string,
  input: RecordConsentRequest,
): Promise<PupilConsentResponse> {
  return writeDecision(ctx, actor, pupilId, 'consent.recorded', {
    uses: input.uses,
    decision: input.decision,
    source: input.source,
    decidedOn: input.decidedOn,
    expiresOn: input.decision === 'granted' ? (input.expiresOn ?? null) : null,
    note: input.note ?? null,
  });
}

/** Withdrawing takes back a grant that stands; there is nothing to withdraw from a refusal or an empty record. */
export function withdrawConsent(
  ctx: AppContext,
  actor: Actor,
  pupilId: string,
  input: WithdrawConsentRequest,
): Promise<PupilConsentResponse> {
  return writeDecision(ctx, actor, pupilId, 'consent.withdrawn', {
    uses: input.uses,
    decision: 'withdrawn',
    source: input.source,
    decidedOn: input.decidedOn,
    expiresOn: null,
    note: input.note ?? null,
  });
}

async function writeDecision(
  ctx: AppContext,
  actor: Actor,
  pupilId: string,
  action: 'consent.recorded' | 'consent.withdrawn',
  input: Decision,
): Promise<PupilConsentResponse> {
  authorise(actor, 'update', 'consent');
  const schoolId = schoolOf(actor);
  const now = ctx.now();
  const today = londonDateOf(now);
  const uses = [...new Set(input.uses)];
  const problems = checkConsentDates(input, today);
  if (problems.length > 0) throw new AppError('VALIDATION_FAILED', problems[0]!.message, problems);

  return ctx.db.transaction(async (tx) => {
    const pupil = await pupilsRepository.findInSchool(tx, schoolId, pupilId);
    if (!pupil) throw notFound('That pupil');
    const latest = await consentRepository.latestForSchool(tx, schoolId, [pupilId]);
    if (action === 'consent.withdrawn') {
      const state = currentConsentState(latest, today);
      const notGranted = uses.filter((use) => state.uses[use].status !== 'granted');
      if (notGranted.length > 0) {
        const names = notGranted.map((use) => CONSENT_USE_LABELS[use].toLowerCase()).join(', ');
        const message = `There is no consent standing to withdraw for: ${names}.`;
        throw new AppError('VALIDATION_FAILED', message, [{ field: 'uses', message }]);
      }
    }
    await consentRepository.insertMany(
      tx,
      uses.map((use) => ({
        schoolId,
        pupilId,
        use,
        decision: input.decision,
        source: input.source,
        decidedOn: input.decidedOn,
        expiresOn: input.expiresOn,
        note: input.note,
        recordedBy: actor.userId,
        recordedAt: recordedAtAfter(latest, now),
      })),
    );
    await recordAudit(
      tx,
      actor,
      {
        action,
        entityType: 'pupil',
        entityId: pupilId,
        details: {
          uses,
          decision: input.decision,
          source: input.source,
          decidedOn: input.decidedOn,
          expiresOn: input.expiresOn,
        },
      },
      now,
    );
    // Issue 11: a use that no longer stands puts the pupil's published posts on the runners' take-down list.
    if (input.decision !== 'granted') {
      for (const use of uses) {
        if (use === 'social_media_photo' || use === 'social_media_name') {
          await openTakedowns(tx, { id: schoolId, trustId: actor.trustId }, pupilId, use, now);
        }
      }
    }
    return pupilConsentOf(tx, pupil, today);
  });
}

/**
 * The standing decision is the latest row, so a new row must sort after every earlier one even when two are
 * recorded within the same millisecond (or a test's clock stands still).
 */
export function recordedAtAfter(latest: ReadonlyArray<{ recordedAt: Date }>, now: Date): Date {
  const newest = Math.max(0, ...latest.map((r) => r.recordedAt.getTime()));
  return new Date(Math.max(now.getTime(), newest + 1));
}
