// Reads back what an uncompressed pdfkit PDF holds, for tests: the pages it declares and draws, the fonts it uses
// (with the embedded font file, if any), and the text each line shows, decoded as a PDF reader copies it: through
// the font's ToUnicode map for an embedded font, as single bytes for a reader's built-in font. Not a general PDF
// parser: it knows the shape pdfkit writes, objects one after another, streams with a plain /Length.
export interface PdfFont {
  /** The resource name the page content uses, e.g. "F2". */
  resource: string;
  baseFont: string;
  /** The embedded TrueType file (a subset), or null for a font built into readers (Courier, Helvetica...). */
  embedded: Buffer | null;
  /** Glyph id in the embedded subset -> the text it stands for. */
  toUnicode: Map<number, string>;
}

/** One glyph drawn on a page: its font, its id in that font (or the byte, for a built-in font), what it reads as. */
export interface ShownGlyph {
  font: PdfFont;
  code: number;
  text: string;
}

export interface PdfContents {
  /** /Count of the page tree. */
  pagesDeclared: number;
  /** Page objects actually written. */
  pages: number;
  fonts: PdfFont[];
  glyphs: ShownGlyph[];
  /** The text of every text object (a line, or part of one) in drawing order, joined by newlines. */
  text: string;
}

interface PdfObject {
  dict: string;
  stream: Buffer | null;
}

function readObjects(pdf: Buffer): Map<number, PdfObject> {
  const latin1 = pdf.toString('latin1');
  const objects = new Map<number, PdfObject>();
  const header = /(\d+) 0 obj\s*/g;
  let match: RegExpExecArray | null;
  while ((match = header.exec(latin1))) {
    const start = match.index + match[0].length;
    const endObj = latin1.indexOf('endobj', start);
    const streamAt = latin1.indexOf('stream\n', start);
    if (streamAt !== -1 && streamAt < endObj) {
      const dict = latin1.slice(start, streamAt);
      const length = Number(/\/Length (\d+)/.exec(dict)?.[1]);
      const from = streamAt + 'stream\n'.length;
      objects.set(Number(match[1]), { dict, stream: pdf.subarray(from, from + length) });
      // Skip the stream's bytes, which may hold anything (a font file).
      header.lastIndex = latin1.indexOf('endobj', from + length);
    } else {
      objects.set(Number(match[1]), { dict: latin1.slice(start, endObj), stream: null });
      header.lastIndex = endObj;
    }
  }
  return objects;
}

const ref = (dict: string, key: string) => {
  const found = new RegExp(`/${key} \\[?(\\d+) 0 R`).exec(dict);
  return found ? Number(found[1]) : null;
};

const hexText = (hex: string) =>
  String.fromCodePoint(...(hex.match(/[0-9a-f]{4}/gi) ?? []).map((unit) => parseInt(unit, 16)));

/** The bfchar and bfrange entries of a ToUnicode CMap (pdfkit writes ranges with an array of targets). */
function readToUnicode(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const [, body] of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, from, , targets, single] of body!.matchAll(
      /<([0-9a-f]+)>\s*<([0-9a-f]+)>\s*(?:\[([^\]]*)\]|<([0-9a-f ]+)>)/gi,
    )) {
      const first = parseInt(from!, 16);
      if (targets !== undefined) {
        // An empty target (<>) is a glyph that stands for no text; it still takes its place in the range.
        [...targets.matchAll(/<([0-9a-f ]*)>/gi)].forEach((t, i) => map.set(first + i, hexText(t[1]!)));
      } else {
        map.set(first, hexText(single!));
      }
    }
  }
  for (const [, body] of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, code, target] of body!.matchAll(/<([0-9a-f]+)>\s*<([0-9a-f ]+)>/gi)) {
      map.set(parseInt(code!, 16), hexText(target!));
    }
  }
  return map;
}

export function readPdf(pdf: Buffer): PdfContents {
  const objects = readObjects(pdf);
  const all = [...objects.values()];
  const fontsByObject = new Map<number, PdfFont>();
  const fontOf = (resource: string, objectId: number): PdfFont => {
    const known = fontsByObject.get(objectId);
    if (known) return known;
    const dict = objects.get(objectId)!.dict;
    const descendant = ref(dict, 'DescendantFonts');
    const descriptor = descendant === null ? null : ref(objects.get(descendant)!.dict, 'FontDescriptor');
    const file = descriptor === null ? null : ref(objects.get(descriptor)!.dict, 'FontFile2');
    const cmap = ref(dict, 'ToUnicode');
    const font: PdfFont = {
      resource,
      baseFont: /\/BaseFont \/(\S+)/.exec(dict)?.[1] ?? '?',
      embedded: file === null ? null : objects.get(file)!.stream,
      toUnicode: cmap === null ? new Map() : readToUnicode(objects.get(cmap)!.stream!.toString('latin1')),
    };
    fontsByObject.set(objectId, font);
    return font;
  };

  const glyphs: ShownGlyph[] = [];
  const lines: string[] = [];
  const pages = all.filter((o) => /\/Type \/Page\b(?!s)/.test(o.dict));
  for (const page of pages) {
    const resources = objects.get(ref(page.dict, 'Resources')!)!.dict;
    const fontRefs = new Map(
      [...resources.matchAll(/\/(F\d+) (\d+) 0 R/g)].map(([, name, id]) => [name!, Number(id)] as const),
    );
    const content = objects.get(ref(page.dict, 'Contents')!)!.stream!.toString('latin1');
    let font: PdfFont | null = null;
    // One text object (BT ... ET) is one run of text; pdfkit splits it into several TJ only to place a glyph
    // (an accent, say) off the baseline, and a reader joins those back up.
    for (const [, block] of content.matchAll(/\bBT\b([\s\S]*?)\bET\b/g)) {
      let line = '';
      for (const [, fontName, shown] of block!.matchAll(/\/(F\d+) [\d.]+ Tf|\[([^\]]*)\] TJ/g)) {
        if (fontName) {
          font = fontOf(fontName, fontRefs.get(fontName)!);
          continue;
        }
        for (const [, hex] of shown!.matchAll(/<([0-9a-f]*)>/gi)) {
          const width = font!.embedded ? 4 : 2;
          for (let i = 0; i < hex!.length; i += width) {
            const code = parseInt(hex!.slice(i, i + width), 16);
            const text = font!.embedded ? (font!.toUnicode.get(code) ?? '\uFFFD') : String.fromCharCode(code);
            glyphs.push({ font: font!, code, text });
            line += text;
          }
        }
      }
      lines.push(line);
    }
  }
  const tree = all.find((o) => /\/Type \/Pages\b/.test(o.dict))!;
  return {
    pagesDeclared: Number(/\/Count (\d+)/.exec(tree.dict)?.[1]),
    pages: pages.length,
    fonts: [...fontsByObject.values()],
    glyphs,
    text: lines.join('\n'),
  };
}
