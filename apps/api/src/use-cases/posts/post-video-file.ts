// Videos for posts (issue 11): what Schoolgate keeps of an uploaded MP4 or QuickTime file. There is no video decoder
// on the server (no ffmpeg at run time), so the file is not re-encoded as photos are; instead its box tree is read
// with mp4box (GPAC's parser) and the boxes where cameras and phones keep who, where and with what it was filmed
// are blanked in place: every `udta` (QuickTime's ©xyz location, ©mak/©mod make and model, chapter names), every
// `meta` (Apple's com.apple.quicktime.location.ISO6709, make, model, software) and every XMP `uuid` box. Each keeps
// its size and becomes a `free` box with a zeroed payload, so no byte moves and every chunk offset (`stco`/`co64`)
// still points at the right sample. The length comes from the file's own movie header (`mvhd`), the picture size
// from the video track's header (`tkhd`).
import { createHash } from 'node:crypto';
import { createFile, Log, MP4BoxBuffer, type Box } from 'mp4box';
import { AppError } from '@schoolgate/domain';

/** One video fits all three platforms: X takes 140 seconds at most, Instagram Reels 3 seconds at least. */
export const POST_VIDEO_MIN_SECONDS = 3;
export const POST_VIDEO_MAX_SECONDS = 140;
/** A short clip from a phone; larger files are refused before they are read (and Schoolgate keeps them). */
export const POST_VIDEO_MAX_BYTES = 50 * 1024 * 1024;

/** Boxes that hold the person, the place or the device, by type; `uuid` only with XMP's identifier. */
const PRIVATE_BOXES = new Set(['udta', 'meta']);
const XMP_UUID = 'be7acfcb97a942e89c71999491e3afac';
/** QuickTime files say `qt  `; everything else of the ISO family with a video track is MP4 for the platforms. */
const QUICKTIME_BRAND = 'qt  ';
/** HEIF/AVIF stills share the container: they are pictures, and the photo path takes them. */
const STILL_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'mif1', 'msf1', 'avif', 'avis']);

// mp4box reports unknown boxes (QuickTime's ©nam and the like) on the console even at its quietest level, with
// fragments of the file in the message; nothing of an uploaded file belongs in our logs, so the parse (which is
// synchronous: nothing else runs meanwhile) is done with the console silenced.
Log.setLogLevel(Log.error);
const CONSOLE_METHODS = ['error', 'warn', 'info', 'log', 'debug'] as const;
function quietly<T>(run: () => T): T {
  const saved = CONSOLE_METHODS.map((m) => [m, console[m]] as const);
  for (const m of CONSOLE_METHODS) console[m] = () => undefined;
  try {
    return run();
  } finally {
    for (const [m, fn] of saved) console[m] = fn;
  }
}

export interface CleanVideo {
  bytes: Buffer;
  contentType: 'video/mp4' | 'video/quicktime';
  durationMs: number;
  width: number;
  height: number;
  sha256: string;
  /** The type of each box blanked, in file order (for the tests and the audit entry). */
  blanked: string[];
}

const refuse = (message: string, fieldMessage = message) =>
  new AppError('VALIDATION_FAILED', message, [{ field: 'base64', message: fieldMessage }]);

const notAVideo = () =>
  refuse(
    'That file is not a video Schoolgate can read. Use an MP4 or a QuickTime (.mov) video.',
    'Use an MP4 or QuickTime (.mov) video.',
  );

/** True for a file whose first box is `ftyp` with a video brand (not a HEIF/AVIF still). */
export function looksLikeMp4OrQuickTime(bytes: Buffer): boolean {
  if (bytes.length < 12 || bytes.subarray(4, 8).toString('latin1') !== 'ftyp') return false;
  return !STILL_BRANDS.has(bytes.subarray(8, 12).toString('latin1'));
}

interface ParsedBox extends Box {
  boxes?: ParsedBox[];
  uuid?: string;
}

function parse(bytes: Buffer) {
  const file = createFile();
  // mp4box reads an ArrayBuffer; a large upload decoded from base64 has one of its own, so it is lent, not copied.
  const own =
    bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
  const copy = own ? (bytes.buffer as ArrayBuffer) : new Uint8Array(bytes).buffer;
  try {
    quietly(() => {
      file.appendBuffer(MP4BoxBuffer.fromArrayBuffer(copy, 0));
      file.flush();
    });
  } catch {
    return null;
  }
  return file;
}

/** Every box of the tree, depth first, in file order. */
function* walk(boxes: readonly ParsedBox[] | undefined): Generator<ParsedBox> {
  for (const box of boxes ?? []) {
    yield box;
    yield* walk(box.boxes);
  }
}

const isPrivate = (box: ParsedBox) =>
  PRIVATE_BOXES.has(box.type ?? '') ||
  (box.type === 'uuid' && (box.uuid ?? '').replace(/-/g, '').toLowerCase() === XMP_UUID);

/**
 * Rewrites each box to `free` with a zeroed payload, keeping its size field (and a 64-bit size, when it has one),
 * so nothing after it moves. Boxes inside a blanked box are blanked with it.
 */
export function blankBoxes(bytes: Buffer, boxes: readonly { start: number; size: number }[]): Buffer {
  const out = Buffer.from(bytes);
  for (const { start, size } of boxes) {
    const size32 = out.readUInt32BE(start);
    const header = size32 === 1 ? 16 : 8;
    out.write('free', start + 4, 'latin1');
    out.fill(0, start + header, Math.min(out.length, start + size));
  }
  return out;
}

/** Reads, checks and strips an uploaded video; refuses anything else with a 4xx naming the field. */
export function cleanVideo(input: Buffer): CleanVideo {
  if (input.length > POST_VIDEO_MAX_BYTES) {
    throw refuse(
      `The video is larger than ${POST_VIDEO_MAX_BYTES / 1024 / 1024} MB. Shorten it, or save it at a lower quality, and try again.`,
      `Videos of ${POST_VIDEO_MAX_BYTES / 1024 / 1024} MB at most.`,
    );
  }
  if (!looksLikeMp4OrQuickTime(input)) throw notAVideo();
  const file = parse(input);
  const moov = file?.moov as
    (ParsedBox & { mvhd?: { timescale: number; duration: number }; traks: unknown[] }) | undefined;
  if (!file || !moov?.mvhd) {
    throw refuse(
      'The video is incomplete or damaged (its index could not be read). Save it again from the phone and retry.',
      'The video could not be read.',
    );
  }
  const { timescale, duration } = moov.mvhd;
  const durationMs = timescale > 0 ? Math.round((Number(duration) * 1000) / timescale) : 0;
  const video = (
    moov.traks as { tkhd: { width: number; height: number }; mdia?: { hdlr?: { handler: string } } }[]
  ).find((trak) => trak.mdia?.hdlr?.handler === 'vide');
  if (!video) throw refuse('That file has no picture track: it is not a video.', 'The file has no video track.');
  if (durationMs < POST_VIDEO_MIN_SECONDS * 1000 || durationMs > POST_VIDEO_MAX_SECONDS * 1000) {
    const seconds = (durationMs / 1000).toFixed(1);
    throw refuse(
      `The video lasts ${seconds} seconds. Posts take videos of ${POST_VIDEO_MIN_SECONDS} to ${POST_VIDEO_MAX_SECONDS} seconds, so that one file suits Facebook, Instagram and X.`,
      `Videos of ${POST_VIDEO_MIN_SECONDS} to ${POST_VIDEO_MAX_SECONDS} seconds.`,
    );
  }
  // tkhd stores the display size as 16.16 fixed point; mp4box gives the raw numbers.
  const width = Math.round(video.tkhd.width / 65536) || video.tkhd.width;
  const height = Math.round(video.tkhd.height / 65536) || video.tkhd.height;

  const found: { type: string; start: number; size: number }[] = [];
  let insideBlanked = -1;
  for (const box of walk(file.boxes as ParsedBox[])) {
    const start = box.start ?? 0;
    if (start < insideBlanked) continue;
    if (isPrivate(box) && typeof box.size === 'number') {
      found.push({ type: box.type ?? '', start, size: box.size });
      insideBlanked = start + box.size;
    }
  }
  const bytes = found.length > 0 ? blankBoxes(input, found) : input;
  const brand = input.subarray(8, 12).toString('latin1');
  return {
    bytes,
    contentType: brand === QUICKTIME_BRAND ? 'video/quicktime' : 'video/mp4',
    durationMs,
    width,
    height,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    blanked: found.map((b) => b.type),
  };
}
