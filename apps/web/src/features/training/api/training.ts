import {
  API,
  MyTrainingResponse,
  TrainingOverviewResponse,
  TrainingRecord,
  TrainingRemindResponse,
  type CreateTrainingRequest,
} from '@schoolgate/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

const trainingKey = ['training'] as const;
export type TrainingFilter = 'all' | 'out_of_date';

export function useTrainingOverview(filter: TrainingFilter, enabled: boolean) {
  return useQuery({
    queryKey: [...trainingKey, 'overview', filter],
    queryFn: () => apiClient.get(API.training, TrainingOverviewResponse, { filter }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useMyTraining() {
  return useQuery({
    queryKey: [...trainingKey, 'me'],
    queryFn: () => apiClient.get(API.trainingMine, MyTrainingResponse),
  });
}

export function useRecordTraining() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateTrainingRequest) => apiClient.post(API.trainingRecords, TrainingRecord, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: trainingKey }),
  });
}

export function useRemindTraining() {
  return useMutation({ mutationFn: () => apiClient.post(API.trainingRemind, TrainingRemindResponse) });
}

/** Reads a chosen file as base64 for the JSON upload; the server checks its type and size again. */
export function fileToBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(new Error('The file could not be read.'));
    reader.readAsDataURL(file);
  });
}
