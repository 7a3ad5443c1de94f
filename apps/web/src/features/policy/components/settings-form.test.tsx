import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { PolicySettingsResponse } from '@schoolgate/contracts';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, makeMe } from '../../../test/factories';
import { renderWithApp } from '../../../test/render';
import { SettingsForm } from './settings-form';

afterEach(() => vi.unstubAllGlobals());

const fields: PolicySettingsResponse['fields'] = [
  { field: 'platforms', value: ['facebook'], source: 'trust', trustValue: ['facebook'] },
  { field: 'response.hours', value: 24, source: 'school', trustValue: 48 },
  { field: 'response.counting', value: 'plain', source: 'trust', trustValue: 'plain' },
  { field: 'response.workingDay.start', value: '08:00', source: 'trust', trustValue: '08:00' },
  { field: 'response.workingDay.end', value: '17:00', source: 'trust', trustValue: '17:00' },
  { field: 'calendar.nation', value: 'england_wales', source: 'trust', trustValue: 'england_wales' },
  { field: 'calendar.closures', value: [], source: 'trust', trustValue: [] },
  { field: 'posts.allowedCategories', value: ['event'], source: 'trust', trustValue: ['event'] },
  { field: 'posts.approvalsRequired', value: 1, source: 'trust', trustValue: 1 },
  { field: 'moderation.categories.spam.hideAt', value: 0.85, source: 'trust', trustValue: 0.85 },
  { field: 'moderation.categories.spam.queueAt', value: 0.5, source: 'trust', trustValue: 0.5 },
  { field: 'people.training.validityMonths', value: 12, source: 'trust', trustValue: 12 },
  { field: 'review.cycleMonths', value: 12, source: 'trust', trustValue: 12 },
];
const data: PolicySettingsResponse = {
  scope: 'school',
  name: 'Hillside Primary',
  trustTemplateId: 'multi-academy-trust',
  fields,
  templates: [],
  vocabulary: {
    platforms: [{ value: 'facebook', label: 'Facebook' }],
    postCategories: [{ value: 'event', label: 'Events' }],
    commentCategories: [{ value: 'spam', label: 'Spam' }],
    nations: [{ value: 'england_wales', label: 'England and Wales' }],
    countings: [{ value: 'plain', label: 'Hours on the clock' }],
    defaultScores: { hideAt: 0.85, queueAt: 0.5 },
  },
};

describe('SettingsForm', () => {
  it('says where each value comes from and sends only what changed', async () => {
    const fetchMock = vi.fn(async (_url: string, _init?: RequestInit) => jsonResponse(200, data));
    vi.stubGlobal('fetch', fetchMock);
    renderWithApp(<SettingsForm data={data} scope="school" canEdit />, { me: makeMe() });

    expect(screen.getAllByText('Set by this school')).toHaveLength(1);
    expect(screen.getByRole('button', { name: /Use the trust's value\s*for hours to respond/ })).toBeInTheDocument();

    await userEvent.selectOptions(screen.getByLabelText('Spam'), 'leave');
    await userEvent.click(screen.getByRole('button', { name: 'Save 2 changes' }));
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('/api/policy/settings');
    expect(JSON.parse(String(init?.body))).toEqual({
      changes: { 'moderation.categories.spam.hideAt': null, 'moderation.categories.spam.queueAt': null },
    });
  });

  it('shows the values without controls to change them to someone who may only read', () => {
    renderWithApp(<SettingsForm data={data} scope="school" canEdit={false} />, { me: makeMe() });
    expect(screen.queryByRole('button', { name: /Save/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Use the trust's value/ })).not.toBeInTheDocument();
    expect(screen.getByLabelText('Hours to respond')).toBeDisabled();
  });
});
