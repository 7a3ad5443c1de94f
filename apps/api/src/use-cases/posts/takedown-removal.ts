// What a take-down task offers (issue 11): removal through the platform's API (Facebook, X), or the steps by hand
// (Instagram, whose API cannot delete a post); and the last failed attempt through the API, to show and try again.
import type { Platform } from '../../connectors/normalised-event.ts';
import { POST_REMOVAL } from '../../connectors/post-removal.ts';

/** The step recorded when the platform refused or did not answer a removal. */
export const API_FAILED = 'api_failed';

export function takedownRemoval(platform: string, steps: ReadonlyArray<{ via: string; note: string }>) {
  const removal = POST_REMOVAL[platform as Platform] ?? POST_REMOVAL.instagram;
  const last = steps.at(-1);
  return {
    removal: { viaApi: removal.viaApi, manualSteps: [...removal.manualSteps], note: removal.note ?? null },
    lastError: last?.via === API_FAILED ? last.note : null,
  };
}
