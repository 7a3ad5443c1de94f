import { Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';
import { PageHeader } from '../../../components/page-header';

export function NotFoundRoute() {
  return (
    <>
      <PageHeader title="Page not found" />
      <Text>
        There is no page at this address. Check the address, or go back to the{' '}
        <Anchor component={Link} to="/">
          dashboard
        </Anchor>
        .
      </Text>
    </>
  );
}
