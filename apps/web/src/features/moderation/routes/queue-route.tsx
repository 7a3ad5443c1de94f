import { Text } from '@mantine/core';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { CentredLoader } from '../../../components/centred-loader';
import { ErrorAlert } from '../../../components/error-alert';
import { PageHeader } from '../../../components/page-header';
import { Pager } from '../../../components/pager';
import { pluralAtLeast } from '../../../lib/format';
import { useSession } from '../../../lib/session-context';
import { NoAccess } from '../../shell/components/no-access';
import { useQueue, type QueueViewValue } from '../api/moderation';
import { BulkActions } from '../components/bulk-actions';
import { ModerationSubnav } from '../components/moderation-subnav';
import { isPlatformState, QueueFilters } from '../components/queue-filters';
import { QueueTable } from '../components/queue-table';
import { canModerate } from '../moderation-permissions';

const PAGE_SIZE = 50;
const VIEW_CAPTIONS: Record<QueueViewValue, string> = {
  to_review: 'to review',
  awaiting_response: 'awaiting a response',
  all: 'in all',
};

function readView(value: string | null): QueueViewValue {
  return value === 'awaiting_response' || value === 'all' ? value : 'to_review';
}

export function QueueRoute() {
  const me = useSession();
  // Filters live in the address, so coming back from a comment's page finds the list as it was left.
  const [params, setParams] = useSearchParams();
  const view = readView(params.get('view'));
  const category = params.get('category') ?? '';
  const accountId = params.get('account') ?? '';
  const stateParam = params.get('state') ?? '';
  const platformState = isPlatformState(stateParam) ? stateParam : '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const allowed = canModerate(me, 'read:comment');
  const mayAct = canModerate(me, 'moderate:comment');
  const queue = useQueue({ view, category, accountId, platformState, page, pageSize: PAGE_SIZE }, allowed);

  if (!allowed) return <NoAccess title="Moderation" />;

  const update = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    if (!('page' in changes)) next.delete('page');
    setParams(next);
    setSelected(new Set());
  };
  const items = queue.data?.items ?? [];

  return (
    <>
      <PageHeader
        title="Moderation"
        description="Comments on your school's official accounts, the most serious first, then by when a reply is due."
      />
      <ModerationSubnav />
      <QueueFilters
        view={view}
        category={category}
        accountId={accountId}
        platformState={platformState}
        accounts={queue.data?.accounts ?? []}
        onView={(value) => update({ view: value === 'to_review' ? '' : value })}
        onCategory={(value) => update({ category: value })}
        onAccount={(value) => update({ account: value })}
        onPlatformState={(value) => update({ state: value })}
      />
      {mayAct ? <BulkActions ids={[...selected]} onDone={() => setSelected(new Set())} /> : null}
      <ErrorAlert error={queue.error} title="The comments could not be loaded" />
      {queue.isPending ? <CentredLoader label="Loading comments" /> : null}
      {queue.data ? (
        items.length === 0 && page > 1 ? (
          // Past the last page: reachable when the total is "10,000 or more" and the last full page was the end.
          <>
            <Text role="status">There are no more comments after page {(page - 1).toLocaleString('en-GB')}.</Text>
            <Pager
              page={page}
              pageSize={PAGE_SIZE}
              total={queue.data.total}
              totalIsLowerBound={queue.data.totalIsLowerBound}
              itemsOnPage={0}
              onChange={(next) => update({ page: next === 1 ? '' : String(next) })}
              label="comments"
            />
          </>
        ) : items.length === 0 ? (
          <Text role="status">
            {view === 'to_review' && !category && !accountId && !platformState
              ? 'Nothing to review. New comments appear here as they arrive.'
              : 'No comments match these filters.'}
          </Text>
        ) : (
          <>
            <QueueTable
              items={items}
              caption={`${pluralAtLeast(queue.data.total, queue.data.totalIsLowerBound, 'comment')} ${VIEW_CAPTIONS[view]}`}
              selected={mayAct ? selected : null}
              onToggle={(id) =>
                setSelected((current) => {
                  const next = new Set(current);
                  if (next.has(id)) next.delete(id);
                  else next.add(id);
                  return next;
                })
              }
              onToggleAll={(select) => setSelected(select ? new Set(items.map((i) => i.id)) : new Set())}
            />
            <Pager
              page={page}
              pageSize={PAGE_SIZE}
              total={queue.data.total}
              totalIsLowerBound={queue.data.totalIsLowerBound}
              itemsOnPage={items.length}
              onChange={(next) => update({ page: next === 1 ? '' : String(next) })}
              label="comments"
            />
          </>
        )
      ) : null}
    </>
  );
}
