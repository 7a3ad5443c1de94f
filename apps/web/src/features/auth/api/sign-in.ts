import { API, SignInResponse, type SessionStage } from '@schoolgate/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { anyResponse, apiClient } from '../../../lib/api-client';
import { meQueryKey } from './me';

export interface SignInInput {
  email: string;
  password: string;
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SignInInput) => apiClient.post(API.signIn, SignInResponse, input),
    // Sign-out clears the cache, so only the session itself needs fetching again.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meQueryKey }),
  });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiClient.post(API.signOut, anyResponse),
    onSettled: () => {
      queryClient.clear();
      queryClient.setQueryData(meQueryKey, null);
    },
  });
}

/** Where each sign-in stage sends the person next. */
export function pathForStage(stage: SessionStage): string {
  switch (stage) {
    case 'two_factor_required':
      return '/two-factor';
    case 'two_factor_enrolment_required':
      return '/two-factor/setup';
    case 'signed_in':
      return '/';
  }
}
