export class SseParser {
  /**
   * @param {string} chunk
   * @returns {{ event: string, data: string, id: string }[]}
   */
  feed(chunk) {
    // TODO: buffer partial lines (and a trailing "\r"), handle fields, dispatch on empty lines.
    throw new Error('not implemented');
  }
}
