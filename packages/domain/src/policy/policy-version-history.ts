// The "Version history" table that ends the policy document (issue 15): the versions a school had before Schoolgate,
// as it imported them, then Schoolgate's own versions up to the one being read, so the document's history is the
// school's real one.
import type { IsoDate } from '../calendar/london-time.ts';
import type { PolicyHistoryEntry } from './policy-content.ts';

export interface VersionHistoryRow {
  readonly version: string;
  /** The date of an imported version, or when the governors approved one of Schoolgate's; null for a draft. */
  readonly date: IsoDate | null;
  /** Who wrote an imported version, or who approved (or recorded the approval of) one of Schoolgate's. */
  readonly author: string;
  readonly summary: string;
  readonly imported: boolean;
}

export interface SchoolgateVersionFacts {
  readonly number: number;
  readonly approvedOn: IsoDate | null;
  readonly approverName: string | null;
  readonly summaryOfChanges: string | null;
}

/**
 * Imported rows (oldest first, by date and then as given), then Schoolgate's versions numbered up to `upTo`: the
 * approved ones, and `upTo` itself even as a draft. Drafts that were set aside never became the policy.
 */
export function buildVersionHistory(
  imported: readonly PolicyHistoryEntry[],
  versions: readonly SchoolgateVersionFacts[],
  upTo: number,
): VersionHistoryRow[] {
  const earlier = imported
    .map((entry, index) => ({ entry, index }))
    .sort((a, b) => a.entry.date.localeCompare(b.entry.date) || a.index - b.index)
    .map(({ entry }) => ({
      version: entry.version,
      date: entry.date,
      author: entry.author,
      summary: entry.reason,
      imported: true,
    }));
  const own = versions
    .filter((version) => (version.number < upTo ? version.approvedOn !== null : version.number === upTo))
    .sort((a, b) => a.number - b.number)
    .map((version) => ({
      version: String(version.number),
      date: version.approvedOn,
      author: version.approverName ?? (version.approvedOn ? 'Not recorded' : 'Not yet approved'),
      summary: version.summaryOfChanges ?? (version.number === 1 ? 'First version in Schoolgate' : 'No summary given'),
      imported: false,
    }));
  return [...earlier, ...own];
}
