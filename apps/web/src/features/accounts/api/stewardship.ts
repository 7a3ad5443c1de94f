import {
  CredentialsSummary,
  HandoverTasksResponse,
  PageLinkItem,
  PageLinksResponse,
  RevealedCredentials,
  STEWARDSHIP_API,
  type PageDecisionRequest,
  type PageLinkRequest,
  type SaveCredentialsRequest,
} from '@schoolgate/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient, request } from '../../../lib/api-client';

// Under ['accounts'] so that settling a handover refreshes the register too.
const keys = {
  handovers: ['accounts', 'handovers'],
  credentials: (id: string) => ['accounts', id, 'credentials'],
  pages: (id: string) => ['accounts', id, 'pages'],
};

function useAccountsMutation<I, O>(fn: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['accounts'] }) });
}

export const useHandovers = () =>
  useQuery({
    queryKey: keys.handovers,
    queryFn: () => apiClient.get(STEWARDSHIP_API.handovers, HandoverTasksResponse),
  });

export const useNameRunner = () =>
  useAccountsMutation(({ id, staffId }: { id: string; staffId: string }) =>
    apiClient.post(STEWARDSHIP_API.nameRunner(id), HandoverTasksResponse, { staffId }),
  );

export const useCloseAccount = () =>
  useAccountsMutation(({ id, reason }: { id: string; reason: string }) =>
    apiClient.post(STEWARDSHIP_API.closeAccount(id), HandoverTasksResponse, { reason }),
  );

export const useCredentials = (accountId: string) =>
  useQuery({
    queryKey: keys.credentials(accountId),
    queryFn: () => apiClient.get(STEWARDSHIP_API.credentials(accountId), CredentialsSummary),
  });

export const useSaveCredentials = (accountId: string) =>
  useAccountsMutation((body: SaveCredentialsRequest) =>
    request('PUT', STEWARDSHIP_API.credentials(accountId), CredentialsSummary, { body }),
  );

/** Not cached: revealed details live only in the component that asked for them. */
export const useRevealCredentials = (accountId: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (reason: string) =>
      apiClient.post(STEWARDSHIP_API.revealCredentials(accountId), RevealedCredentials, { reason }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['notifications'] }),
  });
};

export const usePageLinks = (accountId: string) =>
  useQuery({
    queryKey: keys.pages(accountId),
    queryFn: () => apiClient.get(STEWARDSHIP_API.pages(accountId), PageLinksResponse),
  });

export const useAddPageLink = (accountId: string) =>
  useAccountsMutation((body: PageLinkRequest) => apiClient.post(STEWARDSHIP_API.pages(accountId), PageLinkItem, body));

export const useDecidePageLink = () =>
  useAccountsMutation(({ id, ...body }: PageDecisionRequest & { id: string }) =>
    apiClient.post(STEWARDSHIP_API.pageDecision(id), PageLinkItem, body),
  );
