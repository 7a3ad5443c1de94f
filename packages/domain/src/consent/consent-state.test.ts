import { describe, expect, it } from 'vitest';
import {
  consentAllows,
  consentVerdict,
  currentConsentState,
  isConsentMissing,
  type ConsentRecordLike,
} from './consent-state.ts';
import type { ConsentUse } from './consent-vocabulary.ts';

const TODAY = '2025-03-10';
let clock = Date.UTC(2024, 8, 1);
/** A decision recorded after every earlier one built here, so the list order is the order of recording. */
function decided(
  use: ConsentUse,
  decision: string,
  extra: Partial<Pick<ConsentRecordLike, 'decidedOn' | 'expiresOn'>> = {},
): ConsentRecordLike {
  clock += 60_000;
  return { use, decision, decidedOn: '2024-09-05', expiresOn: null, recordedAt: new Date(clock), ...extra };
}

describe('currentConsentState', () => {
  it('shows every use as not recorded for a pupil with no history', () => {
    const state = currentConsentState([], TODAY);
    expect(Object.values(state.uses).map((u) => u.status)).toEqual(Array(5).fill('not_recorded'));
    expect(state.doNotPublish).toBe(false);
  });

  it.each<[string, ConsentRecordLike[], string]>([
    ['a grant stands', [decided('social_media_photo', 'granted')], 'granted'],
    ['a refusal stands', [decided('social_media_photo', 'refused')], 'refused'],
    [
      'a withdrawal after a grant wins',
      [decided('social_media_photo', 'granted'), decided('social_media_photo', 'withdrawn')],
      'withdrawn',
    ],
    [
      'a fresh grant after a withdrawal wins',
      [decided('social_media_photo', 'withdrawn'), decided('social_media_photo', 'granted')],
      'granted',
    ],
    [
      'a grant past its expiry date is expired',
      [decided('social_media_photo', 'granted', { expiresOn: '2025-03-09' })],
      'expired',
    ],
    [
      'a grant is still good on its expiry date',
      [decided('social_media_photo', 'granted', { expiresOn: TODAY })],
      'granted',
    ],
    [
      'a decision about another use changes nothing here',
      [decided('social_media_photo', 'granted'), decided('press', 'refused')],
      'granted',
    ],
    ['an unknown decision value is ignored', [decided('social_media_photo', 'maybe')], 'not_recorded'],
  ])('%s', (_, history, status) => {
    expect(currentConsentState(history, TODAY).uses.social_media_photo.status).toBe(status);
  });

  it('takes the latest recorded row, whatever order the history arrives in', () => {
    const grant = decided('website', 'granted');
    const withdrawal = decided('website', 'withdrawn');
    expect(currentConsentState([withdrawal, grant], TODAY).uses.website).toMatchObject({
      status: 'withdrawn',
      decision: 'withdrawn',
    });
  });
});

describe('consentAllows', () => {
  it.each<[string, ConsentRecordLike[], boolean, boolean]>([
    ['a current grant allows', [decided('press', 'granted')], false, true],
    ['no record does not allow: consent is never assumed', [], false, false],
    ['a refusal does not allow', [decided('press', 'refused')], false, false],
    ['a withdrawal does not allow', [decided('press', 'granted'), decided('press', 'withdrawn')], false, false],
    ['an expired grant does not allow', [decided('press', 'granted', { expiresOn: '2024-08-31' })], false, false],
    ['the do-not-publish list overrides a grant', [decided('press', 'granted')], true, false],
  ])('%s', (_, history, doNotPublish, allowed) => {
    const state = currentConsentState(history, TODAY, doNotPublish);
    expect(consentAllows(state, 'press', TODAY)).toBe(allowed);
  });

  it('checks expiry against the day it is asked, not the day the state was worked out', () => {
    const state = currentConsentState([decided('displays', 'granted', { expiresOn: '2025-03-10' })], TODAY);
    expect(consentAllows(state, 'displays', TODAY)).toBe(true);
    expect(consentAllows(state, 'displays', '2025-03-11')).toBe(false);
    expect(consentVerdict(state, 'displays', '2025-03-11')).toEqual({ allowed: false, reason: 'expired' });
  });

  it('names the do-not-publish list as the reason before anything else', () => {
    const state = currentConsentState([], TODAY, true);
    expect(consentVerdict(state, 'website', TODAY)).toEqual({ allowed: false, reason: 'do_not_publish' });
  });
});

describe('isConsentMissing', () => {
  it.each([
    ['not_recorded', true],
    ['expired', true],
    ['granted', false],
    ['refused', false],
    ['withdrawn', false],
  ] as const)('%s -> %s', (status, missing) => {
    expect(isConsentMissing(status)).toBe(missing);
  });
});
