// Asks for a fresh code from the authenticator app before a concern opens (again after 15 minutes), as CPOMS does.
// Someone whose role does not need a code to sign in (the chair of governors) sets up the authenticator app first.
import { Alert, Button, Card, Group, PinInput, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { errorMessage } from '../../../lib/api-client';
import { useSession } from '../../../lib/session-context';
import { useSecondFactorCheck } from '../api/concerns';

export function SecondFactorPrompt() {
  const me = useSession();
  const check = useSecondFactorCheck();
  const [code, setCode] = useState('');
  if (!me.twoFactor.enabled) {
    return (
      <Card withBorder padding="lg" maw={480}>
        <Stack>
          <Title order={2} size="h3">
            Set up two-factor sign-in first
          </Title>
          <Text size="sm">
            Concerns hold safeguarding information, so they open only after you enter a code from an authenticator app
            on your phone. Set one up (it takes a minute), then come back to this concern.
          </Text>
          <Group>
            <Button component={Link} to="/two-factor/setup">
              Set up two-factor sign-in
            </Button>
          </Group>
        </Stack>
      </Card>
    );
  }
  return (
    <Card withBorder padding="lg" maw={480}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          check.mutate(code);
        }}
      >
        <Stack>
          <Title order={2} size="h3">
            Confirm it is you
          </Title>
          <Text size="sm">
            Concerns hold safeguarding information. Enter the 6-digit code from your authenticator app to open them for
            the next 15 minutes.
          </Text>
          <PinInput
            length={6}
            type="number"
            oneTimeCode
            value={code}
            onChange={setCode}
            aria-label="Code from your authenticator app"
            data-testid="second-factor-code"
          />
          {check.isError ? <Alert color="red">{errorMessage(check.error)}</Alert> : null}
          <Group>
            <Button type="submit" loading={check.isPending} disabled={code.length !== 6}>
              Confirm
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
