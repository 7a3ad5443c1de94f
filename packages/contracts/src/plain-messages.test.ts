import { describe, expect, it } from 'vitest';
import { PlaceLegalHoldRequest, SuggestPostRequest } from './index.ts';

const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join('.'), i.message]));

describe('plain messages for what a contract does not word itself', () => {
  it('tells someone who pasted the wrong thing as a record number what to paste instead of "Invalid UUID"', () => {
    const result = PlaceLegalHoldRequest.safeParse({ subjectKind: 'comment', subjectId: 'abc', reason: 'A claim.' });
    expect(messages(result).subjectId).toBe(
      'This is not a Schoolgate record number: copy it from the record’s page address or from the list.',
    );
  });

  it('says a missing answer is needed, and leaves a message the contract wrote alone', () => {
    const result = SuggestPostRequest.safeParse({ text: '' });
    expect(messages(result).text).toBe('Write what you would like posted.');
    expect(messages(PlaceLegalHoldRequest.safeParse({ subjectKind: 'comment' })).subjectId).toBe('This is needed.');
  });
});
