import {
  ACCOUNTS_API,
  AccountRegisterResponse,
  AccountRequestItem,
  AccountRequestsResponse,
  StaffOptionsResponse,
  type CreateAccountRequest,
  type DecideAccountRequest,
} from '@schoolgate/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

const keys = { register: ['accounts', 'register'], requests: ['accounts', 'requests'], staff: ['accounts', 'staff'] };

export const useAccountRegister = () =>
  useQuery({ queryKey: keys.register, queryFn: () => apiClient.get(ACCOUNTS_API.register, AccountRegisterResponse) });

export const useAccountRequests = () =>
  useQuery({ queryKey: keys.requests, queryFn: () => apiClient.get(ACCOUNTS_API.requests, AccountRequestsResponse) });

export const useRunnerOptions = (enabled: boolean) =>
  useQuery({
    queryKey: keys.staff,
    queryFn: () => apiClient.get(ACCOUNTS_API.staffOptions, StaffOptionsResponse),
    enabled,
  });

function useAccountsMutation<T>(fn: (input: T) => Promise<AccountRequestItem>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['accounts'] }),
  });
}

export const useRequestAccount = () =>
  useAccountsMutation((input: CreateAccountRequest) =>
    apiClient.post(ACCOUNTS_API.requests, AccountRequestItem, input),
  );

export const useDecideRequest = () =>
  useAccountsMutation(({ id, ...body }: DecideAccountRequest & { id: string }) =>
    apiClient.post(ACCOUNTS_API.requestDecision(id), AccountRequestItem, body),
  );

export const useConsentToRequest = () =>
  useAccountsMutation(({ id, note }: { id: string; note: string }) =>
    apiClient.post(ACCOUNTS_API.requestConsent(id), AccountRequestItem, { note }),
  );
