// Where an Anthropic key may go. Kept free of the SDK so the CLI and the extension can read
// the defaults without loading it.

/** The model the critic and the grader use when nothing else is chosen (package.json's default matches it, tested). */
export const DEFAULT_CLAUDE_MODEL = 'claude-sonnet-5-5';

/** The host the SDK talks to when no base URL is set. */
export const DEFAULT_ANTHROPIC_HOST = 'api.anthropic.com';

export type EndpointDecision =
  | { kind: 'default' }
  /** Another host, already allowed (or denied) by the user. */
  | { kind: 'allowed'; baseURL: string; host: string }
  | { kind: 'denied'; host: string }
  /** Another host the user has not been asked about yet. */
  | { kind: 'ask'; baseURL: string; host: string }
  | { kind: 'invalid'; message: string };

/**
 * What to do with a configured base URL before the key goes anywhere: the default endpoint
 * needs no question; any other host needs the user's answer, remembered per host. Plain
 * http is only accepted for loopback hosts (local proxies and test fakes).
 */
export function decideEndpoint(baseUrl: string, remembered: Readonly<Record<string, boolean>>): EndpointDecision {
  const text = baseUrl.trim();
  if (!text) return { kind: 'default' };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { kind: 'invalid', message: `aiInterviewStudio.critic.baseUrl "${text}" is not a URL.` };
  }
  const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback))
    return { kind: 'invalid', message: `aiInterviewStudio.critic.baseUrl must use https (http only for localhost): "${text}".` };
  const host = url.host.toLowerCase();
  if (host === DEFAULT_ANTHROPIC_HOST) return { kind: 'default' };
  const answer = remembered[host];
  if (answer === true) return { kind: 'allowed', baseURL: text, host };
  if (answer === false) return { kind: 'denied', host };
  return { kind: 'ask', baseURL: text, host };
}
