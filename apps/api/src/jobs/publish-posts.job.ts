// Approved posts go out when due (issue 11): every minute, and at once when a runner publishes or schedules one.
import type { ScheduledJob } from './scheduled-job.ts';
import { publishDuePosts } from '../use-cases/posts/publish-posts.ts';

export const publishPostsJob: ScheduledJob = {
  name: 'publish-posts',
  cron: '* * * * *',
  run: async (ctx, now) => {
    await publishDuePosts(ctx, now);
  },
};
