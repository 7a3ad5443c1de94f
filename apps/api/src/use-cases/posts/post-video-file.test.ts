// What Schoolgate keeps of an uploaded video (issue 11): the location and camera boxes blanked in place, every other
// byte where it was, and the length and size read from the file itself. The fixtures are real phone-like clips with
// a location tag, made once with ffmpeg (apps/api/test-fixtures/video/README.md says how).
import { readFileSync } from 'node:fs';
import { createFile, MP4BoxBuffer } from 'mp4box';
import { describe, expect, it } from 'vitest';
import { blankBoxes, cleanVideo, POST_VIDEO_MAX_BYTES } from './post-video-file.ts';

const fixture = (name: string) => readFileSync(new URL(`../../../test-fixtures/video/${name}`, import.meta.url));
const mp4 = fixture('location.mp4');
const mov = fixture('location.mov');

/** A box: size, type, payload. */
const box = (type: string, ...payload: Buffer[]) => {
  const body = Buffer.concat(payload);
  const head = Buffer.alloc(8);
  head.writeUInt32BE(8 + body.length, 0);
  head.write(type, 4, 'latin1');
  return Buffer.concat([head, body]);
};

const chunkOffsets = (bytes: Buffer) => {
  const file = createFile();
  const copy = new ArrayBuffer(bytes.length);
  new Uint8Array(copy).set(bytes);
  file.appendBuffer(MP4BoxBuffer.fromArrayBuffer(copy, 0));
  file.flush();
  return (file.moov!.traks as unknown as { mdia: { minf: { stbl: { stco: { chunk_offsets: number[] } } } } }[]).map(
    (t) => [...t.mdia.minf.stbl.stco.chunk_offsets],
  );
};

describe('cleanVideo', () => {
  it.each([
    ['location.mp4', mp4, 'video/mp4'],
    ['location.mov', mov, 'video/quicktime'],
  ])('%s: the location, make and model are gone, and nothing else moved', (_name, input, type) => {
    expect(input.includes('+51.5072-000.1276')).toBe(true);
    expect(input.includes('iPhone 15')).toBe(true);
    const clean = cleanVideo(input);
    expect(clean.contentType).toBe(type);
    expect(clean.blanked).toContain('udta');
    expect(clean.bytes.includes('+51.5072-000.1276')).toBe(false);
    expect(clean.bytes.includes('iPhone 15')).toBe(false);
    expect(clean.bytes.includes('Apple')).toBe(false);
    // Same length, same samples where the index says they are.
    expect(clean.bytes.length).toBe(input.length);
    expect(chunkOffsets(clean.bytes)).toEqual(chunkOffsets(input));
    const differing = [...input.keys()].filter((i) => input[i] !== clean.bytes[i]);
    const mdat = input.indexOf('mdat');
    const mdatEnd = mdat - 4 + input.readUInt32BE(mdat - 4);
    expect(differing.some((i) => i >= mdat - 4 && i < mdatEnd)).toBe(false);
    expect(clean.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reads the length from the movie header and the picture size from the video track', () => {
    expect(cleanVideo(mp4)).toMatchObject({ durationMs: 4000, width: 160, height: 120 });
    expect(cleanVideo(mov)).toMatchObject({ durationMs: 4000, width: 160, height: 120 });
  });

  it('blanks an XMP uuid box and a top-level meta box, but leaves another uuid box alone', () => {
    const xmp = box(
      'uuid',
      Buffer.from('be7acfcb97a942e89c71999491e3afac', 'hex'),
      Buffer.from('<x:xmpmeta>GPS</x:xmpmeta>'),
    );
    const other = box('uuid', Buffer.from('00112233445566778899aabbccddeeff', 'hex'), Buffer.from('keep me'));
    const meta = box('meta', Buffer.alloc(4), box('hdlr', Buffer.alloc(20)), Buffer.from('Canon EOS'));
    const ftypEnd = mp4.readUInt32BE(0);
    const input = Buffer.concat([mp4.subarray(0, ftypEnd), xmp, other, meta, mp4.subarray(ftypEnd)]);
    // The samples moved by the inserted boxes; fix the offsets so the file is whole again.
    const shift = xmp.length + other.length + meta.length;
    for (let at = input.indexOf('stco'); at !== -1; at = input.indexOf('stco', at + 4)) {
      const count = input.readUInt32BE(at + 8);
      for (let n = 0; n < count; n += 1)
        input.writeUInt32BE(input.readUInt32BE(at + 12 + 4 * n) + shift, at + 12 + 4 * n);
    }
    const clean = cleanVideo(input);
    expect(clean.blanked).toEqual(['uuid', 'meta', 'udta']);
    expect(clean.bytes.includes('xmpmeta')).toBe(false);
    expect(clean.bytes.includes('Canon EOS')).toBe(false);
    expect(clean.bytes.includes('keep me')).toBe(true);
    expect(clean.bytes.subarray(ftypEnd + 4, ftypEnd + 8).toString('latin1')).toBe('free');
  });

  it('keeps a 64-bit size header when it blanks a box', () => {
    const large = Buffer.alloc(32);
    large.writeUInt32BE(1, 0);
    large.write('udta', 4, 'latin1');
    large.writeBigUInt64BE(32n, 8);
    large.write('secret!', 16, 'latin1');
    const out = blankBoxes(large, [{ start: 0, size: 32 }]);
    expect(out.readUInt32BE(0)).toBe(1);
    expect(out.subarray(4, 8).toString('latin1')).toBe('free');
    expect(out.readBigUInt64BE(8)).toBe(32n);
    expect(out.subarray(16).every((b) => b === 0)).toBe(true);
    expect(large.includes('secret!')).toBe(true);
  });

  it('refuses a clip shorter than 3 seconds or longer than 140, naming the field', () => {
    const withDuration = (seconds: number) => {
      const out = Buffer.from(mp4);
      const at = out.indexOf('mvhd');
      const timescale = out.readUInt32BE(at + 16);
      out.writeUInt32BE(seconds * timescale, at + 20);
      return out;
    };
    expect(() => cleanVideo(withDuration(2))).toThrow(/lasts 2\.0 seconds.*3 to 140 seconds/);
    try {
      cleanVideo(withDuration(141));
    } catch (error) {
      expect(error).toMatchObject({ code: 'VALIDATION_FAILED', fields: [{ field: 'base64' }] });
    }
    expect(cleanVideo(withDuration(140)).durationMs).toBe(140_000);
  });

  it('refuses what is not an MP4 or QuickTime video', () => {
    expect(() => cleanVideo(Buffer.from('not a video at all'))).toThrow(/not a video Schoolgate can read/);
    const heic = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypheic'), Buffer.alloc(16)]);
    expect(() => cleanVideo(heic)).toThrow(/not a video/);
    // The index (moov) cut off: an unfinished recording.
    expect(() => cleanVideo(mov.subarray(0, mov.indexOf('moov') + 100))).toThrow(/incomplete or damaged/);
    // Audio alone.
    const audioOnly = Buffer.from(mp4);
    for (let at = audioOnly.indexOf('vide'); at !== -1; at = audioOnly.indexOf('vide', at + 4)) {
      audioOnly.write('soun', at, 'latin1');
    }
    expect(() => cleanVideo(audioOnly)).toThrow(/no picture track/);
  });

  it('refuses a file over the size limit before reading it', () => {
    expect(() => cleanVideo(Buffer.alloc(POST_VIDEO_MAX_BYTES + 1))).toThrow(/larger than 50 MB/);
  });
});
