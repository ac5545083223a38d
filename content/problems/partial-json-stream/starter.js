export class PartialJsonStream {
  /**
   * @param {string} chunk
   * @returns {[string, unknown][]} the top-level fields completed by this chunk, in order
   */
  push(chunk) {
    // TODO: keep the parser's state between chunks (where you are in the grammar, the
    // unfinished token) and report each top-level field when its value completes. Throw a
    // SyntaxError on invalid input.
    throw new Error('not implemented');
  }

  /** The stream is over: throws a SyntaxError unless a complete object was received. */
  end() {
    throw new Error('not implemented');
  }
}
