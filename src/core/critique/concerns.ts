import { phrases, type Phrase } from './text';

export type Severity = 'high' | 'medium' | 'low';
export type SystemKind = 'rag' | 'agent' | 'pipeline' | 'gateway' | 'chat';

export const CONCERN_IDS = [
  'fallback',
  'retries-timeouts',
  'rate-limiting',
  'caching',
  'input-guardrails',
  'output-guardrails',
  'human-in-the-loop',
  'evaluation-offline',
  'evaluation-online',
  'observability',
  'retrieval-quality',
  'index-freshness',
  'async-queue',
  'cost-control',
  'data-privacy',
  'agent-loop-limits',
  'single-point-of-failure',
] as const;
export type ConcernId = (typeof CONCERN_IDS)[number];

export interface Concern {
  id: ConcernId;
  title: string;
  severity: Severity;
  /** Words and product names that show the concern is handled, in node, edge or group labels. */
  recognisers: Phrase[];
  /** Kinds of system where a reviewer expects it. */
  relevantTo: SystemKind[];
  /** Why it matters in production and what to add. */
  detail: string;
  /** Palette component the quick fix inserts. */
  fix?: string;
}

const ALL: SystemKind[] = ['rag', 'agent', 'pipeline', 'gateway', 'chat'];
const USER_FACING: SystemKind[] = ['rag', 'agent', 'gateway', 'chat'];

export const CONCERNS: Record<ConcernId, Concern> = {
  fallback: {
    id: 'fallback',
    title: 'No fallback when the model provider fails',
    severity: 'high',
    recognisers: phrases('fallback', 'failover', 'backup model', 'secondary model', 'secondary provider', 'second provider', 'degraded mode', 'circuit breaker'),
    relevantTo: ALL,
    detail: 'Model APIs have outages, 429 storms and slow days. Without a fallback (another provider, a smaller model, or a degraded answer) the whole product is down when one vendor is. Add a fallback model behind a circuit breaker and decide what quality drop is acceptable.',
    fix: 'fallbackModel',
  },
  'retries-timeouts': {
    id: 'retries-timeouts',
    title: 'No timeouts or retries around model and tool calls',
    severity: 'medium',
    recognisers: phrases('retry', 'retries', 'backoff', 'timeout', 'deadline', 'idempotency', 'dead letter', 'dlq'),
    relevantTo: ALL,
    detail: 'LLM calls have long, variable latency and fail transiently. Set timeouts per call, retry retryable errors with exponential backoff and jitter, cap total attempts, and make side effects idempotent so retries cannot double-charge or double-send.',
  },
  'rate-limiting': {
    id: 'rate-limiting',
    title: 'No rate limiting or quotas',
    severity: 'medium',
    recognisers: phrases('rate limit', 'rate limiter', 'ratelimit', 'throttle', 'throttling', 'quota', 'token bucket'),
    relevantTo: USER_FACING,
    detail: 'One abusive user or runaway client can exhaust the provider quota and the budget for everyone. Limit requests and tokens per user or tenant at the gateway, and return clear 429s.',
    fix: 'rateLimiter',
  },
  caching: {
    id: 'caching',
    title: 'No response or embedding cache',
    severity: 'low',
    recognisers: phrases('cache', 'redis', 'memcached', 'semantic cache', 'kv store', 'prompt cache'),
    relevantTo: ['rag', 'chat', 'gateway'],
    detail: 'Many questions repeat. An exact or semantic cache (keyed by model, prompt and content version, and isolated per tenant) cuts cost and latency; embeddings of unchanged documents should never be recomputed.',
    fix: 'cache',
  },
  'input-guardrails': {
    id: 'input-guardrails',
    title: 'User input reaches the model unchecked',
    severity: 'high',
    recognisers: phrases('input guardrail', 'input guard', 'input filter', 'guardrail', 'prompt injection', 'injection', 'jailbreak', 'llama guard', 'lakera', 'nemo guardrails', 'moderation', 'content filter', 'pii redaction', 'presidio', 'sanitizer', 'sanitiser', 'scrubber'),
    relevantTo: ['rag', 'agent', 'chat'],
    detail: 'Prompt injection, jailbreaks and pasted personal data arrive with user input and with retrieved or fetched content. Put an input guardrail on the path to the model: injection and policy classifiers, PII redaction, and delimiting of untrusted text.',
    fix: 'inputGuardrail',
  },
  'output-guardrails': {
    id: 'output-guardrails',
    title: 'Model output reaches users or tools unchecked',
    severity: 'high',
    recognisers: phrases('output guardrail', 'output guard', 'output filter', 'output check', 'groundedness', 'grounding check', 'hallucination check', 'citation verifier', 'citation checker', 'fact check', 'toxicity', 'schema validation', 'validator', 'validation'),
    relevantTo: ['rag', 'agent', 'chat', 'pipeline'],
    detail: 'Models hallucinate, leak data and produce malformed output. Check output before it reaches a user or a side-effecting tool: groundedness against sources, safety classifiers, schema validation for structured output.',
    fix: 'outputGuardrail',
  },
  'human-in-the-loop': {
    id: 'human-in-the-loop',
    title: 'No human in the loop for risky or uncertain cases',
    severity: 'high',
    recognisers: phrases('human', 'approval', 'approve', 'escalate', 'escalation', 'hand off', 'handoff', 'reviewer', 'moderator', 'manual review', 'agent queue', 'confirm', 'confirmation'),
    relevantTo: ['agent', 'pipeline'],
    detail: 'Side effects such as payments, bookings or messages, and low-confidence outputs, need a person: an approval step before the action, an escalation path for the user, and a review queue for uncertain cases.',
    fix: 'humanReview',
  },
  'evaluation-offline': {
    id: 'evaluation-offline',
    title: 'No offline evaluation',
    severity: 'high',
    recognisers: phrases('eval', 'evaluation', 'evals', 'golden set', 'golden dataset', 'test set', 'benchmark', 'llm as judge', 'llm judge', 'judge eval', 'ragas', 'deepeval', 'promptfoo', 'regression gate', 'scenario suite'),
    relevantTo: ALL,
    detail: 'Without a labelled evaluation set you cannot tell whether a prompt, model or retrieval change helped. Build a golden set from real traffic, score it with programmatic checks and a calibrated LLM judge, and gate releases on it.',
    fix: 'evalHarness',
  },
  'evaluation-online': {
    id: 'evaluation-online',
    title: 'No online feedback or experiments',
    severity: 'medium',
    recognisers: phrases('feedback', 'thumbs', 'thumbs up', 'rating', 'a b test', 'ab test', 'a/b', 'experiment', 'canary', 'online metric', 'user signal', 'click'),
    relevantTo: USER_FACING,
    detail: 'Offline sets miss what real users do. Capture explicit feedback (thumbs up/down, corrections) and implicit signals, and ship changes behind A/B tests or canaries with success metrics.',
    fix: 'feedbackStore',
  },
  observability: {
    id: 'observability',
    title: 'No tracing or monitoring',
    severity: 'medium',
    recognisers: phrases('tracing', 'trace', 'monitoring', 'monitor', 'observability', 'logging', 'log', 'metrics', 'dashboard', 'alert', 'langfuse', 'langsmith', 'datadog', 'opentelemetry', 'otel', 'prometheus', 'grafana', 'pagerduty', 'helicone', 'arize', 'audit'),
    relevantTo: ALL,
    detail: 'LLM failures are quiet: a worse answer is not an error. Trace every request through retrieval, prompts, model and tools with latency, tokens and cost, and alert on error rates, latency and spend.',
    fix: 'tracing',
  },
  'retrieval-quality': {
    id: 'retrieval-quality',
    title: 'Retrieval is a single vector lookup',
    severity: 'medium',
    recognisers: phrases('reranker', 'rerank', 're rank', 're ranker', 'cross encoder', 'hybrid', 'hybrid search', 'bm25', 'keyword index', 'keyword search', 'lexical', 'elasticsearch', 'opensearch', 'fusion', 'rrf', 'cohere rerank'),
    relevantTo: ['rag'],
    detail: 'Dense search alone misses exact terms (codes, names) and ranks loosely. Combine vector and keyword search (for example with reciprocal rank fusion) and rerank the top candidates with a cross-encoder before they reach the prompt.',
    fix: 'reranker',
  },
  'index-freshness': {
    id: 'index-freshness',
    title: 'Nothing keeps the index up to date',
    severity: 'high',
    recognisers: phrases('ingestion', 'ingest', 'indexer', 're index', 'reindex', 'index update', 'update pipeline', 'webhook', 'change feed', 'cdc', 'change data capture', 'sync', 'crawler', 'embed worker', 'embedding worker', 'chunk and embed', 'tombstone'),
    relevantTo: ['rag'],
    detail: 'Documents change and get deleted; an index built once goes stale and the assistant quotes old facts. Add an ingestion path that re-embeds on change (webhooks or change data capture), removes deleted documents, and monitors freshness lag.',
    fix: 'ingestion',
  },
  'async-queue': {
    id: 'async-queue',
    title: 'Slow or bursty work is done synchronously',
    severity: 'medium',
    recognisers: phrases('queue', 'kafka', 'sqs', 'pubsub', 'pub sub', 'rabbitmq', 'celery', 'job', 'worker', 'batch', 'stream', 'async'),
    relevantTo: ['pipeline', 'agent'],
    detail: 'Long-running model work (documents, multi-step agents) should not hold a request open. Put it behind a queue with workers, so bursts are absorbed, failed jobs retry, and users see progress.',
    fix: 'queue',
  },
  'cost-control': {
    id: 'cost-control',
    title: 'No cost controls',
    severity: 'medium',
    recognisers: phrases('budget', 'cost', 'spend', 'billing', 'metering', 'usage meter', 'token limit', 'quota', 'cheaper model', 'model routing', 'router'),
    relevantTo: ['agent', 'gateway'],
    detail: 'Agent loops and shared gateways can burn money quickly. Meter tokens and cost per request, user and tenant, set budgets with alerts or hard stops, and route easy requests to cheaper models.',
  },
  'data-privacy': {
    id: 'data-privacy',
    title: 'No handling of personal or confidential data',
    severity: 'medium',
    recognisers: phrases('pii', 'redaction', 'redact', 'presidio', 'privacy', 'gdpr', 'encryption', 'access control', 'acl', 'permission', 'tenant isolation', 'data residency', 'sso', 'secret scrubber', 'scrubber', 'dlp'),
    relevantTo: ['rag', 'agent', 'chat', 'gateway'],
    detail: 'Prompts and retrieved documents carry personal and confidential data. Redact PII before it leaves your boundary, enforce document permissions at retrieval time, keep logs free of raw prompts, and respect data-residency rules.',
  },
  'agent-loop-limits': {
    id: 'agent-loop-limits',
    title: 'The agent loop is unbounded',
    severity: 'high',
    recognisers: phrases('max steps', 'step limit', 'max iterations', 'iteration limit', 'bounded', 'loop limit', 'step budget', 'cost budget', 'time budget', 'budgets', 'max turns', 'kill switch'),
    relevantTo: ['agent'],
    detail: 'Agents can loop, repeat tool calls or wander. Enforce limits outside the model: maximum steps, wall-clock time and cost per task, with detection of no progress and a graceful hand-off when a limit is hit.',
  },
  'single-point-of-failure': {
    id: 'single-point-of-failure',
    title: 'A single instance carries all traffic',
    severity: 'medium',
    recognisers: phrases('load balancer', 'replica', 'replicas', 'cluster', 'multi region', 'multi az', 'autoscaling', 'autoscaler', 'redundant', 'stateless', 'horizontal'),
    relevantTo: ['gateway'],
    detail: 'Everything passes through one gateway: if it is a single instance, it is a single point of failure. Run stateless replicas behind a load balancer across zones, with health checks.',
  },
};

/** Concept-card tags to review when the critic keeps flagging a concern. */
export const CONCERN_CARD_TAGS: Record<ConcernId, string[]> = {
  fallback: ['reliability', 'gateway'],
  'retries-timeouts': ['reliability', 'retries'],
  'rate-limiting': ['rate-limiting', 'cost'],
  caching: ['caching', 'cost'],
  'input-guardrails': ['injection', 'security'],
  'output-guardrails': ['hallucination', 'grounding', 'structured-output'],
  'human-in-the-loop': ['human-in-the-loop', 'agents'],
  'evaluation-offline': ['offline-eval', 'llm-as-judge', 'datasets'],
  'evaluation-online': ['online-eval', 'experimentation'],
  observability: ['observability', 'llmops'],
  'retrieval-quality': ['hybrid-search', 'reranker', 'retrieval'],
  'index-freshness': ['freshness', 'ingestion'],
  'async-queue': ['reliability', 'llmops'],
  'cost-control': ['cost'],
  'data-privacy': ['privacy', 'security'],
  'agent-loop-limits': ['agents', 'reliability'],
  'single-point-of-failure': ['reliability', 'gateway'],
};

/** Node roles the graph checks look for, recognised from labels. */
export const ROLES = {
  user: phrases('user', 'customer', 'client', 'browser', 'frontend', 'web app', 'mobile app', 'app', 'employee', 'analyst', 'lawyer', 'chat ui', 'caller', 'visitor', 'end user'),
  llm: phrases('llm', 'gpt', 'claude', 'gemini', 'llama', 'mistral', 'language model', 'chat model', 'generator', 'completion', 'foundation model', 'model'),
  fallback: CONCERNS.fallback.recognisers,
  inputGuard: phrases('input guardrail', 'input guard', 'input filter', 'guardrail', 'injection', 'jailbreak', 'llama guard', 'lakera', 'moderation', 'content filter', 'pii redaction', 'presidio', 'sanitizer', 'sanitiser', 'scrubber'),
  outputGuard: phrases('output guardrail', 'output guard', 'output filter', 'output check', 'groundedness', 'grounding', 'hallucination', 'citation verifier', 'citation checker', 'verifier', 'validator', 'validation', 'toxicity', 'guardrail'),
  sideEffect: phrases('refund', 'payment', 'payments', 'charge', 'booking', 'book', 'purchase', 'send email', 'email', 'post comment', 'erp', 'write api', 'delete', 'transfer', 'order placement'),
  /** Tools that only read, even when named after what they read about ("refund policy lookup"). */
  readOnly: phrases('lookup', 'look up', 'search', 'read', 'fetch', 'policy', 'status', 'history'),
  approval: phrases('approval', 'approve', 'human', 'confirm', 'confirmation', 'review', 'policy check', 'policy engine', 'escalate'),
  index: phrases('vector db', 'vector database', 'vector store', 'vector index', 'pinecone', 'weaviate', 'qdrant', 'milvus', 'pgvector', 'faiss', 'chroma', 'bm25', 'keyword index', 'search index', 'elasticsearch', 'opensearch', 'index'),
  agent: phrases('agent', 'orchestrator', 'planner', 'tool calling', 'tool use', 'react loop'),
  pipeline: phrases('pipeline', 'ocr', 'extraction', 'batch', 'etl', 'ingest queue', 'document queue', 'worker pool', 'kafka', 'topic', 'job', 'review worker', 'webhook'),
  gateway: phrases('gateway', 'proxy', 'router', 'load balancer'),
  provider: phrases('provider', 'openai', 'anthropic', 'bedrock', 'vertex', 'azure openai', 'self hosted'),
} satisfies Record<string, Phrase[]>;
