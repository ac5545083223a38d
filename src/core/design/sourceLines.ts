/**
 * Mermaid drops `%%` comment lines and leading blank lines before parsing, so the line in
 * its error messages counts lines of that cleaned text. This maps it back to the line in
 * the file the user sees (both 1-based).
 */
export function sourceLineOfParserLine(source: string, parserLine: number): number {
  const lines = source.split('\n');
  let kept = 0;
  let started = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const isComment = /^\s*%%(?!\{)./.test(line);
    if (isComment || (!started && line.trim() === '')) continue;
    started = true;
    kept++;
    if (kept === parserLine) return i + 1;
  }
  return Math.min(parserLine, lines.length);
}
