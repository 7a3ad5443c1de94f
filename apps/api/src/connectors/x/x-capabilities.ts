// What the X API v2 lets the school's account do with replies and mentions.
import type { ConnectorCapabilities } from '../connector.ts';
import { MANUAL_STEPS } from '../manual-steps.ts';

export const X_CAPABILITIES: ConnectorCapabilities = {
  platform: 'x',
  actions: {
    hide: {
      viaApi: true,
      manualSteps: MANUAL_STEPS.xHide,
      note: "Only replies in a conversation the school's post started can be hidden, not mentions elsewhere.",
    },
    unhide: { viaApi: true, manualSteps: MANUAL_STEPS.xUnhide },
    delete: {
      viaApi: false,
      manualSteps: MANUAL_STEPS.xDelete,
      note: "X does not let anyone delete another person's post, even a reply to the school.",
    },
    reply: { viaApi: true, manualSteps: MANUAL_STEPS.xReply },
    block: { viaApi: true, manualSteps: MANUAL_STEPS.xBlock },
  },
};
