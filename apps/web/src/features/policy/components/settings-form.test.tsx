import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { PolicySettingsResponse } from '@schoolgate/contracts';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, makeMe } from '../../../test/factories';
import { renderWithApp } from '../../../test/render';
import { SettingsForm } from './settings-form';

afterEach(() => vi.unstubAllGlobals());

const trust = (field: string, value: unknown) => ({ field, value, source: 'trust' as const, trustValue: value });
const BASELINE_TWO_FACTOR = ['trust_admin', 'head', 'dsl', 'deputy_dsl', 'account_admin'];

const fields: PolicySettingsResponse['fields'] = [
  trust('platforms', ['facebook']),
  { field: 'response.hours', value: 24, source: 'school', trustValue: 48 },
  trust('response.counting', 'plain'),
  trust('response.workingDay.start', '08:00'),
  trust('response.workingDay.end', '17:00'),
  trust('calendar.nation', 'england_wales'),
  trust('calendar.closures', []),
  trust('posts.allowedCategories', ['event']),
  trust('posts.checks', ['political_statement']),
  trust('posts.approvalsRequired', 1),
  trust('posts.suggestionsGoTo', 'head'),
  trust('moderation.categories.spam.hideAt', 0.85),
  trust('moderation.categories.spam.queueAt', 0.5),
  trust('moderation.repeatOffender.threshold', 3),
  trust('moderation.repeatOffender.windowDays', 90),
  trust('moderation.repeatOffender.ladder', ['discuss', 'block']),
  trust('moderation.journalistContactGoesTo', ['head']),
  trust('moderation.complaintsUrl', ''),
  trust('accounts.runnersMustHaveSigned', true),
  trust('people.acceptance', 'all_staff'),
  trust('people.training.required', 'none'),
  trust('people.training.atInduction', false),
  trust('people.training.validityMonths', 12),
  trust('people.twoFactorRoles', BASELINE_TWO_FACTOR),
  trust('concerns.alsoNotify', []),
  trust('review.cycleMonths', 12),
];
const scopes = [
  { value: 'all_staff', label: 'Every member of staff' },
  { value: 'runners', label: 'Only the staff who run an official account' },
  { value: 'none', label: 'Nobody' },
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
    postChecks: [
      { value: 'political_statement', label: 'political views or campaigning' },
      { value: 'pupil_full_name', label: 'a pupil’s first name and surname together' },
    ],
    suggestionRoutes: [
      { value: 'head', label: 'The headteacher' },
      { value: 'runners', label: 'The staff who run the account' },
    ],
    pressContacts: [
      { value: 'head', label: 'The headteacher' },
      { value: 'chair_of_governors', label: 'The chair of governors' },
    ],
    acceptanceScopes: scopes,
    trainingScopes: scopes,
    twoFactorAlways: BASELINE_TWO_FACTOR,
    defaultScores: { hideAt: 0.85, queueAt: 0.5 },
  },
};

const invalid = (fieldsInError: { field: string; message: string }[]) =>
  jsonResponse(400, {
    error: { code: 'VALIDATION_FAILED', message: 'Some settings are not valid.', fields: fieldsInError },
  });

// The form is long and these tests fill much of it in; on a busy machine that takes longer than the default 5 s.
describe('SettingsForm', { timeout: 20_000 }, () => {
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

  it('lets the head set who signs, who is trained, post rules, the ladder, the press and concerns', async () => {
    const fetchMock = vi.fn(async (_url: string, _init?: RequestInit) => jsonResponse(200, data));
    vi.stubGlobal('fetch', fetchMock);
    renderWithApp(<SettingsForm data={data} scope="school" canEdit />, { me: makeMe() });

    const signs = screen.getByRole('radiogroup', { name: 'Who signs the policy' });
    await userEvent.click(within(signs).getByLabelText('Only the staff who run an official account'));
    const trained = screen.getByRole('radiogroup', { name: 'Who needs training on the policy' });
    await userEvent.click(within(trained).getByLabelText('Every member of staff'));
    await userEvent.click(screen.getByLabelText('Train new staff when they join'));
    await userEvent.click(screen.getByLabelText('A pupil’s first name and surname together'));
    const ideas = screen.getByRole('radiogroup', { name: 'Ideas for posts from other staff go to' });
    await userEvent.click(within(ideas).getByLabelText('The staff who run the account'));
    const threshold = screen.getByLabelText('Removed comments before the next step');
    await userEvent.clear(threshold);
    await userEvent.type(threshold, '2');
    await userEvent.click(screen.getByLabelText('The chair of governors'));
    const concerns = screen.getByRole('group', { name: 'Besides the safeguarding team, also tell' });
    expect(within(concerns).queryByLabelText('Designated Safeguarding Lead')).not.toBeInTheDocument();
    await userEvent.click(within(concerns).getByLabelText('Senior leader'));
    const twoFactor = screen.getByRole('group', { name: 'Who must use two-factor sign-in' });
    // Roles that always need it are named, not offered as boxes the head could untick.
    expect(twoFactor).toHaveAccessibleDescription(/Always required: Trust central team, Headteacher,/);
    expect(within(twoFactor).queryByLabelText('Headteacher')).not.toBeInTheDocument();
    await userEvent.click(within(twoFactor).getByLabelText('Senior leader'));

    await userEvent.click(screen.getByRole('button', { name: 'Save 9 changes' }));
    const [, init] = fetchMock.mock.calls[0]!;
    expect(JSON.parse(String(init?.body))).toEqual({
      changes: {
        'people.acceptance': 'runners',
        'people.training.required': 'all_staff',
        'people.training.atInduction': true,
        'posts.checks': ['political_statement', 'pupil_full_name'],
        'posts.suggestionsGoTo': 'runners',
        'moderation.repeatOffender.threshold': 2,
        'moderation.journalistContactGoesTo': ['head', 'chair_of_governors'],
        'concerns.alsoNotify': ['slt'],
        'people.twoFactorRoles': [...BASELINE_TWO_FACTOR, 'slt'],
      },
    });
  });

  it('shows what the API refuses under the field it names, in words the head can act on', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        invalid([
          { field: 'moderation.repeatOffender.threshold', message: 'At least one comment.' },
          { field: 'accounts.runnersMustHaveSigned', message: 'Runners cannot sign if nobody is asked to.' },
        ]),
      ),
    );
    renderWithApp(<SettingsForm data={data} scope="school" canEdit />, { me: makeMe() });

    const signs = screen.getByRole('radiogroup', { name: 'Who signs the policy' });
    await userEvent.click(within(signs).getByLabelText('Nobody'));
    const threshold = screen.getByLabelText('Removed comments before the next step');
    await userEvent.clear(threshold);
    await userEvent.type(threshold, '0');
    await userEvent.click(screen.getByRole('button', { name: 'Save 2 changes' }));

    expect(await screen.findByText('At least one comment.')).toBeInTheDocument();
    expect(threshold).toHaveAttribute('aria-invalid', 'true');
    expect(threshold).toHaveAccessibleDescription(/At least one comment\./);
    // The rule ties signing to a setting the form does not show, so its problem appears under "Who signs".
    expect(signs).toHaveAccessibleDescription(
      /The policy says staff must sign it before they run an account, so someone has to be asked to sign\./,
    );
  });

  it('takes the school’s complaints page, and shows the API’s refusal under it', async () => {
    const fetchMock = vi.fn(async (_url: string, _init?: RequestInit) =>
      invalid([{ field: 'moderation.complaintsUrl', message: 'Give the full address of the page.' }]),
    );
    vi.stubGlobal('fetch', fetchMock);
    renderWithApp(<SettingsForm data={data} scope="school" canEdit />, { me: makeMe() });

    const page = screen.getByLabelText('Complaints procedure page');
    expect(page).toHaveValue('');
    await userEvent.type(page, 'meadowbank.sch.uk/complaints');
    await userEvent.click(screen.getByRole('button', { name: 'Save 1 change' }));
    expect(JSON.parse(String(fetchMock.mock.calls[0]![1]?.body))).toEqual({
      changes: { 'moderation.complaintsUrl': 'meadowbank.sch.uk/complaints' },
    });
    expect(await screen.findByText('Give the full address of the page.')).toBeInTheDocument();
    expect(page).toHaveAttribute('aria-invalid', 'true');
  });
});
