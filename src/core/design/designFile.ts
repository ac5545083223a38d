import type { DesignQuestion } from '../catalog/types';

const HEADER = /^%%\s*ai-interview-studio design:\s*([a-z0-9-]+)/m;

export function detectDesignId(source: string): string | undefined {
  return HEADER.exec(source.slice(0, 2_000))?.[1];
}

/** Wraps prose into Mermaid comment lines of at most `width` characters. */
function commentLines(text: string, width = 88): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (current && current.length + word.length + 1 > width) {
      lines.push(`%% ${current}`);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  if (current) lines.push(`%% ${current}`);
  return lines;
}

/** A new design file: the prompt as a comment header, then a seed to build on. */
export function designFileSource(question: DesignQuestion): string {
  return [
    `%% ai-interview-studio design: ${question.id}`,
    `%% ${question.title}`,
    ...commentLines(question.prompt),
    '%% Drag components in from the palette; click a node to jump to its line.',
    'flowchart LR',
    '    client([Client])',
    '',
  ].join('\n');
}

/** The notes file beside a diagram: `designs/x.mmd` -> `designs/x.notes.md`. */
export const notesPathOf = (diagramPath: string) => diagramPath.replace(/\.(mmd|mermaid)$/, '') + '.notes.md';
