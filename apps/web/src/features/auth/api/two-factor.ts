import { API, TwoFactorConfirmResponse, TwoFactorEnrolmentResponse } from '@schoolgate/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { anyResponse, apiClient } from '../../../lib/api-client';
import { meQueryKey } from './me';

export function useVerifyTwoFactor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (code: string) => apiClient.post(API.twoFactorVerify, anyResponse, { code }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meQueryKey }),
  });
}

/**
 * Starting enrolment makes a new secret on the server each time, so it runs once per visit: as a query it is
 * shared by React's double mount in development and never refetched behind the person's back.
 */
export function useStartEnrolment() {
  return useQuery({
    queryKey: ['two-factor-enrolment'],
    queryFn: () => apiClient.post(API.twoFactorEnrol, TwoFactorEnrolmentResponse),
    staleTime: Infinity,
    gcTime: 0,
    retry: false,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });
}

/** Confirms the first code. The caller refreshes the session only after the recovery codes have been seen. */
export function useConfirmEnrolment() {
  return useMutation({
    mutationFn: (code: string) => apiClient.post(API.twoFactorConfirm, TwoFactorConfirmResponse, { code }),
  });
}

export function useFinishEnrolment() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: meQueryKey });
}
