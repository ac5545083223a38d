// A local stand-in for the Anthropic Messages API on 127.0.0.1: it answers POST /v1/messages
// from a queue of scripted replies (streamed tool use, errors, slow streams) and records
// every request body, so tests drive the real SDK end to end without the network.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

export type FakeReply =
  | { kind: 'review'; input: unknown; chunkSize?: number; delayMs?: number; usage?: { input: number; output: number }; toolName?: string }
  | { kind: 'status'; status: number; errorType: string; message: string; headers?: Record<string, string> };

export interface FakeAnthropic {
  baseURL: string;
  requests: { headers: IncomingMessage['headers']; body: any }[];
  enqueue(...replies: FakeReply[]): void;
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function streamReview(response: ServerResponse, reply: Extract<FakeReply, { kind: 'review' }>, model: string): Promise<void> {
  response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
  const send = (event: string, data: unknown) => response.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  const usage = reply.usage ?? { input: 900, output: 400 };
  send('message_start', {
    type: 'message_start',
    message: {
      id: 'msg_fake',
      type: 'message',
      role: 'assistant',
      model,
      content: [],
      stop_reason: null,
      stop_sequence: null,
      usage: { input_tokens: usage.input, output_tokens: 1 },
    },
  });
  send('content_block_start', {
    type: 'content_block_start',
    index: 0,
    content_block: { type: 'tool_use', id: 'toolu_fake', name: reply.toolName ?? 'report_design_review', input: {} },
  });
  const json = JSON.stringify(reply.input);
  const size = reply.chunkSize ?? 17;
  for (let at = 0; at < json.length; at += size) {
    if (response.destroyed) return;
    send('content_block_delta', {
      type: 'content_block_delta',
      index: 0,
      delta: { type: 'input_json_delta', partial_json: json.slice(at, at + size) },
    });
    if (reply.delayMs) await sleep(reply.delayMs);
  }
  send('content_block_stop', { type: 'content_block_stop', index: 0 });
  send('message_delta', {
    type: 'message_delta',
    delta: { stop_reason: 'tool_use', stop_sequence: null },
    usage: { output_tokens: usage.output },
  });
  send('message_stop', { type: 'message_stop' });
  response.end();
}

export async function startFakeAnthropic(): Promise<FakeAnthropic> {
  const queue: FakeReply[] = [];
  const requests: FakeAnthropic['requests'] = [];
  const server: Server = createServer((request, response) => {
    let raw = '';
    request.on('data', (chunk: Buffer) => (raw += chunk.toString()));
    request.on('end', () => {
      if (request.method !== 'POST' || !request.url?.startsWith('/v1/messages')) return void response.writeHead(404).end();
      const body = JSON.parse(raw);
      requests.push({ headers: request.headers, body });
      const reply = queue.shift();
      if (!reply) {
        response
          .writeHead(500, { 'content-type': 'application/json' })
          .end(JSON.stringify({ type: 'error', error: { type: 'api_error', message: 'fake server: no reply queued' } }));
        return;
      }
      if (reply.kind === 'status') {
        response
          .writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers })
          .end(JSON.stringify({ type: 'error', error: { type: reply.errorType, message: reply.message } }));
        return;
      }
      void streamReview(response, reply, body.model);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    baseURL: `http://127.0.0.1:${port}`,
    requests,
    enqueue: (...replies) => queue.push(...replies),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
