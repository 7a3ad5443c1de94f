import { Button, Card, Code, Stack, Table, Text, Title } from '@mantine/core';
import type { CommentDetail } from '@schoolgate/contracts';
import { formatLondonDateTime } from '../../../lib/format';
import { ScrollTable } from '../../../components/scroll-table';

const KIND_LABELS: Readonly<Record<string, string>> = {
  as_received: 'The comment as received',
  image: 'Picture of the comment as it appeared',
  timeline: 'When it was posted, received and acted on',
};

interface EvidencePanelProps {
  evidence: CommentDetail['evidence'];
  /** The ZIP's address; a plain link, so the browser saves it with the server's file name. */
  downloadHref: string;
  title?: string;
}

export function EvidencePanel({ evidence, downloadHref, title = 'Evidence kept' }: EvidencePanelProps) {
  return (
    <Card withBorder padding="lg">
      <Stack gap="sm">
        <Title order={2} size="h3">
          {title}
        </Title>
        {evidence.length === 0 ? (
          <Text size="sm">
            No evidence has been kept yet. Schoolgate keeps it automatically before a comment is hidden or deleted.
          </Text>
        ) : (
          <ScrollTable label="Evidence kept" minWidth={640}>
            <Table captionSide="top" verticalSpacing="xs">
              <Table.Caption style={{ textAlign: 'left' }}>
                Each file&apos;s SHA-256 fingerprint changes if even one character of the file changes.
              </Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">File</Table.Th>
                  <Table.Th scope="col">Kept</Table.Th>
                  <Table.Th scope="col">SHA-256</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {evidence.map((file) => (
                  <Table.Tr key={file.fileName}>
                    <Table.Td>
                      <Text size="sm">{KIND_LABELS[file.kind] ?? file.kind}</Text>
                      <Text size="xs" c="dimmed">
                        {file.fileName}
                      </Text>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatLondonDateTime(file.createdAt)}</Table.Td>
                    <Table.Td>
                      <Code style={{ wordBreak: 'break-all' }}>{file.sha256}</Code>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        )}
        {evidence.length > 0 ? (
          <div>
            <Button component="a" href={downloadHref} download variant="default">
              Download evidence pack
            </Button>
          </div>
        ) : null}
      </Stack>
    </Card>
  );
}
