import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { makeMe } from '../../../test/factories';
import { renderWithApp } from '../../../test/render';
import { PolicyDocumentView } from './policy-document-view';

describe('PolicyDocumentView', () => {
  it('shows the document as headings, paragraphs and lists, with markup kept as plain text', () => {
    renderWithApp(
      <PolicyDocumentView
        idPrefix="published"
        document={{
          title: 'Hillside <b>Primary</b>: social media policy',
          details: [{ label: 'Version', value: '2' }],
          sections: [
            {
              id: 'comments',
              heading: 'Comments',
              blocks: [
                { kind: 'paragraph', text: 'We answer within 24 hours.' },
                { kind: 'list', items: ['Hide abuse', 'Queue complaints'] },
              ],
            },
          ],
        }}
      />,
      { me: makeMe() },
    );
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent('Hillside <b>Primary</b>: social media policy');
    const section = screen.getByRole('region', { name: 'Comments' });
    expect(within(section).getByText('We answer within 24 hours.')).toBeInTheDocument();
    expect(
      within(section)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Hide abuse', 'Queue complaints']);
    expect(screen.getByRole('table', { name: 'About this version' })).toHaveTextContent('Version2');
  });
});
