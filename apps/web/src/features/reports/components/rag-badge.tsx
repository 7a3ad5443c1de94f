// Red, amber or green against the policy's targets: the word says it, the colour repeats it.
import type { Rag } from '@schoolgate/contracts';
import { WordBadge, type BadgeColours } from '../../../components/word-badge';

const COLOURS: Record<Rag, BadgeColours> = {
  green: { bg: '#ebfbee', c: '#1b5e20' },
  amber: { bg: '#fff4e6', c: '#8a3c00' },
  red: { bg: '#fff5f5', c: '#9b1c1c' },
};
const WORDS: Record<Rag, string> = { green: 'Green', amber: 'Amber', red: 'Red' };

export function RagBadge({ rag }: { rag: Rag }) {
  return <WordBadge colours={COLOURS[rag]}>{WORDS[rag]}</WordBadge>;
}
