// MIS exports write year groups as "N" (nursery), "R" (reception) or a number; people say "Year 3".
export function yearGroupLabel(yearGroup: string): string {
  if (yearGroup === 'N') return 'Nursery';
  if (yearGroup === 'R') return 'Reception';
  return /^\d+$/.test(yearGroup) ? `Year ${yearGroup}` : yearGroup;
}

/** Nursery, then reception, then years in number order, whatever order the API lists them in. */
export function compareYearGroups(a: string, b: string): number {
  const rank = (y: string) => (y === 'N' ? -2 : y === 'R' ? -1 : /^\d+$/.test(y) ? Number(y) : 100);
  return rank(a) - rank(b) || a.localeCompare(b);
}
