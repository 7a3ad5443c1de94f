// Facebook Page webhook bodies as Meta sends them, for ingestion tests.
let n = 0;

export interface FacebookCommentInput {
  pageId: string;
  postId?: string;
  commentId?: string;
  fromId?: string;
  fromName?: string;
  message?: string;
  verb?: 'add' | 'edited' | 'remove' | 'hide' | 'unhide';
  createdTime?: number;
  entryTime?: number;
}

export function facebookCommentChange(input: FacebookCommentInput) {
  n += 1;
  const postId = input.postId ?? `${input.pageId}_900`;
  return {
    field: 'feed',
    value: {
      item: 'comment',
      verb: input.verb ?? 'add',
      comment_id: input.commentId ?? `900_${n}`,
      post_id: postId,
      parent_id: postId,
      from: { id: input.fromId ?? `u${n}`, name: input.fromName ?? 'Sam Parent' },
      ...(input.message !== undefined ? { message: input.message } : {}),
      created_time: input.createdTime ?? 1_795_300_000,
    },
  };
}

export function facebookDelivery(
  pageId: string,
  changes: Array<ReturnType<typeof facebookCommentChange>>,
  entryTime = 1_795_300_100,
) {
  return JSON.stringify({ object: 'page', entry: [{ id: pageId, time: entryTime, changes }] });
}
