// Runs the user's routeRequest against scripted models and records the calls it made.
// args: [request, models, budgetMicros, script] with script[modelName] one of
//   "reply:<output tokens>:<text>" | "fail:<retryable|fatal>:<billed|free>:<message>".
// Every call resolves or rejects on a later turn of the event loop, so a call started before the
// previous one has settled is caught.
exports.run = async (routeRequest, [request, models, budgetMicros, script]) => {
  const calls = [];
  let pending = false;
  const callModel = (name) => {
    if (pending) return Promise.reject(new Error(`call to ${name} started before the previous call settled: await each call`));
    calls.push(name);
    const outcome = script[name];
    if (outcome === undefined) return Promise.reject(new Error(`no such model: ${name}`));
    pending = true;
    return new Promise((resolve, reject) =>
      setImmediate(() => {
        pending = false;
        const [kind, first, second, ...rest] = outcome.split(':');
        if (kind === 'reply') return resolve({ text: [second, ...rest].join(':'), output_tokens: Number(first) });
        const error = new Error(rest.join(':'));
        error.retryable = first === 'retryable';
        error.billed = second === 'billed';
        reject(error);
      }),
    );
  };
  const result = await routeRequest(request, models, budgetMicros, callModel);
  return { result, calls };
};
