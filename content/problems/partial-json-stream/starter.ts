export type Field = [key: string, value: unknown];

export class PartialJsonStream {
  push(chunk: string): Field[] {
    // TODO: keep the parser's state between chunks (where you are in the grammar, the
    // unfinished token) and report each top-level field when its value completes. Throw a
    // SyntaxError on invalid input.
    throw new Error('not implemented');
  }

  end(): void {
    // TODO: throw a SyntaxError unless a complete object was received.
    throw new Error('not implemented');
  }
}
