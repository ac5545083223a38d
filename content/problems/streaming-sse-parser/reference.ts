export interface SseEvent {
  event: string;
  data: string;
  id: string;
}

export class SseParser {
  private pending = '';
  /** The previous chunk ended in "\r": a "\n" opening this one belongs to that line ending. */
  private skipLeadingLf = false;
  private type = '';
  private data = '';
  private lastId = '';

  feed(chunk: string): SseEvent[] {
    // An empty chunk says nothing about what follows a trailing "\r": keep waiting.
    if (chunk === '') return [];
    if (this.skipLeadingLf && chunk.startsWith('\n')) chunk = chunk.slice(1);
    this.skipLeadingLf = false;
    const events: SseEvent[] = [];
    let text = this.pending + chunk;
    for (let match = /\r\n|\n|\r/.exec(text); match; match = /\r\n|\n|\r/.exec(text)) {
      // A lone "\r" at the very end may be the first half of "\r\n": wait for the next chunk.
      if (match[0] === '\r' && match.index === text.length - 1) this.skipLeadingLf = true;
      this.processLine(text.slice(0, match.index), events);
      text = text.slice(match.index + match[0].length);
    }
    this.pending = text;
    return events;
  }

  private processLine(line: string, events: SseEvent[]): void {
    if (line === '') {
      if (this.data !== '') events.push({ event: this.type || 'message', data: this.data.slice(0, -1), id: this.lastId });
      this.data = '';
      this.type = '';
      return;
    }
    if (line.startsWith(':')) return;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'event') this.type = value;
    else if (field === 'data') this.data += `${value}\n`;
    else if (field === 'id' && !value.includes('\0')) this.lastId = value;
  }
}
