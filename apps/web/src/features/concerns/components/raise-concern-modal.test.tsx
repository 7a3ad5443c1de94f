import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useState } from 'react';
import { jsonResponse } from '../../../test/factories';
import { renderWithApp } from '../../../test/render';
import { RaiseConcernModal } from './raise-concern-modal';

afterEach(() => vi.unstubAllGlobals());

describe('RaiseConcernModal', () => {
  it('takes each message away once the field it is about has been filled in', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        jsonResponse(400, {
          error: {
            code: 'VALIDATION_FAILED',
            message: 'Some details need correcting.',
            fields: [
              { field: 'type', message: 'Choose what the concern is about.' },
              { field: 'whatHappened', message: 'Say what happened.' },
            ],
          },
        }),
      ),
    );
    renderWithApp(<RaiseConcernModal opened onClose={() => undefined} />);

    await userEvent.click(screen.getByRole('button', { name: 'Send to the safeguarding team' }));
    const whatHappened = screen.getByRole('textbox', { name: /What happened\?/ });
    expect(await screen.findByText('Say what happened.')).toBeInTheDocument();
    expect(whatHappened).toHaveAttribute('aria-invalid', 'true');

    await userEvent.type(whatHappened, 'A friend request.');
    expect(screen.queryByText('Say what happened.')).not.toBeInTheDocument();
    expect(whatHappened).not.toHaveAttribute('aria-invalid', 'true');
    // The field not yet put right keeps its message.
    expect(screen.getByText('Choose what the concern is about.')).toBeInTheDocument();
  }, 20_000);

  it('keeps a half-written concern when the dialog is closed by Escape, and drops it on Cancel', async () => {
    function Opener() {
      const [opened, setOpened] = useState(true);
      return (
        <>
          <button onClick={() => setOpened(true)}>Open again</button>
          <RaiseConcernModal opened={opened} onClose={() => setOpened(false)} />
        </>
      );
    }
    renderWithApp(<Opener />);
    const whatHappened = () => screen.findByRole('textbox', { name: /What happened\?/ });
    await userEvent.type(await whatHappened(), 'Seen online.');
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    await userEvent.click(screen.getByRole('button', { name: 'Open again' }));
    expect(await whatHappened()).toHaveValue('Seen online.');

    await userEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await userEvent.click(screen.getByRole('button', { name: 'Open again' }));
    expect(await whatHappened()).toHaveValue('');
  }, 20_000);
});
