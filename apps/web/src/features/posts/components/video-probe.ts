// Reads a chosen video in the browser (issue 11): its length and picture size, and a poster frame drawn from it to a
// canvas, because the server has no video decoder. The frame is taken a second in (or halfway through a shorter
// clip) so it is rarely a black opening frame; it is uploaded with the video and re-encoded by the server like any
// photo. A browser that cannot play the file cannot make its poster: that is said, not guessed round.
export interface VideoProbe {
  durationMs: number;
  width: number;
  height: number;
  /** The poster frame as a JPEG, in base64 (no data: prefix), and an address to show it before upload. */
  posterBase64: string;
  posterUrl: string;
}

const POSTER_LONGEST_SIDE = 1280;
/** A file the browser neither plays nor refuses (some codecs just stall) is given up on after this long. */
const GIVE_UP_MS = 20_000;

export function probeVideo(file: File): Promise<VideoProbe> {
  return new Promise((resolve, reject) => {
    const url = URL.createObjectURL(file);
    const video = document.createElement('video');
    video.muted = true;
    video.playsInline = true;
    video.preload = 'auto';
    const fail = () => {
      clearTimeout(timer);
      URL.revokeObjectURL(url);
      reject(
        new Error(
          'This browser cannot play the video, so Schoolgate cannot show its length or make its poster frame. Save it as MP4 (H.264) on the phone and try again.',
        ),
      );
    };
    const timer = setTimeout(fail, GIVE_UP_MS);
    video.addEventListener('error', fail, { once: true });
    video.addEventListener(
      'loadedmetadata',
      () => {
        video.currentTime = Math.min(1, video.duration / 2);
      },
      { once: true },
    );
    video.addEventListener(
      'seeked',
      () => {
        const scale = Math.min(1, POSTER_LONGEST_SIDE / Math.max(video.videoWidth, video.videoHeight, 1));
        const canvas = document.createElement('canvas');
        canvas.width = Math.max(1, Math.round(video.videoWidth * scale));
        canvas.height = Math.max(1, Math.round(video.videoHeight * scale));
        const context = canvas.getContext('2d');
        if (!context) return fail();
        context.drawImage(video, 0, 0, canvas.width, canvas.height);
        const posterUrl = canvas.toDataURL('image/jpeg', 0.85);
        clearTimeout(timer);
        URL.revokeObjectURL(url);
        resolve({
          durationMs: Math.round(video.duration * 1000),
          width: video.videoWidth,
          height: video.videoHeight,
          posterBase64: posterUrl.replace(/^data:[^,]*,/, ''),
          posterUrl,
        });
      },
      { once: true },
    );
    video.src = url;
  });
}
