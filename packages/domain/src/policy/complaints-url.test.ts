// The school's complaints page (moderation.complaintsUrl): optional, so settings stored before it existed still
// parse, and when given it must be a web address a reply can point people to.
import { describe, expect, it } from 'vitest';
import { parsePolicySettings } from './policy-settings.schema.ts';
import { policySettingsFromTemplate } from './templates/index.ts';
import { withPolicyField } from './policy-fields.ts';
import { resolveSchoolPolicy } from './policy-inheritance.ts';

const settings = () => policySettingsFromTemplate('secondary-accounts-and-roles');

/** Settings as they were stored before the field was added. */
function storedBeforeTheField() {
  const { complaintsUrl: _dropped, ...moderation } = settings().moderation;
  return { ...settings(), moderation };
}

describe('moderation.complaintsUrl', () => {
  it('reads settings stored without it as having no complaints page', () => {
    const result = parsePolicySettings(storedBeforeTheField());
    expect(result).toMatchObject({ ok: true, settings: { moderation: { complaintsUrl: '' } } });
  });

  it('keeps a school website address, trimmed', () => {
    const result = parsePolicySettings(
      withPolicyField(settings(), 'moderation.complaintsUrl', '  https://meadowbank.sch.uk/complaints  '),
    );
    expect(result).toMatchObject({
      ok: true,
      settings: { moderation: { complaintsUrl: 'https://meadowbank.sch.uk/complaints' } },
    });
  });

  it.each([
    ['a page name without the address', 'complaints page'],
    ['a link that runs script', 'javascript:alert(1)'],
    ['an email address', 'office@meadowbank.sch.uk'],
  ])('refuses %s, naming the field', (_label, value) => {
    const result = parsePolicySettings(withPolicyField(settings(), 'moderation.complaintsUrl', value));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.field)).toEqual(['moderation.complaintsUrl']);
  });

  it('can be set by a school over its trust, like any other setting', () => {
    const result = resolveSchoolPolicy(settings(), { 'moderation.complaintsUrl': 'https://meadowbank.sch.uk/c' });
    expect(result).toMatchObject({ ok: true, policy: { overridden: ['moderation.complaintsUrl'] } });
  });
});
