import { API, MeResponse } from '@schoolgate/contracts';
import { useQuery } from '@tanstack/react-query';
import { apiClient, isApiError } from '../../../lib/api-client';

export const meQueryKey = ['me'] as const;

/** The signed-in person, or null when nobody is signed in (a 401 is an answer here, not an error). */
export async function fetchMe(): Promise<MeResponse | null> {
  try {
    return await apiClient.get(API.me, MeResponse);
  } catch (error) {
    if (isApiError(error) && error.status === 401) return null;
    throw error;
  }
}

export function useMe() {
  return useQuery({ queryKey: meQueryKey, queryFn: fetchMe, staleTime: 60_000, retry: false });
}
