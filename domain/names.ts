/** "Bryan Ortiz" → "Bryan": how a card or a reason speaks of a colleague beside their full name. */
export function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] || name;
}
