// Asks for a fresh code from the authenticator app before a concern opens (again after 15 minutes), as CPOMS does.
import { Alert, Button, Card, Group, PinInput, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { errorMessage } from '../../../lib/api-client';
import { useSecondFactorCheck } from '../api/concerns';

export function SecondFactorPrompt() {
  const check = useSecondFactorCheck();
  const [code, setCode] = useState('');
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
