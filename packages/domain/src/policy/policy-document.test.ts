import { describe, expect, it } from 'vitest';
import { buildPolicyDocument, renderPolicyDocument, type PolicyDocumentFacts } from './policy-document.ts';
import { policySettingsFromTemplate, listPolicyTemplates } from './templates/index.ts';
import { withPolicyField } from './policy-fields.ts';

const facts = (overrides: Partial<PolicyDocumentFacts> = {}): PolicyDocumentFacts => ({
  schoolName: 'Hillside Academy',
  trustName: 'Northfield Learning Trust',
  headteacher: 'Ms Ada Okafor',
  dsl: 'Mr Ben Hale',
  deputyDsls: ['Mrs Cara Lind', 'Mr Dev Patel'],
  chairOfGovernors: 'Dr Eve Marsh',
  version: '3',
  approvedOn: '2026-03-24',
  reviewDate: '2028-03-24',
  ...overrides,
});

describe('the policy document is rendered from the settings', () => {
  const secondary = policySettingsFromTemplate('secondary-accounts-and-roles');

  it('fills in the school, the people and the dates', () => {
    const markdown = renderPolicyDocument(secondary, facts());
    expect(markdown).toMatch(/^# Hillside Academy: social media policy\n/);
    expect(markdown).toContain('- **Next review:** 24 March 2028');
    expect(markdown).toContain('Designated safeguarding lead, Mr Ben Hale');
    expect(markdown).toContain('Deputy designated safeguarding leads: Mrs Cara Lind and Mr Dev Patel.');
    expect(markdown).toContain('Hillside Academy belongs to Northfield Learning Trust.');
    expect(markdown).toContain('version 3, approved on 24 March 2026');
    expect(markdown).toContain('reviewed every two years');
  });

  it('states the deadline, platforms and runner rules the system enforces', () => {
    const markdown = renderPolicyDocument(secondary, facts());
    expect(markdown).toContain('within 48 hours');
    expect(markdown).toContain('a bank holiday in England and Wales');
    expect(markdown).toContain('by 17:00 on the next working day');
    expect(markdown).toContain('official accounts on Facebook and X (formerly Twitter).');
    expect(markdown).toContain('Every account has at least two runners.');
    expect(markdown).toContain('pass it to the headteacher and the chair of governors before anyone replies');
  });

  it('names what Schoolgate does and states the rest as rules for people, not as things the system does', () => {
    const markdown = renderPolicyDocument(secondary, facts());
    expect(markdown).toContain('Schoolgate itself works out when each comment on our accounts must be answered');
    expect(markdown).toContain('The other rules here are for the people named in it to follow');
    expect(markdown).not.toContain('the system applies what this document says');
    // Account access, credential reveals, the runner-count flag and concern routing are not built yet (C2, C5).
    expect(markdown).not.toMatch(/is flagged|revealing one|is recorded|reaches the designated/);
    expect(markdown).toContain('the headteacher names another or closes the account');
    expect(markdown).toContain('Staff take any concern under this policy to the designated safeguarding lead');
  });

  it('names every role the policy asks to use two-factor sign-in, including those a school adds', () => {
    const stricter = withPolicyField(secondary, 'people.twoFactorRoles', [
      ...secondary.people.twoFactorRoles,
      'slt',
      'staff',
    ]);
    expect(renderPolicyDocument(secondary, facts())).toContain(
      'The trust central team, the headteacher, the designated safeguarding lead, the deputy designated ' +
        'safeguarding leads and account administrators sign in to Schoolgate with a code',
    );
    expect(renderPolicyDocument(stricter, facts())).toContain(
      'account administrators, the senior leadership team and all staff sign in to Schoolgate with a code',
    );
  });

  it('changes when a setting changes: a Scottish school on 24 working hours says so', () => {
    let settings = withPolicyField(secondary, 'calendar.nation', 'scotland');
    settings = withPolicyField(settings, 'response.hours', 24);
    settings = withPolicyField(settings, 'response.counting', 'working_hours');
    const markdown = renderPolicyDocument(settings, facts());
    expect(markdown).toContain('within 24 working hours');
    expect(markdown).toContain('Working hours are 08:00 to 17:00, Monday to Friday, except bank holidays in Scotland');
  });

  it('says what the code enforces where it asks more than the setting: one approval, two runners, a business case', () => {
    let settings = withPolicyField(secondary, 'posts.approvalsRequired', 0);
    settings = withPolicyField(settings, 'accounts.minRunners', 1);
    settings = withPolicyField(settings, 'accounts.businessCaseRequired', false);
    const markdown = renderPolicyDocument(settings, facts());
    expect(markdown).toContain('Every post is approved by one person other than its author before it is published.');
    expect(markdown).not.toContain('without a second approval');
    expect(markdown).toContain('Every account has at least two runners.');
    expect(markdown).toContain('A request for a new account is made in writing.');
  });

  it('lists the closure days with their dates', () => {
    const settings = withPolicyField(secondary, 'calendar.closures', [
      { from: '2026-10-26', to: '2026-10-30', label: 'October half term' },
      { from: '2026-11-02', to: '2026-11-02', label: 'INSET day' },
    ]);
    const markdown = renderPolicyDocument(settings, facts());
    expect(markdown).toContain('- October half term: 26 to 30 October 2026');
    expect(markdown).toContain('- INSET day: 2 November 2026');
  });

  it('leaves out what the settings do not ask for', () => {
    const markdown = renderPolicyDocument(
      policySettingsFromTemplate('community-primary-parents-ladder'),
      facts({ trustName: null, deputyDsls: [], approvedOn: null }),
    );
    expect(markdown).not.toContain('signs to say they have read this policy');
    expect(markdown).not.toContain('journalist');
    expect(markdown).not.toContain('belongs to');
    expect(markdown).toContain('none named at present');
    expect(markdown).toContain('a draft awaiting approval');
    expect(markdown).toContain('within 24 hours');
  });

  it('escapes names so they cannot turn into formatting', () => {
    const markdown = renderPolicyDocument(secondary, facts({ schoolName: 'St *Mary*_s [Academy]' }));
    expect(markdown).toContain('# St \\*Mary\\*\\_s \\[Academy\\]: social media policy');
  });

  it('the structured form carries the same content as plain text, for the PDF', () => {
    const document = buildPolicyDocument(secondary, facts());
    expect(document.sections.map((section) => section.id)).toEqual([
      'about',
      'responsibilities',
      'accounts',
      'posts',
      'comments',
      'concerns',
      'staff',
      'data',
      'review',
    ]);
    const comments = document.sections.find((section) => section.id === 'comments');
    expect(
      comments?.blocks.some(
        (block) => block.kind === 'list' && block.items.includes('Spam: hidden at once, then checked by a moderator.'),
      ),
    ).toBe(true);
    expect(JSON.stringify(document)).not.toContain('**');
  });

  it('renders every template without leaving a placeholder or an empty list', () => {
    for (const template of listPolicyTemplates()) {
      const document = buildPolicyDocument(template.settings, facts());
      for (const section of document.sections) {
        for (const block of section.blocks) {
          if (block.kind === 'list') expect(block.items.length, `${template.id} ${section.id}`).toBeGreaterThan(0);
          else expect(block.text).not.toMatch(/undefined|null|NaN|\[object/);
        }
      }
    }
  });
});
