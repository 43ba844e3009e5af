export type Block = { kind: 'paragraph'; text: string } | { kind: 'list'; items: string[] };

/** The policy's guidelines as paragraphs and "- " bullets: all the markdown leaders write, without a markdown library. */
export function parseGuidelines(source: string): Block[] {
  const blocks: Block[] = [];
  for (const line of source.split('\n')) {
    const trimmed = line.trim();
    const last = blocks.at(-1);
    if (trimmed === '') {
      blocks.push({ kind: 'paragraph', text: '' });
    } else if (/^[-*] /.test(trimmed)) {
      const item = trimmed.slice(2).trim();
      if (last?.kind === 'list') last.items.push(item);
      else blocks.push({ kind: 'list', items: [item] });
    } else if (last?.kind === 'paragraph' && last.text !== '') {
      last.text += ` ${trimmed}`;
    } else {
      blocks.push({ kind: 'paragraph', text: trimmed });
    }
  }
  return blocks.filter((b) => b.kind === 'list' || b.text !== '');
}
