// The two tables of figures read the same way to a screen reader: a caption, each row named by its header cell, and
// every figure under its column, whichever table it is.
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '../test/render';
import { ComplianceTable } from '../features/moderation/components/compliance-table';
import { TrustTable } from '../features/reports/components/trust-table';

const cellsOf = (rowName: string) =>
  within(screen.getByRole('row', { name: new RegExp(`^${rowName}`) }))
    .getAllByRole('cell')
    .map((cell) => cell.textContent);

describe('tables of figures', () => {
  it('shows each week of replies with the overdue ones warned of', () => {
    renderWithApp(
      <ComplianceTable
        weeks={[
          {
            weekStarting: '2026-11-09',
            due: 10,
            answeredOnTime: 7,
            answeredLate: 1,
            openOverdue: 2,
            closedWithoutReply: 0,
            onTimeRate: 0.7,
          },
          {
            weekStarting: '2026-11-16',
            due: 0,
            answeredOnTime: 0,
            answeredLate: 0,
            openOverdue: 0,
            closedWithoutReply: 0,
            onTimeRate: null,
          },
        ]}
      />,
    );
    expect(screen.getByRole('table', { name: 'Replies due each week, newest week last' })).toBeTruthy();
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toEqual([
      'Week starting',
      'Due',
      'Answered on time',
      'Answered late',
      'Still overdue',
      'On time',
    ]);
    expect(screen.getAllByRole('rowheader')).toHaveLength(2);
    const [first, second] = screen.getAllByRole('row').slice(1);
    expect(
      within(first!)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['10', '7', '1', '2', '70%']);
    expect(within(second!).getAllByRole('cell').at(-1)?.textContent).toBe('Nothing due');
  });

  it('shows each school of the trust with its judgement and figures', () => {
    renderWithApp(
      <TrustTable
        caption="The trust’s schools over Autumn term"
        schools={[
          {
            schoolId: '00000000-0000-4000-8000-000000000001',
            name: 'Meadowbank Primary School',
            rag: {
              overall: 'red',
              responseTimes: 'red',
              acceptance: 'green',
              training: 'amber',
              accounts: 'green',
              policy: 'green',
            },
            onTimePercent: 64,
            stillOverdue: 3,
            acceptancePercent: null,
            trainingPercent: 80,
            accountsShort: 0,
            concernsRaised: 1,
            reviewDue: null,
          },
        ]}
      />,
    );
    expect(screen.getByRole('table', { name: 'The trust’s schools over Autumn term' })).toBeTruthy();
    expect(screen.getByRole('rowheader').textContent).toBe('Meadowbank Primary School');
    expect(cellsOf('Meadowbank Primary School').slice(1)).toEqual(['64%', '3', 'Nothing to count', '80%', '0', '1']);
  });
});
