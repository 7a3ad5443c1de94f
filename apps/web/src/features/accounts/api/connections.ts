import { CONNECT_API, ConnectionStarted, ConnectionView, type ChooseConnection } from '@schoolgate/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

/** Asks for the platform's sign-in page and sends the browser there. */
export const useStartConnection = () =>
  useMutation({
    mutationFn: (accountId: string) => apiClient.post(CONNECT_API.start(accountId), ConnectionStarted, {}),
    onSuccess: ({ redirectUrl }) => window.location.assign(redirectUrl),
  });

export const useConnection = (id: string | null) =>
  useQuery({
    queryKey: ['accounts', 'connection', id],
    queryFn: () => apiClient.get(CONNECT_API.connection(id ?? ''), ConnectionView),
    enabled: id !== null,
  });

export const useChooseConnection = (id: string) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ChooseConnection) => apiClient.post(CONNECT_API.choose(id), ConnectionView, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['accounts'] }),
  });
};
