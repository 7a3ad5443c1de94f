import {
  API,
  PolicyContentResponse,
  PolicyMarkdownPreviewResponse,
  type UpdatePolicyContentRequest,
} from '@schoolgate/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

/** Whose words: a version's (by id) or the trust's defaults. */
export type WordsTarget = { scope: 'school'; versionId: string } | { scope: 'trust' };

const pathOf = (target: WordsTarget) =>
  target.scope === 'school' ? API.policyVersionContent(target.versionId) : API.trustPolicyContent;
const keyOf = (target: WordsTarget) => ['policy', 'content', target.scope === 'school' ? target.versionId : 'trust'];

export function usePolicyWords(target: WordsTarget) {
  return useQuery({ queryKey: keyOf(target), queryFn: () => apiClient.get(pathOf(target), PolicyContentResponse) });
}

/** Saves the whole of the words; the document, the versions list and the draft all change with them. */
export function useSavePolicyWords(target: WordsTarget) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdatePolicyContentRequest) => apiClient.put(pathOf(target), PolicyContentResponse, body),
    onSuccess: (data) => {
      queryClient.setQueryData(keyOf(target), data);
      return queryClient.invalidateQueries({ queryKey: ['policy'] });
    },
  });
}

export function usePreviewMarkdown() {
  return useMutation({
    mutationFn: (markdown: string) =>
      apiClient.post(API.policyMarkdownPreview, PolicyMarkdownPreviewResponse, { markdown }),
  });
}
