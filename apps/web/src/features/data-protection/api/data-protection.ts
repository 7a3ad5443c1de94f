// The data protection API for the web app: the retention schedule, legal holds, finding a person, the subject
// access ZIP and erasure.
import {
  DATA_PROTECTION_API,
  ErasureResponse,
  LegalHold,
  LegalHoldListResponse,
  RetentionResponse,
  SubjectSearchResponse,
  type DataSubjectKind,
  type DataSubjectRequest,
  type PlaceLegalHoldRequest,
} from '@schoolgate/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient, downloadFile } from '../../../lib/api-client';

const key = ['data-protection'] as const;

export function useRetention() {
  return useQuery({
    queryKey: [...key, 'retention'],
    queryFn: () => apiClient.get(DATA_PROTECTION_API.retention, RetentionResponse),
  });
}

export function useLegalHolds() {
  return useQuery({
    queryKey: [...key, 'holds'],
    queryFn: () => apiClient.get(DATA_PROTECTION_API.holds, LegalHoldListResponse),
  });
}

export function usePlaceHold() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PlaceLegalHoldRequest) => apiClient.post(DATA_PROTECTION_API.holds, LegalHold, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}

export function useLiftHold() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiClient.post(DATA_PROTECTION_API.liftHold(id), LegalHold),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}

export function useSubjectSearch(kind: DataSubjectKind, q: string) {
  return useQuery({
    queryKey: [...key, 'subjects', kind, q],
    queryFn: () => apiClient.get(DATA_PROTECTION_API.subjects, SubjectSearchResponse, { kind, q }),
    enabled: q.trim().length >= 2,
  });
}

export function useErase() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: DataSubjectRequest) => apiClient.post(DATA_PROTECTION_API.erasure, ErasureResponse, input),
    // A refusal can name a hold placed elsewhere since the list was read: refresh either way.
    onSettled: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}

/** Fetches the ZIP and hands it to the browser as a download. */
export function useSubjectAccessDownload() {
  return useMutation({
    mutationFn: async (input: DataSubjectRequest) => {
      const { blob, fileName } = await downloadFile(DATA_PROTECTION_API.subjectAccess, input);
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = fileName;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      return fileName;
    },
  });
}
