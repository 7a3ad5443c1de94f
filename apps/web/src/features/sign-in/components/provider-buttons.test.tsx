import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '../../../test/render';
import { ProviderButtons } from './provider-buttons';

const SCHOOL = '11111111-2222-4333-8444-555555555555';
const OTHER = '66666666-7777-4888-9999-000000000000';

describe('ProviderButtons', () => {
  it('links each provider to its start address for the school', () => {
    renderWithApp(
      <ProviderButtons
        providers={[
          { provider: 'microsoft', schoolId: SCHOOL, label: 'Oak Primary' },
          { provider: 'google', schoolId: SCHOOL, label: 'Oak Primary' },
        ]}
      />,
    );
    expect(screen.getByRole('link', { name: 'Sign in with Microsoft' })).toHaveAttribute(
      'href',
      `/api/auth/oidc/microsoft/start?school=${SCHOOL}`,
    );
    expect(screen.getByRole('link', { name: 'Sign in with Google' })).toHaveAttribute(
      'href',
      `/api/auth/oidc/google/start?school=${SCHOOL}`,
    );
  });

  it('names the school or trust when two share a provider, and shows nothing without providers', () => {
    const { container } = renderWithApp(<ProviderButtons providers={[]} />);
    expect(container.querySelector('a')).toBeNull();
    renderWithApp(
      <ProviderButtons
        providers={[
          { provider: 'microsoft', schoolId: SCHOOL, label: 'Oak Trust' },
          { provider: 'microsoft', schoolId: OTHER, label: 'Elm Trust' },
        ]}
      />,
    );
    expect(screen.getByRole('link', { name: 'Sign in with Microsoft (Elm Trust)' })).toBeInTheDocument();
  });
});
