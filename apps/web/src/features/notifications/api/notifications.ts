import { API, NotificationListResponse, OkResponse } from '@schoolgate/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

const key = ['notifications'] as const;

/** The person's notifications; checked again every minute so a reminder shows without a reload. */
export function useNotifications() {
  return useQuery({
    queryKey: key,
    queryFn: () => apiClient.get(API.notifications, NotificationListResponse),
    refetchInterval: 60_000,
  });
}

export function useMarkNotificationsRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (ids: string[] | 'all') => apiClient.post(API.notificationsRead, OkResponse, { ids }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key }),
  });
}
