import { screen } from '@testing-library/react';
import type { MyTrainingResponse } from '@schoolgate/contracts';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, makeMe } from '../../../test/factories';
import { renderWithApp } from '../../../test/render';
import { MyTraining } from './my-training';

afterEach(() => vi.unstubAllGlobals());

const render = (mine: MyTrainingResponse) => {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => jsonResponse(200, mine)),
  );
  renderWithApp(<MyTraining />, { me: makeMe({ role: 'staff' }) });
};

describe('MyTraining', () => {
  it('says when the policy does not ask the person to be trained, rather than asking for records', async () => {
    render({ hasStaffRecord: true, required: false, status: 'none', items: [] });
    expect(
      await screen.findByText('Your school’s social media policy does not ask you to be trained on it.'),
    ).toBeInTheDocument();
    expect(screen.queryByText(/No training has been recorded for you yet/)).not.toBeInTheDocument();
  });

  it('tells someone the policy asks that nothing is recorded yet', async () => {
    render({ hasStaffRecord: true, required: true, status: 'none', items: [] });
    expect(await screen.findByText(/No training has been recorded for you yet/)).toBeInTheDocument();
  });
});
