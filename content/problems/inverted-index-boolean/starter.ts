export interface Doc {
  id: string;
  text: string;
}

export function booleanSearch(docs: Doc[], queries: string[]): string[][] {
  // TODO: build term -> documents once; parse each query (AND over OR, parentheses) and evaluate it.
  throw new Error('not implemented');
}
