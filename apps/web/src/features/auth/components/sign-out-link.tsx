import { Button } from '@mantine/core';
import { useNavigate } from 'react-router';
import { useSignOut } from '../api/sign-in';

/** A way out for someone stuck at a two-factor step, e.g. on the wrong account or without their phone. */
export function SignOutLink({ label = 'Sign out and start again' }: { label?: string }) {
  const signOut = useSignOut();
  const navigate = useNavigate();
  return (
    <Button
      variant="subtle"
      loading={signOut.isPending}
      onClick={() => signOut.mutate(undefined, { onSettled: () => navigate('/sign-in', { replace: true }) })}
    >
      {label}
    </Button>
  );
}
