import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ConsentRegisterResponse, ConsentUseState, PupilConsentResponse } from '@schoolgate/contracts';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, makeMe } from '../../../test/factories';
import { renderWithApp } from '../../../test/render';
import { ConsentRoute } from './consent-route';

afterEach(() => vi.unstubAllGlobals());

const AMARA = '3f1c1a52-3d4e-4c59-9a57-7c1b3f0d2a01';
const CHLOE = '3f1c1a52-3d4e-4c59-9a57-7c1b3f0d2a03';
const state = (status: ConsentUseState['status'], decidedOn: string | null = '2024-09-04'): ConsentUseState => ({
  status,
  decidedOn: status === 'not_recorded' ? null : decidedOn,
  expiresOn: status === 'granted' ? '2025-08-31' : null,
});
const uses = (photo: ConsentUseState['status']) => ({
  social_media_photo: state(photo),
  social_media_name: state('refused'),
  website: state('granted'),
  press: state('expired'),
  displays: state('not_recorded'),
});
const pupil = (id: string, firstName: string, photo: ConsentUseState['status'], doNotPublish = false) => ({
  pupilId: id,
  misId: `MIS-${firstName}`,
  firstName,
  lastName: 'Bello',
  preferredName: null,
  yearGroup: '3',
  className: '3B',
  doNotPublish,
  uses: uses(photo),
});
const register = (photo: ConsentUseState['status']): ConsentRegisterResponse => ({
  items: [pupil(AMARA, 'Amara', photo), pupil(CHLOE, 'Chloe', 'granted', true)],
  total: 2,
  page: 1,
  pageSize: 50,
  today: '2025-03-10',
  yearGroups: ['3'],
});
const detail = (photo: ConsentUseState['status']): PupilConsentResponse => ({
  ...register(photo).items[0]!,
  today: '2025-03-10',
  history: [
    {
      id: '9f1c1a52-3d4e-4c59-9a57-7c1b3f0d2a01',
      use: 'social_media_photo',
      decision: 'granted',
      source: 'consent_form',
      decidedOn: '2024-09-04',
      expiresOn: '2025-08-31',
      note: null,
      recordedBy: 'Office Manager',
      recordedAt: '2024-09-04T09:00:00.000Z',
    },
  ],
});

const OFFICE = makeMe({ role: 'account_admin', permissions: ['read:pupil', 'read:consent', 'update:consent'] });
const DSL = makeMe({
  role: 'dsl',
  permissions: ['read:pupil', 'read:consent', 'read:restriction', 'update:restriction'],
});

describe('ConsentRoute', () => {
  it('shows the register with a worded badge for every use and the do-not-publish flag', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => jsonResponse(200, register('granted'))),
    );
    renderWithApp(<ConsentRoute />, { me: OFFICE });
    const table = await screen.findByRole('table', { name: 'Consent register' });
    const amara = within(table).getByRole('row', { name: /Amara Bello/ });
    for (const word of ['Granted', 'Refused', 'Expired', 'Not recorded']) expect(amara).toHaveTextContent(word);
    expect(within(table).getByRole('row', { name: /Chloe Bello/ })).toHaveTextContent('Do not publish');
  });

  it('asks the API for pupils missing consent for the chosen use', async () => {
    const fetchMock = vi.fn(async (_url: string) => jsonResponse(200, register('granted')));
    vi.stubGlobal('fetch', fetchMock);
    renderWithApp(<ConsentRoute />, { me: OFFICE });
    await screen.findByRole('table', { name: 'Consent register' });
    await userEvent.selectOptions(screen.getByLabelText('Missing or expired consent for'), 'Press');
    await vi.waitFor(() => expect(fetchMock.mock.calls.some(([url]) => url.includes('missingFor=press'))).toBe(true));
  });

  it('lets the office record a withdrawal of photo consent and shows the register change', async () => {
    let photo: ConsentUseState['status'] = 'granted';
    const fetchMock = vi.fn(async (url: string, init?: RequestInit) => {
      if (url.endsWith('/withdrawals')) {
        photo = 'withdrawn';
        return jsonResponse(200, detail(photo));
      }
      if (url.startsWith(`/api/consent/pupils/${AMARA}`)) return jsonResponse(200, detail(photo));
      void init;
      return jsonResponse(200, register(photo));
    });
    vi.stubGlobal('fetch', fetchMock);
    renderWithApp(<ConsentRoute />, { me: OFFICE });
    await userEvent.click(await screen.findByRole('button', { name: 'Amara Bello' }));
    const drawer = await screen.findByRole('dialog', { name: 'Consent: Amara Bello' });
    expect(within(drawer).getByRole('table', { name: 'History of consent for Amara Bello' })).toHaveTextContent(
      'Office Manager',
    );
    expect(within(drawer).queryByRole('button', { name: 'Show reason' })).not.toBeInTheDocument();

    const form = within(drawer).getByRole('form', { name: 'Record a decision' });
    await userEvent.click(within(form).getByRole('checkbox', { name: 'Photo on social media' }));
    await userEvent.selectOptions(within(form).getByLabelText('Decision'), 'Withdrawn');
    await userEvent.selectOptions(within(form).getByLabelText('How the family told us'), 'Email');
    await userEvent.click(within(form).getByRole('button', { name: 'Record withdrawal' }));

    const call = fetchMock.mock.calls.find(([url]) => url.endsWith('/withdrawals'));
    expect(JSON.parse(String(call?.[1]?.body))).toMatchObject({
      uses: ['social_media_photo'],
      source: 'email',
      decidedOn: '2025-03-10',
    });
    const today = within(drawer).getByRole('table', { name: 'Consent for Amara Bello today' });
    expect(await within(today).findByRole('row', { name: /Photo on social media/ })).toHaveTextContent('Withdrawn');
    const table = screen.getByRole('table', { name: 'Consent register' });
    await vi.waitFor(() =>
      expect(within(table).getByRole('row', { name: /Amara Bello/ })).toHaveTextContent('Withdrawn'),
    );
    // Many clicks through a drawer: slow when the whole suite runs at once, not slow for a person.
  }, 15_000);

  it('shows the DSL the reason only when asked, explaining that the view is recorded', async () => {
    const fetchMock = vi.fn(async (url: string) => {
      if (url.endsWith('/restriction'))
        return jsonResponse(200, {
          pupilId: CHLOE,
          doNotPublish: true,
          reason: 'Court order: do not publish images',
          setBy: 'Dee Dsl',
          setAt: '2024-09-04T09:00:00.000Z',
        });
      if (url.startsWith(`/api/consent/pupils/${CHLOE}`))
        return jsonResponse(200, { ...detail('granted'), ...register('granted').items[1]!, history: [] });
      return jsonResponse(200, register('granted'));
    });
    vi.stubGlobal('fetch', fetchMock);
    renderWithApp(<ConsentRoute />, { me: DSL });
    await userEvent.click(await screen.findByRole('button', { name: 'Chloe Bello' }));
    const drawer = await screen.findByRole('dialog', { name: 'Consent: Chloe Bello' });
    expect(within(drawer).getByText(/Each time it is shown, your name and the time are recorded/)).toBeInTheDocument();
    expect(within(drawer).queryByText('Court order: do not publish images')).not.toBeInTheDocument();
    expect(fetchMock.mock.calls.some(([url]) => url.endsWith('/restriction'))).toBe(false);
    await userEvent.click(within(drawer).getByRole('button', { name: 'Show reason' }));
    expect(await within(drawer).findByText('Court order: do not publish images')).toBeInTheDocument();
    // The DSL does not record consent decisions.
    expect(within(drawer).queryByRole('form', { name: 'Record a decision' })).not.toBeInTheDocument();
    expect(within(drawer).getByRole('form', { name: 'Change the do-not-publish flag' })).toBeInTheDocument();
  });
});
