import { Alert, Button, CopyButton, Group, SimpleGrid, Stack, Text } from '@mantine/core';

interface RecoveryCodesProps {
  codes: string[];
  onContinue: () => void;
}

/** Shown once only: the server keeps just a digest of each code, so it cannot show them again. */
export function RecoveryCodes({ codes, onContinue }: RecoveryCodesProps) {
  return (
    <Stack gap="md">
      <Alert color="yellow" variant="light" title="Store these recovery codes safely" role="status">
        <Text size="sm">
          Each code lets you sign in once if you lose your phone. This is the only time Schoolgate will show them. Print
          them or keep them in a password manager, not on the phone itself, and do not share them.
        </Text>
      </Alert>
      <SimpleGrid
        cols={2}
        spacing="xs"
        component="ul"
        aria-label="Your recovery codes"
        style={{ listStyle: 'none', padding: 0, margin: 0 }}
      >
        {codes.map((code) => (
          <Text component="li" key={code} ff="monospace" fz="md" data-testid="recovery-code">
            {code}
          </Text>
        ))}
      </SimpleGrid>
      <Group>
        <CopyButton value={codes.join('\n')}>
          {({ copied, copy }) => (
            <Button variant="default" onClick={copy}>
              {copied ? 'Copied' : 'Copy the codes'}
            </Button>
          )}
        </CopyButton>
        <Button onClick={onContinue}>I have stored them safely – continue</Button>
      </Group>
    </Stack>
  );
}
