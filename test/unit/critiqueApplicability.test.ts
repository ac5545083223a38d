// What makes a concern apply (the page's own admissions, the structure of the system), which node is a
// check rather than the thing it checks, where an output check must sit, what keeps an index fresh, and
// limits, metrics and access rules in the shapes people write them.
import { strict as assert } from 'node:assert';
import type { ConcernId } from '../../src/core/critique/concerns';
import { parseDiagram } from '../../src/core/critique/diagram';
import { critiqueDiagram, type Critique } from '../../src/core/critique/offlineCritic';

const review = async (source: string) => critiqueDiagram(await parseDiagram(source));
const finding = (result: Critique, concern: ConcernId) => result.findings.find((f) => f.concern === concern);
const flagged = (result: Critique, concern: ConcernId) => finding(result, concern) !== undefined;
const covers = (result: Critique, concern: ConcernId) => result.covered.includes(concern) && !flagged(result, concern);
const coverage = (result: Critique, concern: ConcernId) => result.coveredBy.find((c) => c.concern === concern)?.evidence ?? '';

describe('critique applicability: what the page admits is not done', () => {
  /** A pipeline with no user: caching, rate limiting and input checks are not expected of its kind. */
  const pipeline = (extra: string) =>
    `flowchart LR\n  w[Webhook] --> q[[Job queue]]\n  q --> x[Extractor - GPT-4o-mini]\n  x --> v[Schema validator]\n  v --> db[(Records DB)]\n${extra}`;

  it('leaves concerns its kind does not raise out when nothing mentions them', async () => {
    const result = await review(pipeline(''));
    for (const concern of ['caching', 'rate-limiting', 'input-guardrails'] as const) assert.ok(!result.relevant.includes(concern), concern);
  });

  for (const [note, concern] of [
    ['Result cache: later', 'caching'],
    ['no rate limit yet', 'rate-limiting'],
    ['TODO: prompt injection scan', 'input-guardrails'],
    ['max steps TBD', 'agent-loop-limits'],
    ['HA: not yet', 'single-point-of-failure'],
  ] as const) {
    it(`"${note}" makes ${concern} relevant and missing, and the finding says the page notes it as not done`, async () => {
      const result = await review(pipeline(`  x -.- n[${note}]`));
      assert.ok(result.relevant.includes(concern));
      assert.ok(!result.covered.includes(concern));
      assert.ok(flagged(result, concern));
      assert.match(finding(result, concern)!.evidence, /not done|single instance/);
    });
  }

  it('an admitted concern that something else on the page covers stays covered', async () => {
    const result = await review(pipeline('  x -.- n[semantic cache: later]\n  v --> c[(Response cache)]'));
    assert.ok(covers(result, 'caching'));
  });
});

describe('critique applicability: the kind of system from its structure', () => {
  it('a model that calls several tools, one of which acts, is an agent whatever it is called', async () => {
    const result = await review(
      'flowchart LR\n  u([Traveler]) --> app[App]\n  app --> bot[Trip asisstant - GPT-4o]\n  bot --> fs[Flight search]\n  bot --> hs[Hotel API]\n  bot --> bk[Book flight]\n  bot --> app',
    );
    assert.ok(result.kinds.includes('agent'));
    assert.ok(flagged(result, 'agent-loop-limits'));
    assert.ok(flagged(result, 'human-in-the-loop'));
  });

  it('a model that only reads through tools, or feeds one sink, is no agent', async () => {
    const reader = await review('flowchart LR\n  u([User]) --> m[Claude]\n  m --> s[Search API]\n  m --> l[Order lookup]\n  m --> u');
    assert.ok(!reader.kinds.includes('agent'));
    const writer = await review('flowchart LR\n  q[[Queue]] --> m[Claude extractor]\n  m --> erp[ERP posting]');
    assert.ok(!writer.kinds.includes('agent'));
  });

  it('a hub several services call that fronts one provider is a gateway; one called by people is not', async () => {
    const hub = await review(
      'flowchart LR\n  a[Billing svc] --> gw\n  b[Search svc] --> gw\n  c[Notes svc] --> gw\n  gw[internal endpoint] --> p[Azure OpenAI]',
    );
    assert.ok(hub.kinds.includes('gateway'));
    assert.ok(!hub.relevant.includes('input-guardrails'));
    const app = await review('flowchart LR\n  u([User]) --> r[Router]\n  w([Web visitor]) --> r\n  r --> p[OpenAI]\n  p --> u');
    assert.ok(!app.kinds.includes('gateway'));
  });

  for (const label of ['Qdrant - one replica', 'Postgres: no redundancy', 'Redis - single box']) {
    it(`"${label}" is a single point of failure in a RAG bot too`, async () => {
      const result = await review(
        `flowchart LR\n  u([User]) --> api[API]\n  api --> s[(${label})]\n  api --> l[GPT-4o]\n  l --> api\n  api --> u`,
      );
      assert.equal(finding(result, 'single-point-of-failure')?.id, 'single-point-of-failure/single-instance');
    });
  }
});

describe('critique applicability: a check never stands for what it checks', () => {
  it('an access filter that names the user is no source of unchecked input', async () => {
    const result = await review(
      "flowchart LR\n  e([Employee]) --> g[Query guard]\n  g --> r[Retriever]\n  r --> af[Access filter: docs the user's groups can open]\n  af --> l[GPT-4o]\n  l --> e",
    );
    assert.ok(covers(result, 'input-guardrails'));
    assert.ok(covers(result, 'data-privacy'));
  });

  it('a sanitiser and an output filter named after the user are checks, not the user', async () => {
    const result = await review(
      'flowchart LR\n  v([Visitor]) --> w[Widget]\n  w --> s[User message sanitiser]\n  s --> m[Mistral Large]\n  m --> o[User-facing output filter]\n  o --> w',
    );
    assert.ok(covers(result, 'input-guardrails'));
    assert.ok(covers(result, 'output-guardrails'));
  });

  it('a validator named after the action it guards is no destination of unchecked output', async () => {
    const result = await review(
      'flowchart LR\n  q[[Invoices]] --> x[Extractor - Gemini]\n  x --> v[ERP write validator]\n  v --> erp[SAP ERP posting]',
    );
    assert.ok(covers(result, 'output-guardrails'));
    assert.match(coverage(result, 'output-guardrails'), /`x` -> `v` -> `erp`/);
  });
});

describe('critique applicability: an output check sits between the model and where its output goes', () => {
  it('a permission filter that feeds the model is no output check', async () => {
    const result = await review(
      'flowchart LR\n  l([Lawyer]) --> r[Retriever]\n  r --> pf[Permission filter on chunks]\n  pf --> m[Claude]\n  m --> l',
    );
    assert.ok(flagged(result, 'output-guardrails'));
    assert.ok(covers(result, 'data-privacy'));
  });

  it('a check whose verdict is only logged, beside output that goes out anyway, covers nothing', async () => {
    const result = await review(
      'flowchart LR\n  q[[Tickets]] --> m[Claude triage]\n  m --> crm[Salesforce case update]\n  m --> pc[Policy checker]\n  pc --> r[Result: logged only]',
    );
    assert.equal(finding(result, 'output-guardrails')?.id, 'output-guardrails/misplaced');
  });

  it('a check on what the user already accepted covers nothing', async () => {
    const result = await review(
      'flowchart LR\n  w([User]) --> m[Claude]\n  m --> w\n  w -->|accepted| h[(History)]\n  h --> c[Hallucination checker]\n  c --> d[Dashboard]',
    );
    assert.ok(flagged(result, 'output-guardrails'));
  });

  it('names only the model, the check and the destination on the checked path', async () => {
    const result = await review(
      'flowchart LR\n  u([User]) --> rw[Query rewriter - GPT-4o-mini]\n  rw --> ix[(Notes index)]\n  ix --> gen[Answer model - Claude]\n  gen --> cv[Citation verifier]\n  cv --> u',
    );
    const evidence = coverage(result, 'output-guardrails');
    assert.match(evidence, /`cv` Citation verifier on the path `gen` -> `cv` -> `u`/);
    assert.doesNotMatch(evidence, /rw/);
  });
});

describe('critique applicability: freshness needs an update that recurs', () => {
  const rag = (feed: string) =>
    `flowchart LR\n${feed}\n  u([User]) --> api[API]\n  api --> v[(Vector DB)]\n  api --> m[GPT-4o]\n  m --> api\n  api --> u`;

  for (const feed of [
    '  c[Initial crawl - one time] --> v[(Vector DB)]',
    '  b[Backfill: re-embed every PDF once] --> v[(Vector DB)]',
    '  subgraph boot [Bootstrap]\n    s[Sync from SharePoint]\n  end\n  s --> v[(Vector DB)]',
  ])
    it(`a load that runs once is no freshness: ${feed.trim().split('\n')[0]}`, async () => {
      assert.equal(finding(await review(rag(feed)), 'index-freshness')?.id, 'index-freshness/no-update-path');
    });

  for (const feed of [
    '  s[(Wiki)] -->|change feed| e[Embedder] --> v[(Vector DB)]\n  b[Backfill once] --> e',
    '  s[(PIM)] -->|incremental sync every 15 min| e[Embed job] --> v[(Vector DB)]\n  s -.->|initial bulk load| e',
  ])
    it(`a recurring update keeps the index fresh beside a one-off load: ${feed.trim().split('\n')[0]}`, async () => {
      assert.ok(covers(await review(rag(feed)), 'index-freshness'));
    });
});

describe('critique applicability: limits, retrieval metrics and access rules as people write them', () => {
  const chat = (extra: string) =>
    `flowchart LR\n  u([Member]) --> api[API]\n  api --> g[Input guard]\n  g --> m[GPT-4o]\n  m --> o[Output check]\n  o --> u\n${extra}`;

  for (const limit of ['"≤ 30 posts/min per user"', '"5 req/s/tenant"', '"max 2k tok/min"']) {
    it(`${limit} on an edge is a rate limit`, async () => {
      assert.ok(covers(await review(chat(`  u -->|${limit}| api`)), 'rate-limiting'));
    });
  }

  for (const other of ['"batch of 500 docs/hour"', '"p95 under 800 ms"', '"cache TTL 10 min"']) {
    it(`${other} is no rate limit`, async () => {
      assert.ok(flagged(await review(chat(`  u -->|${other}| api`)), 'rate-limiting'));
    });
  }

  it('nDCG and MRR on judged queries is offline evaluation; the same on live traffic is not', async () => {
    assert.ok(covers(await review(chat('  ev["nDCG@10 and MRR on 400 judged queries, nightly"] -.-> m')), 'evaluation-offline'));
    assert.ok(flagged(await review(chat('  ev["recall@5 on live traffic"] -.-> m')), 'evaluation-offline'));
  });

  for (const rule of [
    'only docs where the user is on the matter team',
    'drop docs the user cannot open',
    'keep results the caller may see',
  ]) {
    it(`"${rule}" is document-level access control`, async () => {
      assert.ok(covers(await review(chat(`  api -->|${rule}| g`)), 'data-privacy'));
    });
  }

  for (const other of ['filter docs by the user question', 'retriever does not filter docs by user access']) {
    it(`"${other}" is no access control`, async () => {
      assert.ok(flagged(await review(chat(`  api -->|${other}| g`)), 'data-privacy'));
    });
  }
});
