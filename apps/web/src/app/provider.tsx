import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/charts/styles.css';
import './global.css';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { meQueryKey } from '../features/auth/api/me';
import { isApiError } from '../lib/api-client';
import { cssVariablesResolver, theme } from './theme';

// The session can end under an open page (it expired, or was signed out elsewhere). Any request refused for that
// reason refreshes the session, and the route guard then sends the person to sign in again.
const SESSION_ENDED = new Set(['NOT_SIGNED_IN', 'TWO_FACTOR_REQUIRED', 'TWO_FACTOR_ENROLMENT_REQUIRED']);

export function createQueryClient(): QueryClient {
  const onError = (error: unknown) => {
    if (isApiError(error) && (error.status === 401 || SESSION_ENDED.has(error.code))) {
      void client.invalidateQueries({ queryKey: meQueryKey });
    }
  };
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError }),
    mutationCache: new MutationCache({ onError }),
    defaultOptions: {
      queries: {
        // A refusal will not change on retry; only network trouble and server errors are worth another try.
        retry: (count, error) => count < 2 && !(isApiError(error) && error.status >= 400 && error.status < 500),
        refetchOnWindowFocus: false,
      },
    },
  });
  return client;
}

export function AppProvider({ children, queryClient }: { children: ReactNode; queryClient?: QueryClient }) {
  const [client] = useState(() => queryClient ?? createQueryClient());
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      {/* Bottom right: at the top they would cover the header, including Sign out. */}
      <Notifications position="bottom-right" />
      <QueryClientProvider client={client}>{children}</QueryClientProvider>
    </MantineProvider>
  );
}
