// The header's "Raise a concern" button: on every signed-in page, so reporting is never more than a click away.
import { Button } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { RaiseConcernModal } from './raise-concern-modal';

export function RaiseConcernButton() {
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Button color="red" size="sm" onClick={open}>
        Raise a concern
      </Button>
      <RaiseConcernModal opened={opened} onClose={close} />
    </>
  );
}
