// Suggestions for posts (issue 11) and the categories the policy allows, for the web app.
import {
  PostDetail,
  PostOptionsResponse,
  PostSuggestionDto,
  PostSuggestionList,
  POST_SUGGESTIONS_API,
} from '@schoolgate/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { LIST_PAGE_SIZE, type SaveInput } from './posts';

const suggestionsKey = ['post-suggestions'] as const;

export interface SuggestInput {
  text: string;
  accountIds: string[];
  category?: string;
  note: string;
}

export const usePostOptions = () =>
  useQuery({
    queryKey: ['posts', 'options'],
    queryFn: () => apiClient.get(POST_SUGGESTIONS_API.postOptions, PostOptionsResponse),
    staleTime: 60_000,
  });

/** A page of the suggestions; with `enabled` false nothing is asked (the Posts page asks only when the role may read them). */
export const useSuggestions = (page: number, enabled = true) =>
  useQuery({
    enabled,
    queryKey: [...suggestionsKey, 'list', { page }],
    queryFn: () =>
      apiClient.get(POST_SUGGESTIONS_API.suggestions, PostSuggestionList, { page, pageSize: LIST_PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });

function useSuggestionsMutation<I, T>(fn: (input: I) => Promise<T>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    // Not awaited: a suggestion made a draft leaves the "waiting" list when the list is read again, unmounting the
    // editor that saved it, and the caller's own onSuccess (open the new draft) must run before that.
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: suggestionsKey });
      void queryClient.invalidateQueries({ queryKey: ['posts'] });
    },
  });
}

export const useSuggestPost = () =>
  useSuggestionsMutation((body: SuggestInput) =>
    apiClient.post(POST_SUGGESTIONS_API.suggestions, PostSuggestionDto, body),
  );

export const useDraftFromSuggestion = () =>
  useSuggestionsMutation(({ id, body }: { id: string; body: SaveInput }) =>
    apiClient.post(POST_SUGGESTIONS_API.draft(id), PostDetail, body),
  );

export const useDeclineSuggestion = () =>
  useSuggestionsMutation(({ id, reason }: { id: string; reason: string }) =>
    apiClient.post(POST_SUGGESTIONS_API.decline(id), PostSuggestionList, { reason }),
  );
