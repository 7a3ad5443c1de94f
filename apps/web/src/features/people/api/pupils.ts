import { API, PupilListResponse } from '@schoolgate/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

export interface PupilListParams {
  search: string;
  yearGroup: string;
  page: number;
  pageSize: number;
}

export const pupilsKey = ['pupils'] as const;

export function usePupilList(params: PupilListParams, enabled = true) {
  return useQuery({
    queryKey: [...pupilsKey, params],
    queryFn: () => apiClient.get(API.pupils, PupilListResponse, { ...params }),
    placeholderData: keepPreviousData,
    enabled,
  });
}
