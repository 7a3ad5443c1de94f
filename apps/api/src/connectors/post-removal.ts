// Whether each platform's API can remove one of the school's own posts, for take-downs when consent is withdrawn
// after publishing (issue 11), and what a runner does by hand where it cannot.
import type { ActionCapability } from './connector.ts';
import type { Platform } from './normalised-event.ts';

const RECORD_IT = 'Come back to Schoolgate and mark the take-down as done, saying what you did.';

export const POST_REMOVAL: Readonly<Record<Platform, ActionCapability>> = {
  facebook: {
    viaApi: true,
    manualSteps: [
      "Open the post on the school's Facebook Page (the link is on the task).",
      'Click the three dots at the top of the post and choose "Delete post", then confirm.',
      RECORD_IT,
    ],
  },
  instagram: {
    viaApi: false,
    note: "Instagram's API cannot delete a post: someone who runs the account deletes it in the Instagram app.",
    manualSteps: [
      'Sign in to the Instagram app as the school account and open the post (the link is on the task).',
      'Tap the three dots above the post and choose "Delete", then confirm. Archiving is not enough: delete it.',
      'Check the post is gone from the profile grid.',
      RECORD_IT,
    ],
  },
  x: {
    viaApi: true,
    manualSteps: [
      'Sign in to X as the school account and open the post (the link is on the task).',
      'Click the three dots on the post and choose "Delete", then confirm.',
      RECORD_IT,
    ],
  },
};
