import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '../../../test/render';
import { BarChartFigure } from '../../../components/bar-chart-figure';
import { DashboardItems } from './dashboard-items';

describe('DashboardItems', () => {
  it('lists each item with its count, its entries and their links', () => {
    renderWithApp(
      <DashboardItems
        items={[
          {
            key: 'overdue_comments',
            title: 'Comments waiting past their deadline for an answer',
            count: 1,
            tone: 'urgent',
            link: '/moderation?view=awaiting_response',
            linkText: 'Open the comments awaiting an answer',
            entries: [
              {
                label: 'Comment by A Parent on Facebook',
                detail: 'Answer was due 1 Dec',
                link: '/moderation/comments/c1',
              },
            ],
          },
        ]}
      />,
    );
    const item = screen.getByRole('region', { name: 'Comments waiting past their deadline for an answer: 1' });
    expect(within(item).getByText('Needs action now')).toBeInTheDocument();
    expect(within(item).getByRole('link', { name: 'Comment by A Parent on Facebook' })).toHaveAttribute(
      'href',
      '/moderation/comments/c1',
    );
  });

  it('says when nothing needs doing', () => {
    renderWithApp(<DashboardItems items={[]} />);
    expect(screen.getByRole('status')).toHaveTextContent('Nothing needs you right now.');
  });
});

describe('BarChartFigure', () => {
  it('gives every number of the chart in a table, and hides the drawing from screen readers', () => {
    const { container } = renderWithApp(
      <BarChartFigure
        caption="Replies due each month"
        rowHeading="Month"
        rows={[{ label: 'October 2026', values: { onTime: 10, late: 2 } }]}
        series={[
          { name: 'onTime', label: 'On time', color: '#2b8a3e' },
          { name: 'late', label: 'Late', color: '#c2410c' },
        ]}
        stacked
      />,
    );
    const table = screen.getByRole('table', { name: 'Replies due each month' });
    const row = within(table).getByRole('row', { name: /October 2026/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['10', '2']);
    const chart = container.querySelector('[aria-hidden="true"][inert]');
    expect(chart).not.toBeNull();
  });
});
