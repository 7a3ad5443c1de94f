// What the Instagram Graph API lets a professional account do with comments on its own media.
import type { ConnectorCapabilities } from '../connector.ts';
import { MANUAL_STEPS } from '../manual-steps.ts';

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
