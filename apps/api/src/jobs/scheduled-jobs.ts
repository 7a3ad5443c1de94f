// Every scheduled job, in one list. Add a job: write apps/api/src/jobs/<name>.job.ts and add it here.
import type { ScheduledJob } from './scheduled-job.ts';
import { sendPendingEmailsJob } from './send-pending-emails.job.ts';
import { processDeliveriesJob } from './process-deliveries.job.ts';
import { escalateOverdueCommentsJob } from './escalate-overdue-comments.job.ts';
import { pollXJob, pollXJobEvery } from './poll-x.job.ts';
import { policyReviewRemindersJob } from './policy-review-reminders.job.ts';
import { consentExpiryJob } from './consent-expiry.job.ts';
import { trainingExpiryJob } from './training-expiry.job.ts';
import { auditCheckpointJob } from './audit-checkpoint.job.ts';
import { retentionJob } from './retention.job.ts';
import { termlyGovernorReportJob } from './termly-governor-report.job.ts';
import { refreshTokensJob } from './refresh-tokens.job.ts';
import { publishPostsJob } from './publish-posts.job.ts';
import { recheckWebhooksJob } from './recheck-webhooks.job.ts';

export const SCHEDULED_JOBS: ScheduledJob[] = [
  processDeliveriesJob,
  pollXJob,
  escalateOverdueCommentsJob,
  sendPendingEmailsJob,
  policyReviewRemindersJob,
  consentExpiryJob,
  trainingExpiryJob,
  auditCheckpointJob,
  retentionJob,
  termlyGovernorReportJob,
  refreshTokensJob,
  publishPostsJob,
  recheckWebhooksJob,
];

/** The list as configured: X is polled every X_POLL_SECONDS. */
export function scheduledJobs(config: { X_POLL_SECONDS: number }): ScheduledJob[] {
  return SCHEDULED_JOBS.map((job) => (job === pollXJob ? pollXJobEvery(config.X_POLL_SECONDS) : job));
}
