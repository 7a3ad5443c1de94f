import { describe, expect, it } from 'vitest';
import { meQueryKey } from '../features/auth/api/me';
import { ApiError } from '../lib/api-client';
import { createQueryClient } from './provider';

describe('createQueryClient', () => {
  it('refreshes the session when a request is refused because the session has ended', async () => {
    const client = createQueryClient();
    client.setQueryData(meQueryKey, { stage: 'signed_in' });

    await client
      .fetchQuery({
        queryKey: ['staff'],
        queryFn: () => Promise.reject(new ApiError(401, 'NOT_SIGNED_IN', 'Sign in to continue.')),
        retry: false,
      })
      .catch(() => undefined);

    expect(client.getQueryState(meQueryKey)?.isInvalidated).toBe(true);
  });

  it('leaves the session alone for other refusals', async () => {
    const client = createQueryClient();
    client.setQueryData(meQueryKey, { stage: 'signed_in' });
    await client
      .fetchQuery({
        queryKey: ['audit'],
        queryFn: () => Promise.reject(new ApiError(403, 'FORBIDDEN', 'A senior leader cannot read audit records.')),
        retry: false,
      })
      .catch(() => undefined);
    expect(client.getQueryState(meQueryKey)?.isInvalidated).toBe(false);
  });
});
