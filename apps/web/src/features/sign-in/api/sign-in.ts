// Signing in with the school's identity provider, its settings, and invitations (issue 13).
import {
  AcceptInvitationResponse,
  InvitationResponse,
  InviteEveryoneResponse,
  InviteStaffResponse,
  OfferedProvidersResponse,
  SIGN_IN_API,
  SignInSettingsResponse,
  type SaveSignInProviderRequest,
} from '@schoolgate/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient, request } from '../../../lib/api-client';
import { meQueryKey } from '../../auth/api/me';

export type ProviderKind = 'microsoft' | 'google';

/** Where the browser goes to sign in with a provider (a full page load: the API redirects to the provider). */
export const providerStartUrl = (provider: ProviderKind, schoolId: string) =>
  `${SIGN_IN_API.oidcStart(provider)}?school=${encodeURIComponent(schoolId)}`;

export function useOfferedProviders(schoolId: string | null) {
  return useQuery({
    queryKey: ['sign-in', 'offered', schoolId],
    queryFn: () =>
      apiClient.get(SIGN_IN_API.offeredProviders, OfferedProvidersResponse, schoolId ? { school: schoolId } : {}),
  });
}

const settingsKey = ['sign-in', 'settings'] as const;

export function useSignInSettings(enabled: boolean) {
  return useQuery({
    queryKey: settingsKey,
    queryFn: () => apiClient.get(SIGN_IN_API.settings, SignInSettingsResponse),
    enabled,
  });
}

export function useSaveSignInProvider() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ provider, input }: { provider: ProviderKind; input: SaveSignInProviderRequest }) =>
      request('PUT', SIGN_IN_API.settingsProvider(provider), SignInSettingsResponse, { body: input }),
    onSuccess: (data) => queryClient.setQueryData(settingsKey, data),
  });
}

export function useRemoveSignInProvider() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ provider, scope }: { provider: ProviderKind; scope: 'school' | 'trust' }) =>
      request('DELETE', SIGN_IN_API.settingsProvider(provider), SignInSettingsResponse, { query: { scope } }),
    onSuccess: (data) => queryClient.setQueryData(settingsKey, data),
  });
}

export function useInviteStaff() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (staffId: string) => apiClient.post(SIGN_IN_API.staffInvitation(staffId), InviteStaffResponse),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['staff'] }),
  });
}

export function useInviteEveryone() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiClient.post(SIGN_IN_API.inviteEveryone, InviteEveryoneResponse),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['staff'] }),
  });
}

export function useInvitation(token: string) {
  return useQuery({
    queryKey: ['invitation', token],
    queryFn: () => apiClient.get(SIGN_IN_API.invitation(token), InvitationResponse),
    retry: false,
  });
}

export function useAcceptInvitation(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (password: string) =>
      apiClient.post(SIGN_IN_API.invitationAccept(token), AcceptInvitationResponse, { password }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meQueryKey }),
  });
}
