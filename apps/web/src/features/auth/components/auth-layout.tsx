import { Box, Container, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { usePageTitle } from '../../../lib/use-page-title';

interface AuthLayoutProps {
  title: string;
  intro?: ReactNode;
  children: ReactNode;
  width?: number;
}

/** The frame for pages seen before the person is fully signed in: product name, one h1, one main region. */
export function AuthLayout({ title, intro, children, width = 440 }: AuthLayoutProps) {
  usePageTitle(title);
  return (
    <Box bg="gray.0" mih="100vh">
      <Box
        component="header"
        py="md"
        px="lg"
        bg="white"
        style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}
      >
        <Text fw={700} fz="lg" c="blue.9">
          Schoolgate
        </Text>
      </Box>
      <Container component="main" id="main" size={width} py={48}>
        <Paper withBorder shadow="xs" p="xl" radius="md">
          <Stack gap="md">
            <Title order={1} fz={28}>
              {title}
            </Title>
            {intro ? <Text>{intro}</Text> : null}
            {children}
          </Stack>
        </Paper>
      </Container>
    </Box>
  );
}
