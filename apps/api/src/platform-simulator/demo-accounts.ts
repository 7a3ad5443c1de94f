// The demo school's accounts on the simulated platforms. Fixed, so the demo seed can connect the school to them
// before the simulator has started, and a restart finds the same accounts.
import type { Platform } from '../connectors/normalised-event.ts';

export const DEMO_ACCOUNTS: Readonly<Record<Platform, { id: string; name: string; handle?: string }>> = {
  facebook: { id: '104729381650231', name: 'Meadowbank Primary School' },
  instagram: { id: '17841405822304914', name: 'Meadowbank Primary School', handle: 'meadowbankprimary' },
  x: { id: '1456789012345678901', name: 'Meadowbank Primary', handle: 'MeadowbankPri' },
};

/**
 * A second Page with its own Instagram account, managed by the same person, not connected by the demo seed: what a
 * school connects when it tries the real sign-in flow against the simulator (and the Page a connection must not
 * pick by mistake).
 */
export const SPARE_ACCOUNTS = {
  facebook: { id: '104729381650877', name: 'Meadowbank Sport' },
  instagram: { id: '17841405822309877', name: 'Meadowbank Sport', handle: 'meadowbank_sport' },
} as const;

/** The simulated apps a school registers with Meta and X (any values work, as long as Schoolgate uses the same). */
export const SIMULATOR_APPS = {
  metaAppId: '100000000000001',
  xClientId: 'simulated-x-client-id',
  xClientSecret: 'simulated-x-client-secret',
} as const;
