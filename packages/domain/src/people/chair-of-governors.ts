// Schoolgate has no "chair" role: the chair of governors is the governor whose job title says so. A vice-chair is
// not the chair. One rule for every place that needs the chair (the policy document, press contact).
export function isChairOfGovernors(jobTitle: string | null | undefined): boolean {
  const title = jobTitle ?? '';
  return /\bchair\b/i.test(title) && !/\bvice[\s-]*chair/i.test(title);
}
