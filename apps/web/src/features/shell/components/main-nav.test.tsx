import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeMe } from '../../../test/factories';
import { renderWithApp } from '../../../test/render';
import { MainNav } from './main-nav';

function linkNames(): string[] {
  return within(screen.getByRole('list'))
    .getAllByRole('link')
    .map((link) => link.textContent ?? '');
}

describe('MainNav', () => {
  it('shows a headteacher every capability', () => {
    const me = makeMe();
    renderWithApp(<MainNav me={me} />, { me });
    expect(linkNames()).toEqual([
      'Dashboard',
      'Official accounts',
      'Posts',
      'Moderation',
      'Concerns',
      'Policy',
      'Training and acceptance',
      'Reports',
      'People',
      'Audit log',
    ]);
  });

  it('hides People, Audit log and leaders’ pages from a member of staff', () => {
    const me = makeMe({ role: 'staff', permissions: [] });
    renderWithApp(<MainNav me={me} />, { me });
    const names = linkNames();
    expect(names).not.toContain('People');
    expect(names).not.toContain('Audit log');
    expect(names).not.toContain('Moderation');
    expect(names).not.toContain('Reports');
    expect(names).toContain('Concerns');
    expect(names).toContain('Training and acceptance');
  });

  it('lets a governor verify the audit log and raise or (as chair) read concerns, but not see people', () => {
    const me = makeMe({ role: 'governor', permissions: ['verify:audit'] });
    renderWithApp(<MainNav me={me} />, { me });
    const names = linkNames();
    expect(names).toContain('Audit log');
    expect(names).toContain('Reports');
    expect(names).not.toContain('People');
    expect(names).toContain('Concerns');
  });

  it('marks the current page for screen readers', () => {
    const me = makeMe();
    renderWithApp(<MainNav me={me} />, { me, path: '/people/pupils' });
    expect(screen.getByRole('link', { name: 'People' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: 'Dashboard' })).not.toHaveAttribute('aria-current');
  });
});
