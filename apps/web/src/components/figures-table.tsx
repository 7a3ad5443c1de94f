// A table of figures with one row per thing counted (a week, a school): a caption above, the thing's name as the row
// header, and the figures right-aligned so they line up. The compliance weeks and the trust's schools both use it.
import { Table } from '@mantine/core';
import type { ReactNode } from 'react';
import { ScrollTable } from './scroll-table';

export interface FiguresColumn<Row> {
  header: string;
  cell: (row: Row) => ReactNode;
  /** Figures (the default) line up on the right; words and badges sit on the left. */
  align?: 'left' | 'right';
}

export interface FiguresTableProps<Row> {
  caption: string;
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** The first column: what the row is about, read out as the row's header. */
  rowHeader: { header: string; cell: (row: Row) => ReactNode };
  columns: readonly FiguresColumn<Row>[];
  minWidth: number;
}

export function FiguresTable<Row>({ caption, rows, rowKey, rowHeader, columns, minWidth }: FiguresTableProps<Row>) {
  const ta = (column: FiguresColumn<Row>) => ((column.align ?? 'right') === 'right' ? 'right' : undefined);
  return (
    <ScrollTable label={caption} minWidth={minWidth}>
      <Table striped captionSide="top" verticalSpacing="xs">
        <Table.Caption style={{ textAlign: 'left' }}>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{rowHeader.header}</Table.Th>
            {columns.map((column) => (
              <Table.Th key={column.header} scope="col" ta={ta(column)}>
                {column.header}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={rowKey(row)}>
              <Table.Th scope="row" fw={500}>
                {rowHeader.cell(row)}
              </Table.Th>
              {columns.map((column) => (
                <Table.Td key={column.header} ta={ta(column)}>
                  {column.cell(row)}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollTable>
  );
}
