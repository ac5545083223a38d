export interface RouteRequest {
  prompt: string;
  input_tokens: number;
  max_output_tokens: number;
}

export interface ModelSpec {
  name: string;
  input_micros_per_token: number;
  output_micros_per_token: number;
}

export interface ModelReply {
  text: string;
  output_tokens: number;
}

export interface Attempt {
  model: string;
  outcome: 'ok' | 'retryable' | 'fatal' | 'skipped';
  cost_micros: number;
}

export type RouteResult =
  | { ok: true; model: string; text: string; spent_micros: number; attempts: Attempt[] }
  | { ok: false; reason: 'fatal' | 'exhausted'; error: string | null; spent_micros: number; attempts: Attempt[] };

export async function routeRequest(
  request: RouteRequest,
  models: ModelSpec[],
  budgetMicros: number,
  callModel: (model: string, request: RouteRequest) => Promise<ModelReply>,
): Promise<RouteResult> {
  // TODO: try the models in order within the budget, fall back on retryable errors, stop on fatal ones.
  throw new Error('not implemented');
}
