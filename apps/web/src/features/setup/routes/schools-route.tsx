import { Button, Paper, Stack, Table, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { NewSchool } from '@schoolgate/contracts';
import { useState, type FormEvent } from 'react';
import { CentredLoader } from '../../../components/centred-loader';
import { ErrorAlert } from '../../../components/error-alert';
import { PageHeader } from '../../../components/page-header';
import { isApiError } from '../../../lib/api-client';
import { can } from '../../../lib/permissions';
import { useSession } from '../../../lib/session-context';
import { NoAccess } from '../../shell/components/no-access';
import { useAddSchool, useSchools } from '../api/setup';
import { NATION_OPTIONS, SchoolFields } from '../components/school-fields';

const EMPTY: NewSchool = { name: '', urn: '', nation: 'england_wales' };
const nationLabel = (value: string) => NATION_OPTIONS.find((o) => o.value === value)?.label ?? value;

/** The trust team's list of the trust's schools, and the form that adds one (it follows the trust's policy). */
export function SchoolsRoute() {
  const me = useSession();
  const allowed = can(me, 'create:school');
  const schools = useSchools();
  const add = useAddSchool();
  const [school, setSchool] = useState<NewSchool>(EMPTY);
  if (!allowed) return <NoAccess title="Schools" />;
  const fieldError = (field: string) => (isApiError(add.error) ? add.error.fieldMessage(field) : undefined);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    add.mutate(school, {
      onSuccess: (created) => {
        setSchool(EMPTY);
        notifications.show({ color: 'green', message: `${created.name} was added. It follows the trust’s policy.` });
      },
    });
  };
  return (
    <>
      <PageHeader
        title="Schools"
        description="The trust’s schools. A new school follows the trust’s policy settings."
      />
      <Stack gap="lg">
        {schools.isPending ? <CentredLoader label="Loading schools" /> : <ErrorAlert error={schools.error} />}
        {schools.data ? (
          <Table striped withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">School</Table.Th>
                <Table.Th scope="col">URN</Table.Th>
                <Table.Th scope="col">Bank holidays</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {schools.data.items.map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Td>{s.name}</Table.Td>
                  <Table.Td>{s.urn ?? '—'}</Table.Td>
                  <Table.Td>{nationLabel(s.nation)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        ) : null}
        <Paper withBorder p="lg" maw={520}>
          <form onSubmit={submit} noValidate aria-label="Add a school">
            <Stack gap="md">
              <Title order={2} fz="lg">
                Add a school
              </Title>
              <ErrorAlert error={add.error} title="The school could not be added" />
              <SchoolFields
                value={school}
                onChange={setSchool}
                errorFor={(f) => fieldError(f) ?? fieldError(`school.${f}`)}
              />
              <Button type="submit" loading={add.isPending}>
                Add the school
              </Button>
            </Stack>
          </form>
        </Paper>
      </Stack>
    </>
  );
}
