import { API, AuditListResponse, AuditVerifyResponse } from '@schoolgate/contracts';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

export function useAuditList(page: number, pageSize: number, enabled: boolean) {
  return useQuery({
    queryKey: ['audit', { page, pageSize }],
    queryFn: () => apiClient.get(API.audit, AuditListResponse, { page, pageSize }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useVerifyAudit() {
  return useMutation({ mutationFn: () => apiClient.post(API.auditVerify, AuditVerifyResponse) });
}
