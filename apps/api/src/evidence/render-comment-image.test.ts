import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { IMAGE_FONT_FILES, renderCommentImage } from './render-comment-image.ts';

// fontkit reads the font files as pdfkit does; taken from pdfkit's own dependencies.
const require = createRequire(import.meta.url);
const fontkit = createRequire(require.resolve('pdfkit'))('fontkit') as {
  openSync(path: string): { hasGlyphForCodePoint(codePoint: number): boolean };
};

const NAMES = ['Łucja Şahin', 'Ольга', 'Đorđe', 'Nguyễn Thị Ánh', 'Ōtsuka', 'Γιώργος', 'Zoë Ní Bhriain'];
const EMOJI = ['🎉', '👍', '❤️', '😀', '🙏', '⭐', '👨‍👩‍👧'];

/** A card whose only difference between two renders is its text. */
const picture = (text: string, authorName = 'Sam Parent') =>
  renderCommentImage({
    platform: 'facebook',
    accountName: 'Meadowbank Primary School',
    authorName,
    postedAt: new Date('2026-11-20T18:05:00Z'),
    text,
    caption: 'Kept by Schoolgate on 20 November 2026',
  });

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

  it('has a glyph for every character of names in other alphabets and of common emoji, in regular and bold', () => {
    const sans = [fontkit.openSync(IMAGE_FONT_FILES.regular), fontkit.openSync(IMAGE_FONT_FILES.bold)];
    const emoji = fontkit.openSync(IMAGE_FONT_FILES.emoji);
    const missing: string[] = [];
    for (const text of [...NAMES, ...EMOJI]) {
      for (const char of text.normalize('NFC')) {
        const code = char.codePointAt(0)!;
        // Spaces, the zero-width joiner and the emoji presentation selector draw nothing of their own.
        if (/\s/u.test(char) || code === 0x200d || code === 0xfe0f) continue;
        // Each weight has it, or the emoji font does (satori falls back to it for either weight).
        if (!sans.every((f) => f.hasGlyphForCodePoint(code)) && !emoji.hasGlyphForCodePoint(code)) {
          missing.push(`${char} U+${code.toString(16)} in ${text}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it('draws letters of other alphabets and emoji, not the empty boxes of a missing glyph', async () => {
    // Characters no font has (private use) all come out as the same missing-glyph mark.
    const unknown = (n: number) => '\ue000'.repeat(n);
    expect((await picture('Ольга')).equals(await picture(unknown(5)))).toBe(false);
    expect((await picture('Đorđe')).equals(await picture(`${unknown(1)}or${unknown(1)}e`))).toBe(false);
    expect((await picture('Thank you 🎉')).equals(await picture(`Thank you ${unknown(1)}`))).toBe(false);
    expect(
      (await picture('Hi', 'Łucja Şahin')).equals(await picture('Hi', `${unknown(1)}ucja ${unknown(1)}ahin`)),
    ).toBe(false);
  });

  it('shows exactly what was written: Nguyễn is not Nguyên, however the accents were typed', async () => {
    const composedForm = await picture('Nguyễn');
    expect(composedForm.equals(await picture('Nguyên'))).toBe(false);
    // The same name typed with separate accents (NFD, as some phones send it) is the same picture.
    expect(composedForm.equals(await picture('Nguyễn'.normalize('NFD')))).toBe(true);
  });
});
