// Every night, a signed checkpoint of each intact audit chain goes to the checkpoint file outside the database, so a
// later deletion or rewrite of the chain is found by `schoolgate audit-verify` (ADR 0008).
import type { ScheduledJob } from './scheduled-job.ts';
import { writeCheckpoints } from '../use-cases/audit/audit-checkpoints.ts';

export const auditCheckpointJob: ScheduledJob = {
  name: 'audit-checkpoint',
  cron: '30 1 * * *',
  run: async (ctx, now) => {
    if (!ctx.auditCheckpoints) return;
    const { written, skipped } = await writeCheckpoints(ctx.db, ctx.auditCheckpoints, now);
    // Chains are named by their school's id only.
    if (skipped.length) ctx.log.error({ chains: skipped }, 'audit chains not checkpointed: they do not verify');
    ctx.log.info({ chains: written.length }, 'audit checkpoints written');
  },
};
