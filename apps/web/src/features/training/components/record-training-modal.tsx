import { Modal } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { TrainingOverviewItem } from '@schoolgate/contracts';
import { useRecordTraining } from '../api/training';
import { RecordTrainingForm } from './record-training-form';

interface RecordTrainingModalProps {
  opened: boolean;
  people: TrainingOverviewItem[];
  /** The person whose row was chosen; null: the form asks who. */
  person: TrainingOverviewItem | null;
  validityMonths: number;
  onClose: () => void;
}

export function RecordTrainingModal({ opened, people, person, validityMonths, onClose }: RecordTrainingModalProps) {
  const record = useRecordTraining();
  const close = () => {
    record.reset();
    onClose();
  };
  return (
    <Modal
      opened={opened}
      onClose={close}
      title={person ? `Record training for ${person.name}` : 'Record training'}
      size="lg"
    >
      <RecordTrainingForm
        key={person?.staffId ?? 'anyone'}
        people={people.map((p) => ({ staffId: p.staffId, name: p.name }))}
        staffId={person?.staffId ?? null}
        validityMonths={validityMonths}
        pending={record.isPending}
        error={record.error}
        onCancel={close}
        onSubmit={(input) =>
          record.mutate(input, {
            onSuccess: () => {
              notifications.show({ message: 'The training has been recorded.', color: 'green' });
              close();
            },
          })
        }
      />
    </Modal>
  );
}
