// TEMPORARY until the domain's clause library lands (branch policy-domain): a template's words.
import type { PolicyContent } from '@schoolgate/domain';

export function policyContentFromTemplate(_templateId: string): PolicyContent {
  return {
    sections: [
      {
        id: 'official-accounts',
        heading: 'Official accounts',
        origin: 'template',
        locked: false,
        clauses: [
          {
            id: 'accounts.response',
            status: 'enforced',
            rule: 'response.hours',
            markdown: null,
            origin: 'template',
            locked: false,
          },
        ],
      },
      {
        id: 'staff-personal-use',
        heading: 'Staff and their own social media',
        origin: 'template',
        locked: false,
        clauses: [
          {
            id: 'staff.private',
            status: 'guidance',
            rule: null,
            markdown: 'Staff keep their own accounts **private**.',
            origin: 'template',
            locked: false,
          },
        ],
      },
    ],
    statementOfAcceptance:
      'I have read the social media policy, I understand that it applies to me, and I will follow it.',
    responsiblePerson: null,
    history: [],
  };
}

export function validatePolicyContent(_content: PolicyContent): { field: string; message: string }[] {
  return [];
}
