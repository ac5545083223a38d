export function chunkTokens(text: string, chunkSize: number, overlap: number): string[] {
  // TODO: whitespace tokens; chunk i starts at i * (chunkSize - overlap); stop once the last token is covered.
  throw new Error('not implemented');
}
