// A wide table on a narrow screen: it scrolls sideways inside its own box instead of pushing the whole page wider.
// The scrolling box is a named region that takes keyboard focus, so someone without a mouse or touch screen can
// scroll it with the arrow keys too (WCAG 2.1.1; axe's scrollable-region-focusable).
import { Table } from '@mantine/core';
import type { ReactNode } from 'react';

interface ScrollTableProps {
  /** Names the scrolling region for screen readers, e.g. the table's caption. */
  label: string;
  /** Below this width the table scrolls rather than squeezing its columns. */
  minWidth: number;
  children: ReactNode;
}

export function ScrollTable({ label, minWidth, children }: ScrollTableProps) {
  return (
    <Table.ScrollContainer
      minWidth={minWidth}
      scrollAreaProps={{ viewportProps: { tabIndex: 0, role: 'region', 'aria-label': label } }}
    >
      {children}
    </Table.ScrollContainer>
  );
}
