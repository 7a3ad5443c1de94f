import {
  AcceptanceCoverageResponse,
  AcceptanceRemindResponse,
  API,
  MyAcceptanceResponse,
  type SignAcceptanceRequest,
} from '@schoolgate/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

const acceptanceKey = ['acceptance'] as const;

export function useMyAcceptance() {
  return useQuery({
    queryKey: [...acceptanceKey, 'me'],
    queryFn: () => apiClient.get(API.acceptanceMine, MyAcceptanceResponse),
  });
}

export function useSignAcceptance() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SignAcceptanceRequest) => apiClient.post(API.acceptanceSign, MyAcceptanceResponse, input),
    // Coverage changes too, for a leader who signs their own statement.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: acceptanceKey }),
  });
}

export function useAcceptanceCoverage(enabled: boolean) {
  return useQuery({
    queryKey: [...acceptanceKey, 'coverage'],
    queryFn: () => apiClient.get(API.acceptanceCoverage, AcceptanceCoverageResponse),
    enabled,
  });
}

export function useRemindAcceptance() {
  return useMutation({ mutationFn: () => apiClient.post(API.acceptanceRemind, AcceptanceRemindResponse) });
}
