// Emails the notifications that have not been emailed yet, when SMTP is configured. A notification is
// marked emailed only after the server accepted it, so a failure is retried on the next run.
import { notificationsRepository } from '@schoolgate/db';
import type { AppContext } from '../app-context.ts';
import type { ScheduledJob } from './scheduled-job.ts';
import { safeError } from '../logging/safe-error.ts';
import { TERMLY_REPORT_KIND } from './termly-governor-report.job.ts';
import { termlyReportAttachment } from './termly-report-attachment.ts';

// Notifications older than this are not emailed: switching SMTP on must not flood people with history.
const MAX_AGE_MS = 7 * 24 * 3_600_000;

export async function sendPendingEmails(ctx: AppContext, now: Date): Promise<{ sent: number; failed: number }> {
  if (!ctx.mailer) return { sent: 0, failed: 0 };
  let sent = 0;
  let failed = 0;
  for (const row of await notificationsRepository.pendingEmails(ctx.db)) {
    if (now.getTime() - row.notification.createdAt.getTime() > MAX_AGE_MS) {
      await notificationsRepository.markEmailed(ctx.db, row.notification.id, now);
      continue;
    }
    const link = row.notification.link ? `\n\nOpen Schoolgate: ${ctx.publicUrl}${row.notification.link}` : '';
    try {
      // The termly governors' report goes with its PDF (issue 14).
      const attachment =
        row.notification.kind === TERMLY_REPORT_KIND ? await termlyReportAttachment(ctx, row.notification) : null;
      await ctx.mailer.send({
        to: row.email,
        subject: `Schoolgate: ${row.notification.title}`,
        text: `Hello ${row.displayName},\n\n${row.notification.body}${link}\n\nThis message was sent by Schoolgate, your school's social media policy system.`,
        ...(attachment ? { attachments: [attachment] } : {}),
      });
      await notificationsRepository.markEmailed(ctx.db, row.notification.id, now);
      sent += 1;
    } catch (error) {
      failed += 1;
      // The address is personal data: log the notification id only.
      ctx.log.warn({ notificationId: row.notification.id, err: safeError(error) }, 'email not sent');
    }
  }
  return { sent, failed };
}

export const sendPendingEmailsJob: ScheduledJob = {
  name: 'send-pending-emails',
  cron: '* * * * *',
  run: async (ctx, now) => {
    await sendPendingEmails(ctx, now);
  },
};
