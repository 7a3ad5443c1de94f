import { screen, within } from '@testing-library/react';
import type { TrainingOverviewItem, TrainingOverviewResponse } from '@schoolgate/contracts';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, makeMe } from '../../../test/factories';
import { renderWithApp } from '../../../test/render';
import { TrainingPanel } from './training-panel';

afterEach(() => vi.unstubAllGlobals());

const none = { status: 'none' as const, latest: null };
const person = (staffId: string, name: string, role: TrainingOverviewItem['role'], required: boolean) => ({
  staffId,
  name,
  jobTitle: null,
  role,
  canSignIn: true,
  kinds: { induction: none, refresher: none, dsl: none },
  status: 'none' as const,
  required,
  outOfDate: required,
});

const overview: TrainingOverviewResponse = {
  validityMonths: 12,
  scope: 'runners',
  total: 2,
  outOfDate: 1,
  items: [
    person('3f1c1a52-3d4e-4c59-9a57-7c1b3f0d2a01', 'Amy Adams', 'staff', false),
    person('3f1c1a52-3d4e-4c59-9a57-7c1b3f0d2a02', 'Ben Brown', 'account_admin', true),
  ],
};

describe('TrainingPanel', () => {
  it('says whom the policy asks to be trained, and marks those it does not', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => jsonResponse(200, overview)),
    );
    renderWithApp(<TrainingPanel canRecord={false} canRemind={false} />, { me: makeMe() });
    expect(await screen.findByText(/asks only the staff who run the school’s accounts/)).toBeInTheDocument();
    // Amy has no training either, but the policy does not ask her for it: she is not overdue.
    expect(screen.getByText(/^1 of 2 people is overdue for the training they need\./)).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Training of every member of staff' });
    expect(within(table).getByRole('row', { name: /Amy Adams/ })).toHaveTextContent('Policy training not required');
    expect(within(table).getByRole('row', { name: /Ben Brown/ })).not.toHaveTextContent('not required');
  });
});
