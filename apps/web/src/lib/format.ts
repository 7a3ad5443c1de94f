// Times are stored in UTC; people in a UK school read them in UK time, whatever the computer's own setting.
const londonDateTime = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

export function formatLondonDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return londonDateTime.format(date);
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;
}

/** A list's total that may have stopped counting at a cap: "10,000 or more comments". */
export function pluralAtLeast(count: number, isLowerBound: boolean, one: string, many = `${one}s`): string {
  return isLowerBound ? `${count.toLocaleString('en-GB')} or more ${many}` : plural(count, one, many);
}
