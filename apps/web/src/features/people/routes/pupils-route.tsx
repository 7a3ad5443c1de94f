import { Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { CentredLoader } from '../../../components/centred-loader';
import { ErrorAlert } from '../../../components/error-alert';
import { PageHeader } from '../../../components/page-header';
import { Pager } from '../../../components/pager';
import { plural } from '../../../lib/format';
import { can } from '../../../lib/permissions';
import { useSession } from '../../../lib/session-context';
import { NoAccess } from '../../shell/components/no-access';
import { usePupilList } from '../api/pupils';
import { ListFilters } from '../components/list-filters';
import { PupilsTable } from '../components/pupils-table';
import { compareYearGroups, yearGroupLabel } from '../year-groups';

const PAGE_SIZE = 50;

export function PupilsRoute() {
  const me = useSession();
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search, 300);
  const [yearGroup, setYearGroup] = useState('');
  const [page, setPage] = useState(1);
  const allowed = can(me, 'read:pupil');
  const list = usePupilList({ search: debouncedSearch, yearGroup, page, pageSize: PAGE_SIZE }, allowed);

  if (!allowed) return <NoAccess title="Pupils" />;
  const yearOptions = [
    { value: '', label: 'All year groups' },
    ...[...(list.data?.yearGroups ?? [])]
      .sort((a, b) => compareYearGroups(a.yearGroup, b.yearGroup))
      .map((y) => ({ value: y.yearGroup, label: `${yearGroupLabel(y.yearGroup)} (${y.count})` })),
  ];

  return (
    <>
      <PageHeader
        title="Pupils"
        description="Pupils on roll, as imported from your MIS. Pupils marked “Do not publish” must never appear in posts."
      />
      <ListFilters
        searchLabel="Search pupils by name"
        search={search}
        onSearch={(value) => {
          setSearch(value);
          setPage(1);
        }}
        selectLabel="Year group"
        selectValue={yearGroup}
        selectOptions={yearOptions}
        onSelect={(value) => {
          setYearGroup(value);
          setPage(1);
        }}
      />
      <ErrorAlert error={list.error} title="The pupil list could not be loaded" />
      {list.isPending ? <CentredLoader label="Loading pupils" /> : null}
      {list.data ? (
        list.data.items.length === 0 ? (
          <Text role="status">
            {list.data.total === 0 && !debouncedSearch && !yearGroup
              ? 'There are no pupils yet. Import them from your MIS on the Import page.'
              : 'No pupils match your search.'}
          </Text>
        ) : (
          <>
            <PupilsTable pupils={list.data.items} caption={plural(list.data.total, 'pupil')} />
            <Pager page={page} pageSize={PAGE_SIZE} total={list.data.total} onChange={setPage} label="pupils" />
          </>
        )
      ) : null}
    </>
  );
}
