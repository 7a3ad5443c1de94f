// Where parents and the public tell the school about a worry privately (000, 003): the page needs no sign-in, and
// the replies moderators send on social media already link to it. Those who run the accounts and the school's
// website need the address itself, to put in the accounts' bios and on the website.
import { Button, Card, Code, CopyButton, Group, Stack, Text, Title } from '@mantine/core';
import { usePublicConcernLink } from '../api/concerns';

export function PublicLinkCard() {
  const link = usePublicConcernLink(true);
  // Without the address there is nothing useful to say: the rest of the page still works.
  if (!link.data) return null;
  const address = `${window.location.origin}${link.data.path}`;
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="public-link-heading">
      <Stack gap="sm">
        <Title order={2} size="h3" id="public-link-heading">
          The page for parents and the public
        </Title>
        <Text size="sm">
          Anyone can tell the school about a worry here without signing in; it reaches the same people as a concern
          raised by staff. Replies on social media link to it. Put it on the school website and in each account’s bio.
        </Text>
        <Group gap="sm" wrap="wrap">
          <Code style={{ wordBreak: 'break-all' }}>{address}</Code>
          <CopyButton value={address}>
            {({ copied, copy }) => (
              <Button size="xs" variant="light" onClick={copy} aria-label="Copy the address of the page for parents">
                {copied ? 'Copied' : 'Copy'}
              </Button>
            )}
          </CopyButton>
        </Group>
      </Stack>
    </Card>
  );
}
