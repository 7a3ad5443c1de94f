// A video sent as a post's picture is refused with the reason (issue 11): videos have their own upload.
import { describe, expect, it } from 'vitest';
import { cleanImage } from './post-images.ts';

describe('cleanImage', () => {
  it('refuses an MP4 as a photo, pointing to the video upload', async () => {
    const mp4 = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypmp42'), Buffer.alloc(64)]);
    await expect(cleanImage(mp4)).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      message: expect.stringMatching(/is a video, not a photo.*Add a video/),
    });
  });

  it('refuses other files as not a picture', async () => {
    await expect(cleanImage(Buffer.from('hello'))).rejects.toMatchObject({
      message: expect.stringMatching(/not a picture/),
    });
  });
});
