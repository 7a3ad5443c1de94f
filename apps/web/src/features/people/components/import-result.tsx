import { Alert, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { ImportResponse } from '@schoolgate/contracts';
import { plural } from '../../../lib/format';
import { fieldLabel } from '../import-columns';
import { ScrollTable } from '../../../components/scroll-table';

function Count({ label, value }: { label: string; value: number }) {
  return (
    <Paper withBorder p="sm" radius="md" miw={120}>
      <Text size="sm">{label}</Text>
      <Text fz={28} fw={700}>
        {value.toLocaleString('en-GB')}
      </Text>
    </Paper>
  );
}

/** What an import did: the counts, then every row that was left out and why, by the line a spreadsheet shows. */
export function ImportResult({ result }: { result: ImportResponse }) {
  const who = result.kind === 'staff' ? 'staff' : 'pupils';
  const hasErrors = result.errors.length > 0;
  return (
    <Stack gap="md">
      <Title order={2} fz="xl">
        Import result
      </Title>
      <Alert
        color={hasErrors ? 'yellow' : 'green'}
        variant="light"
        role={hasErrors ? 'alert' : 'status'}
        title={
          hasErrors ? `The import finished with ${plural(result.errors.length, 'problem')}` : 'The import finished'
        }
      >
        {hasErrors
          ? `The rows listed below were not imported; every other row was. Correct them in your MIS or the file and import it again.`
          : `Every row was imported.`}
      </Alert>
      <Group gap="md" role="group" aria-label={`Summary of ${who} imported`}>
        <Count label="Added" value={result.created} />
        <Count label="Updated" value={result.updated} />
        <Count label="Unchanged" value={result.unchanged} />
      </Group>
      {result.unknownColumns.length > 0 ? (
        <Text size="sm">
          These columns were not used: {result.unknownColumns.join(', ')}. That is fine if they hold nothing Schoolgate
          needs.
        </Text>
      ) : null}
      {hasErrors ? (
        <ScrollTable label="Rows that were not imported" minWidth={560}>
          <Table striped verticalSpacing="xs" captionSide="top">
            <Table.Caption style={{ textAlign: 'left' }}>Rows that were not imported</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col" w={80}>
                  Line
                </Table.Th>
                <Table.Th scope="col" w={160}>
                  Column
                </Table.Th>
                <Table.Th scope="col">Problem</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {result.errors.map((error, index) => (
                <Table.Tr key={`${error.line}-${error.field ?? ''}-${index}`}>
                  <Table.Td>{error.line}</Table.Td>
                  <Table.Td>{fieldLabel(result.kind, error.field)}</Table.Td>
                  <Table.Td>{error.reason}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      ) : null}
    </Stack>
  );
}
