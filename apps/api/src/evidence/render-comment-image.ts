// A picture of a comment as it appeared (004: "screen prints" kept as evidence), rendered locally: satori lays
// out the card as SVG and resvg rasterises it to PNG. Evidence must show exactly what was written, so the card uses
// the full Noto Sans the policy PDF embeds (Latin Extended, Vietnamese, Greek, Cyrillic; a Latin-only subset drew
// "Ольга" as boxes and "Nguyễn" as "Nguyên"), then Noto Emoji (outline glyphs: satori draws glyph outlines, not
// colour bitmaps), which satori falls back to for characters Noto Sans lacks. Both ship as TTF files in npm
// packages, so the image is the same on every machine and no font is fetched.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { composed, PDF_FONT_FILES } from '../pdf/pdf-fonts.ts';

const require = createRequire(import.meta.url);

/** The font files of the picture, in fallback order; exported for the test that checks their coverage. */
export const IMAGE_FONT_FILES = {
  regular: PDF_FONT_FILES.regular,
  bold: PDF_FONT_FILES.bold,
  emoji: require.resolve('@expo-google-fonts/noto-emoji/400Regular/NotoEmoji_400Regular.ttf'),
} as const;

type SatoriFont = { name: string; data: Buffer; weight: 400 | 700; style: 'normal' };
let fonts: SatoriFont[] | null = null;
const loadFonts = (): SatoriFont[] =>
  (fonts ??= [
    { name: 'Noto Sans', data: fs.readFileSync(IMAGE_FONT_FILES.regular), weight: 400, style: 'normal' },
    { name: 'Noto Sans', data: fs.readFileSync(IMAGE_FONT_FILES.bold), weight: 700, style: 'normal' },
    { name: 'Noto Emoji', data: fs.readFileSync(IMAGE_FONT_FILES.emoji), weight: 400, style: 'normal' },
  ]);

export interface CommentPicture {
  platform: string;
  accountName: string;
  authorName: string;
  postedAt: Date;
  text: string;
  /** Shown under the card: where and when the picture was made. */
  caption: string;
}

type Node = { type: string; props: { style?: Record<string, unknown>; children?: Node | Node[] | string } };
const el = (type: string, style: Record<string, unknown>, children?: Node | Node[] | string): Node => ({
  type,
  props: { style, children },
});

const PLATFORM_NAMES: Record<string, string> = { facebook: 'Facebook', instagram: 'Instagram', x: 'X' };

export async function renderCommentImage(picture: CommentPicture): Promise<Buffer> {
  const when = picture.postedAt.toLocaleString('en-GB', {
    timeZone: 'Europe/London',
    dateStyle: 'long',
    timeStyle: 'short',
  });
  // Very long comments are kept whole in the JSON evidence; the picture shows the first 2,000 characters.
  // Composed (NFC) so each accented letter is the font's own glyph, not a letter with an accent placed on it.
  const whole = composed(picture.text);
  const text = whole.length > 2000 ? `${[...whole].slice(0, 2000).join('')}…` : whole;
  const card = el(
    'div',
    {
      display: 'flex',
      flexDirection: 'column',
      width: '640px',
      padding: '24px',
      backgroundColor: '#ffffff',
      fontFamily: 'Noto Sans, Noto Emoji',
      color: '#1c1e21',
    },
    [
      el(
        'div',
        { display: 'flex', fontSize: '14px', color: '#65676b', marginBottom: '12px' },
        `${PLATFORM_NAMES[picture.platform] ?? picture.platform} · comment on ${picture.accountName}`,
      ),
      el(
        'div',
        {
          display: 'flex',
          flexDirection: 'column',
          backgroundColor: '#f0f2f5',
          borderRadius: '16px',
          padding: '12px 16px',
        },
        [
          el(
            'div',
            { display: 'flex', fontSize: '16px', fontWeight: 700, marginBottom: '4px' },
            composed(picture.authorName),
          ),
          el('div', { display: 'flex', fontSize: '16px', lineHeight: 1.4, whiteSpace: 'pre-wrap' }, text),
        ],
      ),
      el('div', { display: 'flex', fontSize: '13px', color: '#65676b', marginTop: '8px' }, when),
      el(
        'div',
        {
          display: 'flex',
          fontSize: '11px',
          color: '#65676b',
          marginTop: '16px',
          borderTop: '1px solid #dddfe2',
          paddingTop: '8px',
        },
        picture.caption,
      ),
    ],
  );
  const svg = await satori(card as unknown as Parameters<typeof satori>[0], { width: 688, fonts: loadFonts() });
  return new Resvg(svg, { fitTo: { mode: 'width', value: 688 } }).render().asPng();
}
