import { Anchor, Paper, Skeleton, Text } from '@mantine/core';
import { Link } from 'react-router';

interface CountCardProps {
  label: string;
  count: number | undefined;
  to: string;
  linkText: string;
}

export function CountCard({ label, count, to, linkText }: CountCardProps) {
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-label={label}>
      <Text fw={600}>{label}</Text>
      {count === undefined ? (
        <Skeleton height={40} width={80} my={4} />
      ) : (
        <Text fz={40} fw={700} lh={1.2}>
          {count.toLocaleString('en-GB')}
        </Text>
      )}
      <Anchor component={Link} to={to} size="sm">
        {linkText}
      </Anchor>
    </Paper>
  );
}
