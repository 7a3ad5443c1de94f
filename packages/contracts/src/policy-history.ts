// A school's earlier policy versions, from before Schoolgate (issue 15): listed, added, corrected, removed, or
// imported many at once from pasted CSV (previewed first, then confirmed).
import { z } from 'zod';
import { ImportRowErrorSchema } from './people.ts';
import { rawText, text } from './text.ts';

export const PolicyHistoryEntry = z.object({
  id: z.uuid(),
  version: text(),
  date: text(),
  author: text(),
  reason: text(),
});
export type PolicyHistoryEntry = z.infer<typeof PolicyHistoryEntry>;

export const PolicyHistoryListResponse = z.object({ items: z.array(PolicyHistoryEntry) });
export type PolicyHistoryListResponse = z.infer<typeof PolicyHistoryListResponse>;

export const PolicyHistoryEntryRequest = z.object({
  version: text().trim().min(1, 'Enter the version, like 0.2.').max(20),
  date: text().regex(/^\d{4}-\d{2}-\d{2}$/, 'Enter a date, like 2019-09-01.'),
  author: text().trim().min(1, 'Enter who wrote or approved it.').max(120),
  reason: text().trim().min(1, 'Enter the reason for the version.').max(500),
});
export type PolicyHistoryEntryRequest = z.infer<typeof PolicyHistoryEntryRequest>;

export const ImportPolicyHistoryRequest = z.object({
  /** The pasted CSV: a header row (Version, Date, Author, Reason), then one row per earlier version. */
  csv: rawText().min(1, 'Paste the version history as CSV.').max(200_000),
  /** False: only read it and show what would be added. True: add the rows, if every row can be read. */
  confirm: z.boolean(),
});
export type ImportPolicyHistoryRequest = z.infer<typeof ImportPolicyHistoryRequest>;

export const ImportPolicyHistoryResponse = z.object({
  rows: z.array(PolicyHistoryEntry.omit({ id: true })),
  errors: z.array(ImportRowErrorSchema),
  unknownColumns: z.array(text()),
  /** How many rows were added: 0 for a preview. */
  imported: z.number().int(),
});
export type ImportPolicyHistoryResponse = z.infer<typeof ImportPolicyHistoryResponse>;
