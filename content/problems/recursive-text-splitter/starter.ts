export function splitText(text: string, chunkSize: number): string[] {
  // TODO: split on "\n\n", then "\n", ". ", " ", characters; merge greedily up to chunkSize.
  throw new Error('not implemented');
}
