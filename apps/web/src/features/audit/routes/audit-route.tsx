import { Paper, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { CentredLoader } from '../../../components/centred-loader';
import { ErrorAlert } from '../../../components/error-alert';
import { PageHeader } from '../../../components/page-header';
import { Pager } from '../../../components/pager';
import { pluralAtLeast } from '../../../lib/format';
import { can, canAny } from '../../../lib/permissions';
import { useSession } from '../../../lib/session-context';
import { NoAccess } from '../../shell/components/no-access';
import { useAuditList } from '../api/audit';
import { AuditTable } from '../components/audit-table';
import { VerifyChain } from '../components/verify-chain';

const PAGE_SIZE = 50;

export function AuditRoute() {
  const me = useSession();
  const [page, setPage] = useState(1);
  const canRead = can(me, 'read:audit');
  const list = useAuditList(page, PAGE_SIZE, canRead);

  if (!canAny(me, ['read:audit', 'verify:audit'])) return <NoAccess title="Audit log" />;
  return (
    <>
      <PageHeader
        title="Audit log"
        description="Every change made in Schoolgate, newest first, kept so that it cannot be altered without showing."
      />
      {can(me, 'verify:audit') ? (
        <Paper withBorder p="md" radius="md" mb="xl" component="section" aria-labelledby="verify-title">
          <Title order={2} fz="lg" id="verify-title" mb="xs">
            Check the log has not been tampered with
          </Title>
          <VerifyChain />
        </Paper>
      ) : null}
      {canRead ? (
        <section aria-labelledby="entries-title">
          <Title order={2} fz="lg" id="entries-title" mb="sm">
            Entries
          </Title>
          <ErrorAlert error={list.error} title="The audit log could not be loaded" />
          {list.isPending ? <CentredLoader label="Loading the audit log" /> : null}
          {list.data ? (
            list.data.items.length === 0 && page > 1 ? (
              // Past the last page: reachable when the total is "10,000 or more" and the last full page was the end.
              <>
                <Text role="status">There are no more entries after page {(page - 1).toLocaleString('en-GB')}.</Text>
                <Pager
                  page={page}
                  pageSize={PAGE_SIZE}
                  total={list.data.total}
                  onChange={setPage}
                  label="audit entries"
                />
              </>
            ) : list.data.items.length === 0 ? (
              <Text role="status">There are no entries yet.</Text>
            ) : (
              <>
                <AuditTable
                  entries={list.data.items}
                  caption={`${pluralAtLeast(list.data.total, list.data.totalIsLowerBound, 'entry', 'entries')} in the audit log`}
                />
                <Pager
                  page={page}
                  pageSize={PAGE_SIZE}
                  total={list.data.total}
                  totalIsLowerBound={list.data.totalIsLowerBound}
                  itemsOnPage={list.data.items.length}
                  onChange={setPage}
                  label="audit entries"
                />
              </>
            )
          ) : null}
        </section>
      ) : (
        <Text>Your role can check the log is intact but not read its entries.</Text>
      )}
    </>
  );
}
