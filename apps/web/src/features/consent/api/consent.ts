import {
  API,
  ConsentRegisterResponse,
  PublicationRestrictionResponse,
  PupilConsentResponse,
  type ConsentUse,
  type RecordConsentRequest,
  type SetPublicationRestrictionRequest,
  type WithdrawConsentRequest,
} from '@schoolgate/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import { pupilsKey } from '../../people/api/pupils';

export interface ConsentRegisterParams {
  search: string;
  yearGroup: string;
  missingFor: ConsentUse | '';
  page: number;
  pageSize: number;
}

export const consentKey = ['consent'] as const;

export function useConsentRegister(params: ConsentRegisterParams, enabled = true) {
  return useQuery({
    queryKey: [...consentKey, 'register', params],
    queryFn: () => apiClient.get(API.consentRegister, ConsentRegisterResponse, { ...params }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** Opening a pupil's history is recorded in the audit trail, so it is not refetched behind the person's back. */
export function usePupilConsent(pupilId: string | null) {
  return useQuery({
    queryKey: [...consentKey, 'pupil', pupilId],
    queryFn: () => apiClient.get(API.pupilConsent(pupilId!), PupilConsentResponse),
    enabled: pupilId !== null,
    refetchOnWindowFocus: false,
    staleTime: Infinity,
  });
}

function useConsentChange<T>(pupilId: string, send: (input: T) => Promise<PupilConsentResponse>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (answer) => {
      queryClient.setQueryData([...consentKey, 'pupil', pupilId], answer);
      void queryClient.invalidateQueries({ queryKey: [...consentKey, 'register'] });
    },
  });
}

export const useRecordConsent = (pupilId: string) =>
  useConsentChange(pupilId, (input: RecordConsentRequest) =>
    apiClient.post(API.pupilConsentDecisions(pupilId), PupilConsentResponse, input),
  );

export const useWithdrawConsent = (pupilId: string) =>
  useConsentChange(pupilId, (input: WithdrawConsentRequest) =>
    apiClient.post(API.pupilConsentWithdrawals(pupilId), PupilConsentResponse, input),
  );

/** A mutation, not a query: each view of the reason is a deliberate act the audit trail records. */
export function useShowRestrictionReason(pupilId: string) {
  return useMutation({
    mutationFn: () => apiClient.get(API.pupilRestriction(pupilId), PublicationRestrictionResponse),
  });
}

export function useSetRestriction(pupilId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SetPublicationRestrictionRequest) =>
      apiClient.post(API.pupilRestriction(pupilId), PublicationRestrictionResponse, input),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: consentKey });
      void queryClient.invalidateQueries({ queryKey: pupilsKey });
    },
  });
}
