import { Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { CONSENT_USE_VALUES, type ConsentUse } from '@schoolgate/contracts';
import { useState } from 'react';
import { CentredLoader } from '../../../components/centred-loader';
import { ErrorAlert } from '../../../components/error-alert';
import { PageHeader } from '../../../components/page-header';
import { Pager } from '../../../components/pager';
import { plural } from '../../../lib/format';
import { can } from '../../../lib/permissions';
import { useSession } from '../../../lib/session-context';
import { NoAccess } from '../../shell/components/no-access';
import { ListFilters } from '../../people/components/list-filters';
import { compareYearGroups, yearGroupLabel } from '../../people/year-groups';
import { useConsentRegister } from '../api/consent';
import { ConsentFilterMissing } from '../components/consent-filter-missing';
import { ConsentTable } from '../components/consent-table';
import { PupilConsentDrawer } from '../components/pupil-consent-drawer';

const PAGE_SIZE = 50;

export function ConsentRoute() {
  const me = useSession();
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search, 300);
  const [yearGroup, setYearGroup] = useState('');
  const [missingFor, setMissingFor] = useState<ConsentUse | ''>('');
  const [page, setPage] = useState(1);
  const [open, setOpen] = useState<string | null>(null);
  const allowed = can(me, 'read:consent');
  const register = useConsentRegister(
    { search: debouncedSearch, yearGroup, missingFor, page, pageSize: PAGE_SIZE },
    allowed,
  );

  if (!allowed) return <NoAccess title="Consent" />;
  const yearOptions = [
    { value: '', label: 'All year groups' },
    ...[...(register.data?.yearGroups ?? [])]
      .sort(compareYearGroups)
      .map((y) => ({ value: y, label: yearGroupLabel(y) })),
  ];
  const filtered = debouncedSearch !== '' || yearGroup !== '' || missingFor !== '';

  return (
    <>
      <PageHeader
        title="Consent"
        description="What each family has agreed to. A pupil may appear only where consent is granted and in date, and never when they are on the do-not-publish list."
      />
      <ListFilters
        searchLabel="Search pupils by name or class"
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
      <ConsentFilterMissing
        value={missingFor}
        uses={CONSENT_USE_VALUES}
        onChange={(value) => {
          setMissingFor(value);
          setPage(1);
        }}
      />
      <ErrorAlert error={register.error} title="The consent register could not be loaded" />
      {register.isPending ? <CentredLoader label="Loading the consent register" /> : null}
      {register.data ? (
        register.data.items.length === 0 ? (
          <Text role="status">
            {filtered ? 'No pupils match these filters.' : 'There are no pupils yet. Import them from your MIS first.'}
          </Text>
        ) : (
          <>
            <ConsentTable rows={register.data.items} caption={plural(register.data.total, 'pupil')} onOpen={setOpen} />
            <Pager page={page} pageSize={PAGE_SIZE} total={register.data.total} onChange={setPage} label="pupils" />
          </>
        )
      ) : null}
      <PupilConsentDrawer pupilId={open} onClose={() => setOpen(null)} />
    </>
  );
}
