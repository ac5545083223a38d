# Runs the user's run_agent against a scripted model and scripted tools, and records what it did.
# args: [messages, max_steps, {"tools": {name: behaviour}, "replies": [...]}]; behaviours as in driver.js.
import copy


def _behaviour(spec):
    kind, _, rest = spec.partition(":")

    def act(args):
        if kind == "returns":
            return rest
        if kind == "echo":
            return str(args[rest])
        if kind == "sum":
            return str(args["a"] + args["b"])
        raise RuntimeError(rest)

    return act


def run(run_agent, args):
    messages, max_steps, script = args
    tool_calls, model_saw = [], []

    def make_tool(name, act):
        def tool(arguments):
            tool_calls.append([name, copy.deepcopy(arguments)])
            return act(arguments)
        return tool

    tools = {name: make_tool(name, _behaviour(spec)) for name, spec in script["tools"].items()}
    replies = iter(copy.deepcopy(script["replies"]))

    def model(seen):
        model_saw.append(len(seen))
        reply = next(replies, None)
        if reply is None:
            raise RuntimeError(f"the model was called more than {len(script['replies'])} times")
        reply["content"] = reply["content"].replace("{last}", seen[-1]["content"] if seen else "")
        return reply

    result = run_agent(model, tools, messages, max_steps)
    return {"result": result, "toolCalls": tool_calls, "modelSaw": model_saw}
