// Every school of the trust in one table, worst first, each judged red, amber or green against its policy.
import type { TrustSchoolRow } from '@schoolgate/contracts';
import { FiguresTable, type FiguresColumn } from '../../../components/figures-table';
import { RagBadge } from './rag-badge';

const pct = (value: number | null) => (value === null ? 'Nothing to count' : `${value}%`);

const COLUMNS: readonly FiguresColumn<TrustSchoolRow>[] = [
  { header: 'Overall', cell: (s) => <RagBadge rag={s.rag.overall} />, align: 'left' },
  { header: 'Replies on time', cell: (s) => pct(s.onTimePercent) },
  { header: 'Overdue now', cell: (s) => s.stillOverdue },
  { header: 'Staff signed', cell: (s) => pct(s.acceptancePercent) },
  { header: 'Staff trained', cell: (s) => pct(s.trainingPercent) },
  { header: 'Accounts short of runners', cell: (s) => s.accountsShort },
  { header: 'Concerns raised', cell: (s) => s.concernsRaised },
];

export function TrustTable({ schools, caption }: { schools: readonly TrustSchoolRow[]; caption: string }) {
  return (
    <FiguresTable
      caption={caption}
      rows={schools}
      rowKey={(s) => s.schoolId}
      rowHeader={{ header: 'School', cell: (s) => s.name }}
      columns={COLUMNS}
      minWidth={760}
    />
  );
}
