import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { PublicationRestrictionResponse } from '@schoolgate/contracts';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse } from '../../../test/factories';
import { renderWithApp } from '../../../test/render';
import { RestrictionPanel } from './restriction-panel';

afterEach(() => vi.unstubAllGlobals());

const PUPIL = '3f1c1a52-3d4e-4c59-9a57-7c1b3f0d2a03';
const CURRENT = 'Order discharged; social worker confirmed in writing';
const EARLIER = 'Court order: no images while proceedings continue';
const VIEW: PublicationRestrictionResponse = {
  pupilId: PUPIL,
  doNotPublish: false,
  reason: CURRENT,
  setBy: 'Dee Dsl',
  setAt: '2025-09-01T08:15:00.000Z',
  history: [
    { doNotPublish: false, reason: CURRENT, setBy: 'Dee Dsl', setAt: '2025-09-01T08:15:00.000Z' },
    { doNotPublish: true, reason: EARLIER, setBy: 'Hana Head', setAt: '2025-03-10T10:00:00.000Z' },
  ],
};

const renderPanel = () =>
  renderWithApp(<RestrictionPanel pupilId={PUPIL} pupilName="Łucja Nowak" doNotPublish={false} canRead canUpdate />);

describe('RestrictionPanel', () => {
  it('shows the earlier reasons with the current one, only once the reason is asked for', async () => {
    const fetchMock = vi.fn(async () => jsonResponse(200, VIEW));
    vi.stubGlobal('fetch', fetchMock);
    renderPanel();
    expect(screen.queryByText(EARLIER)).not.toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();

    await userEvent.click(screen.getByRole('button', { name: 'Show reason' }));

    expect(await screen.findByText(CURRENT)).toBeInTheDocument();
    const earlier = screen.getByRole('list', { name: 'Earlier do-not-publish reasons for Łucja Nowak' });
    const items = within(earlier).getAllByRole('listitem');
    // The reason in force is shown once, above; the list holds only what came before it.
    expect(items).toHaveLength(1);
    expect(items[0]).toHaveTextContent(`Put on the list: ${EARLIER}`);
    expect(items[0]).toHaveTextContent('Recorded by Hana Head on 10 Mar 2025');
  });

  it('shows no earlier reasons when the reason in force is the only one', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => jsonResponse(200, { ...VIEW, history: VIEW.history!.slice(0, 1) })),
    );
    renderPanel();
    await userEvent.click(screen.getByRole('button', { name: 'Show reason' }));
    expect(await screen.findByText(CURRENT)).toBeInTheDocument();
    expect(screen.queryByText('Earlier reasons')).not.toBeInTheDocument();
  });
});
