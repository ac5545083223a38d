import { strict as assert } from 'node:assert';
import { loadCatalog } from '../../src/core/catalog/load';
import type { DesignQuestion } from '../../src/core/catalog/types';
import type { ConcernId } from '../../src/core/critique/concerns';
import { parseDiagram } from '../../src/core/critique/diagram';
import { critiqueDiagram, type Critique } from '../../src/core/critique/offlineCritic';
import { clauses, DiagramSemantics } from '../../src/core/critique/semantics';
import { judge, labelledSets, score } from '../support/criticSets';
import { contentRoot } from '../support/paths';

const catalog = loadCatalog(contentRoot);
const review = async (source: string, question?: DesignQuestion) => critiqueDiagram(await parseDiagram(source), question);
const flagged = (result: Critique, concern: ConcernId) => result.findings.some((finding) => finding.concern === concern);
const covers = (result: Critique, concern: ConcernId) => result.covered.includes(concern) && !flagged(result, concern);
const finding = (result: Critique, concern: ConcernId) => result.findings.find((f) => f.concern === concern);

/** A small agent with everything but the concern under test left for the test to add. */
const agent = (extra: string) =>
  `flowchart LR\n  u([Customer]) --> ig[Input guardrail]\n  ig --> a[Support agent - Claude]\n  a --> og[Output check]\n  og --> u\n${extra}`;

describe('critique semantics: negations take coverage back', () => {
  it('splits labels into clauses and keeps "no", "TODO", "later" and "(TBD)" apart from what is there', () => {
    const [kept, negated] = clauses(['LLM (no fallback)']);
    assert.deepEqual(kept!.words, ['llm']);
    assert.deepEqual(negated!.negated, ['no', 'fallback']);
    assert.deepEqual(clauses(['Semantic cache (later)'])[0]!.negated, ['semantic', 'cache']);
    assert.deepEqual(clauses(['TODO: retries'])[0]!.negated, ['retry']);
    assert.deepEqual(clauses(['Human review: later'])[0]!.negated, ['human', 'review']);
    assert.deepEqual(clauses(['no PII in logs'])[0]!.words, ['no', 'pii', 'in', 'log'], 'a privacy rule is no negation');
    assert.deepEqual(clauses(['retry later on 429'])[0]!.words, ['retry', 'later', 'on', '429'], 'retrying later is a retry');
  });

  for (const [label, concern] of [
    ['TODO: retries', 'retries-timeouts'],
    ['no cache yet', 'caching'],
    ['eval TBD', 'evaluation-offline'],
    ['Tracing - not yet', 'observability'],
    ['Budget caps planned', 'cost-control'],
  ] as const) {
    it(`"${label}" leaves ${concern} missing, and says why`, async () => {
      const result = await review(
        `flowchart LR\n  u([User]) --> g[Input guardrail]\n  g --> l[GPT-4o]\n  l --> o[Output check]\n  o --> u\n  l -.- n[${label}]`,
      );
      assert.ok(flagged(result, concern), `${concern} should be flagged`);
      assert.ok(!result.covered.includes(concern));
      assert.match(finding(result, concern)!.evidence, /a plan, not part of the design/);
    });
  }

  it('"(no fallback)" on the model and "Human review: later" on the agent count for nothing', async () => {
    const result = await review(agent('  a --> r[[Refund API]]\n  a -.- h[Human review: later]\n  m["GPT-4o (no fallback)"] --> a'));
    assert.ok(flagged(result, 'fallback'));
    assert.ok(flagged(result, 'human-in-the-loop'));
  });
});

describe('critique semantics: limits, fallbacks, approvals, evaluation and checks wherever they are written', () => {
  for (const [how, extra] of [
    ['in a note attached with ---', '  a --- n[Max 8 steps per task, then hand off]'],
    ['in a free-standing note node', '  n>Note: the agent stops after 10 tool calls]'],
    ['on an edge label', '  a -->|max 5 iterations| t[Order lookup]\n  t --> a'],
    ['on a self-loop', '  a -->|up to 6 rounds| a'],
    ['as a framework parameter', '  a --> t[LangGraph recursion_limit=12]'],
    ['as max_iterations=', '  a --> t[AgentExecutor max_iterations=8]'],
    ['after <br/> in the agent label', '  a --> x[Planner agent<br/>max 10 steps]'],
  ]) {
    it(`reads an agent step limit ${how}`, async () => {
      const result = await review(agent(extra!));
      assert.ok(covers(result, 'agent-loop-limits'), JSON.stringify(result.findings.map((f) => f.id)));
    });
  }

  it('takes a dotted, conditional edge to a second provider as a fallback', async () => {
    const result = await review(agent('  a -.->|on 5xx| b[Haiku]'));
    assert.ok(covers(result, 'fallback'));
    assert.match(result.coveredBy.find((c) => c.concern === 'fallback')!.evidence, /`a` -> `b`/);
    const plain = await review(agent('  a --> t[Order tool]'));
    assert.ok(flagged(plain, 'fallback'));
  });

  for (const [how, extra] of [
    [
      'a role approving',
      '  a --> p{Policy rules}\n  p -->|over $100| f[Finance lead approves in Slack]\n  f --> r[[Refund API]]\n  p -->|small| r',
    ],
    ['an escalation to a person', '  a -->|customer asks for a person| t[Tier-2 support team handles it]'],
  ]) {
    it(`counts ${how} as a human in the loop`, async () => {
      const result = await review(agent(extra!));
      assert.ok(covers(result, 'human-in-the-loop'), JSON.stringify(result.findings.map((f) => f.evidence)));
    });
  }

  for (const [how, extra, concern] of [
    ['replayed conversations in CI', '  ci[300 recorded chats replayed in CI] -.-> a', 'evaluation-offline'],
    ['simulated conversations', '  sim[Nightly simulated customer dialogues] -.-> a', 'evaluation-offline'],
    ['graders sampling live answers', '  gr[LLM grader on a 2% sample of live answers] -.-> a', 'evaluation-online'],
    ['a satisfaction survey', '  u --> s[Satisfaction survey after each chat]', 'evaluation-online'],
    ['a report-wrong-answer button', '  u --> rb[Report wrong answer button]', 'evaluation-online'],
  ] as const) {
    it(`counts ${how} as evaluation`, async () => {
      const result = await review(agent(extra));
      assert.ok(covers(result, concern), JSON.stringify(result.findings.map((f) => f.id)));
    });
  }

  for (const name of ['Citation check', 'Fact-check agent', 'Policy checker', 'NeMo output rails']) {
    it(`counts a "${name}" between the model and the user as an output check`, async () => {
      const result = await review(`flowchart LR\n  u([User]) --> g[Input guardrail]\n  g --> l[GPT-4o]\n  l --> c[${name}]\n  c --> u`);
      assert.ok(covers(result, 'output-guardrails'), JSON.stringify(result.findings.map((f) => f.evidence)));
    });
  }
});

describe('critique semantics: position and reachability', () => {
  it('a human review node nothing routes to is no human in the loop', async () => {
    const result = await review(agent('  hr[Human review queue] --> a\n  a --> r[[Refund API]]'));
    assert.ok(flagged(result, 'human-in-the-loop'));
  });

  it('a queue that only carries logs is no async queue', async () => {
    const result = await review(
      'flowchart LR\n  up([Upload]) --> ocr[OCR]\n  ocr --> l[GPT-4o extraction]\n  l --> db[(Postgres)]\n  l --> k[[Kafka]]\n  k --> es[Log store]',
    );
    assert.equal(finding(result, 'async-queue')?.id, 'async-queue/telemetry-only');
    assert.match(finding(result, 'async-queue')!.evidence, /only carries logs/);
  });

  it('a safety check on a copy after the answer reached the user is no output check', async () => {
    const result = await review(
      'flowchart LR\n  u([User]) --> g[Input guardrail]\n  g --> l[GPT-4o]\n  l --> u\n  l --> s[Safety check] --> log[(Audit log)]',
    );
    assert.equal(finding(result, 'output-guardrails')?.id, 'output-guardrails/unchecked-output');
    assert.deepEqual(finding(result, 'output-guardrails')!.nodes, ['l', 'u']);
  });

  it('a key-value store for sessions and a CDN for static assets are no response cache; a response cache is', async () => {
    const rag = (store: string) =>
      `flowchart LR\n  u([User]) --> api[Chat API]\n  api --> kv[(${store})]\n  api --> r[Retriever] --> v[(Pinecone)]\n  r --> l[GPT-4o] --> u`;
    assert.ok(flagged(await review(rag('Redis session store')), 'caching'));
    assert.ok(flagged(await review(rag('CDN cache for static assets')), 'caching'));
    assert.ok(covers(await review(rag('Redis cache of answers keyed by query')), 'caching'));
  });

  it('SSO login is no document-level access control', async () => {
    const result = await review(
      'flowchart LR\n  e([Employee]) --> sso[Okta SSO login]\n  sso --> r[Retriever] --> v[(Vector DB)]\n  r --> l[GPT-4o] --> e',
    );
    assert.ok(flagged(result, 'data-privacy'));
  });

  it('a datastore labelled as a single instance is a single point of failure, whatever the kind', async () => {
    const result = await review(
      'flowchart LR\n  u([User]) --> api[Chat API]\n  api --> db[(Postgres - single instance)]\n  api --> l[GPT-4o] --> u',
    );
    assert.equal(finding(result, 'single-point-of-failure')?.id, 'single-point-of-failure/single-instance');
    assert.deepEqual(finding(result, 'single-point-of-failure')!.nodes, ['db']);
  });

  it('an unwired rate limiter does not count, a wired one does', async () => {
    const chat = (limiter: string) => `flowchart LR\n  u([User]) --> api[Chat API]\n  api --> l[GPT-4o] --> u\n${limiter}`;
    assert.ok(flagged(await review(chat('  rl[Rate limiter]')), 'rate-limiting'));
    assert.ok(covers(await review(chat('  api --> rl[Rate limiter]')), 'rate-limiting'));
  });
});

describe('critique semantics: the kind of system', () => {
  it('reads a moderation pipeline as a pipeline that needs people, not as a chat whose classifier is a guard', async () => {
    const result = await review(
      'flowchart LR\n  p([User posts a comment]) --> api[Comments API]\n  api --> m[GPT-4o moderation prompt]\n  m -->|ALLOW| db[(Comments DB)]\n  m -->|violation| rej[Reject]',
    );
    assert.ok(result.kinds.includes('pipeline'), result.kinds.join());
    assert.ok(flagged(result, 'human-in-the-loop'));
    assert.ok(flagged(result, 'async-queue'));
  });

  it('raises cost control for chat, RAG and pipelines too', async () => {
    for (const source of [
      'flowchart LR\n  u([User]) --> l[GPT-4o] --> u',
      'flowchart LR\n  u([User]) --> r[Retriever] --> v[(Pinecone)]\n  r --> l[GPT-4o] --> u',
      'flowchart LR\n  d[Scanned PDFs] --> o[OCR] --> l[GPT-4o extraction] --> db[(Postgres)]',
    ])
      assert.ok(flagged(await review(source), 'cost-control'), source);
  });

  it('expects a human handoff for a customer-support RAG bot, from the diagram or from the question', async () => {
    const bot = 'flowchart LR\n  c([Customer]) --> r[Retriever] --> v[(Help center vectors)]\n  r --> l[GPT-4o] --> c';
    assert.ok(!(await review(bot)).relevant.includes('human-in-the-loop') || flagged(await review(bot), 'human-in-the-loop'));
    const question = catalog.find('rag-support-chatbot') as DesignQuestion;
    const withQuestion = await review(bot, question);
    assert.ok(flagged(withQuestion, 'human-in-the-loop'));
    const zendesk = await review(bot.replace('Help center vectors', 'Zendesk help center vectors'));
    assert.ok(flagged(zendesk, 'human-in-the-loop'));
  });
});

describe('critique semantics: one finding per concern, with evidence', () => {
  it('reports a concern once even when several paths break it', async () => {
    const result = await review(
      'flowchart LR\n  u([User]) --> l[GPT-4o]\n  w([Web app]) --> m[Claude]\n  l --> u\n  m --> w\n  l --> r[[Refund API]]\n  m --> r',
    );
    const concerns = result.findings.map((f) => f.concern);
    assert.equal(new Set(concerns).size, concerns.length, concerns.join());
  });

  it('says which nodes and path cover a concern and why a finding is raised', async () => {
    const result = await review('flowchart LR\n  u([User]) --> inj[Input guardrails]\n  inj --> a[Agent - Claude]\n  a --> u');
    const input = result.coveredBy.find((c) => c.concern === 'input-guardrails')!;
    assert.deepEqual(input.nodes, ['inj']);
    assert.match(input.evidence, /covered by `inj` Input guardrails on the path `u` -> `inj`/);
    assert.deepEqual(
      result.coveredBy.map((c) => c.concern),
      result.covered,
    );
    for (const f of result.findings) assert.ok(f.evidence.length > 20, f.id);
    assert.match(finding(result, 'output-guardrails')!.evidence, /`a` -> `u`/);
  });
});

describe('critique semantics: throttles and budgets in everyday words', () => {
  for (const label of [
    'Chat API: concurrency cap per user',
    'Gateway - limit 50 messages/min per tenant',
    'Router: max 20 requests per API key',
  ]) {
    it(`reads "${label}" as rate limiting`, async () => {
      const result = await review(`flowchart LR\n  u([User]) --> g[${label}]\n  g --> l[GPT-4o]\n  l --> u`);
      assert.ok(covers(result, 'rate-limiting'), result.findings.map((f) => f.evidence).join('\n'));
    });
  }

  it('does not read a per-user preference or a cap on something else as a rate limit', async () => {
    const result = await review('flowchart LR\n  u([User]) --> g[Settings per user]\n  g --> l[GPT-4o: answer length cap]\n  l --> u');
    assert.ok(flagged(result, 'rate-limiting'));
  });

  for (const [how, extra] of [
    ['a token budget per PR on the worker', '  a --- n[Token budget per PR]'],
    ['max tool calls per turn on a self-loop', '  a -->|max 6 tool calls per turn| a'],
  ] as const) {
    it(`reads ${how} as an agent loop limit`, async () => {
      const result = await review(agent(extra));
      assert.ok(covers(result, 'agent-loop-limits'), result.findings.map((f) => f.evidence).join('\n'));
    });
  }
});

describe('critique semantics: people in the loop however they are drawn', () => {
  const pipeline = (extra: string) =>
    `flowchart LR\n  hook([PR opened]) --> q[[Review jobs queue]]\n  q --> rev{{LLM reviewer - Claude}}\n  rev --> post[Post review comments]\n${extra}`;

  it('an LLM called "reviewer" is no person in the loop', async () => {
    const result = await review(pipeline(''));
    assert.ok(flagged(result, 'human-in-the-loop'));
  });

  for (const [how, extra] of [
    ['engineers resolving or dismissing comments on an edge', '  post -->|engineers resolve or dismiss| fb[(Outcomes)]'],
    ['a data team verifying examples on an edge', '  post --> fb[(Corrections)]\n  fb -->|data team verifies| ex[(Verified examples)]'],
    ['a maintainer who reviews the result', '  post --> m[Maintainer reviews and merges]'],
  ] as const) {
    it(`counts ${how} as a human in the loop`, async () => {
      const result = await review(pipeline(extra));
      assert.ok(covers(result, 'human-in-the-loop'), finding(result, 'human-in-the-loop')?.evidence);
    });
  }

  it('counts a clarifying question back to the user as a human in the loop', async () => {
    const result = await review(
      'flowchart LR\n  u([Analyst]) --> a{{SQL agent - GPT-4o}}\n  a --> v{Validator}\n  v -->|ambiguous| c[Clarifying question to the user]\n  c --> u\n  v --> w[(Warehouse)]\n  w --> u',
    );
    assert.ok(covers(result, 'human-in-the-loop'), finding(result, 'human-in-the-loop')?.evidence);
  });
});

describe('critique semantics: access checked as the person asking', () => {
  const sql = (edge: string) =>
    `flowchart LR\n  u([Analyst]) --> sso[SSO gateway]\n  sso --> g{{GPT-4o writes SQL}}\n  g -->|${edge}| w[(Warehouse)]\n  w --> g\n  g --> u`;

  for (const edge of [
    "runs under the analyst's own role",
    'query executed as the signed-in user',
    'row-level security and column masking',
  ]) {
    it(`reads "${edge}" as data privacy`, async () => {
      const result = await review(sql(edge));
      assert.ok(covers(result, 'data-privacy'), finding(result, 'data-privacy')?.evidence);
    });
  }

  it('SSO alone, or a query "with the user question", is no access control', async () => {
    const result = await review(sql('with the user question'));
    assert.ok(flagged(result, 'data-privacy'));
  });

  it('metric definitions that the model reads are no monitoring', async () => {
    const result = await review('flowchart LR\n  u([Analyst]) --> r[(Table and metric definitions)]\n  r --> g{{GPT-4o}}\n  g --> u');
    assert.ok(flagged(result, 'observability'));
  });
});

describe('critique semantics: an agent is a model that acts, not the word', () => {
  it('a person called "Support agent in the helpdesk" who gets suggestions is no AI agent', async () => {
    const result = await review(
      'flowchart LR\n  rep([Support agent in the helpdesk]) --> svc[Suggestion service]\n  svc --> m{{8B reply model}}\n  m --> svc\n  svc --> rep\n  rep -.->|accept or edit| ev[[Feedback events]]',
    );
    assert.ok(!result.kinds.includes('agent'), result.kinds.join());
    assert.ok(!result.relevant.includes('agent-loop-limits'));
  });

  it('a job planner that fans out examples is no AI agent', async () => {
    const result = await review(
      'flowchart LR\n  ci[CI job] --> api[Eval API]\n  api --> p[Run planner: fan out examples]\n  p --> q[[Job queue]]\n  q --> w[Workers]\n  w --> j{{LLM judge}}\n  j --> r[(Results)]',
    );
    assert.ok(!result.kinds.includes('agent'), result.kinds.join());
  });

  for (const [how, source] of [
    [
      'a bare "Support agent" that calls a refund API',
      'flowchart LR\n  u([Customer]) --> a[Support agent]\n  a --> r[[Refund API]]\n  a --> u',
    ],
    ['a "Planner" that drives a model', 'flowchart LR\n  u([User]) --> p[Planner]\n  p --> l{{GPT-4o}}\n  l --> p\n  p --> u'],
    ['an agent that loops on itself', 'flowchart LR\n  u([User]) --> a[Research agent]\n  a -->|next step| a\n  a --> u'],
  ] as const) {
    it(`${how} is still an agent`, async () => {
      const result = await review(source);
      assert.ok(result.kinds.includes('agent'), result.kinds.join());
    });
  }
});

describe('critique semantics: index freshness needs an index that the serving path reads', () => {
  it('does not ask a pipeline that uploads and ingests documents, with no index, to keep an index fresh', async () => {
    const result = await review(
      'flowchart LR\n  up([Upload]) --> q[[Ingest queue]]\n  q --> x{{LLM extraction}}\n  x --> v[Validator]\n  v --> erp[[ERP]]',
      catalog.find('document-processing-pipeline') as DesignQuestion,
    );
    assert.ok(!result.relevant.includes('index-freshness'));
  });

  it('does not ask a chat server with a KV cache and a conversation store to keep an index fresh', async () => {
    const result = await review(
      'flowchart LR\n  u([User]) --> s[Scheduler]\n  s --> m{{Llama 70B}}\n  m <--> kv[(Prefix KV cache)]\n  m --> c[(Conversation store)]\n  m --> u',
    );
    assert.ok(!result.relevant.includes('index-freshness'));
  });

  it('a "Product search index" is an index: nothing updating it is flagged, a change feed and an indexer keep it fresh', async () => {
    const serving =
      'flowchart LR\n  u([Shopper]) --> r[Hybrid retrieval]\n  r --> i[(Product search index)]\n  i --> l{{LLM answer}}\n  l --> u\n';
    assert.ok(flagged(await review(serving), 'index-freshness'));
    const fed = await review(`${serving}  c[Catalog] -->|change feed| x[Indexer]\n  x --> i`);
    assert.ok(covers(fed, 'index-freshness'), finding(fed, 'index-freshness')?.evidence);
  });

  it('an index the live path writes is kept fresh by design', async () => {
    const result = await review(
      'flowchart LR\n  u([User]) --> l{{GPT-4o}}\n  mem[(Memory vector store)] --> l\n  l --> u\n  l -.-> w[Write policy]\n  w -->|write new memories| mem',
    );
    assert.ok(covers(result, 'index-freshness'), finding(result, 'index-freshness')?.evidence);
  });
});

describe('critique semantics: edges carry text only when their labels say so', () => {
  const guarded =
    'flowchart LR\n  u([Editor plugin]) --> ig[Input guardrail]\n  ig --> p[Prompt templates]\n  p --> l{{LLM}}\n  l --> og[Output guardrail]\n  og --> u\n';

  it('release control into the prompt (A/B variant, regression gate) is no unchecked input', async () => {
    const result = await review(
      `${guarded}  u -.-> t[(Telemetry)]\n  t --> ab[A/B experiment analysis]\n  ab -->|ship or roll back a variant| p\n  h[Judge suite] -->|regression gate| p`,
    );
    assert.ok(covers(result, 'input-guardrails'), finding(result, 'input-guardrails')?.evidence);
  });

  it('a metrics edge out of the model is no unchecked output', async () => {
    const result = await review(`${guarded}  l -.->|latency and cost per action| t[(Telemetry)]\n  t --> u`);
    assert.ok(covers(result, 'output-guardrails'), finding(result, 'output-guardrails')?.evidence);
  });

  it('a deletion request is no input to the model, but an upload that skips the guard is, and the finding prints that path', async () => {
    const deletion = `${guarded}  u -->|forget me| d[Deletion job]\n  d -->|erase and tombstone| s[(History)]\n  s --> l`;
    assert.ok(covers(await review(deletion), 'input-guardrails'));
    const upload = await review(`${deletion}\n  u -->|uploaded file| x[Parser]\n  x --> l`);
    assert.match(finding(upload, 'input-guardrails')!.evidence, /`u` -> `x` -> `l`/);
  });

  it('prints the unguarded path even when a shorter path passes the guard', async () => {
    const result = await review(
      'flowchart LR\n  u([User]) --> ig[Input guardrail]\n  ig --> l{{LLM}}\n  l --> og[Output check]\n  og --> u\n  u -->|pasted text| x[Parser]\n  x --> y[Chunker]\n  y --> l',
    );
    assert.match(finding(result, 'input-guardrails')!.evidence, /along `u` -> `x` -> `y` -> `l` without/);
  });
});

describe('critique semantics: online evaluation from live outcomes, and a warm transfer is a handoff', () => {
  const qa = 'flowchart LR\n  u([Lawyer]) --> g[Input guardrail]\n  g --> l{{Claude answer}}\n  l --> c[Citation verifier]\n  c --> u\n';

  for (const [how, extra] of [
    [
      'lawyer flags confirmed into the golden set',
      '  u -.->|flag wrong answer| r[Flag for human review]\n  r -->|confirmed errors| e[Golden set replay]',
    ],
    [
      'moderator labels feeding an evaluation through a store',
      '  c --> m[Moderator queue]\n  m --> s[(Labelled decisions)]\n  s --> e[Per-policy evaluation]',
    ],
    [
      'sampled production traces feeding the eval datasets',
      '  l -.-> t[Production traces, PII redacted]\n  t -->|sampled weekly| d[(Eval datasets)]',
    ],
    ['an overturn rate on appeals', '  u --> a[Appeals: overturn rate tracked]'],
  ] as const) {
    it(`counts ${how} as online evaluation`, async () => {
      const result = await review(qa + extra);
      assert.ok(covers(result, 'evaluation-online'), finding(result, 'evaluation-online')?.evidence);
    });
  }

  it('an appeal form that only goes back to the classifier, or moderator labels used for retraining, is no online evaluation', async () => {
    const result = await review(
      `${qa}  u --> a[Appeals form]\n  a --> l\n  c --> m[Moderator queue]\n  m --> s[(Moderator labels)]\n  s --> t[Monthly retrain]`,
    );
    assert.ok(flagged(result, 'evaluation-online'));
  });

  it('a warm transfer to a person is a handoff, not a money transfer; a bank transfer still needs approval', async () => {
    const agentCall =
      'flowchart LR\n  c([Caller]) --> a{{Voice agent - GPT-4o, tool calling}}\n  a -->|asks for a person| w[Warm transfer to the front desk]\n  a --> c\n';
    const transfer = await review(agentCall);
    assert.ok(
      !transfer.findings.some((f) => f.id === 'human-in-the-loop/unapproved-action'),
      transfer.findings.map((f) => f.evidence).join('\n'),
    );
    const money = await review(`${agentCall}  a --> b[[Bank transfer of the refund]]`);
    assert.equal(finding(money, 'human-in-the-loop')?.id, 'human-in-the-loop/unapproved-action');
  });

  it('an approval written on the edge into an action is an approval', async () => {
    const result = await review(
      'flowchart LR\n  c([Caller]) --> a{{Booking agent - GPT-4o, tool calling}}\n  a -->|caller confirms the slot| b[[Book appointment API]]\n  a --> c',
    );
    assert.ok(!result.findings.some((f) => f.id === 'human-in-the-loop/unapproved-action'));
  });
});

describe("critique semantics: monitoring in operators' words", () => {
  const base = 'flowchart LR\n  u([User]) --> g[Input guardrail]\n  g --> l{{GPT-4o}}\n  l --> o[Output check]\n  o --> u\n';
  for (const extra of [
    '  l -.-> m[Metrics: backlog, error rate, cost per request]',
    '  l -->|latency and error rates| h[Provider health stats]\n  h --> l',
    '  p[Freshness probe] --> l\n  p -->|stale answer| oc([On-call engineer])',
  ]) {
    it(`reads ${JSON.stringify(extra.trim())} as observability`, async () => {
      const result = await review(base + extra);
      assert.ok(covers(result, 'observability'), finding(result, 'observability')?.evidence);
    });
  }

  it('"on the backlog" is still a plan', async () => {
    const result = await review(`${base}  l -.- n[Tracing: on the backlog]`);
    assert.ok(flagged(result, 'observability'));
  });
});

describe('critique semantics: plan words take back their topic, and a plan is never evidence', () => {
  const agentGateway = 'flowchart LR\n  apps[Client apps] --> gw[LLM gateway]\n  gw --> a[OpenAI]\n  gw --> b[Anthropic]\n';
  for (const [label, concern] of [
    ['Tracing: n/a', 'observability'],
    ['response cache: out of scope', 'caching'],
    ['PII masking - skip for beta', 'data-privacy'],
    ['evals: manual spot checks for now', 'evaluation-offline'],
    ['retries + timeouts: phase 2', 'retries-timeouts'],
    ['fallback model (v2)', 'fallback'],
    ['spend caps: wishlist', 'cost-control'],
    ['monitoring - none', 'observability'],
    ['$ cap per report: not enforced yet', 'cost-control'],
    ['A/B tests ❌', 'evaluation-online'],
    ['rate limiting (post-MVP)', 'rate-limiting'],
    ['observability: roadmap', 'observability'],
    ['step cap: parked', 'agent-loop-limits'],
    ['budget alerts - icebox', 'cost-control'],
  ] as const) {
    it(`"${label}" in a note leaves ${concern} missing`, async () => {
      const result = await review(agent(`  a --- n>"${label}"]\n`));
      assert.ok(flagged(result, concern), `${concern} should be flagged`);
      assert.ok(!result.coveredBy.some((item) => item.evidence.includes(label)));
    });
  }

  it('keeps the subject of a plan that names its own concern, and a rule after a colon', () => {
    assert.deepEqual(clauses(['LLM: fallback TBD'])[0]!.words, ['llm'], '"fallback TBD" is a plan about the fallback, not the LLM');
    assert.deepEqual(clauses(['Output check: no PII echo'])[0]!.words, ['output', 'check']);
    assert.deepEqual(clauses(['GPT-4o (fallback: none)'])[0]!.words, ['gpt', '4o']);
    assert.deepEqual(clauses(['Manager approval ❌'])[0]!.words, []);
  });

  it('"single node for now" is still a single instance', async () => {
    const result = await review(`${agentGateway}  gw --- n>single node for now]\n`);
    assert.ok(flagged(result, 'single-point-of-failure'));
  });

  it('"delete handling: none" beside a weekly manual re-index keeps no index fresh, and is not quoted as freshness', async () => {
    const result = await review(
      'flowchart LR\n  u([Employee]) --> q[Query service]\n  q --> r[Hybrid search]\n  r --> i[(Search index)]\n  q --> l[GPT-4o]\n  l --> u\n  s[SharePoint] --> j["Indexing job<br/>re-index weekly (manual)"]\n  j --> i\n  j --- n>delete handling: none]',
    );
    assert.ok(flagged(result, 'index-freshness'));
    assert.match(finding(result, 'index-freshness')!.evidence, /deletes are said to go unhandled/);
  });
});

describe('critique semantics: a role comes from what the box is, not any word on it', () => {
  it('a PII scrubber that mentions the model call is a privacy step, not a model whose output goes unchecked', async () => {
    const result = await review(
      'flowchart LR\n  u([Customer]) --> s[strip emails/phone numbers before any model call]\n  s --> b[Support bot - GPT-4o]\n  b --> c[Citation check]\n  c --> u',
    );
    assert.ok(covers(result, 'data-privacy'));
    assert.ok(covers(result, 'output-guardrails'), finding(result, 'output-guardrails')?.evidence);
    // Stripping personal data protects privacy; it checks nothing for injection.
    assert.ok(flagged(result, 'input-guardrails'));
    assert.ok(!result.findings.some((f) => f.evidence.includes('Output of `s`')));
  });

  for (const guard of ['Lakera Guard on user messages', 'Prompt Shield', 'Llama Guard 3 screens customer text', 'Rebuff', 'NeMo rails']) {
    it(`"${guard}" first on the path is the input guard, never the unchecked source`, async () => {
      const result = await review(
        `flowchart LR\n  g[${guard}] --> m[Claude Sonnet]\n  u([Customer app]) --> g\n  m --> o[Output check]\n  o --> u`,
      );
      assert.ok(covers(result, 'input-guardrails'), finding(result, 'input-guardrails')?.evidence);
    });
  }

  it('an ACL filter narrows retrieval; it is no guard', async () => {
    const result = await review(
      'flowchart LR\n  u([Employee]) --> q[Query service<br/>ACL filter per document]\n  q --> m[GPT-4o]\n  m --> u',
    );
    assert.ok(flagged(result, 'input-guardrails'));
    assert.ok(flagged(result, 'output-guardrails'));
  });
});

describe('critique semantics: vocabulary families tied to a place', () => {
  const rag = (extra: string) =>
    `flowchart LR\n  u([Customer]) --> g[Input guardrail]\n  g --> l[GPT-4o]\n  l --> r[Retriever]\n  r --> i[(Vector index)]\n  w[Webhook re-embed] --> i\n  l --> o[Output check]\n  o --> u\n${extra}`;
  for (const [extra, concern] of [
    ['  l --- c>token ceiling per conversation: 6k]', 'cost-control'],
    ['  rt{Intent router} -->|FAQ intents| s[Smaller model - Haiku]\n  g --> rt\n  s --> o', 'cost-control'],
    ['  l --> m[Grafana: $ per 1k docs]', 'cost-control'],
    ['  l --- c>alarm at $40 a day]', 'cost-control'],
    ['  g --> t[tokenise SSNs and card numbers]\n  t --> l', 'data-privacy'],
    ['  q[(300 Q&A pairs)] -->|run nightly| l', 'evaluation-offline'],
    ['  x[120 expert-written test questions] -->|release gate| l', 'evaluation-offline'],
    ['  o --> f[accept / dismiss rate per answer]', 'evaluation-online'],
    ['  u -->|👍/👎| f[(Ratings)]', 'evaluation-online'],
    ['  u -->|report a problem| f[(Reports)]', 'evaluation-online'],
    ['  l --> a[Application Insights]', 'observability'],
    ['  l --> h[Honeycomb]', 'observability'],
    ['  l --> k[Kibana]', 'observability'],
    ['  u -->|60/min per user| g', 'rate-limiting'],
    ['  w2[WAF rate rule] --> g\n  u --> w2', 'rate-limiting'],
    ['  l --- c>max 800 output tokens per reply]', 'cost-control'],
    ['  g --> d[de-identify patient names and DOB]\n  d --> l', 'data-privacy'],
    ['  i --- e>encrypted at rest]', 'data-privacy'],
    ['  gt[(Ground-truth set)] -.-> l', 'evaluation-offline'],
    ['  u --> m[copy rate and regenerate rate per answer]', 'evaluation-online'],
  ] as const) {
    it(`${JSON.stringify(extra.trim().split('\n')[0])} covers ${concern}`, async () => {
      const result = await review(rag(extra));
      assert.ok(covers(result, concern), finding(result, concern)?.evidence);
    });
  }

  it('a router sending some intents to a small tier and others to a bigger model routes by cost; one model behind it does not', async () => {
    const tiers = (targets: string) =>
      `flowchart LR\n  u([Visitor]) --> g[Input guardrail]\n  g --> c{Intent classifier}\n${targets}\n  o[Output filter] --> u`;
    const routed = await review(tiers('  c -->|FAQ| h[Claude Haiku]\n  c -->|account| s[Claude Sonnet]\n  h --> o\n  s --> o'));
    assert.ok(covers(routed, 'cost-control'), finding(routed, 'cost-control')?.evidence);
    const single = await review(tiers('  c --> h[Claude Haiku]\n  c -->|follow-up| h\n  h --> o'));
    assert.ok(flagged(single, 'cost-control'));
  });

  it('a smaller model behind a timeout is a fallback, not cost routing', async () => {
    const result = await review(rag('  l -.->|timeout 15s| s[Smaller model: extractive answer]\n  s --> o'));
    assert.ok(flagged(result, 'cost-control'));
    assert.ok(covers(result, 'fallback'));
  });

  it('a money threshold on a refund is an approval rule, not a cost control', async () => {
    const result = await review(rag('  l --> rf[Refund API, max $100 per day without approval]'));
    assert.ok(flagged(result, 'cost-control'));
  });

  it('a price with nothing capping or watching it, or a count of questions served live, is no control or eval', async () => {
    const result = await review(rag('  l --- p>about $0.01 per answer]\n  u -->|5 questions a day| g'));
    assert.ok(flagged(result, 'cost-control'));
    assert.ok(flagged(result, 'evaluation-offline'));
  });

  for (const check of ['keep only findings with confidence > 0.8', 'drop below 0.7 confidence', 'Quote matcher']) {
    it(`"${check}" between the model and the user is an output check`, async () => {
      const result = await review(`flowchart LR\n  u([Developer]) --> m[Claude reviewer]\n  m --> k[${check}]\n  k --> u`);
      assert.ok(covers(result, 'output-guardrails'), finding(result, 'output-guardrails')?.evidence);
    });
  }

  it('a decision on extracted fields between the model and the system of record is an output check; a policy gate is not', async () => {
    const pipeline = (decision: string) =>
      `flowchart LR\n  up[Invoice upload] --> q[(SQS queue)]\n  q --> x[Extraction LLM]\n  x --> v{${decision}}\n  v -->|ok| erp[ERP posting]\n  v -->|else| c[Clerk review]`;
    assert.ok(covers(await review(pipeline('Totals match line items? Vendor exists?')), 'output-guardrails'));
    assert.ok(flagged(await review(pipeline('Amount under 500?')), 'output-guardrails'));
  });
});

describe('critique semantics: a fallback is an edge out of a serving model', () => {
  const base = 'flowchart LR\n  u([User]) --> g[Input guardrail]\n  g --> l[GPT-4o]\n  l --> o[Output check]\n  o --> u\n';
  for (const source of ['j[LLM judge - Claude]', 'gr[Grader - GPT-4o mini]', 'gs[(Golden set)]', 'b[Benchmark suite]']) {
    it(`a dotted edge from ${source} into the model is no fallback`, async () => {
      const result = await review(`${base}  ${source} -.->|scores sampled answers| l`);
      assert.ok(flagged(result, 'fallback'));
    });
  }

  it('the model\'s caller answering from a cache on timeout is a fallback; a verifier\'s "fail" back to the model is not', async () => {
    const cached = await review(
      'flowchart LR\n  u([User]) --> api[Support API]\n  api --> l[GPT-4o]\n  l --> o[Output check]\n  o --> u\n  api -.->|model timeout| c[(Cached answer for top intents)]\n  c --> u',
    );
    assert.ok(covers(cached, 'fallback'), finding(cached, 'fallback')?.evidence);
    const retryLoop = await review(`${base}  o -->|fail| l`);
    assert.ok(flagged(retryLoop, 'fallback'));
  });

  it('"take down" is a verdict, not a provider being down', async () => {
    const result = await review(
      'flowchart LR\n  s[Seller submits listing] --> q[(Listing queue)]\n  q --> m[GPT-4o policy check]\n  m -->|take down| t[Takedown notice]',
    );
    assert.ok(flagged(result, 'fallback'));
  });
});

describe('critique semantics: delivered output ends its path', () => {
  it('output that reaches the user is not walked on through the client into the request path', async () => {
    const result = await review(
      'flowchart LR\n  e([Employee]) --> ui[Search portal]\n  ui --> q[Query service]\n  q --> r[Retriever runs as the signed-in user]\n  r --> l[GPT-4o]\n  l --> ui\n  ui --> mail[Send email digest]',
    );
    const output = finding(result, 'output-guardrails');
    assert.ok(output);
    assert.match(output.evidence, /reaches `ui` Search portal/);
    assert.ok(!/reaches `(r|mail|q)`/.test(output.evidence));
  });

  it('a retriever that runs as the user is no user', async () => {
    const result = await review(
      'flowchart LR\n  e([Employee]) --> ui[Search UI]\n  ui --> r[Retriever runs as the signed-in user]\n  r --> l[GPT-4o]\n  l --> v[Citation verifier]\n  v --> ui',
    );
    assert.ok(covers(result, 'output-guardrails'), finding(result, 'output-guardrails')?.evidence);
    assert.ok(covers(result, 'data-privacy'));
  });
});

describe('critique semantics: architecture-beta arrows have a direction', () => {
  it('reads `a:R --> L:b` as a to b and `a:T <-- B:b` as b to a', async () => {
    const model = await parseDiagram(
      'architecture-beta\n  service a(server)[A]\n  service b(server)[B]\n  service c(database)[C]\n  service d(server)[D]\n  a:R --> L:b\n  b:T <-- B:c\n  c:R -- L:d',
    );
    const edges = model.edges.map((edge) => `${edge.from}>${edge.to}${edge.bidirectional ? ' both' : ''}`);
    assert.deepEqual(edges, ['a>b', 'c>b', 'c>d both']);
    assert.equal(model.nodes.find((node) => node.id === 'c')?.shape, 'cylinder');
  });

  it('a response edge back to the API does not open a way around the input guard', async () => {
    const result = await review(
      'architecture-beta\n  service web(internet)[Customer web chat]\n  service api(server)[Chat API]\n  service guard(server)[Input guardrail]\n  service llm(cloud)[GPT-4o]\n  service out(server)[Output filter]\n  web:R --> L:api\n  api:R --> L:guard\n  guard:R --> L:llm\n  llm:B --> T:out\n  out:L --> R:api\n  api:L --> R:web',
    );
    assert.ok(covers(result, 'input-guardrails'), finding(result, 'input-guardrails')?.evidence);
    assert.ok(covers(result, 'output-guardrails'), finding(result, 'output-guardrails')?.evidence);
  });
});

describe('critique semantics: a queue carries work only where the work flows', () => {
  const docs = (extra: string) =>
    `flowchart LR\n  up[Upload API] -->|inline, synchronous| x[Extraction LLM]\n  x --> v[Schema validation]\n  v --> db[(Records DB)]\n  v -->|fails| c[Clerk review]\n${extra}`;
  for (const extra of [
    '  x -->|metrics only| q[SQS]\n  q --> cw[CloudWatch]',
    '  x -->|audit events| k[(Kafka topic)]\n  k --> wh[(Audit warehouse)]',
    '  ci[CI job: nightly eval] --> x',
    '  db --> b[Nightly batch job: export totals]',
  ]) {
    it(`${JSON.stringify(extra.trim().split('\n')[0])} is no async queue`, async () => {
      const result = await review(docs(extra));
      assert.ok(flagged(result, 'async-queue'), result.coveredBy.find((item) => item.concern === 'async-queue')?.evidence);
    });
  }

  it('"synchronous" is not read as a typo of "asynchronous"', async () => {
    const result = await review(docs(''));
    assert.ok(flagged(result, 'async-queue'));
  });

  it('a job queue that the uploads go through still is one', async () => {
    const result = await review(
      'flowchart LR\n  up[Upload API] --> q[[Job queue]]\n  q --> w[Worker]\n  w --> x[Extraction LLM]\n  x --> v[Schema validation]\n  v --> c[Clerk review]',
    );
    assert.ok(covers(result, 'async-queue'));
  });
});

describe('critique semantics: moderation recognised from what it does', () => {
  for (const source of [
    'flowchart LR\n  p[Member submits a post] --> l[Claude Haiku reads the post against the community rules]\n  l -->|allow| pub[Publish]\n  l -->|remove| rm[Send removal notice]',
    'flowchart LR\n  s[Seller submits listing] --> m[GPT-4o checks marketplace policy]\n  m -->|take down| t[Takedown email]\n  t --> a[Seller appeal form]',
    'flowchart TD\n  c[Comment posted] --> cls[Classifier]\n  cls --> v{Keep or hide}\n  v -->|hide| n[Notify commenter with the rule broken]',
  ]) {
    it(`reads ${JSON.stringify(source.split('\n')[1]!.trim())} as moderation: people and a queue are expected`, async () => {
      const result = await review(source);
      assert.ok(flagged(result, 'human-in-the-loop'));
      assert.ok(flagged(result, 'async-queue'));
      assert.ok(result.kinds.includes('pipeline'));
    });
  }

  it('uploads whose PII is removed under a retention policy are no moderation system', async () => {
    const model = await parseDiagram(
      'flowchart LR\n  up[Contract upload] --> x[Extraction LLM]\n  x --> p[remove PII and IBANs]\n  p --> db[(Store, 90-day retention policy)]',
    );
    assert.equal(new DiagramSemantics(model).moderationSystem, false);
  });

  it('a code review bot that posts comments is no moderation system', async () => {
    const model = await parseDiagram(
      'flowchart LR\n  pr[Pull request] --> q[[Review queue]]\n  q --> m[Claude reviewer]\n  m --> f[Comment filter: drop nits, remove duplicates]\n  f --> c[Post PR comments]',
    );
    assert.equal(new DiagramSemantics(model).moderationSystem, false);
  });
});

describe('critique: acceptance on every labelled set', () => {
  for (const set of labelledSets()) {
    it(`${set.name}: recall >= 0.95, false alarms <= 0.05, no duplicated finding (${set.diagrams.length} diagrams)`, async () => {
      const judged = [];
      for (const diagram of set.diagrams) {
        const result = critiqueDiagram(await parseDiagram(diagram.source));
        judged.push(
          judge(
            diagram,
            result.findings.map((f) => f.concern),
          ),
        );
      }
      const result = score(judged);
      console.log(`      ${set.name}: recall ${result.recall.toFixed(3)}, false alarms ${result.falseAlarmRate.toFixed(3)}`);
      assert.deepEqual(result.duplicates, []);
      assert.ok(result.recall >= 0.95, result.mistakes.join('\n'));
      assert.ok(result.falseAlarmRate <= 0.05, result.mistakes.join('\n'));
    });
  }
});
