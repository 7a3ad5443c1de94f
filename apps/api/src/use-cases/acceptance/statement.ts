// The words a member of staff signs. Written in Schoolgate's own words (never a seed policy's) and built from
// data, so the school's name and the version number are always those of the version being signed.

export function acceptanceStatement(schoolName: string, versionNumber: number): string {
  return [
    `I have read version ${versionNumber} of the social media policy of ${schoolName}.`,
    'I understand that it applies to me, in my work and in how I use social media in my own time,',
    'and I will follow it. If I am unsure what it asks of me, I will ask the headteacher.',
  ].join(' ');
}

/** Names compared as a person would: ignoring case, spaces and the style of apostrophe or hyphen. */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKC')
    .toLocaleLowerCase('en-GB')
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, '');
}

export function namesMatch(typed: string, expected: string): boolean {
  return normaliseName(typed) === normaliseName(expected);
}
