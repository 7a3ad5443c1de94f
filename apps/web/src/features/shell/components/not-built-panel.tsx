import { Badge, Paper, Stack, Text, Title } from '@mantine/core';
import { PageHeader } from '../../../components/page-header';
import type { NavItem } from '../nav-items';

/** Stands in for a capability that is planned but not yet built, so the navigation is honest about it. */
export function NotBuiltPanel({ item }: { item: NavItem }) {
  return (
    <>
      <PageHeader title={item.label} />
      <Paper withBorder p="xl" radius="md" maw={640}>
        <Stack gap="sm">
          <Badge color="gray.8" variant="filled" w="fit-content">
            Coming soon
          </Badge>
          <Title order={2} fz="lg">
            Not built yet
          </Title>
          <Text>{item.summary}</Text>
          <Text>It is coming in a later release of Schoolgate.</Text>
        </Stack>
      </Paper>
    </>
  );
}
