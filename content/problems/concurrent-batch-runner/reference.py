import asyncio


async def _run_one(item, worker, timeout_ms, sleep):
    call = asyncio.ensure_future(worker(item))
    timer = asyncio.ensure_future(sleep(timeout_ms))
    await asyncio.wait({call, timer}, return_when=asyncio.FIRST_COMPLETED)
    # The loser is cancelled: a late result is ignored, and a cancelled timer cannot fire.
    if call.done():
        timer.cancel()
        if call.exception() is not None:
            return {"status": "error", "error": str(call.exception())}
        return {"status": "ok", "value": call.result()}
    call.cancel()
    return {"status": "timeout"}


async def run_batch(items, worker, concurrency, timeout_ms, sleep):
    if concurrency < 1:
        raise ValueError("concurrency must be at least 1")
    if timeout_ms < 1:
        raise ValueError("timeout_ms must be at least 1")
    outcomes = [None] * len(items)
    next_index = 0

    async def lane():
        nonlocal next_index
        while next_index < len(items):
            index = next_index
            next_index += 1
            outcomes[index] = await _run_one(items[index], worker, timeout_ms, sleep)

    await asyncio.gather(*(lane() for _ in range(min(concurrency, len(items)))))
    return outcomes
