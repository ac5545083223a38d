// The seeded generator the statement specifies.
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function validate(logits: number[], temperature: number, topK: number, topP: number, seed: number, draws: number): void {
  if (logits.length === 0) throw new Error('logits must not be empty');
  if (!(temperature > 0)) throw new Error(`temperature must be greater than 0 (got ${temperature})`);
  if (!Number.isInteger(topK) || topK < 0) throw new Error(`topK must be an integer >= 0 (got ${topK})`);
  if (!(topP > 0 && topP <= 1)) throw new Error(`topP must be in (0, 1] (got ${topP})`);
  if (!Number.isInteger(draws) || draws < 0) throw new Error(`draws must be an integer >= 0 (got ${draws})`);
  if (!Number.isInteger(seed) || seed < 0 || seed >= 2 ** 32) throw new Error(`seed must be an integer in [0, 2^32) (got ${seed})`);
}

export function sampleTokens(logits: number[], temperature: number, topK: number, topP: number, seed: number, draws: number): number[] {
  validate(logits, temperature, topK, topP, seed, draws);
  const order = logits.map((_, id) => id).sort((a, b) => logits[b]! - logits[a]! || a - b);
  const top = logits[order[0]!]! / temperature;
  // Unnormalised probabilities: every renormalisation below divides the common factor out.
  const weight = logits.map((logit) => Math.exp(logit / temperature - top));

  let kept = topK > 0 ? order.slice(0, topK) : order;
  if (topP < 1) {
    const keptTotal = kept.reduce((sum, id) => sum + weight[id]!, 0);
    let cumulative = 0;
    let size = 0;
    while (size < kept.length) {
      cumulative += weight[kept[size]!]! / keptTotal;
      size++;
      if (cumulative >= topP) break;
    }
    kept = kept.slice(0, size);
  }

  const total = kept.reduce((sum, id) => sum + weight[id]!, 0);
  const rng = mulberry32(seed);
  const chosen: number[] = [];
  for (let draw = 0; draw < draws; draw++) {
    const u = rng();
    let cumulative = 0;
    let pick = kept[kept.length - 1]!;
    for (const id of kept) {
      cumulative += weight[id]! / total;
      if (u < cumulative) {
        pick = id;
        break;
      }
    }
    chosen.push(pick);
  }
  return chosen;
}
