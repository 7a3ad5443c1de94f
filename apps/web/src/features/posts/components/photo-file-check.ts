// What the draft's photo picker refuses before uploading (issue 11): Schoolgate sends photos to the platforms, not
// videos (see docs/posts.md), so a video is refused with the reason rather than failing on the server.
export function photoFileProblem(file: { type: string; name: string } | null): string | null {
  if (!file) return null;
  if (file.type.startsWith('video/') || /\.(mp4|mov|m4v|webm|avi|mkv)$/i.test(file.name)) {
    return 'Videos cannot be posted through Schoolgate yet: post a photo here, or post the video from the platform’s own app after it has been checked.';
  }
  if (!/^image\/(jpeg|png|webp)$/.test(file.type)) return 'Choose a JPEG, PNG or WebP photo.';
  return null;
}
