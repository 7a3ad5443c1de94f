// What the Graph API lets each account do with comments on its own posts: a Facebook Page, and an Instagram
// professional account (which acts through its linked Page's token).
import type { ConnectorCapabilities } from '../connector.ts';
import { MANUAL_STEPS } from '../manual-steps.ts';

export const FACEBOOK_CAPABILITIES: ConnectorCapabilities = {
  platform: 'facebook',
  actions: {
    hide: {
      viaApi: true,
      manualSteps: MANUAL_STEPS.facebookHide,
      note: 'A hidden comment stays visible to its author and their friends, so they are not told.',
    },
    unhide: { viaApi: true, manualSteps: MANUAL_STEPS.facebookUnhide },
    delete: { viaApi: true, manualSteps: MANUAL_STEPS.facebookDelete },
    reply: { viaApi: true, manualSteps: MANUAL_STEPS.facebookReply },
    block: {
      viaApi: true,
      manualSteps: MANUAL_STEPS.facebookBlock,
      note: 'Facebook may refuse to block someone through the API (for example if they have not interacted with the Page); then use the manual steps.',
    },
  },
};

export const INSTAGRAM_CAPABILITIES: ConnectorCapabilities = {
  platform: 'instagram',
  actions: {
    hide: { viaApi: true, manualSteps: MANUAL_STEPS.instagramHide },
    unhide: { viaApi: true, manualSteps: MANUAL_STEPS.instagramUnhide },
    delete: { viaApi: true, manualSteps: MANUAL_STEPS.instagramDelete },
    reply: { viaApi: true, manualSteps: MANUAL_STEPS.instagramReply },
    block: {
      viaApi: false,
      manualSteps: MANUAL_STEPS.instagramBlock,
      note: "Instagram's API cannot block people: it has to be done in the Instagram app.",
    },
  },
};
