// Runs the user's runAgent against a scripted model and scripted tools, and records what it did.
// args: [messages, maxSteps, { tools: { name: behaviour }, replies: ModelReply[] }]
// Tool behaviours: "returns:<text>", "echo:<key>" (the argument as a string), "sum" (a + b), "throws:<message>".
// A reply whose content contains "{last}" gets the content of the last message the model was shown.
const settleLater = (value) => new Promise((resolve) => setImmediate(() => resolve(value)));

exports.run = async (runAgent, [messages, maxSteps, script]) => {
  const toolCalls = [];
  const modelSaw = [];
  // Model and tool calls resolve on a later turn of the event loop, so code that does not
  // wait for one before starting the next is caught in the act.
  let pending = 0;
  const track = async (what, work) => {
    if (pending > 0) throw new Error(`${what} started before the previous call finished: await each call`);
    pending++;
    try {
      return await settleLater(work());
    } finally {
      pending--;
    }
  };
  const behaviours = {
    returns: (text) => () => text,
    echo: (key) => (args) => String(args[key]),
    sum: () => (args) => String(args.a + args.b),
    throws: (message) => () => {
      throw new Error(message);
    },
  };
  const tools = {};
  for (const [name, behaviour] of Object.entries(script.tools)) {
    const [kind, ...rest] = behaviour.split(':');
    const act = behaviours[kind](rest.join(':'));
    tools[name] = (args) =>
      track(`tool ${name}`, () => {
        toolCalls.push([name, structuredClone(args)]);
        return act(args);
      });
  }
  let replies = 0;
  const model = (seen) =>
    track('model call', () => {
      modelSaw.push(seen.length);
      if (replies >= script.replies.length) throw new Error(`the model was called more than ${script.replies.length} times`);
      const reply = structuredClone(script.replies[replies++]);
      const last = seen.length ? seen[seen.length - 1].content : '';
      reply.content = reply.content.replace('{last}', last);
      return reply;
    });
  const result = await runAgent(model, tools, messages, maxSteps);
  return { result, toolCalls, modelSaw };
};
