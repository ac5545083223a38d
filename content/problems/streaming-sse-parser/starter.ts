export interface SseEvent {
  event: string;
  data: string;
  id: string;
}

export class SseParser {
  feed(chunk: string): SseEvent[] {
    // TODO: buffer partial lines (and a trailing "\r"), handle fields, dispatch on empty lines.
    throw new Error('not implemented');
  }
}
