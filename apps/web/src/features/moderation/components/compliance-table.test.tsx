import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '../../../test/render';
import { ComplianceTable } from './compliance-table';

describe('ComplianceTable', () => {
  it('scrolls in a named region a keyboard can reach, so every column is there on a phone', () => {
    renderWithApp(
      <ComplianceTable
        weeks={[
          {
            weekStarting: '2026-11-30',
            due: 4,
            answeredOnTime: 3,
            answeredLate: 1,
            openOverdue: 0,
            closedWithoutReply: 1,
            onTimeRate: 0.75,
          },
        ]}
      />,
    );
    const region = screen.getByRole('region', { name: 'Replies due each week, newest week last' });
    expect(region).toHaveAttribute('tabindex', '0');
    expect(within(region).getByRole('table', { name: 'Replies due each week, newest week last' })).toBeInTheDocument();
  });
});
