// The fonts the PDFs embed. pdfkit's built-in Helvetica knows only Western European letters, so names such as
// Łucja, Nguyễn, Ōtsuka, Şahin, Đorđe or Ольга printed as gibberish. Noto Sans (SIL Open Font License 1.1), in the
// full Google Fonts build shipped as TTF files by @expo-google-fonts/noto-sans, covers Latin Extended-A and -B,
// Latin Extended Additional (Vietnamese), Greek and Cyrillic. The files come with the npm package, so nothing is
// fetched at run time, and pdfkit embeds only the glyphs a document uses (a subset), so a PDF stays small.
import { createRequire } from 'node:module';
import fs from 'node:fs';

const require = createRequire(import.meta.url);

/** Where each face's TTF file is; exported for the test that checks the coverage. */
export const PDF_FONT_FILES = {
  regular: require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf'),
  italic: require.resolve('@expo-google-fonts/noto-sans/400Regular_Italic/NotoSans_400Regular_Italic.ttf'),
  boldItalic: require.resolve('@expo-google-fonts/noto-sans/700Bold_Italic/NotoSans_700Bold_Italic.ttf'),
} as const;

/** The names the renderer passes to `pdf.font(...)`. */
export const FONT = {
  regular: 'NotoSans-Regular',
  bold: 'NotoSans-Bold',
  italic: 'NotoSans-Italic',
  boldItalic: 'NotoSans-BoldItalic',
} as const;

/**
 * Text options for every line drawn in these fonts. Noto Sans's glyph composition feature ('ccmp') draws a few
 * letters, such as Vietnamese ị, as a base letter plus a separate accent; pdfkit then records that shared base glyph
 * as one text for all its uses, so a reader copying the text (or a screen reader) would get "Thi" for "Thị", or
 * "ị" for every "i". Without it each letter is the font's own precomposed glyph (text is NFC-normalised first), and
 * accents the font has no precomposed letter for are still placed by its mark positioning. pdfkit's types list
 * features as an array of names to add; fontkit also takes an object, where false turns a default feature off.
 */
export const SHAPING = { features: { ccmp: false } as unknown as PDFKit.Mixins.OpenTypeFeatures[] };

/** The same text, composed (NFC), as SHAPING expects: "i" followed by a combining dot below becomes "ị". */
export const composed = (text: string) => text.normalize('NFC');

let files: Record<keyof typeof PDF_FONT_FILES, Buffer> | null = null;

/** Registers the embedded faces with a document; the files are read once per process. */
export function registerPdfFonts(pdf: PDFKit.PDFDocument): void {
  files ??= {
    regular: fs.readFileSync(PDF_FONT_FILES.regular),
    bold: fs.readFileSync(PDF_FONT_FILES.bold),
    italic: fs.readFileSync(PDF_FONT_FILES.italic),
    boldItalic: fs.readFileSync(PDF_FONT_FILES.boldItalic),
  };
  pdf.registerFont(FONT.regular, files.regular);
  pdf.registerFont(FONT.bold, files.bold);
  pdf.registerFont(FONT.italic, files.italic);
  pdf.registerFont(FONT.boldItalic, files.boldItalic);
}
