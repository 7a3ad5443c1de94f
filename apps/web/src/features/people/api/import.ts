import { API, ImportResponse, type ImportRequest } from '@schoolgate/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

export function useImportPeople() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ImportRequest) => apiClient.post(API.peopleImport, ImportResponse, input),
    onSuccess: (result) => queryClient.invalidateQueries({ queryKey: [result.kind === 'staff' ? 'staff' : 'pupils'] }),
  });
}
