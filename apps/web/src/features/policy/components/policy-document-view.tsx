import { List, Stack, Table, Text, Title } from '@mantine/core';
import type { PolicyDocumentView as PolicyDocumentData } from '@schoolgate/contracts';

interface PolicyDocumentViewProps {
  document: PolicyDocumentData;
  /** Distinguishes two documents on one page (the one in force and a draft) for headings' ids. */
  idPrefix: string;
}

/** The policy's structured text as headings, paragraphs and lists: plain text only, never injected HTML. */
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
          {section.blocks.map((block, index) =>
            block.kind === 'paragraph' ? (
              <Text key={index}>{block.text}</Text>
            ) : (
              <List key={index} spacing={4}>
                {block.items.map((item) => (
                  <List.Item key={item}>{item}</List.Item>
                ))}
              </List>
            ),
          )}
        </Stack>
      ))}
    </Stack>
  );
}
