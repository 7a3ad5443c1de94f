// The head's (or trust team's) page for signing in with Microsoft Entra ID or Google Workspace (issue 13,
// docs/sign-in.md): tenant or domain, the app's client id and secret, and whether the provider enforces MFA.
import {
  Alert,
  Button,
  Checkbox,
  Code,
  Group,
  Paper,
  PasswordInput,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { SignInProviderSettings, SignInSettingsResponse } from '@schoolgate/contracts';
import { SIGN_IN_PROVIDER_LABELS } from '@schoolgate/domain/shared';
import { useState, type FormEvent } from 'react';
import { CentredLoader } from '../../../components/centred-loader';
import { ErrorAlert } from '../../../components/error-alert';
import { PageHeader } from '../../../components/page-header';
import { isApiError } from '../../../lib/api-client';
import { can } from '../../../lib/permissions';
import { useSession } from '../../../lib/session-context';
import { NoAccess } from '../../shell/components/no-access';
import { useRemoveSignInProvider, useSaveSignInProvider, useSignInSettings, type ProviderKind } from '../api/sign-in';

const TENANT_LABEL: Record<ProviderKind, { label: string; description: string }> = {
  microsoft: {
    label: 'Directory (tenant) id',
    description: 'From Microsoft Entra admin centre, Overview: a GUID like 72f988bf-86f1-41af-91ab-2d7cd011db47.',
  },
  google: { label: 'Google Workspace domain', description: 'The domain of your staff accounts, like myschool.org.uk.' },
};

function ProviderForm({ provider, settings }: { provider: ProviderKind; settings: SignInSettingsResponse }) {
  const save = useSaveSignInProvider();
  const remove = useRemoveSignInProvider();
  const [scope, setScope] = useState<'school' | 'trust'>(
    settings.school.some((p) => p.provider === provider) || !settings.canEditTrust ? 'school' : 'trust',
  );
  const current: SignInProviderSettings | undefined = settings[scope].find((p) => p.provider === provider);
  const inherited = scope === 'school' && !current ? settings.trust.find((p) => p.provider === provider) : undefined;
  const [tenant, setTenant] = useState(current?.tenant ?? '');
  const [clientId, setClientId] = useState(current?.clientId ?? '');
  const [clientSecret, setClientSecret] = useState('');
  const [issuerUrl, setIssuerUrl] = useState(current?.issuerUrl ?? '');
  const [mfa, setMfa] = useState(current?.providerEnforcesMfa ?? false);
  const name = SIGN_IN_PROVIDER_LABELS[provider];
  const fieldError = (field: string) => (isApiError(save.error) ? save.error.fieldMessage(field) : undefined);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    save.mutate(
      {
        provider,
        input: {
          scope,
          tenant,
          clientId,
          ...(clientSecret ? { clientSecret } : {}),
          issuerUrl: issuerUrl || null,
          providerEnforcesMfa: mfa,
        },
      },
      {
        onSuccess: () => {
          setClientSecret('');
          notifications.show({ color: 'green', message: `Signing in with ${name} is saved.` });
        },
      },
    );
  };

  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby={`${provider}-heading`}>
      <Stack gap="md">
        <Title order={2} id={`${provider}-heading`} fz="h3">
          {name} {provider === 'microsoft' ? '(Entra ID, Microsoft 365)' : '(Google Workspace)'}
        </Title>
        <Text size="sm">
          {current
            ? `On: staff can sign in with their ${name} account.`
            : inherited
              ? `On for every school of the trust (set by the trust team).`
              : `Off.`}{' '}
          Register this redirect address in the app at {name}:{' '}
          <Code style={{ wordBreak: 'break-all' }}>{settings.redirectUris[provider]}</Code>
        </Text>
        {settings.canEditTrust ? (
          <SegmentedControl
            aria-label={`Where ${name} sign-in applies`}
            value={scope}
            onChange={(v) => setScope(v as 'school' | 'trust')}
            data={[
              { value: 'school', label: 'This school' },
              { value: 'trust', label: 'Every school of the trust' },
            ]}
          />
        ) : null}
        <form onSubmit={submit} noValidate aria-label={`${name} sign-in settings`}>
          <Stack gap="sm">
            <ErrorAlert error={save.error ?? remove.error} title="The settings could not be saved" />
            <TextInput
              label={TENANT_LABEL[provider].label}
              description={TENANT_LABEL[provider].description}
              required
              value={tenant}
              onChange={(e) => setTenant(e.currentTarget.value)}
              error={fieldError('tenant')}
            />
            <TextInput
              label="Client id"
              description={provider === 'microsoft' ? 'The application (client) id.' : 'The OAuth client id.'}
              required
              value={clientId}
              onChange={(e) => setClientId(e.currentTarget.value)}
              error={fieldError('clientId')}
            />
            <PasswordInput
              label="Client secret"
              description={
                current?.hasClientSecret
                  ? 'A secret is stored (encrypted). Leave empty to keep it, or enter a new one.'
                  : 'Stored encrypted; never shown again.'
              }
              autoComplete="off"
              value={clientSecret}
              onChange={(e) => setClientSecret(e.currentTarget.value)}
              error={fieldError('clientSecret')}
            />
            <Checkbox
              label={`Our ${name} sign-in makes everyone use multi-factor authentication`}
              description={
                provider === 'microsoft'
                  ? 'Then roles that need two-factor use Microsoft’s instead of Schoolgate’s: the sign-in must say MFA was done.'
                  : 'Google does not say in its sign-in whether a second step was used, so leave this off: roles that need two-factor use Schoolgate’s own.'
              }
              checked={mfa}
              onChange={(e) => setMfa(e.currentTarget.checked)}
            />
            <TextInput
              label="Issuer address (testing only)"
              description={`Leave empty to use ${name} itself.`}
              value={issuerUrl}
              onChange={(e) => setIssuerUrl(e.currentTarget.value)}
              error={fieldError('issuerUrl')}
            />
            <Group gap="sm">
              <Button type="submit" loading={save.isPending}>
                Save {name} sign-in
              </Button>
              {current ? (
                <Button
                  variant="outline"
                  color="red.9"
                  loading={remove.isPending}
                  onClick={() => remove.mutate({ provider, scope })}
                >
                  Turn off {name} sign-in
                </Button>
              ) : null}
            </Group>
          </Stack>
        </form>
      </Stack>
    </Paper>
  );
}

export function SignInSettingsRoute() {
  const me = useSession();
  const allowed = can(me, 'read:sign_in');
  const settings = useSignInSettings(allowed);
  if (!allowed) return <NoAccess title="Sign-in" />;
  return (
    <>
      <PageHeader
        title="Sign-in"
        description="Let staff sign in with their school Microsoft or Google account. Each person is matched to their staff record by email; no one new is created."
      />
      <ErrorAlert error={settings.error} title="The sign-in settings could not be loaded" />
      {settings.isPending ? <CentredLoader label="Loading sign-in settings" /> : null}
      {settings.data ? (
        <Stack gap="lg">
          <Alert variant="light" color="blue" title="Before you start">
            Your IT lead registers Schoolgate as an app with Microsoft or Google first. docs/sign-in.md in Schoolgate’s
            documentation says how, step by step.
          </Alert>
          <ProviderForm key={`microsoft-${settings.dataUpdatedAt}`} provider="microsoft" settings={settings.data} />
          <ProviderForm key={`google-${settings.dataUpdatedAt}`} provider="google" settings={settings.data} />
        </Stack>
      ) : null}
    </>
  );
}
