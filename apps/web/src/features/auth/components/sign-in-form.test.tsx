import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse } from '../../../test/factories';
import { renderWithApp } from '../../../test/render';
import { SignInForm } from './sign-in-form';

afterEach(() => vi.unstubAllGlobals());

describe('SignInForm', () => {
  it('shows the API message and puts each field error under its input', async () => {
    const fetchMock = vi.fn(async () =>
      jsonResponse(400, {
        error: {
          code: 'VALIDATION_FAILED',
          message: 'Some details need correcting.',
          fields: [
            { field: 'email', message: 'Enter an email address, like name@school.org.uk.' },
            { field: 'password', message: 'Enter your password.' },
          ],
        },
      }),
    );
    vi.stubGlobal('fetch', fetchMock);
    const onSignedIn = vi.fn();
    renderWithApp(<SignInForm onSignedIn={onSignedIn} />);

    await userEvent.type(screen.getByLabelText(/email address/i), 'not-an-email');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Some details need correcting.');
    const email = screen.getByLabelText(/email address/i);
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(email).toHaveAccessibleDescription(/Enter an email address, like name@school.org.uk./);
    expect(screen.getByLabelText(/^password/i)).toHaveAccessibleDescription(/Enter your password./);
    expect(onSignedIn).not.toHaveBeenCalled();
    expect(fetchMock).toHaveBeenCalledWith(
      '/api/auth/sign-in',
      expect.objectContaining({ method: 'POST', credentials: 'same-origin' }),
    );
  });

  it('reports the next stage when the password is right', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => jsonResponse(200, { stage: 'two_factor_enrolment_required' })),
    );
    const onSignedIn = vi.fn();
    renderWithApp(<SignInForm onSignedIn={onSignedIn} />);

    await userEvent.type(screen.getByLabelText(/email address/i), 'head@primary.schoolgate.test');
    await userEvent.type(screen.getByLabelText(/^password/i), 'correct horse battery');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    await vi.waitFor(() => expect(onSignedIn).toHaveBeenCalledWith('two_factor_enrolment_required'));
  });
});
