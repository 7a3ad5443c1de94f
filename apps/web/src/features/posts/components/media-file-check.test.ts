import { describe, expect, it } from 'vitest';
import { formatDuration, formatSize, mediaFileChoice, videoLengthProblem } from './media-file-check';

const empty = { imageCount: 0, hasVideo: false };
const file = (type: string, name: string, size = 1000) => ({ type, name, size });

describe('mediaFileChoice', () => {
  it('takes a photo, and an MP4 or QuickTime video', () => {
    expect(mediaFileChoice(file('image/jpeg', 'garden.jpg'), empty)).toEqual({ kind: 'photo' });
    expect(mediaFileChoice(file('video/mp4', 'sports-day.mp4'), empty)).toEqual({ kind: 'video' });
    expect(mediaFileChoice(file('video/quicktime', 'IMG_0042.MOV'), empty)).toEqual({ kind: 'video' });
    expect(mediaFileChoice(file('', 'clip.mov'), empty)).toEqual({ kind: 'video' });
    expect(mediaFileChoice(null, empty)).toBeNull();
  });

  it('refuses other video formats, with what to do', () => {
    expect(mediaFileChoice(file('video/webm', 'clip.webm'), empty)).toMatchObject({
      kind: 'refused',
      reason: expect.stringMatching(/Only MP4 and QuickTime.*export the clip as MP4/),
    });
    expect(mediaFileChoice(file('', 'old.avi'), empty)).toMatchObject({ kind: 'refused' });
    expect(mediaFileChoice(file('application/pdf', 'letter.pdf'), empty)).toMatchObject({
      reason: expect.stringMatching(/JPEG, PNG or WebP photo, or an MP4/),
    });
  });

  it('refuses photos and a video together, a second video, and a video over 50 MB', () => {
    expect(mediaFileChoice(file('video/mp4', 'a.mp4'), { imageCount: 1, hasVideo: false })).toMatchObject({
      reason: expect.stringMatching(/photos or one video, not both/),
    });
    expect(mediaFileChoice(file('image/png', 'a.png'), { imageCount: 0, hasVideo: true })).toMatchObject({
      reason: expect.stringMatching(/has a video/),
    });
    expect(mediaFileChoice(file('video/mp4', 'b.mp4'), { imageCount: 0, hasVideo: true })).toMatchObject({
      reason: expect.stringMatching(/already has its video/),
    });
    expect(mediaFileChoice(file('video/mp4', 'big.mp4', 80 * 1024 * 1024), empty)).toMatchObject({
      reason: expect.stringMatching(/The video is 80 MB; videos of 50 MB at most/),
    });
  });
});

describe('videoLengthProblem', () => {
  it('takes 3 seconds to 2 minutes 20, and says why otherwise', () => {
    expect(videoLengthProblem(4000)).toBeNull();
    expect(videoLengthProblem(140_000)).toBeNull();
    expect(videoLengthProblem(2000)).toMatch(/lasts 0:02.*3 seconds to 2:20/);
    expect(videoLengthProblem(150_000)).toMatch(/lasts 2:30/);
    expect(videoLengthProblem(Number.NaN)).toMatch(/could not be read/);
  });

  it('shows lengths and sizes as people read them', () => {
    expect(formatDuration(4000)).toBe('0:04');
    expect(formatDuration(125_400)).toBe('2:05');
    expect(formatSize(21_317)).toBe('21 KB');
    expect(formatSize(3_400_000)).toBe('3.2 MB');
  });
});
