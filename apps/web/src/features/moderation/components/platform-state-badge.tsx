import { WordBadge } from '../../../components/word-badge';
import { lookup, PLATFORM_STATE_LABELS } from '../labels';

// Dark text on a pale fill with a border, as the other status badges in the app, for AA contrast at badge size.
const STYLES: Readonly<Record<string, { bg: string; c: string }>> = {
  visible: { bg: 'blue.0', c: 'blue.9' },
  hidden: { bg: 'gray.2', c: 'gray.9' },
  deleted: { bg: 'red.0', c: 'red.9' },
  removed_by_author: { bg: 'gray.2', c: 'gray.9' },
};

export function PlatformStateBadge({ state }: { state: string }) {
  const style = STYLES[state] ?? { bg: 'gray.2', c: 'gray.9' };
  return <WordBadge colours={style}>{lookup(PLATFORM_STATE_LABELS, state)}</WordBadge>;
}
