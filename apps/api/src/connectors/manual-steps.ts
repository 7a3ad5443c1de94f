// The manual steps shown to a moderator when a platform's API cannot do something, or refuses. Written for a
// school office manager: plain British English, the buttons as the platforms name them, and a reminder to note
// what was done, because the school's policy asks for a record of every action.

const RECORD_IT = 'Come back to Schoolgate and mark the step as done, so the record shows who did it and when.';

export const MANUAL_STEPS = {
  facebookHide: [
    "Open the school's Facebook Page and find the post with the comment.",
    'Click the three dots next to the comment and choose "Hide comment".',
    RECORD_IT,
  ],
  facebookUnhide: [
    "Open the school's Facebook Page and find the post with the comment (hidden comments are shown greyed out to Page admins).",
    'Click the three dots next to the comment and choose "Unhide comment".',
    RECORD_IT,
  ],
  facebookDelete: [
    "Open the school's Facebook Page and find the post with the comment.",
    'Click the three dots next to the comment and choose "Delete". Make sure Schoolgate has kept the evidence first.',
    RECORD_IT,
  ],
  facebookReply: [
    "Open the school's Facebook Page, making sure you are posting as the Page and not as yourself.",
    'Click "Reply" under the comment, paste the agreed reply and post it.',
    RECORD_IT,
  ],
  facebookBlock: [
    "Open the school's Facebook Page and find a comment by the person.",
    'Click the three dots next to the comment and choose to ban the person from the Page.',
    'If the option is not there, go to the Page\'s settings, then "Blocking", and add the person by name.',
    RECORD_IT,
  ],
  instagramHide: [
    "Open the school's Instagram account in the app and find the post with the comment.",
    'Press and hold the comment (or swipe left on it) and choose "Hide".',
    RECORD_IT,
  ],
  instagramUnhide: [
    "Open the school's Instagram account in the app and find the post with the comment.",
    'Tap "View hidden comments", then tap the comment and choose "Unhide".',
    RECORD_IT,
  ],
  instagramDelete: [
    "Open the school's Instagram account in the app and find the post with the comment.",
    'Swipe left on the comment (or press and hold it) and tap the bin icon. Make sure Schoolgate has kept the evidence first.',
    RECORD_IT,
  ],
  instagramReply: [
    "Open the school's Instagram account in the app and find the comment.",
    'Tap "Reply", paste the agreed reply and post it.',
    RECORD_IT,
  ],
  instagramBlock: [
    "Instagram does not let other programs block people, so this has to be done in the Instagram app by someone signed in as the school's account.",
    "Go to the person's profile (tap their name on the comment).",
    'Tap the three dots at the top right, choose "Block", and pick whether to block any other accounts they may make as well.',
    RECORD_IT,
  ],
  xHide: [
    "Open X signed in as the school's account and find the reply.",
    'Click the three dots on the reply and choose "Hide reply".',
    RECORD_IT,
  ],
  xUnhide: [
    'Open X signed in as the school\'s account, open the school\'s post and click the "hidden replies" icon.',
    'Click the three dots on the reply and choose "Unhide reply".',
    RECORD_IT,
  ],
  xDelete: [
    "X does not let anyone delete another person's post, not even a reply to the school's own post. You can do one or more of these instead:",
    'Hide the reply, so people have to click to see it (Schoolgate can do this for you).',
    'Report it to X: click the three dots on the reply, choose "Report post" and follow the questions. Note the reference X gives you.',
    "Block the author, so they can no longer reply to the school's posts.",
    'If it is appropriate, ask the author politely to delete it (through the school office, not a public reply).',
    RECORD_IT,
  ],
  xReply: [
    "Open X signed in as the school's account and find the post.",
    'Click the reply icon, paste the agreed reply and post it.',
    RECORD_IT,
  ],
  xBlock: [
    "Open X signed in as the school's account and go to the person's profile.",
    'Click the three dots on their profile and choose "Block".',
    RECORD_IT,
  ],
} as const satisfies Record<string, readonly string[]>;
