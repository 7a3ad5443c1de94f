// The concerns API for the web app: raising, the team's list and record, the raiser's status view, the public form.
import {
  API,
  ConcernDetail,
  ConcernListResponse,
  MyConcernsResponse,
  PublicConcernFormResponse,
  PublicConcernLinkResponse,
  PublicConcernResponse,
  RaisedConcernResponse,
  RosterSearchResponse,
  SecondFactorCheckResponse,
  type AddConcernEntryRequest,
  type ConcernFromCommentRequest,
  type CloseConcernRequest,
  type PublicConcernRequest,
  type RaiseConcernRequest,
} from '@schoolgate/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient, isApiError } from '../../../lib/api-client';

const concernsKey = ['concerns'] as const;

export function useRaiseConcern() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: RaiseConcernRequest) => apiClient.post(API.concerns, RaisedConcernResponse, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: concernsKey }),
  });
}

/** Moderation in one step: the comment and its evidence pack become a concern. */
export function useConcernFromComment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ConcernFromCommentRequest) =>
      apiClient.post(API.concernsFromComment, RaisedConcernResponse, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: concernsKey }),
  });
}

export function useRosterSearch(q: string) {
  return useQuery({
    queryKey: [...concernsKey, 'roster', q],
    queryFn: () => apiClient.get(API.concernsRoster, RosterSearchResponse, { q }),
    enabled: q.trim().length >= 2,
  });
}

/** How many concerns a page of the team's list shows. */
export const CONCERN_PAGE_SIZE = 50;

export function useConcernList(status: 'open' | 'closed' | 'all', page: number) {
  return useQuery({
    queryKey: [...concernsKey, 'list', status, { page }],
    queryFn: () => apiClient.get(API.concerns, ConcernListResponse, { status, page, pageSize: CONCERN_PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });
}

export function useMyConcerns() {
  return useQuery({
    queryKey: [...concernsKey, 'mine'],
    queryFn: () => apiClient.get(API.concernsMine, MyConcernsResponse),
  });
}

export function useConcern(id: string) {
  return useQuery({
    queryKey: [...concernsKey, 'one', id],
    queryFn: () => apiClient.get(API.concern(id), ConcernDetail),
    retry: false,
  });
}

export const needsSecondFactor = (error: unknown) => isApiError(error) && error.code === 'SECOND_FACTOR_CHECK_REQUIRED';

export function useSecondFactorCheck() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (code: string) => apiClient.post(API.concernsSecondFactor, SecondFactorCheckResponse, { code }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: concernsKey }),
  });
}

export function useAddConcernEntry(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: AddConcernEntryRequest) => apiClient.post(API.concernEntries(id), ConcernDetail, input),
    onSuccess: (detail) => queryClient.setQueryData([...concernsKey, 'one', id], detail),
  });
}

export function useCloseConcern(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CloseConcernRequest) => apiClient.post(API.concernClose(id), ConcernDetail, input),
    onSuccess: async (detail) => {
      queryClient.setQueryData([...concernsKey, 'one', id], detail);
      await queryClient.invalidateQueries({ queryKey: [...concernsKey, 'list'] });
    },
  });
}

export function usePublicConcernForm(token: string) {
  return useQuery({
    queryKey: ['public-concern', token],
    queryFn: () => apiClient.get(API.publicConcernForm(token), PublicConcernFormResponse),
    retry: false,
  });
}

export function useSubmitPublicConcern(token: string) {
  return useMutation({
    mutationFn: (input: PublicConcernRequest) =>
      apiClient.post(API.publicConcernForm(token), PublicConcernResponse, input),
  });
}

/** The address of the school's page where parents and the public raise a concern without signing in. */
export function usePublicConcernLink(enabled: boolean) {
  return useQuery({
    queryKey: [...concernsKey, 'public-link'],
    queryFn: () => apiClient.get(API.concernsPublicLink, PublicConcernLinkResponse),
    enabled,
    staleTime: Infinity,
  });
}
