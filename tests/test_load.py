"""Load: 20 parallel gradio_client users, 10 questions each, against the running chat app (loopback)."""

import json
import logging
import statistics
import time
from concurrent.futures import ThreadPoolExecutor, wait

import pytest

from tests.app_helpers import shared_app
from tests.conftest import DEV_SET

log = logging.getLogger(__name__)
CLIENTS = 20
QUESTIONS_EACH = 10


@pytest.mark.slow
def test_twenty_parallel_clients_get_answers_without_errors(record_property):
    from gradio_client import Client

    app = shared_app()
    questions = [json.loads(line)["question"] for line in DEV_SET.read_text().splitlines() if line.strip()]

    def user(n: int) -> list[float]:
        client = Client(app.url, verbose=False)
        took = []
        for i in range(QUESTIONS_EACH):
            question = questions[(n + i) % len(questions)]
            t = time.perf_counter()
            result = client.predict(question, None, 0, "", api_name="/ask")
            took.append(time.perf_counter() - t)
            assert isinstance(result, dict) and result["text"], result
            for c in result["citations"]:
                assert app.assistant.document(c["source"]).text[c["start"] : c["end"]] == c["quote"]
        return took

    started = time.perf_counter()
    with ThreadPoolExecutor(CLIENTS) as pool:
        futures = [pool.submit(user, n) for n in range(CLIENTS)]
        done, pending = wait(futures, timeout=600)
    assert not pending, "load test did not finish in 10 minutes"
    latencies = sorted(t for f in done for t in f.result())  # re-raises any client error
    assert len(latencies) == CLIENTS * QUESTIONS_EACH
    p50 = statistics.median(latencies)
    p95 = latencies[int(0.95 * len(latencies)) - 1]
    wall = time.perf_counter() - started
    record_property("load", {"requests": len(latencies), "errors": 0, "p50_s": p50, "p95_s": p95, "wall_s": wall})
    log.warning("load test: %d requests, 0 errors, p50 %.3fs, p95 %.3fs, wall %.1fs", len(latencies), p50, p95, wall)
