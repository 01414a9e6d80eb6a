# The peers' side of the GPU comparison: PyTorch eager, torch.compile and jax.jit on bench/cuda.bench.ts's workloads, same GPU, JSON out.
"""
Workloads (float32 throughout; keys as in bench/cuda.bench.ts):
  copy         device-to-device copy of 16M float32 (torch: out.copy_(x)): the device's copy bandwidth,
               bytes read + written / time
  chain        y = tanh(x * 1.5 + 0.5) * exp(-x * x) on 16M float32, bytes moved 2 x 64 MiB: GB/s and
               the fraction of the copy bandwidth
  matmul       4096^2 float32: torch with allow_tf32 False (torch_eager) and True (torch_eager_tf32);
               jax with precision 'highest' (jax_jit) and default (jax_jit_default, TF32 on this GPU)
  mlp_b128, mlp_b1024
               SGD step (lr 0.1) of 784-512-512-10 ReLU MLP, softmax cross-entropy: forward, backward,
               update per step
  convnet_b64  SGD step of conv 1->16 3x3 pad 1, relu, maxpool 2, conv 16->32 3x3 pad 1, relu,
               maxpool 2, flatten, linear ->10, softmax cross-entropy, batch 64 of 28x28
Timing: after warm-up,
  ms_sync     median of single calls each ending in a host sync (steps: float(loss), i.e. loss.item()
              for torch; kernels: torch.cuda.synchronize / block_until_ready)
  ms_events   (torch) median of CUDA-event-timed single calls (GPU time, no host sync in it)
  ms_batched  median over repeats of (K calls back to back, one sync after the last) / K
  ms          ms_batched for copy, chain and matmul; ms_sync for the training steps (as cuda.bench.ts)
torch.compile (mode default): its first calls (compile) are timed separately as compile_s and kept
out of the step timings. Steps in float32 without TF32 for torch (matmul and cuDNN allow_tf32 False)
and jax (default_matmul_precision 'highest'); jax_jit_tf32 entries use jax's default precision.
Every part is in its own try/except: a failure is recorded as {"error": ...} and the rest goes on.
The JSON is rewritten after each workload, so a run cut short keeps what it measured.
Run: python3 bench/gpu/peers.py [--json out.json] [--quick] [--budget SECONDS]
"""

import argparse
import json
import os
import statistics
import sys
import time
import traceback

ap = argparse.ArgumentParser()
ap.add_argument("--json", default=None)
ap.add_argument("--quick", action="store_true")
ap.add_argument("--budget", type=float, default=120.0, help="seconds in all; torch.compile parts not started past it")
ap.add_argument("--only", choices=["torch", "jax", "compile"], default=None, help="(internal) one part, in this process")
args = ap.parse_args()
# JAX must not take 75% of the GPU's memory up front (torch and the others share the device).
os.environ.setdefault("XLA_PYTHON_CLIENT_PREALLOCATE", "false")

T0 = time.perf_counter()
QUICK = args.quick
N = (1 << 20) if QUICK else (1 << 24)
M = 1024 if QUICK else 4096
TIME_BUDGET = 0.3 if QUICK else 1.0  # seconds per timing loop
MAX_CALLS = 20 if QUICK else 300
LR = 0.1

out = {
    "system": "peers",
    "quick": QUICK,
    "timing": __doc__.split("Timing:")[1].split("Every part")[0].strip(),
    "info": {"python": sys.version.split()[0]},
    "workloads": {},
}


def log(*a):
    print(*a, flush=True)


def write_json():
    if args.json:
        tmp = args.json + ".tmp"
        with open(tmp, "w") as f:
            json.dump(out, f, indent=2)
        os.replace(tmp, args.json)


def entry(key, system):
    return out["workloads"].setdefault(key, {}).setdefault(system, {})


def elapsed():
    return time.perf_counter() - T0


def guarded(key, system, fn):
    """Runs fn() -> dict into workloads[key][system]; an exception is recorded, not raised."""
    e = entry(key, system)
    try:
        e.update(fn())
        fig = e.get("figure")
        log(
            f"{key} / {system}: ms {e.get('ms', float('nan')):.4f}"
            + "".join(f", {k} {e[k]:.4f}" for k in ("ms_sync", "ms_events", "ms_batched") if k in e)
            + (f", {fig:.4g} {e.get('unit', '')}" if fig is not None else "")
            + (f", compile {e['compile_s']:.1f} s" if "compile_s" in e else "")
            + (f", first loss {e['first_loss']:.6g}" if "first_loss" in e else "")
        )
    except Exception as ex:  # noqa: BLE001: one failure must not lose the rest
        e["error"] = f"{type(ex).__name__}: {ex}"
        log(f"{key} / {system}: FAILED: {e['error']}")
        traceback.print_exc(limit=3)
    write_json()


def median_loop(call, warm=5):
    """Median ms of single synced calls: call() must end in a host sync."""
    for _ in range(2 if QUICK else warm):
        call()
    times = []
    end = time.perf_counter() + TIME_BUDGET
    while len(times) < 5 or (len(times) < MAX_CALLS and time.perf_counter() < end):
        t = time.perf_counter()
        call()
        times.append((time.perf_counter() - t) * 1e3)
    return statistics.median(times), len(times)


def batched_loop(launch, sync, k):
    """Median over repeats of (k launches, one sync) / k, in ms."""
    launch()
    sync()
    reps = []
    end = time.perf_counter() + TIME_BUDGET
    while len(reps) < 3 or (len(reps) < (5 if QUICK else 30) and time.perf_counter() < end):
        t = time.perf_counter()
        for _ in range(k):
            launch()
        sync()
        reps.append((time.perf_counter() - t) * 1e3 / k)
    return statistics.median(reps)


def gbps(nbytes):
    return lambda ms: {"figure": nbytes / (ms / 1e3) / 1e9, "unit": "GB/s"}


def tflops(flops):
    return lambda ms: {"figure": flops / (ms / 1e3) / 1e12, "unit": "TFLOP/s"}


def steps_per_s(ms):
    return {"figure": 1e3 / ms, "unit": "steps/s"}


# ---------------------------------------------------------------------------------------------
# PyTorch
torch = F = dev = None


def load_torch():
    global torch, F, dev
    try:
        import torch as _torch
        import torch.nn.functional as _F

        assert _torch.cuda.is_available(), "torch.cuda.is_available() is False"
        torch, F, dev = _torch, _F, _torch.device("cuda")
        torch.backends.cuda.matmul.allow_tf32 = False
        torch.backends.cudnn.allow_tf32 = False
        torch.backends.cudnn.benchmark = True
        out["info"]["torch"] = torch.__version__
        out["info"]["device"] = torch.cuda.get_device_name(0)
        out["info"]["torch_settings"] = "matmul.allow_tf32=False, cudnn.allow_tf32=False, cudnn.benchmark=True"
        log(f"torch {torch.__version__} on {out['info']['device']} ({elapsed():.1f} s)")
    except Exception as ex:  # noqa: BLE001
        out["info"]["torch_error"] = f"{type(ex).__name__}: {ex}"
        log(f"torch unavailable: {out['info']['torch_error']}")
        torch = None


def t_sync():
    torch.cuda.synchronize()


def torch_kernel(fn, k, figure, with_events=True):
    """Times a kernel-ish torch call: batched (primary), synced single calls, and CUDA events."""
    ms_b = batched_loop(fn, t_sync, k)

    def one():
        fn()
        torch.cuda.synchronize()

    ms_s, calls = median_loop(one)
    r = {"ms": ms_b, "ms_batched": ms_b, "ms_sync": ms_s, "calls": calls}
    if with_events:
        ev = []
        for _ in range(max(5, min(calls, 50))):
            a, b = torch.cuda.Event(enable_timing=True), torch.cuda.Event(enable_timing=True)
            a.record()
            fn()
            b.record()
            b.synchronize()
            ev.append(a.elapsed_time(b))
        r["ms_events"] = statistics.median(ev)
    r.update(figure(ms_b))
    return r


def chain_fn(x):
    return torch.tanh(x * 1.5 + 0.5) * torch.exp(-x * x)


def torch_mlp(batch, seed):
    g = torch.Generator(device="cpu").manual_seed(seed)
    x = torch.rand(batch, 784, generator=g).to(dev)
    y = torch.randint(0, 10, (batch,), generator=g).to(dev)
    sizes = [(784, 512), (512, 512), (512, 10)]
    params = []
    for i, o in sizes:
        w = (torch.randn(i, o, generator=g) * (2.0 / i) ** 0.5).to(dev).requires_grad_()
        b = torch.zeros(o, device=dev, requires_grad=True)
        params += [w, b]

    def loss_fn(x, y, w1, b1, w2, b2, w3, b3):
        h1 = torch.relu(x @ w1 + b1)
        h2 = torch.relu(h1 @ w2 + b2)
        return F.cross_entropy(h2 @ w3 + b3, y)

    return x, y, params, loss_fn


def torch_convnet(batch, seed):
    g = torch.Generator(device="cpu").manual_seed(seed)
    x = torch.rand(batch, 1, 28, 28, generator=g).to(dev)
    y = torch.randint(0, 10, (batch,), generator=g).to(dev)

    def he(shape, fan_in):
        return (torch.randn(*shape, generator=g) * (2.0 / fan_in) ** 0.5).to(dev).requires_grad_()

    params = [
        he((16, 1, 3, 3), 9),
        torch.zeros(16, device=dev, requires_grad=True),
        he((32, 16, 3, 3), 144),
        torch.zeros(32, device=dev, requires_grad=True),
        he((32 * 7 * 7, 10), 32 * 7 * 7),
        torch.zeros(10, device=dev, requires_grad=True),
    ]

    def loss_fn(x, y, c1, cb1, c2, cb2, f, fb):
        h = F.max_pool2d(torch.relu(F.conv2d(x, c1, cb1, padding=1)), 2)
        h = F.max_pool2d(torch.relu(F.conv2d(h, c2, cb2, padding=1)), 2)
        return F.cross_entropy(h.flatten(1) @ f + fb, y)

    return x, y, params, loss_fn


def torch_step_entry(make, compiled):
    """A training step: loss (eager or torch.compile'd forward; its backward compiled by AOTAutograd),
    backward, SGD update (torch.optim.SGD, foreach). Ends each timed step with loss.item()."""
    x, y, params, loss_fn = make()
    opt = torch.optim.SGD(params, lr=LR, foreach=True)
    fwd = torch.compile(loss_fn) if compiled else loss_fn

    def launch():
        opt.zero_grad(set_to_none=True)
        loss = fwd(x, y, *params)
        loss.backward()
        opt.step()
        return loss

    r = {}
    if compiled:
        t = time.perf_counter()
        first = launch().item()
        launch().item()  # a second call: recompiles for changed guards land here, not in the timings
        r["compile_s"] = time.perf_counter() - t
    else:
        first = launch().item()
    r["first_loss"] = first
    ms_s, calls = median_loop(lambda: launch().item())
    last = [None]

    def lb():
        last[0] = launch()

    ms_b = batched_loop(lb, lambda: last[0].item(), 10)
    r.update({"ms": ms_s, "ms_sync": ms_s, "ms_batched": ms_b, "calls": calls})
    r.update(steps_per_s(ms_s))
    if compiled:
        r["note"] = "torch.compile(loss_fn), mode default; backward via AOTAutograd; optim.SGD foreach eager"
    return r


# ---------------------------------------------------------------------------------------------
# JAX
jax = jnp = None


def load_jax():
    global jax, jnp
    try:
        import jax as _jax
        import jax.numpy as _jnp

        devs = _jax.devices()
        # PEERS_ALLOW_CPU=1: only for trying this script on a machine without a GPU (figures meaningless).
        assert devs and (devs[0].platform == "gpu" or os.environ.get("PEERS_ALLOW_CPU") == "1"), f"jax devices: {devs}"
        jax, jnp = _jax, _jnp
        out["info"]["jax"] = jax.__version__
        out["info"]["jax_device"] = str(devs[0])
        log(f"jax {jax.__version__} on {devs[0]} ({elapsed():.1f} s)")
    except Exception as ex:  # noqa: BLE001
        out["info"]["jax_error"] = f"{type(ex).__name__}: {ex}"
        log(f"jax unavailable: {out['info']['jax_error']}")
        jax = None


class matmul_precision:
    """jax's default matmul precision for the block ('highest' or 'default'), restored after."""

    def __init__(self, precision):
        self.precision = None if precision == "default" else precision

    def __enter__(self):
        self.old = jax.config.jax_default_matmul_precision
        jax.config.update("jax_default_matmul_precision", self.precision)

    def __exit__(self, *exc):
        jax.config.update("jax_default_matmul_precision", self.old)
        return False


def jax_kernel(f, argv, k, figure):
    """Times a jitted jax call: compile (first call) separately, batched (primary), synced single calls."""
    t = time.perf_counter()
    jax.block_until_ready(f(*argv))
    compile_s = time.perf_counter() - t
    last = [None]

    def launch():
        last[0] = f(*argv)

    ms_b = batched_loop(launch, lambda: jax.block_until_ready(last[0]), k)
    ms_s, calls = median_loop(lambda: jax.block_until_ready(f(*argv)))
    r = {"ms": ms_b, "ms_batched": ms_b, "ms_sync": ms_s, "calls": calls, "compile_s": compile_s}
    r.update(figure(ms_b))
    return r


def jax_step_entry(batch, seed, kind, precision):
    """value_and_grad + SGD in one jax.jit, params donated; each timed step ends with float(loss)."""
    rng = jax.random.PRNGKey(seed)
    ks = jax.random.split(rng, 8)
    if kind == "mlp":
        x = jax.random.uniform(ks[0], (batch, 784), jnp.float32)
        sizes = [(784, 512), (512, 512), (512, 10)]
        params = []
        for j, (i, o) in enumerate(sizes):
            params += [jax.random.normal(ks[2 + j], (i, o), jnp.float32) * (2.0 / i) ** 0.5, jnp.zeros((o,), jnp.float32)]

        def logits_fn(p, x):
            w1, b1, w2, b2, w3, b3 = p
            h1 = jax.nn.relu(x @ w1 + b1)
            h2 = jax.nn.relu(h1 @ w2 + b2)
            return h2 @ w3 + b3

    else:
        x = jax.random.uniform(ks[0], (batch, 1, 28, 28), jnp.float32)
        params = [
            jax.random.normal(ks[2], (16, 1, 3, 3), jnp.float32) * (2.0 / 9) ** 0.5,
            jnp.zeros((16,), jnp.float32),
            jax.random.normal(ks[3], (32, 16, 3, 3), jnp.float32) * (2.0 / 144) ** 0.5,
            jnp.zeros((32,), jnp.float32),
            jax.random.normal(ks[4], (32 * 7 * 7, 10), jnp.float32) * (2.0 / (32 * 7 * 7)) ** 0.5,
            jnp.zeros((10,), jnp.float32),
        ]

        def conv(h, w, b):
            h = jax.lax.conv_general_dilated(h, w, (1, 1), ((1, 1), (1, 1)), dimension_numbers=("NCHW", "OIHW", "NCHW"))
            return h + b[None, :, None, None]

        def pool(h):
            return jax.lax.reduce_window(h, -jnp.inf, jax.lax.max, (1, 1, 2, 2), (1, 1, 2, 2), "VALID")

        def logits_fn(p, x):
            c1, cb1, c2, cb2, f, fb = p
            h = pool(jax.nn.relu(conv(x, c1, cb1)))
            h = pool(jax.nn.relu(conv(h, c2, cb2)))
            return h.reshape(h.shape[0], -1) @ f + fb

    y = jax.random.randint(ks[1], (batch,), 0, 10)

    def loss_fn(p, x, y):
        logp = jax.nn.log_softmax(logits_fn(p, x))
        return -jnp.mean(jnp.take_along_axis(logp, y[:, None], axis=1))

    def step(p, x, y):
        loss, g = jax.value_and_grad(loss_fn)(p, x, y)
        return [a - LR * b for a, b in zip(p, g)], loss

    with matmul_precision(precision):
        f = jax.jit(step, donate_argnums=(0,))
        state = [params]

        def launch():
            state[0], loss = f(state[0], x, y)
            return loss

        t = time.perf_counter()
        first = float(launch())
        compile_s = time.perf_counter() - t
        ms_s, calls = median_loop(lambda: float(launch()))
        last = [None]

        def lb():
            last[0] = launch()

        ms_b = batched_loop(lb, lambda: float(last[0]), 10)
    r = {"ms": ms_s, "ms_sync": ms_s, "ms_batched": ms_b, "calls": calls, "compile_s": compile_s, "first_loss": first}
    r.update(steps_per_s(ms_s))
    r["note"] = f"jax.jit(value_and_grad + SGD), params donated, default_matmul_precision {precision!r}"
    return r


# ---------------------------------------------------------------------------------------------
# The parts, each in its own process (a crash or hang in one keeps the others' figures): eager torch,
# then jax, then torch.compile last (its cold compiles are the slow part).
BYTES = 2 * N * 4
BATCHES = [128] if QUICK else [128, 1024]


def part_torch():
    load_torch()
    if torch is None:
        return
    xt = torch.randn(N, device=dev)
    yt = torch.empty_like(xt)
    guarded("copy", "torch_eager", lambda: {**torch_kernel(lambda: yt.copy_(xt), 20, gbps(BYTES)), "note": "out.copy_(x), device to device"})
    guarded("chain", "torch_eager", lambda: {**torch_kernel(lambda: chain_fn(xt), 20, gbps(BYTES)), "note": "unfused: one kernel per op"})
    at = torch.randn(M, M, device=dev)
    bt = torch.randn(M, M, device=dev)
    mm = 2 * M**3
    guarded("matmul", "torch_eager", lambda: {**torch_kernel(lambda: torch.matmul(at, bt), 10, tflops(mm)), "note": "allow_tf32 False (full float32)"})

    def tf32_mm():
        torch.backends.cuda.matmul.allow_tf32 = True
        try:
            return {**torch_kernel(lambda: torch.matmul(at, bt), 10, tflops(mm)), "note": "allow_tf32 True (TF32 tensor cores)"}
        finally:
            torch.backends.cuda.matmul.allow_tf32 = False

    guarded("matmul", "torch_eager_tf32", tf32_mm)
    for batch in BATCHES:
        guarded(f"mlp_b{batch}", "torch_eager", lambda b=batch: torch_step_entry(lambda: torch_mlp(b, 100 + b), False))
    guarded("convnet_b64", "torch_eager", lambda: torch_step_entry(lambda: torch_convnet(64, 164), False))


def part_jax():
    load_jax()
    if jax is None:
        return
    xj = jax.random.normal(jax.random.PRNGKey(0), (N,), jnp.float32)
    chain = jax.jit(lambda x: jnp.tanh(x * 1.5 + 0.5) * jnp.exp(-x * x))
    guarded("chain", "jax_jit", lambda: {**jax_kernel(chain, [xj], 20, gbps(BYTES)), "note": "jax.jit (XLA fusion)"})
    aj = jax.random.normal(jax.random.PRNGKey(1), (M, M), jnp.float32)
    bj = jax.random.normal(jax.random.PRNGKey(2), (M, M), jnp.float32)
    mm = 2 * M**3
    hi = jax.jit(lambda a, b: jnp.matmul(a, b, precision="highest"))
    guarded("matmul", "jax_jit", lambda: {**jax_kernel(hi, [aj, bj], 10, tflops(mm)), "note": "precision 'highest' (full float32)"})

    def default_mm():
        with matmul_precision("default"):
            f = jax.jit(lambda a, b: jnp.matmul(a, b))
            return {**jax_kernel(f, [aj, bj], 10, tflops(mm)), "note": "default precision (TF32 on this GPU)"}

    guarded("matmul", "jax_jit_default", default_mm)
    for batch in BATCHES:
        guarded(f"mlp_b{batch}", "jax_jit", lambda b=batch: jax_step_entry(b, 100 + b, "mlp", "highest"))
        guarded(f"mlp_b{batch}", "jax_jit_tf32", lambda b=batch: jax_step_entry(b, 100 + b, "mlp", "default"))
    guarded("convnet_b64", "jax_jit", lambda: jax_step_entry(64, 164, "convnet", "highest"))
    guarded("convnet_b64", "jax_jit_tf32", lambda: jax_step_entry(64, 164, "convnet", "default"))


def part_compile():
    load_torch()
    if torch is None:
        return
    xt = torch.randn(N, device=dev)

    def compiled_chain():
        f = torch.compile(chain_fn)
        t = time.perf_counter()
        f(xt)
        torch.cuda.synchronize()
        compile_s = time.perf_counter() - t
        return {**torch_kernel(lambda: f(xt), 20, gbps(BYTES)), "compile_s": compile_s, "note": "torch.compile, mode default"}

    jobs = [("chain", compiled_chain)]
    for batch in BATCHES:
        jobs.append((f"mlp_b{batch}", lambda b=batch: torch_step_entry(lambda: torch_mlp(b, 100 + b), True)))
    jobs.append(("convnet_b64", lambda: torch_step_entry(lambda: torch_convnet(64, 164), True)))
    for key, job in jobs:
        if elapsed() > args.budget:
            entry(key, "torch_compile")["error"] = f"skipped: past this part's {args.budget:.0f} s budget"
            log(f"{key} / torch_compile: {entry(key, 'torch_compile')['error']}")
            write_json()
            continue
        guarded(key, "torch_compile", job)


def orchestrate():
    """Runs the three parts as child processes, each with a time limit, and merges their JSON."""
    import subprocess
    import tempfile

    tmp = tempfile.mkdtemp(prefix="peers-")
    total = args.budget
    # part: (time limit in s from now, the child's own budget for starting jobs)
    plan = [("torch", lambda: 0.375 * total), ("jax", lambda: 0.375 * total), ("compile", None)]
    for name, limit in plan:
        left = total + 25 - elapsed()
        lim = left if limit is None else min(limit(), left)
        if lim < 10:
            out["info"][f"{name}_part"] = f"skipped: {elapsed():.0f} s of the {total:.0f} s budget spent"
            log(f"part {name}: {out['info'][f'{name}_part']}")
            continue
        path = os.path.join(tmp, f"{name}.json")
        cmd = [sys.executable, "-u", os.path.abspath(__file__), "--only", name, "--json", path]
        if QUICK:
            cmd.append("--quick")
        if name == "compile":
            cmd += ["--budget", str(max(5.0, total - elapsed()))]
        log(f"part {name}: up to {lim:.0f} s")
        t = time.perf_counter()
        try:
            rc = subprocess.run(cmd, timeout=lim).returncode
            status = f"exit {rc}" if rc else "ok"
        except subprocess.TimeoutExpired:
            status = f"killed after {lim:.0f} s"
        out["info"][f"{name}_part"] = f"{status} in {time.perf_counter() - t:.1f} s"
        log(f"part {name}: {out['info'][f'{name}_part']}")
        try:
            with open(path) as f:
                got = json.load(f)
            for k, v in got.get("info", {}).items():
                out["info"].setdefault(k, v)
            for key, systems in got.get("workloads", {}).items():
                out["workloads"].setdefault(key, {}).update(systems)
        except Exception as ex:  # noqa: BLE001
            log(f"part {name}: no results ({type(ex).__name__}: {ex})")
        write_json()

    # The chain's fraction of the measured copy bandwidth (torch's out.copy_(x)).
    copy_bw = out["workloads"].get("copy", {}).get("torch_eager", {}).get("figure")
    out["info"]["copy_gbps"] = copy_bw
    if copy_bw:
        for e in out["workloads"].get("chain", {}).values():
            if e.get("figure"):
                e["fraction_of_copy"] = e["figure"] / copy_bw
    out["info"]["total_s"] = elapsed()
    write_json()
    log(f"peers.py done in {elapsed():.1f} s" + (f"; wrote {args.json}" if args.json else ""))


if args.only:
    try:
        {"torch": part_torch, "jax": part_jax, "compile": part_compile}[args.only]()
    finally:
        out["info"][f"{args.only}_part_s"] = elapsed()
        write_json()
else:
    orchestrate()
