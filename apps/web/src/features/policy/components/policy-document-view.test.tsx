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

describe('PolicyDocumentView with the school’s formatting (issue 15)', () => {
  it('shows bold and italic, numbered lists, sub-headings, a marker per clause and the version history', () => {
    renderWithApp(
      <PolicyDocumentView
        idPrefix="pending"
        document={{
          title: 'Hillside Primary: social media policy',
          details: [],
          sections: [
            {
              id: 'staff',
              heading: 'Staff',
              blocks: [
                { kind: 'subheading', text: '3.1 Harassment' },
                {
                  kind: 'paragraph',
                  text: 'Staff must never harass anyone.',
                  runs: [
                    { text: 'Staff ' },
                    { text: 'must never', bold: true },
                    { text: ' harass ' },
                    { text: 'anyone', italic: true },
                    { text: '.' },
                  ],
                  clauseId: 'staff.harassment',
                  status: 'guidance',
                },
                {
                  kind: 'list',
                  ordered: true,
                  items: ['Tell the head', 'Keep a copy'],
                  clauseId: 'staff.harassment',
                  status: 'guidance',
                },
                { kind: 'paragraph', text: 'Consent is checked.', clauseId: 'consent.photo', status: 'enforced' },
              ],
            },
          ],
          history: [
            { version: '0.1', date: '2018-03-12', author: 'A Patel', summary: 'First policy', imported: true },
            { version: '1', date: null, author: 'Not yet approved', summary: 'Harassment clause', imported: false },
          ],
        }}
      />,
      { me: makeMe() },
    );
    const section = screen.getByRole('region', { name: 'Staff' });
    expect(within(section).getByRole('heading', { level: 4 })).toHaveTextContent('3.1 Harassment');
    expect(within(section).getByText('must never').tagName).toBe('STRONG');
    expect(within(section).getByText('anyone').tagName).toBe('EM');
    expect(within(section).getByRole('list').tagName).toBe('OL');
    expect(within(section).getAllByText('Guidance')).toHaveLength(1);
    expect(within(section).getByText('Enforced by Schoolgate')).toBeInTheDocument();
    const history = screen.getByRole('table', { name: 'Version history' });
    expect(
      within(history)
        .getAllByRole('row')
        .map((row) => row.textContent),
    ).toEqual([
      'VersionDateAuthor or approved byReason or summary of changes',
      '0.112 March 2018A PatelFirst policy',
      '1Not yet approvedNot yet approvedHarassment clause',
    ]);
  });
});
