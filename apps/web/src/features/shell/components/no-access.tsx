import { Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';
import { PageHeader } from '../../../components/page-header';

/** Shown when someone follows a link to a page their role cannot use. */
export function NoAccess({ title }: { title: string }) {
  return (
    <>
      <PageHeader title={title} />
      <Text>
        Your role does not give you access to this page. If you need it, ask your headteacher. Go back to the{' '}
        <Anchor component={Link} to="/">
          dashboard
        </Anchor>
        .
      </Text>
    </>
  );
}
