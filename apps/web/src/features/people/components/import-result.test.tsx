import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeImportResponse } from '../../../test/factories';
import { renderWithApp } from '../../../test/render';
import { ImportResult } from './import-result';

describe('ImportResult', () => {
  it('lists each rejected row with its line number, column and reason', () => {
    renderWithApp(
      <ImportResult
        result={makeImportResponse({
          created: 3,
          updated: 1,
          unchanged: 2,
          errors: [
            { line: 4, field: 'yearGroup', reason: "Year group 'Year 15' is not a year from Nursery to 13." },
            { line: 7, reason: 'The row could not be read.' },
          ],
        })}
      />,
    );

    const table = screen.getByRole('table', { name: 'Rows that were not imported' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(
      within(rows[0]!)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['4', 'Year group', "Year group 'Year 15' is not a year from Nursery to 13."]);
    expect(
      within(rows[1]!)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['7', '–', 'The row could not be read.']);
    expect(screen.getByRole('alert')).toHaveTextContent('The import finished with 2 problems');
  });

  it("names a pupil file's ID column the pupil ID, not the staff ID", () => {
    renderWithApp(
      <ImportResult
        result={makeImportResponse({
          kind: 'pupils',
          errors: [{ line: 3, field: 'misId', reason: 'The pupil ID (UPN or admission number) is blank.' }],
        })}
      />,
    );
    const table = screen.getByRole('table', { name: 'Rows that were not imported' });
    expect(within(table).getAllByRole('cell')[1]).toHaveTextContent('Pupil ID');
  });

  it('shows the counts and no error table when every row went in', () => {
    renderWithApp(<ImportResult result={makeImportResponse({ created: 12, unknownColumns: ['Ethnicity'] })} />);
    const summary = screen.getByRole('group', { name: 'Summary of pupils imported' });
    expect(summary).toHaveTextContent('Added12');
    expect(summary).toHaveTextContent('Updated0');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByText(/These columns were not used: Ethnicity/)).toBeInTheDocument();
  });
});
