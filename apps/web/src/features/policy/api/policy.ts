import {
  API,
  PolicyOverviewResponse,
  PolicySettingsResponse,
  PolicyVersionDetail,
  PolicyVersionListResponse,
  type ApprovePolicyVersionRequest,
} from '@schoolgate/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

/** Settings are edited for the school (its overrides) or, by the trust team, for the trust (its defaults). */
export type SettingsScope = 'school' | 'trust';

// One key for the whole policy: any change (a setting, an approval) can alter the document, list and settings.
const policyKey = ['policy'] as const;

const settingsPath = (scope: SettingsScope) => (scope === 'school' ? API.policySettings : API.trustPolicySettings);

export function usePolicyOverview() {
  return useQuery({
    queryKey: [...policyKey, 'overview'],
    queryFn: () => apiClient.get(API.policy, PolicyOverviewResponse),
  });
}

export function usePolicyVersions() {
  return useQuery({
    queryKey: [...policyKey, 'versions'],
    queryFn: () => apiClient.get(API.policyVersions, PolicyVersionListResponse),
  });
}

export function usePolicySettings(scope: SettingsScope, enabled = true) {
  return useQuery({
    queryKey: [...policyKey, 'settings', scope],
    queryFn: () => apiClient.get(settingsPath(scope), PolicySettingsResponse),
    enabled,
  });
}

function usePolicyMutation<TInput, TResult>(mutationFn: (input: TInput) => Promise<TResult>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: () => queryClient.invalidateQueries({ queryKey: policyKey }) });
}

export function useUpdatePolicySettings(scope: SettingsScope) {
  return usePolicyMutation((changes: Record<string, unknown>) =>
    apiClient.patch(settingsPath(scope), PolicySettingsResponse, { changes }),
  );
}

export function useResetPolicyFields() {
  return usePolicyMutation((fields: string[]) =>
    apiClient.post(API.policySettingsReset, PolicySettingsResponse, { fields }),
  );
}

export function useApplyPolicyTemplate(scope: SettingsScope) {
  return usePolicyMutation((templateId: string) =>
    apiClient.post(
      scope === 'school' ? API.policySettingsTemplate : API.trustPolicySettingsTemplate,
      PolicySettingsResponse,
      { templateId },
    ),
  );
}

export function useDraftPolicyVersion() {
  return usePolicyMutation((summaryOfChanges: string) =>
    apiClient.post(API.policyVersions, PolicyVersionDetail, { summaryOfChanges }),
  );
}

export function useApprovePolicyVersion() {
  return usePolicyMutation(({ id, ...body }: ApprovePolicyVersionRequest & { id: string }) =>
    apiClient.post(API.policyVersionApprove(id), PolicyVersionDetail, body),
  );
}

export function usePublishPolicyVersion() {
  return usePolicyMutation((id: string) => apiClient.post(API.policyVersionPublish(id), PolicyVersionDetail));
}
