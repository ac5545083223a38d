# Runs the user's run_batch on an event loop whose clock is virtual and records when each worker
# call starts, the most items in flight at once and when the batch returns (see driver.js).
# The loop never waits: when nothing is ready it jumps its clock to the next timer, so asyncio's
# own timers (sleep, wait_for, timeout) follow the test clock too, at 1 ms = 0.001 s.
import asyncio
import selectors


class _WorkerError(Exception):
    pass


class _InstantSelector(selectors.DefaultSelector):
    def __init__(self, loop):
        super().__init__()
        self._loop = loop

    def select(self, timeout=None):
        if timeout is None:
            raise RuntimeError("run_batch has not returned, yet nothing is pending: every item needs an outcome")
        self._loop.virtual_now += timeout
        return super().select(0)


class _VirtualClockLoop(asyncio.SelectorEventLoop):
    def __init__(self):
        self.virtual_now = 0.0
        super().__init__(_InstantSelector(self))

    def time(self):
        return self.virtual_now


async def _cancel_all():
    pending = asyncio.all_tasks() - {asyncio.current_task()}
    for task in pending:
        task.cancel()
    await asyncio.gather(*pending, return_exceptions=True)


def run(run_batch, args):
    items, options, schedule = args
    timeout_ms = options["timeoutMs"]
    loop = _VirtualClockLoop()
    now = lambda: round(loop.time() * 1000)
    starts, running, max_in_flight = [], [], [0]

    async def worker(item):
        job = schedule.get(item) if isinstance(item, str) else None
        if job is None:
            raise RuntimeError(f"worker called with {item!r}, which is not an item")
        starts.append([item, now()])
        # An item is in flight until its call settles or its deadline passes, whichever comes first.
        call = {"deadline": now() + timeout_ms, "settled": False}
        running.append(call)
        max_in_flight[0] = max(max_in_flight[0], sum(1 for c in running if not c["settled"] and c["deadline"] > now()))
        try:
            await asyncio.sleep(job["ms"] / 1000)
        finally:
            call["settled"] = True  # also when cancelled by a timeout
        if "error" in job:
            raise _WorkerError(job["error"])
        return job["value"]

    async def sleep(ms):
        await asyncio.sleep(ms / 1000)

    try:
        outcomes = loop.run_until_complete(run_batch(items, worker, options["concurrency"], timeout_ms, sleep))
        finished_at = now()
    finally:
        # Late calls and unused timers are still pending: cancel them so nothing leaks into the next case.
        loop.run_until_complete(_cancel_all())
        loop.close()
    return {"outcomes": outcomes, "starts": starts, "maxInFlight": max_in_flight[0], "finishedAt": finished_at}
