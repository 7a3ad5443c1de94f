// The "Raise a concern" button: in the header of every signed-in page (in the menu on a phone, where the header has
// no room for it), so reporting is never more than a click or two away.
import { Button } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { RaiseConcernModal } from './raise-concern-modal';

export function RaiseConcernButton({ fullWidth = false }: { fullWidth?: boolean }) {
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Button color="red" size="sm" fullWidth={fullWidth} onClick={open}>
        Raise a concern
      </Button>
      <RaiseConcernModal opened={opened} onClose={close} />
    </>
  );
}
