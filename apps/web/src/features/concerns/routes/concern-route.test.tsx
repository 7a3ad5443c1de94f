// Issue 12: a concern opens after a fresh code; someone with no authenticator app yet (the chair of governors, whose
// role signs in without one) is sent to set one up rather than asked for a code they cannot have.
import { screen } from '@testing-library/react';
import { Route, Routes } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MeResponse } from '@schoolgate/contracts';
import { jsonResponse, makeMe } from '../../../test/factories';
import { renderWithApp } from '../../../test/render';
import { ConcernRoute } from './concern-route';

afterEach(() => vi.unstubAllGlobals());

const ID = '0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d';

function renderConcern(me: MeResponse) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () =>
      jsonResponse(403, {
        error: { code: 'SECOND_FACTOR_CHECK_REQUIRED', message: 'Enter a code from your authenticator app.' },
      }),
    ),
  );
  return renderWithApp(
    <Routes>
      <Route path="/concerns/:id" element={<ConcernRoute />} />
    </Routes>,
    { me, path: `/concerns/${ID}` },
  );
}

describe('opening a concern', () => {
  it('asks for a code from the authenticator app', async () => {
    renderConcern(makeMe({ role: 'dsl' }));
    expect(await screen.findByRole('heading', { name: 'Confirm it is you' })).toBeInTheDocument();
  });

  it('sends the chair of governors with no authenticator app to set one up', async () => {
    renderConcern(makeMe({ role: 'governor', permissions: [], twoFactor: { enabled: false, required: false } }));
    expect(await screen.findByRole('heading', { name: 'Set up two-factor sign-in first' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Set up two-factor sign-in' })).toHaveAttribute(
      'href',
      '/two-factor/setup',
    );
  });
});
