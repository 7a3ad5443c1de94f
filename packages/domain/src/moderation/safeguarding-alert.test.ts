import { describe, expect, it } from 'vitest';
import { safeguardingAlertFor, type AlertLabel } from './safeguarding-alert.ts';

describe('safeguardingAlertFor', () => {
  it.each<[string, AlertLabel[], ReturnType<typeof safeguardingAlertFor>]>([
    ['no labels', [], { alert: false }],
    ['a threat', [{ category: 'threat' }], { alert: true, reason: 'threat' }],
    ['a threat among others', [{ category: 'abuse' }, { category: 'threat' }], { alert: true, reason: 'threat' }],
    [
      'a threat and an incident naming a pupil: the threat is the reason',
      [{ category: 'incident', namesPupil: true }, { category: 'threat' }],
      { alert: true, reason: 'threat' },
    ],
    [
      'an incident naming a pupil',
      [{ category: 'incident', namesPupil: true }],
      { alert: true, reason: 'incident_naming_pupil' },
    ],
    ['an incident naming no pupil', [{ category: 'incident' }], { alert: false }],
    ['an incident whose pupil flag is false', [{ category: 'incident', namesPupil: false }], { alert: false }],
    ['a pupil flag on another category', [{ category: 'complaint', namesPupil: true }], { alert: false }],
    [
      'abuse, hate and personal data',
      [{ category: 'abuse' }, { category: 'hate' }, { category: 'personal_data' }],
      {
        alert: false,
      },
    ],
    ['a complaint', [{ category: 'complaint' }], { alert: false }],
  ])('%s', (_name, labels, expected) => {
    expect(safeguardingAlertFor(labels)).toEqual(expected);
  });
});
