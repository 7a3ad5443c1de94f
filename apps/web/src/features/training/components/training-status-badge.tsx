import { WordBadge } from '../../../components/word-badge';
import type { TrainingStatus } from '@schoolgate/contracts';

// Words carry the meaning and colour only repeats it; dark text on a pale fill keeps every pair above 4.5:1.
const styles: Record<TrainingStatus | 'signed' | 'unsigned', { bg: string; c: string; label: string }> = {
  valid: { bg: 'green.0', c: '#1e6b2f', label: 'In date' },
  expiring: { bg: 'yellow.0', c: '#7a4a00', label: 'Expires soon' },
  expired: { bg: 'red.0', c: 'red.9', label: 'Expired' },
  none: { bg: 'gray.1', c: 'gray.9', label: 'None recorded' },
  signed: { bg: 'green.0', c: '#1e6b2f', label: 'Signed' },
  unsigned: { bg: 'red.0', c: 'red.9', label: 'Not signed' },
};

export function TrainingStatusBadge({ status }: { status: keyof typeof styles }) {
  const style = styles[status];
  return <WordBadge colours={style}>{style.label}</WordBadge>;
}
