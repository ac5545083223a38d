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

interface CallFailure {
  message?: string;
  retryable?: boolean;
  billed?: boolean;
}

export async function routeRequest(
  request: RouteRequest,
  models: ModelSpec[],
  budgetMicros: number,
  callModel: (model: string, request: RouteRequest) => Promise<ModelReply>,
): Promise<RouteResult> {
  const attempts: Attempt[] = [];
  let spent = 0;
  let lastError: string | null = null;
  for (const model of models) {
    const inputCost = request.input_tokens * model.input_micros_per_token;
    const worstCase = inputCost + request.max_output_tokens * model.output_micros_per_token;
    if (spent + worstCase > budgetMicros) {
      attempts.push({ model: model.name, outcome: 'skipped', cost_micros: 0 });
      continue;
    }
    let reply: ModelReply;
    try {
      reply = await callModel(model.name, request);
    } catch (error) {
      const failure = error as CallFailure;
      const cost = failure.billed === true ? inputCost : 0;
      spent += cost;
      lastError = String(failure.message);
      if (failure.retryable === true) {
        attempts.push({ model: model.name, outcome: 'retryable', cost_micros: cost });
        continue;
      }
      attempts.push({ model: model.name, outcome: 'fatal', cost_micros: cost });
      return { ok: false, reason: 'fatal', error: lastError, spent_micros: spent, attempts };
    }
    const cost = inputCost + reply.output_tokens * model.output_micros_per_token;
    spent += cost;
    attempts.push({ model: model.name, outcome: 'ok', cost_micros: cost });
    return { ok: true, model: model.name, text: reply.text, spent_micros: spent, attempts };
  }
  return { ok: false, reason: 'exhausted', error: lastError, spent_micros: spent, attempts };
}
