import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { can } from '../../../lib/permissions';
import { useSession } from '../../../lib/session-context';
import { useState } from 'react';
import { CentredLoader } from '../../../components/centred-loader';
import { ErrorAlert } from '../../../components/error-alert';
import { usePolicyOverview } from '../api/policy';
import { PolicyDocumentView } from './policy-document-view';
import { VersionFacts } from './version-facts';
import { STATUS_LABELS } from './version-labels';

/** The policy in force, and the version on its way (if any), each as its readable document. */
export function DocumentPanel() {
  const me = useSession();
  const overview = usePolicyOverview();
  const [showPending, setShowPending] = useState(false);
  if (overview.isPending) return <CentredLoader label="Loading the policy" />;
  if (overview.error) return <ErrorAlert error={overview.error} title="The policy could not be loaded" />;
  const { published, pending } = overview.data;
  return (
    <Stack gap="lg">
      {can(me, 'update:policy') ? (
        <Group>
          <Button component={Link} to="/policy?tab=words" variant="light">
            Change the policy’s words
          </Button>
        </Group>
      ) : null}
      {pending ? (
        <Alert color="blue" variant="light" title={`Version ${pending.number}: ${STATUS_LABELS[pending.status]}`}>
          <Stack gap="xs" align="flex-start">
            <Text>
              {pending.status === 'draft'
                ? 'This draft is waiting for the governors to approve it. Nothing changes for staff until it is published.'
                : 'The governors have approved this version. It takes effect when it is published.'}
            </Text>
            <Button variant="light" onClick={() => setShowPending((open) => !open)} aria-expanded={showPending}>
              {showPending ? `Hide version ${pending.number}` : `Read version ${pending.number}`}
            </Button>
          </Stack>
        </Alert>
      ) : null}
      {pending && showPending ? (
        <Stack gap="md">
          <VersionFacts version={pending} />
          <PolicyDocumentView document={pending.document} idPrefix="pending" />
        </Stack>
      ) : null}
      {published ? (
        <Stack gap="md">
          <VersionFacts version={published} />
          <PolicyDocumentView document={published.document} idPrefix="published" />
        </Stack>
      ) : (
        <Text role="status">
          No version of the policy has been published yet. Choose the settings, draft a version and take it to the
          governors.
        </Text>
      )}
    </Stack>
  );
}
