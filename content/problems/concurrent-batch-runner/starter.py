import asyncio


async def run_batch(items, worker, concurrency, timeout_ms, sleep):
    # worker(item) is a coroutine function; `await sleep(ms)` waits ms milliseconds of test time
    # (asyncio's own timers run on the same test clock, 1 ms = 0.001 s).
    # TODO: keep up to `concurrency` calls in flight, time each one out, report outcomes in input order.
    raise NotImplementedError
