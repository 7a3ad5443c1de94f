// A picture of a comment as it appeared (004: "screen prints" kept as evidence), rendered locally: satori lays
// out the card as SVG and resvg rasterises it to PNG. The font ships in an npm package, so the image is the same
// on every machine and no font is fetched.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';

const require = createRequire(import.meta.url);
const fontFile = (weight: 400 | 700) =>
  require.resolve(`@fontsource/noto-sans/files/noto-sans-latin-${weight}-normal.woff`);
let fonts: Array<{ name: string; data: Buffer; weight: 400 | 700; style: 'normal' }> | null = null;
const loadFonts = () =>
  (fonts ??= [400, 700].map((weight) => ({
    name: 'Noto Sans',
    data: fs.readFileSync(fontFile(weight as 400 | 700)),
    weight: weight as 400 | 700,
    style: 'normal' as const,
  })));

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
  const text = picture.text.length > 2000 ? `${picture.text.slice(0, 2000)}…` : picture.text;
  const card = el(
    'div',
    {
      display: 'flex',
      flexDirection: 'column',
      width: '640px',
      padding: '24px',
      backgroundColor: '#ffffff',
      fontFamily: 'Noto Sans',
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
          el('div', { display: 'flex', fontSize: '16px', fontWeight: 700, marginBottom: '4px' }, picture.authorName),
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
