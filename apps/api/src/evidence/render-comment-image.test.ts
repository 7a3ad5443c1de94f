import { describe, expect, it } from 'vitest';
import { renderCommentImage } from './render-comment-image.ts';

describe('renderCommentImage', () => {
  it('makes a PNG of the comment, taller for a longer comment', async () => {
    const base = {
      platform: 'facebook',
      accountName: 'Meadowbank Primary School',
      authorName: 'Sam Parent',
      postedAt: new Date('2026-11-20T18:05:00Z'),
      caption: 'Kept by Schoolgate on 20 November 2026',
    };
    const short = await renderCommentImage({ ...base, text: 'Short comment.' });
    const long = await renderCommentImage({ ...base, text: 'A much longer comment that goes on. '.repeat(30) });
    expect(short.subarray(1, 4).toString()).toBe('PNG');
    const height = (png: Buffer) => png.readUInt32BE(20);
    expect(height(long)).toBeGreaterThan(height(short));
  });

  it('copes with emoji and non-Latin text without failing', async () => {
    const png = await renderCommentImage({
      platform: 'x',
      accountName: 'School',
      authorName: 'Ola',
      postedAt: new Date(),
      text: 'Dziękuję 🎉 شكرا',
      caption: 'c',
    });
    expect(png.length).toBeGreaterThan(1000);
  });
});
