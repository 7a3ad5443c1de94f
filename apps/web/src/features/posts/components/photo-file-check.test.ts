import { describe, expect, it } from 'vitest';
import { photoFileProblem } from './photo-file-check';

describe('photoFileProblem', () => {
  it('refuses a video with the reason, and other files as not a photo', () => {
    expect(photoFileProblem({ type: 'video/mp4', name: 'sports-day.mp4' })).toMatch(/Videos cannot be posted/);
    expect(photoFileProblem({ type: '', name: 'clip.MOV' })).toMatch(/Videos cannot be posted/);
    expect(photoFileProblem({ type: 'application/pdf', name: 'letter.pdf' })).toMatch(/JPEG, PNG or WebP/);
  });

  it('takes a photo', () => {
    expect(photoFileProblem({ type: 'image/jpeg', name: 'garden.jpg' })).toBeNull();
    expect(photoFileProblem(null)).toBeNull();
  });
});
