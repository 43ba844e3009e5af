/**
 * A spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` (and some with a tab or carriage
 * return first) as a formula: a customer's reason such as `=HYPERLINK(…)` would run on the auditor's
 * machine. A leading single quote makes it text (OWASP's advice for CSV injection); numbers and
 * booleans are written as they are, since no formula is made of them.
 */
export function csvCell(value: unknown): string | number | boolean | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}
