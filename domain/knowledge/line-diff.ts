/** One run of a line diff: lines both sides share, or lines only the new or the old side has. */
export type DiffPart = { op: 'equal' | 'added' | 'removed'; lines: string[] };

/** Past this many cells the table would be too big to fill on a request: the lines are replaced whole. */
const MAX_CELLS = 4_000_000;

function push(parts: DiffPart[], op: DiffPart['op'], line: string): void {
  const last = parts[parts.length - 1];
  if (last && last.op === op) last.lines.push(line);
  else parts.push({ op, lines: [line] });
}

/** The longest common subsequence table of a and b, filled from the end (lcs[i][j] for a[i..], b[j..]). */
function lcsTable(a: string[], b: string[]): Uint32Array {
  const width = b.length + 1;
  const table = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      table[i * width + j] =
        a[i] === b[j]
          ? table[(i + 1) * width + j + 1]! + 1
          : Math.max(table[(i + 1) * width + j]!, table[i * width + j + 1]!);
  return table;
}

function middle(a: string[], b: string[], parts: DiffPart[]): void {
  if (a.length * b.length > MAX_CELLS) {
    for (const line of a) push(parts, 'removed', line);
    for (const line of b) push(parts, 'added', line);
    return;
  }
  const table = lcsTable(a, b);
  const width = b.length + 1;
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      push(parts, 'equal', a[i++]!);
      j++;
    } else if (
      i < a.length &&
      (j === b.length || table[(i + 1) * width + j]! >= table[i * width + j + 1]!)
    ) {
      push(parts, 'removed', a[i++]!);
    } else {
      push(parts, 'added', b[j++]!);
    }
  }
}

/**
 * A line diff of two texts (a minimal one: the unchanged lines are a longest common subsequence),
 * as runs in reading order; removed lines come before the lines that replace them. Joining the
 * equal and removed runs gives the old text back, the equal and added runs the new one.
 */
export function lineDiff(before: string, after: string): DiffPart[] {
  const a = before === '' ? [] : before.split('\n');
  const b = after === '' ? [] : after.split('\n');
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const parts: DiffPart[] = [];
  for (const line of a.slice(0, start)) push(parts, 'equal', line);
  middle(a.slice(start, endA), b.slice(start, endB), parts);
  for (const line of a.slice(endA)) push(parts, 'equal', line);
  return parts;
}
