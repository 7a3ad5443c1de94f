import { API } from '@schoolgate/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { anyResponse, apiClient } from '../../../lib/api-client';

export function useSwitchSchool() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (schoolId: string) => apiClient.post(API.switchSchool, anyResponse, { schoolId }),
    // Everything cached belongs to the old school; fetch it all again for the new one.
    onSuccess: () => queryClient.resetQueries(),
  });
}
