// Private messages to the school's accounts (issue 10): the conversations in the queue, one with its thread, and
// answering it.
import {
  ConversationDetail,
  ConversationReplyResponse,
  ConversationsResponse,
  MESSAGES_API,
} from '@schoolgate/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

const key = ['moderation', 'conversations'] as const;

export type ConversationsView = 'awaiting_response' | 'all';

export function useConversations(
  filters: { view: ConversationsView; page: number; pageSize: number },
  enabled: boolean,
) {
  return useQuery({
    queryKey: [...key, 'list', filters],
    queryFn: () => apiClient.get(MESSAGES_API.conversations, ConversationsResponse, { ...filters }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useConversation(id: string) {
  return useQuery({
    queryKey: [...key, 'one', id],
    queryFn: () => apiClient.get(MESSAGES_API.conversation(id), ConversationDetail),
  });
}

export function useConversationReply(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (text: string) => apiClient.post(MESSAGES_API.reply(id), ConversationReplyResponse, { text }),
    onSuccess: (result) => {
      queryClient.setQueryData([...key, 'one', id], result.conversation);
      void queryClient.invalidateQueries({ queryKey: [...key, 'list'] });
    },
  });
}

export function useMarkConversationAnswered(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiClient.post(MESSAGES_API.review(id), ConversationDetail, {}),
    onSuccess: (conversation) => {
      queryClient.setQueryData([...key, 'one', id], conversation);
      void queryClient.invalidateQueries({ queryKey: [...key, 'list'] });
    },
  });
}
