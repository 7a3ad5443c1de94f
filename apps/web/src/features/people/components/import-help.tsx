import { List, Paper, Text, Title } from '@mantine/core';
import { PUPIL_COLUMN_HELP, STAFF_COLUMN_HELP } from '../import-columns';

export function ImportHelp({ kind }: { kind: 'staff' | 'pupils' }) {
  const columns = kind === 'staff' ? STAFF_COLUMN_HELP : PUPIL_COLUMN_HELP;
  return (
    <Paper withBorder p="md" radius="md" component="aside" aria-labelledby="import-help-title">
      <Title order={2} fz="md" id="import-help-title" mb="xs">
        Columns Schoolgate reads for {kind}
      </Title>
      <Text size="sm" mb="xs">
        Export a CSV file from your MIS (SIMS, Arbor, Bromcom and others) with a header row. Column names can be in any
        order and any capitals.
      </Text>
      <List size="sm" spacing={4}>
        {columns.map((column) => (
          <List.Item key={column.field}>
            <Text span fw={600} size="sm">
              {column.label}
            </Text>
            {column.required ? ' (required)' : ''}: {column.headers}
          </List.Item>
        ))}
      </List>
      <Text size="sm" mt="xs">
        {kind === 'staff'
          ? 'Each row needs a staff ID or an email, so the next import updates that person instead of adding them twice.'
          : 'Importing again updates pupils with the same pupil ID instead of adding them twice.'}
      </Text>
    </Paper>
  );
}
