/**
 * Mermaid drops `%%` comment lines and leading blank lines before parsing, so the line in
 * its error messages counts lines of that cleaned text. This maps it back to the line in
 * the file the user sees (both 1-based). An error at the end of input (a dangling arrow) is
 * reported on a trailing blank line; it is moved up to the last line with content.
 */
export function sourceLineOfParserLine(source: string, parserLine: number): number {
  const lines = source.split('\n');
  const isComment = (line: string) => /^\s*%%(?!\{)./.test(line);
  let kept = 0;
  let started = false;
  let mapped = lines.length;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (isComment(line) || (!started && line.trim() === '')) continue;
    started = true;
    kept++;
    if (kept === parserLine) {
      mapped = i + 1;
      break;
    }
  }
  while (mapped > 1 && (lines[mapped - 1]!.trim() === '' || isComment(lines[mapped - 1]!))) mapped--;
  return mapped;
}

/** What Mermaid's parse error says, in at most three lines, without its own line count. */
export function describeMermaidError(error: unknown): { message: string; parserLine: number | null } {
  const located = (error as { hash?: { loc?: { first_line?: number } } })?.hash?.loc?.first_line;
  const text = String((error as Error)?.message ?? error);
  const mentioned = /line (\d+)/i.exec(text);
  return {
    // Mermaid's "on line N" counts lines without comments; callers report the file's line.
    message: text
      .replace(/^Parse error on line \d+:\s*/, '')
      .split('\n')
      .filter(Boolean)
      .slice(0, 3)
      .join(' '),
    parserLine: typeof located === 'number' ? located : mentioned ? Number(mentioned[1]) : null,
  };
}
