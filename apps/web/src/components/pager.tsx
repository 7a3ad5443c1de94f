import { Button, Group, Text } from '@mantine/core';

interface PagerProps {
  page: number;
  pageSize: number;
  total: number;
  onChange: (page: number) => void;
  /** Names what is being paged, e.g. "audit entries", for the screen reader label. */
  label: string;
}

/** Previous/next with a plain "Page 2 of 5": every control is a labelled button, so it works by keyboard. */
export function Pager({ page, pageSize, total, onChange, label }: PagerProps) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  return (
    <nav aria-label={`Pages of ${label}`}>
      <Group gap="sm" mt="md">
        <Button variant="default" disabled={page <= 1} onClick={() => onChange(page - 1)}>
          Previous page
        </Button>
        <Text aria-live="polite">
          Page {page} of {pages}
        </Text>
        <Button variant="default" disabled={page >= pages} onClick={() => onChange(page + 1)}>
          Next page
        </Button>
      </Group>
    </nav>
  );
}
