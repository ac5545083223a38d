const SEPARATORS = ['\n\n', '\n', '. ', ' '];

/** Splits on sep, keeping the separator at the end of each piece. */
function splitKeeping(text: string, separator: string): string[] {
  const parts = text.split(separator);
  return parts.map((part, i) => (i < parts.length - 1 ? part + separator : part)).filter((part) => part.length > 0);
}

/** Pieces no longer than chunkSize (once trimmed), cut at the largest boundary possible. */
function pieces(text: string, chunkSize: number, level: number): string[] {
  if (text.trim().length <= chunkSize) return [text];
  const separator = SEPARATORS.slice(level).find((candidate) => text.includes(candidate));
  if (separator === undefined) return [...text];
  const next = SEPARATORS.indexOf(separator) + 1;
  return splitKeeping(text, separator).flatMap((piece) => pieces(piece, chunkSize, next));
}

export function splitText(text: string, chunkSize: number): string[] {
  if (!(chunkSize >= 1)) throw new Error('chunkSize must be at least 1');
  const chunks: string[] = [];
  let current = '';
  for (const piece of pieces(text, chunkSize, 0)) {
    if ((current + piece).trim().length <= chunkSize) {
      current += piece;
    } else {
      chunks.push(current);
      current = piece;
    }
  }
  chunks.push(current);
  return chunks.map((chunk) => chunk.trim()).filter((chunk) => chunk.length > 0);
}
