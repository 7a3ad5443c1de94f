import { describe, expect, it } from 'vitest';
import { currentConsentState } from '../consent/consent-state.ts';
import type { ConsentUse } from '../consent/consent-vocabulary.ts';
import { POST_CHECKS } from '../policy/policy-vocabulary.ts';
import {
  blockingFindings,
  howNamed,
  publicationFindings,
  type CheckPupil,
  type PublicationCheckInput,
} from './publication-checks.ts';

const today = '2026-12-07';
const consent = (granted: ConsentUse[], refused: ConsentUse[] = [], doNotPublish = false) =>
  currentConsentState(
    [
      ...granted.map((use) => ({
        use,
        decision: 'granted',
        decidedOn: '2026-09-01',
        expiresOn: null,
        recordedAt: new Date('2026-09-01'),
      })),
      ...refused.map((use) => ({
        use,
        decision: 'refused',
        decidedOn: '2026-09-01',
        expiresOn: null,
        recordedAt: new Date('2026-09-01'),
      })),
    ],
    today,
    doNotPublish,
  );

const amelia: CheckPupil = {
  id: 'p-amelia',
  firstName: 'Amelia',
  lastName: 'Okafor',
  consent: consent(['social_media_photo', 'social_media_name']),
};
const tom: CheckPupil = {
  id: 'p-tom',
  firstName: 'Thomas',
  preferredName: 'Tom',
  lastName: 'Hughes',
  consent: consent(['social_media_photo'], ['social_media_name']),
};
const ella: CheckPupil = {
  id: 'p-ella',
  firstName: 'Ella',
  lastName: 'Brown',
  consent: consent(['social_media_photo', 'social_media_name'], [], true),
};
const noah: CheckPupil = { id: 'p-noah', firstName: 'Noah', lastName: 'Price', consent: consent([]) };

const base = (over: Partial<PublicationCheckInput> = {}): PublicationCheckInput => ({
  kind: 'post',
  text: 'Year 4 had a wonderful trip to the science museum today.',
  category: 'trip_or_activity',
  platforms: ['facebook'],
  images: [],
  tagged: [],
  roster: [amelia, tom, ella, noah],
  staff: [{ firstName: 'Priya', lastName: 'Patel' }],
  schoolHandles: ['oakfieldprimary'],
  policy: { allowedCategories: ['trip_or_activity', 'event'], platforms: ['facebook', 'x'], checks: [...POST_CHECKS] },
  labels: [],
  today,
  ...over,
});
const checks = (over: Partial<PublicationCheckInput>) => publicationFindings(base(over)).map((f) => f.check);

describe('publicationFindings', () => {
  it('passes an ordinary post', () => {
    expect(publicationFindings(base())).toEqual([]);
  });

  it('refuses a pictured pupil without photo consent, and it cannot be overridden', () => {
    const findings = publicationFindings(
      base({ tagged: [{ ...noah, pictured: true, named: false }], images: [{ altText: 'Children at the museum' }] }),
    );
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ check: 'pupil_consent', pupilId: 'p-noah', overridable: false });
    expect(findings[0]?.reason).toContain('Noah Price is tagged as pictured');
    expect(findings[0]?.reason).toContain('photo');
    expect(findings[0]?.clause).toMatch(/002, 004/);
    expect(blockingFindings(findings, ['pupil_consent'])).toHaveLength(1);
  });

  it('refuses a pupil on the do-not-publish list whatever the register says, without saying why', () => {
    const findings = publicationFindings(base({ tagged: [{ ...ella, pictured: true, named: false }] }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ check: 'pupil_consent', pupilId: 'p-ella', overridable: false });
    expect(findings[0]?.reason).not.toMatch(/do-not-publish|court|adopt/i);
  });

  it('allows a pictured pupil with photo consent', () => {
    expect(checks({ tagged: [{ ...amelia, pictured: true, named: false }] })).toEqual([]);
  });

  it('refuses a name in the text when the family refused name consent, tagged or not', () => {
    expect(checks({ text: 'Well done to Tom Hughes for his reading award!', category: 'trip_or_activity' })).toEqual([
      'pupil_consent',
    ]);
    const tagged = publicationFindings(
      base({ text: 'Well done to our reader of the week!', tagged: [{ ...tom, pictured: false, named: true }] }),
    );
    expect(tagged.map((f) => f.check)).toEqual(['pupil_consent']);
    expect(tagged[0]?.reason).toContain('tagged as named');
  });

  it('treats a first name alone of a pupil without name consent as overridable advice', () => {
    const findings = publicationFindings(base({ kind: 'reply', text: 'Thanks, Tom will love this.' }));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ check: 'pupil_consent', overridable: true, pupilId: 'p-tom' });
    expect(blockingFindings(findings, ['pupil_consent'])).toEqual([]);
  });

  it('flags a full name even with consent for names (first names only)', () => {
    const findings = publicationFindings(base({ text: 'Amelia Okafor won the county chess final.' }));
    expect(findings.map((f) => [f.check, f.overridable])).toEqual([['pupil_full_name', false]]);
    expect(checks({ text: 'Amelia won the county chess final.' })).toEqual([]);
  });

  it('makes a check the policy does not list advisory: shown, and overridable with a reason', () => {
    const findings = publicationFindings(
      base({
        text: 'Amelia Okafor won the county chess final.',
        policy: { ...base().policy, checks: ['personal_data'] },
      }),
    );
    expect(findings).toMatchObject([{ check: 'pupil_full_name', overridable: true }]);
    expect(blockingFindings(findings, ['pupil_full_name'])).toEqual([]);
    expect(blockingFindings(findings)).toHaveLength(1);
  });

  it('finds names however they are written', () => {
    expect(howNamed("TOM HUGHES's trophy", tom)).toBe('full');
    expect(howNamed('Thomas Hughes', tom)).toBe('full');
    expect(howNamed('tom', tom)).toBe('first');
    expect(howNamed('Tomorrow is sports day', tom)).toBeNull();
  });

  it("reports the classifier's personal data but leaves names to the roster", () => {
    expect(checks({ labels: [{ category: 'personal_data', kind: 'phone', evidence: 'a phone number' }] })).toEqual([
      'personal_data',
    ]);
    expect(checks({ labels: [{ category: 'personal_data', kind: 'name' }] })).toEqual([]);
  });

  it('flags a message to one person, not a greeting to everyone', () => {
    expect(checks({ text: 'Dear Mrs Jones, your parcel is at reception.' })).toEqual(['message_to_individual']);
    expect(checks({ text: '@sam_k please get in touch' })).toEqual(['message_to_individual']);
    expect(checks({ text: 'Dear families, the trip was wonderful.' })).toEqual([]);
    expect(checks({ text: 'Thank you for coming to the trip evening.' })).toEqual([]);
    expect(checks({ kind: 'reply', text: 'Dear Mrs Jones, please ring the office.' })).toEqual([]);
  });

  it('flags politics, adverts, staff personal accounts', () => {
    expect(checks({ text: 'Remember to vote Labour on Thursday!' })).toEqual(['political_statement']);
    expect(checks({ text: 'Use code SCHOOL10 for 20% off at Pizza Place.' })).toEqual(['unrelated_advert']);
    expect(publicationFindings(base({ labels: [{ category: 'commercial' }] }))).toMatchObject([
      { check: 'unrelated_advert', overridable: true },
    ]);
    expect(checks({ labels: [{ category: 'spam' }] })).toEqual([]);
    expect(checks({ text: 'Photos on instagram.com/priya.patel.runs' })).toEqual(['staff_personal_account_link']);
    expect(checks({ text: 'Thanks to @priyapatel88 for the photos' })).toEqual(['staff_personal_account_link']);
    expect(checks({ text: 'More on facebook.com/oakfieldprimary' })).toEqual([]);
  });

  it('refuses a category or platform the policy does not allow, not overridable', () => {
    const findings = publicationFindings(base({ category: 'vacancy', platforms: ['instagram'] }));
    expect(findings.map((f) => [f.check, f.overridable])).toEqual([
      ['category_not_allowed', false],
      ['platform_not_allowed', false],
    ]);
    expect(checks({ category: null })).toEqual(['category_not_allowed']);
    expect(checks({ kind: 'reply', category: null, platforms: ['instagram'] })).toEqual([]);
  });

  it('refuses abusive or profane wording and images without alt text', () => {
    expect(checks({ labels: [{ category: 'profanity' }, { category: 'abuse' }] })).toEqual(['abusive_wording']);
    const alt = publicationFindings(base({ images: [{ altText: '  ' }, { altText: null }, { altText: 'A class' }] }));
    expect(alt).toMatchObject([{ check: 'alt_text_missing', overridable: false }]);
    expect(alt[0]?.reason).toContain('2 images');
    const video = publicationFindings(base({ videos: [{ altText: '' }] }));
    expect(video.find((f) => f.check === 'alt_text_missing')).toMatchObject({
      reason: expect.stringMatching(/video has no description/),
      overridable: false,
    });
    expect(publicationFindings(base({ videos: [{ altText: 'The choir singing' }] })).map((f) => f.check)).not.toContain(
      'alt_text_missing',
    );
  });
});
