"""numpy as the native reference of bench/native.bench.ts: times itself and prints one JSON line.

Usage: python3 bench/numpy_ref.py SECONDS NAME [NAME ...]
Names: tanh-exp (np.tanh(np.exp(x)), 1M float32, unfused), chain (x = a*b + 1;
np.tanh(x) * np.exp(-x*x), 1M float32, unfused), matmul1024 and matmul256 (a @ b, float32).
Each benchmark: a few warm-up calls, then rounds of calls timed with time.perf_counter until
SECONDS have passed (at least 5 rounds); prints {"numpy": version, "blas": ..., "results":
{name: {"mean_ms", "median_ms", "min_ms", "calls"}}}, the times per call over the rounds.
"""

import json
import statistics
import sys
import time

import numpy as np

N = 1 << 20


def make(name):
    rng = np.random.default_rng(0)
    if name == "tanh-exp":
        x = rng.random(N, dtype=np.float32)
        return lambda: np.tanh(np.exp(x))
    if name == "chain":
        a = rng.random(N, dtype=np.float32)
        b = rng.random(N, dtype=np.float32)

        def chain():
            x = a * b + 1
            return np.tanh(x) * np.exp(-x * x)

        return chain
    if name.startswith("matmul"):
        n = int(name[len("matmul") :])
        p = rng.random((n, n), dtype=np.float32)
        q = rng.random((n, n), dtype=np.float32)
        return lambda: p @ q
    raise SystemExit(f"numpy_ref.py: unknown benchmark {name!r}")


def measure(fn, seconds):
    for _ in range(3):
        fn()
    # Calls per round: enough for a round of ~seconds/20.
    t = time.perf_counter()
    fn()
    one = max(time.perf_counter() - t, 1e-7)
    per_round = max(1, int(seconds / 20 / one))
    rounds = []
    start = time.perf_counter()
    while len(rounds) < 5 or time.perf_counter() - start < seconds:
        t = time.perf_counter()
        for _ in range(per_round):
            fn()
        rounds.append((time.perf_counter() - t) / per_round)
    return {
        "mean_ms": statistics.fmean(rounds) * 1e3,
        "median_ms": statistics.median(rounds) * 1e3,
        "min_ms": min(rounds) * 1e3,
        "calls": per_round * len(rounds),
    }


def blas_name():
    try:
        cfg = np.show_config(mode="dicts")
        b = cfg["Build Dependencies"]["blas"]
        return f"{b.get('name', '?')} {b.get('version', '')}".strip()
    except Exception:  # older numpy: no dict mode
        return "unknown"


def main():
    seconds = float(sys.argv[1])
    names = sys.argv[2:]
    results = {name: measure(make(name), seconds) for name in names}
    print(json.dumps({"numpy": np.__version__, "blas": blas_name(), "results": results}))


if __name__ == "__main__":
    main()
