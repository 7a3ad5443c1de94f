import { Grid, Stack } from '@mantine/core';
import type { ImportRequest } from '@schoolgate/contracts';
import { useState } from 'react';
import { PageHeader } from '../../../components/page-header';
import { can } from '../../../lib/permissions';
import { useSession } from '../../../lib/session-context';
import { NoAccess } from '../../shell/components/no-access';
import { useImportPeople } from '../api/import';
import { ImportForm } from '../components/import-form';
import { ImportHelp } from '../components/import-help';
import { ImportResult } from '../components/import-result';

type Kind = ImportRequest['kind'];

export function ImportRoute() {
  const me = useSession();
  const kinds: Kind[] = [
    ...(can(me, 'import:staff') ? (['staff'] as const) : []),
    ...(can(me, 'import:pupil') ? (['pupils'] as const) : []),
  ];
  const [kind, setKind] = useState<Kind>(kinds[0] ?? 'staff');
  const importPeople = useImportPeople();

  if (kinds.length === 0) return <NoAccess title="Import from your MIS" />;
  return (
    <>
      <PageHeader
        title="Import from your MIS"
        description="Add and update staff or pupils from a CSV export. Importing the same file again changes nothing."
      />
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="xl">
            <ImportForm
              kinds={kinds}
              kind={kind}
              onKindChange={(next) => {
                setKind(next);
                importPeople.reset();
              }}
              pending={importPeople.isPending}
              error={importPeople.error}
              onSubmit={(request) => importPeople.mutate(request)}
            />
            {importPeople.data ? <ImportResult result={importPeople.data} /> : null}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <ImportHelp kind={kind} />
        </Grid.Col>
      </Grid>
    </>
  );
}
