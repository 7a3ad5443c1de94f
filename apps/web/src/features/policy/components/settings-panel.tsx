import { Stack, Text } from '@mantine/core';
import { CentredLoader } from '../../../components/centred-loader';
import { ErrorAlert } from '../../../components/error-alert';
import { usePolicySettings, type SettingsScope } from '../api/policy';
import { SettingsForm } from './settings-form';
import { TemplatePicker } from './template-picker';

/** The settings of the school (with where each comes from) or the trust's defaults, with the template picker. */
export function SettingsPanel({ scope, canEdit }: { scope: SettingsScope; canEdit: boolean }) {
  const settings = usePolicySettings(scope);
  if (settings.isPending) return <CentredLoader label="Loading the settings" />;
  if (settings.error) return <ErrorAlert error={settings.error} title="The settings could not be loaded" />;
  const data = settings.data;
  return (
    <Stack gap="lg">
      <Text>
        {scope === 'school'
          ? `These are the settings of ${data.name}. Changes here take effect when a new version of the policy is approved and published.`
          : `These are the defaults every school in ${data.name} starts from. A school may set any of them differently.`}
      </Text>
      {canEdit ? (
        <TemplatePicker templates={data.templates} scope={scope} currentTemplateId={data.trustTemplateId} />
      ) : null}
      {/* Remount on every save so the form starts again from what the server now holds. */}
      <SettingsForm key={settings.dataUpdatedAt} data={data} scope={scope} canEdit={canEdit} />
    </Stack>
  );
}
