// Images for posts (issue 11): every upload is decoded and re-encoded with sharp, which writes no metadata unless
// asked, so the camera's EXIF block, GPS position and any embedded profile are gone from what is stored; the
// orientation the camera recorded is applied to the pixels first so the picture still stands the right way up.
// A thumbnail is kept beside it for the editor and the record.
import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { AppError } from '@schoolgate/domain';

const ACCEPTED = new Set(['jpeg', 'png', 'webp', 'gif', 'heif', 'tiff']);
const LONGEST_SIDE = 2048;
const THUMBNAIL_SIDE = 320;

export interface CleanImage {
  bytes: Buffer;
  thumbnail: Buffer;
  width: number;
  height: number;
  sha256: string;
  thumbnailSha256: string;
}

const notAnImage = () =>
  new AppError('VALIDATION_FAILED', 'That file is not a picture Schoolgate can read. Use a JPEG, PNG or WebP.', [
    { field: 'base64', message: 'Use a JPEG, PNG or WebP picture.' },
  ]);

/** MP4 and QuickTime (`ftyp` at byte 4), WebM and Matroska (EBML header), AVI (`RIFF....AVI `). */
const looksLikeVideo = (b: Buffer) =>
  b.subarray(4, 8).toString('latin1') === 'ftyp' ||
  b.subarray(0, 4).equals(Buffer.from([0x1a, 0x45, 0xdf, 0xa3])) ||
  (b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'AVI ');

export async function cleanImage(input: Buffer): Promise<CleanImage> {
  // HEIF photos also start with `ftyp`; sharp reads those, so only what it cannot read is called a video.
  if (
    looksLikeVideo(input) &&
    !(await sharp(input)
      .metadata()
      .catch(() => null))
  ) {
    throw new AppError(
      'VALIDATION_FAILED',
      'That file is a video, not a photo: add it with “Add a video” instead (MP4 or QuickTime, 3 to 140 seconds).',
      [{ field: 'base64', message: 'This is a video; add it as the post’s video.' }],
    );
  }
  let format: string | undefined;
  try {
    format = (await sharp(input, { failOn: 'error' }).metadata()).format;
  } catch {
    throw notAnImage();
  }
  if (!format || !ACCEPTED.has(format)) throw notAnImage();
  try {
    const { data, info } = await sharp(input, { failOn: 'error' })
      .rotate()
      .resize({ width: LONGEST_SIDE, height: LONGEST_SIDE, fit: 'inside', withoutEnlargement: true })
      .jpeg({ quality: 85, mozjpeg: true })
      .toBuffer({ resolveWithObject: true });
    const thumbnail = await sharp(data)
      .resize({ width: THUMBNAIL_SIDE, height: THUMBNAIL_SIDE, fit: 'inside', withoutEnlargement: true })
      .jpeg({ quality: 75 })
      .toBuffer();
    const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
    return {
      bytes: data,
      thumbnail,
      width: info.width,
      height: info.height,
      sha256: sha(data),
      thumbnailSha256: sha(thumbnail),
    };
  } catch {
    throw notAnImage();
  }
}
