/**
 * @typedef {{ prompt: string, input_tokens: number, max_output_tokens: number }} RouteRequest
 * @typedef {{ name: string, input_micros_per_token: number, output_micros_per_token: number }} ModelSpec
 * @typedef {{ model: string, outcome: 'ok' | 'retryable' | 'fatal' | 'skipped', cost_micros: number }} Attempt
 */

/**
 * @param {RouteRequest} request
 * @param {ModelSpec[]} models
 * @param {number} budgetMicros
 * @param {(model: string, request: RouteRequest) => Promise<{ text: string, output_tokens: number }>} callModel
 *   rejects with an error that has boolean `retryable` and `billed` properties
 * @returns {Promise<{ ok: boolean, model?: string, text?: string, reason?: string, error?: string | null, spent_micros: number, attempts: Attempt[] }>}
 */
export async function routeRequest(request, models, budgetMicros, callModel) {
  // TODO: try the models in order within the budget, fall back on retryable errors, stop on fatal ones.
  throw new Error('not implemented');
}
