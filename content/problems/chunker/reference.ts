export function chunkTokens(text: string, chunkSize: number, overlap: number): string[] {
  if (!Number.isInteger(chunkSize) || chunkSize < 1) throw new Error('chunkSize must be a positive integer');
  if (!Number.isInteger(overlap) || overlap < 0 || overlap >= chunkSize) {
    throw new Error('overlap must be an integer with 0 <= overlap < chunkSize');
  }
  const tokens = text.split(/\s+/).filter(Boolean);
  const chunks: string[] = [];
  const step = chunkSize - overlap;
  for (let start = 0; start < tokens.length; start += step) {
    const end = Math.min(start + chunkSize, tokens.length);
    chunks.push(tokens.slice(start, end).join(' '));
    if (end === tokens.length) break;
  }
  return chunks;
}
