// Renders a component as the app would: Mantine, React Query (no retries, so errors show at once), a router,
// and optionally a signed-in person.
import type { MeResponse } from '@schoolgate/contracts';
import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter } from 'react-router';
import { AppProvider } from '../app/provider';
import { SessionContext } from '../lib/session-context';

interface Options {
  me?: MeResponse;
  path?: string;
}

export function renderWithApp(ui: ReactElement, { me, path = '/' }: Options = {}) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  return render(
    <AppProvider queryClient={queryClient}>
      <MemoryRouter initialEntries={[path]}>
        <SessionContext.Provider value={me ?? null}>{ui}</SessionContext.Provider>
      </MemoryRouter>
    </AppProvider>,
  );
}
