// The school's earlier policy versions (issue 15). Every change invalidates the whole policy, because the history
// ends the document on the policy page.
import {
  API,
  ImportPolicyHistoryResponse,
  PolicyHistoryEntry,
  PolicyHistoryListResponse,
  type PolicyHistoryEntryRequest,
} from '@schoolgate/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient, request } from '../../../lib/api-client';

const policyKey = ['policy'] as const;

export function usePolicyHistory() {
  return useQuery({
    queryKey: [...policyKey, 'history'],
    queryFn: () => apiClient.get(API.policyHistory, PolicyHistoryListResponse),
  });
}

function useHistoryMutation<TInput, TResult>(mutationFn: (input: TInput) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey: policyKey }) });
}

export function useSavePolicyHistoryEntry() {
  return useHistoryMutation(({ id, ...row }: PolicyHistoryEntryRequest & { id: string | null }) =>
    id
      ? apiClient.patch(API.policyHistoryEntry(id), PolicyHistoryEntry, row)
      : apiClient.post(API.policyHistory, PolicyHistoryEntry, row),
  );
}

export function useDeletePolicyHistoryEntry() {
  return useHistoryMutation((id: string) => request('DELETE', API.policyHistoryEntry(id), PolicyHistoryListResponse));
}

/** Preview (nothing saved) does not invalidate anything; confirming does. */
export function usePreviewPolicyHistory() {
  return useMutation({
    mutationFn: (csv: string) =>
      apiClient.post(API.policyHistoryImport, ImportPolicyHistoryResponse, { csv, confirm: false }),
  });
}

export function useImportPolicyHistory() {
  return useHistoryMutation((csv: string) =>
    apiClient.post(API.policyHistoryImport, ImportPolicyHistoryResponse, { csv, confirm: true }),
  );
}
