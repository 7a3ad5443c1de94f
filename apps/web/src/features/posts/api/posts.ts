// The posts API for the web app (issue 11): drafts, images, checks, approval, publishing, take-downs, the pause.
import {
  POSTS_API,
  PostDetail,
  PostListResponse,
  PostPupilOptions,
  PublishingPauseResponse,
  TakedownList,
  type PublicationOverride,
} from '@schoolgate/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient, request } from '../../../lib/api-client';

const postsKey = ['posts'] as const;
export interface SaveInput {
  text: string;
  category: string;
  accountIds: string[];
  controversial: boolean;
  tagged: { pupilId: string; pictured: boolean; named: boolean }[];
}

/** How many posts, or suggestions, a page of their lists shows. */
export const LIST_PAGE_SIZE = 50;

export const usePosts = (page: number) =>
  useQuery({
    queryKey: [...postsKey, 'list', { page }],
    queryFn: () => apiClient.get(POSTS_API.posts, PostListResponse, { page, pageSize: LIST_PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });

export const usePost = (id: string | null) =>
  useQuery({
    queryKey: [...postsKey, 'one', id],
    queryFn: () => apiClient.get(POSTS_API.post(id ?? ''), PostDetail),
    enabled: id !== null,
  });

export const usePupilSearch = (search: string) =>
  useQuery({
    queryKey: [...postsKey, 'pupils', search],
    queryFn: () => apiClient.get(POSTS_API.pupils, PostPupilOptions, { search }),
    enabled: search.trim().length >= 2,
  });

export const useTakedowns = () =>
  useQuery({ queryKey: [...postsKey, 'takedowns'], queryFn: () => apiClient.get(POSTS_API.takedowns, TakedownList) });

export const usePause = () =>
  useQuery({
    queryKey: [...postsKey, 'pause'],
    queryFn: () => apiClient.get(POSTS_API.pause, PublishingPauseResponse),
  });

function usePostsMutation<I, T>(fn: (input: I) => Promise<T>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: fn, onSuccess: () => queryClient.invalidateQueries({ queryKey: postsKey }) });
}

export const useSavePost = () =>
  usePostsMutation(({ id, body }: { id: string | null; body: SaveInput }) =>
    id ? request('PUT', POSTS_API.post(id), PostDetail, { body }) : apiClient.post(POSTS_API.posts, PostDetail, body),
  );

export const useAddImage = () =>
  usePostsMutation(
    ({ id, fileName, base64, altText }: { id: string; fileName: string; base64: string; altText: string }) =>
      apiClient.post(POSTS_API.images(id), PostDetail, { fileName, base64, altText }),
  );

export const useDescribeImage = () =>
  usePostsMutation(({ id, imageId, altText }: { id: string; imageId: string; altText: string }) =>
    request('PUT', POSTS_API.image(id, imageId), PostDetail, { body: { altText } }),
  );

export const useAddVideo = () =>
  usePostsMutation(
    ({ id, ...body }: { id: string; fileName: string; base64: string; posterBase64: string; altText: string }) =>
      apiClient.post(POSTS_API.video(id), PostDetail, body),
  );

/** Describes the video, or removes it (altText null). */
export const useChangeVideo = () =>
  usePostsMutation(({ id, videoId, altText }: { id: string; videoId: string; altText: string | null }) =>
    altText === null
      ? request('DELETE', POSTS_API.videoItem(id, videoId), PostDetail)
      : request('PUT', POSTS_API.videoItem(id, videoId), PostDetail, { body: { altText } }),
  );

export const useApprovePost = () =>
  usePostsMutation(({ id, override }: { id: string; override?: PublicationOverride }) =>
    apiClient.post(POSTS_API.approve(id), PostDetail, override ? { override } : {}),
  );

export const usePublishPost = () =>
  usePostsMutation(({ id, at }: { id: string; at?: string }) =>
    apiClient.post(POSTS_API.publish(id), PostDetail, at ? { at } : {}),
  );

export const useCompleteTakedown = () =>
  usePostsMutation(({ id, note }: { id: string; note: string }) =>
    apiClient.post(POSTS_API.takedownDone(id), TakedownList, { note }),
  );

export const useSetPause = () =>
  usePostsMutation((body: { paused: boolean; reason: string }) =>
    request('PUT', POSTS_API.pause, PublishingPauseResponse, { body }),
  );
