/**
 * Everything the Cedar export writes from policy text goes through one of these two, so no text can
 * end a comment, close a string or hide what follows. Cedar's own lexer ends a `//` comment only at
 * \n or \r, but editors, diff tools, code review and other Cedar parsers also break lines at \v, \f,
 * U+0085, U+2028 and U+2029, and bidirectional controls can make a reader see a different policy than
 * the one Cedar runs (Trojan Source), so every control, format and separator character is neutralized.
 */

/** C0 and C1 controls with DEL (Cc), format characters such as bidi overrides (Cf), line and paragraph separators. */
const unsafe = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]|\p{Cs}/gu;
/** Characters that break a line or a word for some reader: they become a plain space in a comment. */
const spacing = new Set([
  '\t',
  '\n',
  '\v',
  '\f',
  '\r',
  '\u001c',
  '\u001d',
  '\u001e',
  '\u001f',
  '\u0085',
  '\u2028',
  '\u2029',
]);

const codePoint = (ch: string) => ch.codePointAt(0)!.toString(16);

/** Text for a `//` comment: one line, every unsafe character a space or a visible `\u{…}`. */
export function cedarComment(text: string): string {
  return text.replace(unsafe, (ch) => (spacing.has(ch) ? ' ' : `\\u{${codePoint(ch)}}`));
}

/**
 * A Cedar string literal with the same value: backslash and quote escaped, unsafe characters as
 * `\u{…}` (JSON.stringify's `\u0001`, `\b` and `\f` are not Cedar escapes). An unpaired surrogate
 * cannot be in a Cedar string; it becomes U+FFFD, which is also what a request carrying it becomes
 * on its way into Cedar (UTF-16 to UTF-8).
 */
export function cedarString(text: string): string {
  const body = text
    .replace(/[\\"]/g, (ch) => `\\${ch}`)
    .replace(unsafe, (ch) => (/\p{Cs}/u.test(ch) ? '\\u{fffd}' : `\\u{${codePoint(ch)}}`));
  return `"${body}"`;
}
