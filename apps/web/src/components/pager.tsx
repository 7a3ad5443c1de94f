import { Button, Group, Text } from '@mantine/core';

interface PagerProps {
  page: number;
  pageSize: number;
  total: number;
  /**
   * The total stopped counting at a cap (a list with a long history): there are more than `total`. Next stays
   * available while the page shown is full, so every page can still be reached.
   */
  totalIsLowerBound?: boolean;
  /** How many items the page shown holds; needed with `totalIsLowerBound`. */
  itemsOnPage?: number;
  onChange: (page: number) => void;
  /** Names what is being paged, e.g. "audit entries", for the screen reader label. */
  label: string;
}

/** Previous/next with a plain "Page 2 of 5": every control is a labelled button, so it works by keyboard. */
export function Pager({ page, pageSize, total, totalIsLowerBound, itemsOnPage, onChange, label }: PagerProps) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const hasNext = page < pages || (totalIsLowerBound === true && (itemsOnPage ?? 0) >= pageSize);
  if (page <= 1 && !hasNext) return null;
  const of = totalIsLowerBound ? (page <= pages ? ` of ${pages.toLocaleString('en-GB')} or more` : '') : ` of ${pages}`;
  return (
    <nav aria-label={`Pages of ${label}`}>
      <Group gap="sm" mt="md">
        <Button variant="default" disabled={page <= 1} onClick={() => onChange(page - 1)}>
          Previous page
        </Button>
        <Text aria-live="polite">
          Page {page.toLocaleString('en-GB')}
          {of}
        </Text>
        <Button variant="default" disabled={!hasNext} onClick={() => onChange(page + 1)}>
          Next page
        </Button>
      </Group>
    </nav>
  );
}
