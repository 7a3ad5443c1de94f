// A school with a Facebook page and an X account on the platform simulator (the shared moderation fixture, its
// clock running), a moderator, and the means to make comments arrive, act on them, download evidence packs, check
// them as `sha256sum -c` would, and tamper with what is stored (as someone with direct database access could) to
// see that the packs notice.
import { createHash } from 'node:crypto';
import { unzipSync, strFromU8 } from 'fflate';
import { sql } from 'drizzle-orm';
import { commentsRepository, type CommentRow } from '@schoolgate/db';
import type { PlatformSimulator } from '../platform-simulator/index.ts';
import { processPendingDeliveries } from '../use-cases/moderation/process-delivery.ts';
import { pollXAccounts } from '../use-cases/moderation/poll-x-accounts.ts';
import { startModerationFixture } from './moderation-fixture.ts';
import type { Person, TestApp } from './test-app.ts';

export interface EvidenceTestSchool {
  t: TestApp;
  sim: PlatformSimulator;
  school: { id: string; trustId: string };
  moderator: Person;
  accounts: { facebook: string; x: string };
  close(): Promise<void>;
}

export async function startEvidenceTestSchool(): Promise<EvidenceTestSchool> {
  const f = await startModerationFixture({ running: true, roles: ['account_admin'], accounts: ['facebook', 'x'] });
  return {
    t: f.t,
    sim: f.sim,
    school: f.school,
    moderator: f.people.account_admin!,
    accounts: { facebook: f.accounts.facebook!, x: f.accounts.x! },
    close: f.close,
  };
}

export const randomAuthor = (name = 'Sam Parent') => ({
  id: `author-${Math.random().toString(36).slice(2)}`,
  name,
  handle: name.toLowerCase().replace(/\W+/g, ''),
});

/** Someone comments on the school's page or account; the comment arrives (webhook, or X poll) and is stored. */
export async function commentOn(
  s: EvidenceTestSchool,
  platform: 'facebook' | 'x',
  text: string,
  author = randomAuthor(),
): Promise<{ stored: CommentRow; postExternalId: string; commentExternalId: string }> {
  const post =
    [...s.sim.state.posts.values()].find((p) => p.accountId === s.sim.accounts[platform].id) ??
    s.sim.addPost(platform, 'Our Christmas fair is on Saturday!');
  const { comment } = await s.sim.comment({ platform, postId: post.id, author, text });
  if (platform === 'x') await pollXAccounts(s.t.ctx);
  await processPendingDeliveries(s.t.ctx);
  const stored = await commentsRepository.findByExternal(s.t.ctx.db, s.accounts[platform], comment.id);
  if (!stored) throw new Error(`the ${platform} comment was not stored`);
  return { stored, postExternalId: post.id, commentExternalId: comment.id };
}

export async function act(s: EvidenceTestSchool, commentId: string, action: 'hide' | 'delete') {
  const res = await s.t.app.inject({
    method: 'POST',
    url: `/api/moderation/comments/${commentId}/actions`,
    headers: s.moderator.headers,
    payload: { action },
  });
  if (res.statusCode !== 200) throw new Error(`${action} answered ${res.statusCode}: ${res.body}`);
  return res.json() as { outcome: string };
}

export interface DownloadedPack {
  verifiedHeader: string | undefined;
  files: Record<string, Uint8Array>;
  text(name: string): string;
  json<T = Record<string, unknown>>(name: string): T;
}

export async function downloadPack(s: EvidenceTestSchool, url: string): Promise<DownloadedPack> {
  const res = await s.t.app.inject({ method: 'GET', url, headers: s.moderator.headers });
  if (res.statusCode !== 200) throw new Error(`${url} answered ${res.statusCode}: ${res.body}`);
  const files = unzipSync(new Uint8Array(res.rawPayload));
  const text = (name: string) => {
    const file = files[name];
    if (!file) throw new Error(`the pack has no ${name}; it has ${Object.keys(files).join(', ')}`);
    return strFromU8(file);
  };
  return {
    verifiedHeader: res.headers['x-evidence-verified'] as string | undefined,
    files,
    text,
    json: <T>(name: string) => JSON.parse(text(name)) as T,
  };
}

/** What `sha256sum -c SHA256SUMS` reports in the unzipped folder: each listed file, OK or FAILED. */
export function sha256sumCheck(pack: DownloadedPack): Array<{ file: string; ok: boolean }> {
  return pack
    .text('SHA256SUMS')
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => {
      const match = /^([0-9a-f]{64}) {2}(.+)$/.exec(line);
      if (!match) throw new Error(`not a sha256sum line: ${line}`);
      const content = pack.files[match[2]!];
      const ok = content !== undefined && createHash('sha256').update(content).digest('hex') === match[1];
      return { file: match[2]!, ok };
    });
}

/**
 * Changes a stored file's bytes behind Schoolgate's back. User triggers on the table (if any guard it) are switched
 * off for the change, as someone with the database owner's rights could.
 */
export async function tamperWithStoredFile(s: EvidenceTestSchool, fileId: string, content: Buffer) {
  await s.t.ctx.db.transaction(async (tx) => {
    await tx.execute(sql`alter table stored_files disable trigger user`);
    await tx.execute(sql`update stored_files set content = ${content} where id = ${fileId}`);
    await tx.execute(sql`alter table stored_files enable trigger user`);
  });
}

/** Overwrites a column of an audit entry, with the table's append-only trigger switched off for it. */
export async function rewriteAuditEntry(s: EvidenceTestSchool, id: number, details: object, hash?: string) {
  await s.t.ctx.db.transaction(async (tx) => {
    await tx.execute(sql`alter table audit_entries disable trigger user`);
    await tx.execute(
      hash === undefined
        ? sql`update audit_entries set details = ${JSON.stringify(details)}::jsonb where id = ${id}`
        : sql`update audit_entries set details = ${JSON.stringify(details)}::jsonb, hash = ${hash} where id = ${id}`,
    );
    await tx.execute(sql`alter table audit_entries enable trigger user`);
  });
}
