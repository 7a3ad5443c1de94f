// The demo school's accounts on the simulated platforms. Fixed, so the demo seed can connect the school to them
// before the simulator has started, and a restart finds the same accounts.
import type { Platform } from '../connectors/normalised-event.ts';

export const DEMO_ACCOUNTS: Readonly<Record<Platform, { id: string; name: string; handle?: string }>> = {
  facebook: { id: '104729381650231', name: 'Meadowbank Primary School' },
  instagram: { id: '17841405822304914', name: 'Meadowbank Primary School', handle: 'meadowbankprimary' },
  x: { id: '1456789012345678901', name: 'Meadowbank Primary', handle: 'MeadowbankPri' },
};
