import { Table } from '@mantine/core';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '../test/render';
import { ScrollTable } from './scroll-table';

describe('ScrollTable', () => {
  it('puts the table in a named region a keyboard can reach, so it can be scrolled sideways without a mouse', () => {
    renderWithApp(
      <ScrollTable label="Training of every member of staff" minWidth={800}>
        <Table>
          <Table.Tbody>
            <Table.Tr>
              <Table.Td>Amy Adams</Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
      </ScrollTable>,
    );
    const region = screen.getByRole('region', { name: 'Training of every member of staff' });
    expect(region).toHaveAttribute('tabindex', '0');
    expect(region).toContainElement(screen.getByRole('cell', { name: 'Amy Adams' }));
  });
});
