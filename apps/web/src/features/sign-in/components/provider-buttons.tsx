import { Button, Stack, Text } from '@mantine/core';
import { SIGN_IN_PROVIDER_LABELS } from '@schoolgate/domain/shared';
import { providerStartUrl, type ProviderKind } from '../api/sign-in';

interface ProviderButtonsProps {
  providers: Array<{ provider: ProviderKind; schoolId: string; label: string }>;
}

/** "Sign in with Microsoft / Google": plain links, since the sign-in continues at the provider's own page. */
export function ProviderButtons({ providers }: ProviderButtonsProps) {
  if (providers.length === 0) return null;
  // With several schools offering the same provider, each button names its school or trust.
  const named = new Set(providers.map((p) => p.provider)).size < providers.length;
  return (
    <Stack gap="xs">
      {providers.map((p) => (
        <Button
          key={`${p.provider}-${p.schoolId}`}
          component="a"
          href={providerStartUrl(p.provider, p.schoolId)}
          variant="default"
          fullWidth
        >
          Sign in with {SIGN_IN_PROVIDER_LABELS[p.provider]}
          {named ? ` (${p.label})` : ''}
        </Button>
      ))}
      <Text size="sm" c="dimmed" ta="center">
        or with your email address and password
      </Text>
    </Stack>
  );
}
