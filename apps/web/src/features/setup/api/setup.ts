import {
  SchoolSummary,
  SchoolsResponse,
  SETUP_API,
  SetupResponse,
  SetupStatusResponse,
  type NewSchool,
  type SetupRequest,
} from '@schoolgate/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

export function useSetupStatus() {
  return useQuery({
    queryKey: ['setup-status'],
    queryFn: () => apiClient.get(SETUP_API.setup, SetupStatusResponse),
    staleTime: 30_000,
    retry: false,
  });
}

export function useCompleteSetup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SetupRequest) => apiClient.post(SETUP_API.setup, SetupResponse, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['setup-status'] }),
  });
}

export function useSchools() {
  return useQuery({ queryKey: ['schools'], queryFn: () => apiClient.get(SETUP_API.schools, SchoolsResponse) });
}

export function useAddSchool() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: NewSchool) => apiClient.post(SETUP_API.schools, SchoolSummary, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['schools'] }),
  });
}
