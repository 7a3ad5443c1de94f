import {
  API,
  AuthorDetail,
  BulkActionResponse,
  CommentActionResponse,
  CommentDetail,
  ComplianceResponse,
  QueueResponse,
  type CommentActionRequest,
} from '@schoolgate/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

const moderationKey = ['moderation'] as const;

export type QueueViewValue = 'to_review' | 'awaiting_response' | 'all';
export type PlatformStateValue = 'visible' | 'hidden' | 'deleted' | 'removed_by_author';

export interface QueueFilters {
  view: QueueViewValue;
  category: string;
  accountId: string;
  /** '' for any state on the platform. */
  platformState: PlatformStateValue | '';
  page: number;
  pageSize: number;
}

export function useQueue(filters: QueueFilters, enabled: boolean) {
  return useQuery({
    queryKey: [...moderationKey, 'queue', filters],
    queryFn: () => apiClient.get(API.moderationQueue, QueueResponse, { ...filters }),
    // Keeps the table on screen while the next page or filter loads, so the layout does not jump.
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useComment(id: string) {
  return useQuery({
    queryKey: [...moderationKey, 'comment', id],
    queryFn: () => apiClient.get(API.moderationComment(id), CommentDetail),
  });
}

export function useCommentAction(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CommentActionRequest) =>
      apiClient.post(API.moderationCommentAction(id), CommentActionResponse, input),
    onSuccess: (result) => {
      // The answer carries the comment as it now is, so the page updates without a second request.
      queryClient.setQueryData([...moderationKey, 'comment', id], result.comment);
      void queryClient.invalidateQueries({ queryKey: [...moderationKey, 'queue'] });
      void queryClient.invalidateQueries({ queryKey: [...moderationKey, 'author'] });
      void queryClient.invalidateQueries({ queryKey: [...moderationKey, 'compliance'] });
    },
  });
}

export type BulkAction = 'approve' | 'hide' | 'mark_responded';

export function useBulkAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { ids: string[]; action: BulkAction }) =>
      apiClient.post(API.moderationBulk, BulkActionResponse, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: moderationKey }),
  });
}

export function useAuthor(id: string) {
  return useQuery({
    queryKey: [...moderationKey, 'author', id],
    queryFn: () => apiClient.get(API.moderationAuthor(id), AuthorDetail),
  });
}

export interface AuthorStepInput {
  step: string;
  reference?: string;
  note?: string;
  /** Done on the platform by hand, after Schoolgate gave the steps: nothing is sent to the platform. */
  doneByHand?: boolean;
}

export function useRecordAuthorStep(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: AuthorStepInput) => apiClient.post(API.moderationAuthorSteps(id), AuthorDetail, input),
    onSuccess: (author) => queryClient.setQueryData([...moderationKey, 'author', id], author),
  });
}

export function useSetAuthorPress(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (isPress: boolean) => apiClient.post(API.moderationAuthorPress(id), AuthorDetail, { isPress }),
    onSuccess: (author) => {
      queryClient.setQueryData([...moderationKey, 'author', id], author);
      // Every comment by this author now shows (or stops showing) the press warning.
      void queryClient.invalidateQueries({ queryKey: [...moderationKey, 'comment'] });
      void queryClient.invalidateQueries({ queryKey: [...moderationKey, 'queue'] });
    },
  });
}

export function useCompliance(weeks: number, enabled: boolean) {
  return useQuery({
    queryKey: [...moderationKey, 'compliance', weeks],
    queryFn: () => apiClient.get(API.moderationCompliance, ComplianceResponse, { weeks }),
    placeholderData: keepPreviousData,
    enabled,
  });
}
