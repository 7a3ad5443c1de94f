import {
  API,
  StaffListResponse,
  StaffMember,
  type CreateStaffRequest,
  type UpdateStaffRequest,
} from '@schoolgate/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { anyResponse, apiClient } from '../../../lib/api-client';

export type StaffStatusFilter = 'active' | 'inactive' | 'all';

export interface StaffListParams {
  search: string;
  status: StaffStatusFilter;
  page: number;
  pageSize: number;
}

const staffKey = ['staff'] as const;

export function useStaffList(params: StaffListParams, enabled = true) {
  return useQuery({
    queryKey: [...staffKey, params],
    queryFn: () => apiClient.get(API.staff, StaffListResponse, { ...params }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useCreateStaff() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateStaffRequest) => apiClient.post(API.staff, StaffMember, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: staffKey }),
  });
}

export function useUpdateStaff() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, changes }: { id: string; changes: UpdateStaffRequest }) =>
      apiClient.patch(API.staffMember(id), StaffMember, changes),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: staffKey }),
  });
}

export function useDeactivateStaff() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiClient.post(API.staffDeactivate(id), anyResponse),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: staffKey }),
  });
}

export function useReactivateStaff() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiClient.post(API.staffReactivate(id), anyResponse),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: staffKey }),
  });
}
