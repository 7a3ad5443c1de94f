import { describe, expect, it } from 'vitest';
import { listPolicyTemplates, policySettingsFromTemplate, POLICY_TEMPLATE_IDS } from './index.ts';
import { parsePolicySettings } from '../policy-settings.schema.ts';
import { decideCommentAction } from '../comment-action.ts';

describe('policy templates', () => {
  it('offers the five seed-based templates and a blank one, each a valid policy', () => {
    const templates = listPolicyTemplates();
    expect(templates.map((template) => template.id)).toEqual([...POLICY_TEMPLATE_IDS]);
    for (const template of templates) {
      expect(parsePolicySettings(template.settings)).toEqual({ ok: true, settings: template.settings });
    }
  });

  it('names templates for the kind of school, never a real school', () => {
    const names = listPolicyTemplates()
      .map((template) => `${template.name} ${template.suits}`)
      .join(' ');
    expect(names).not.toMatch(/Overstone|Danegrove|Orchard|Basford/i);
  });

  it.each([
    ['community-primary-parents-ladder', 24],
    ['secondary-accounts-and-roles', 48],
  ] as const)('%s answers comments within %i hours, next working day at weekends', (id, hours) => {
    const { response } = policySettingsFromTemplate(id);
    expect(response).toMatchObject({ hours, counting: 'plain' });
  });

  it('the accounts-and-roles template asks for a business case, SLT approval and two trained, signed runners', () => {
    expect(policySettingsFromTemplate('secondary-accounts-and-roles').accounts).toMatchObject({
      businessCaseRequired: true,
      approvedBy: 'slt',
      minRunners: 2,
      runnersMustHaveSigned: true,
      runnersMustHaveTraining: true,
    });
    expect(policySettingsFromTemplate('secondary-accounts-and-roles').moderation.journalistContactGoesTo).toEqual([
      'head',
      'chair_of_governors',
    ]);
  });

  it("the staff-conduct template needs the head's written consent and every signature", () => {
    const settings = policySettingsFromTemplate('primary-staff-conduct');
    expect(settings.accounts.headWrittenConsentRequired).toBe(true);
    expect(settings.people.acceptance).toBe('all_staff');
  });

  it('the trust template runs Facebook only and hides donation requests', () => {
    const settings = policySettingsFromTemplate('multi-academy-trust');
    expect(settings.platforms).toEqual(['facebook']);
    expect(decideCommentAction(settings.moderation.categories, [{ category: 'donation', score: 0.9 }]).action).toBe(
      'hide',
    );
    expect(settings.posts.allowedCategories).toContain('feedback_request');
  });

  it("the parents' ladder template escalates in the seed's order, from a talk to contacting the host", () => {
    const { ladder } = policySettingsFromTemplate('community-primary-parents-ladder').moderation.repeatOffender;
    expect(ladder[0]).toBe('discuss');
    expect(ladder.indexOf('meeting_with_head')).toBeLessThan(ladder.indexOf('police'));
    expect(ladder.at(-1)).toBe('contact_host');
  });

  it('the blank template hides nothing automatically and queues every category for a person', () => {
    const { categories } = policySettingsFromTemplate('blank').moderation;
    for (const rule of Object.values(categories)) expect(rule).toEqual({ hideAt: null, queueAt: 0.5 });
  });

  it('hands out copies: changing one does not change the template', () => {
    const copy = policySettingsFromTemplate('multi-academy-trust');
    copy.platforms.push('x');
    expect(policySettingsFromTemplate('multi-academy-trust').platforms).toEqual(['facebook']);
  });
});
