import { WordBadge } from '../../../components/word-badge';
import type { ConsentStatus } from '@schoolgate/contracts';
import { STATUS_LABELS } from '../consent-labels';

// The word carries the meaning and the colour repeats it; dark text on a pale fill keeps each pair above 4.5:1.
const COLOURS: Record<ConsentStatus, { bg: string; c: string }> = {
  granted: { bg: 'green.0', c: '#1e6b2f' },
  refused: { bg: 'red.0', c: 'red.9' },
  withdrawn: { bg: 'orange.0', c: '#8a3c00' },
  expired: { bg: 'yellow.0', c: '#7a4a00' },
  not_recorded: { bg: 'gray.1', c: 'gray.9' },
};

export function ConsentBadge({ status }: { status: ConsentStatus }) {
  const colour = COLOURS[status];
  return <WordBadge colours={colour}>{STATUS_LABELS[status]}</WordBadge>;
}
