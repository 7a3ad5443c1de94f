import {
  DashboardResponse,
  ReportSettingsResponse,
  REPORTS_API,
  SchoolReportResponse,
  TrustReportResponse,
  type ReportQuery,
} from '@schoolgate/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient, request } from '../../../lib/api-client';

const reportsKey = ['reports'] as const;

export function useSchoolReport(query: ReportQuery, enabled: boolean) {
  return useQuery({
    queryKey: [...reportsKey, 'school', query],
    queryFn: () => apiClient.get(REPORTS_API.school, SchoolReportResponse, query),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useTrustReport(query: ReportQuery, enabled: boolean) {
  return useQuery({
    queryKey: [...reportsKey, 'trust', query],
    queryFn: () => apiClient.get(REPORTS_API.trust, TrustReportResponse, query),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useDashboard(enabled = true) {
  return useQuery({
    queryKey: [...reportsKey, 'dashboard'],
    queryFn: () => apiClient.get(REPORTS_API.dashboard, DashboardResponse),
    enabled,
  });
}

/** The address of a file download for the same period the page shows. */
export function reportFileUrl(path: string, query: ReportQuery): string {
  const params = new URLSearchParams();
  if (query.from && query.to) {
    params.set('from', query.from);
    params.set('to', query.to);
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

/** Turns the termly email of the report to governors on or off (the head). */
export function useSetTermlyEmail() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (termlyEmail: boolean) =>
      request('PUT', REPORTS_API.settings, ReportSettingsResponse, { body: { termlyEmail } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: [...reportsKey, 'school'] }),
  });
}
