import { Stack, Table, Title } from '@mantine/core';
import type { PolicyDocumentView as PolicyDocumentData } from '@schoolgate/contracts';
import { PolicyBlocks } from '../../../components/policy-blocks';

interface PolicyDocumentViewProps {
  document: PolicyDocumentData;
  /** Distinguishes two documents on one page (the one in force and a draft) for headings' ids. */
  idPrefix: string;
}

/** The policy's structured text as headings, paragraphs, lists and sub-headings with the school's bold and italic. */
export function PolicyDocumentView({ document, idPrefix }: PolicyDocumentViewProps) {
  return (
    <Stack gap="md" component="article" aria-labelledby={`${idPrefix}-title`}>
      <Title order={2} id={`${idPrefix}-title`}>
        {document.title}
      </Title>
      <Table variant="vertical" withTableBorder maw={720} aria-label="About this version">
        <Table.Tbody>
          {document.details.map((detail) => (
            <Table.Tr key={detail.label}>
              <Table.Th w={260}>{detail.label}</Table.Th>
              <Table.Td>{detail.value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {document.sections.map((section) => (
        <Stack gap="xs" key={section.id} component="section" aria-labelledby={`${idPrefix}-${section.id}`} maw={760}>
          <Title order={3} id={`${idPrefix}-${section.id}`}>
            {section.heading}
          </Title>
          <PolicyBlocks blocks={section.blocks} />
        </Stack>
      ))}
    </Stack>
  );
}
