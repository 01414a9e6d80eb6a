# Combines bench/cuda.bench.ts's JSON (tensorjit) and bench/gpu/peers.py's (PyTorch, JAX) into one markdown table of times and goal ratios, on stdout.
"""
Usage: python3 bench/gpu/report.py TJ_JSON PEERS_JSON
Goals (the CUDA tier's issue):
  chain   the fused elementwise chain at >= 0.80 of the device's copy bandwidth (torch's out.copy_(x))
  matmul  4096^2 float32 at >= 0.90 of torch's rate (compared with full-float32 torch, allow_tf32 False;
          the TF32 figures are shown beside it)
  mlp     the step faster than torch eager, and within 1.25x of jax.jit (float32, precision 'highest')
  convnet the step's ratios against the same peers (shown; no threshold)
A missing or failed entry shows as its error; nothing here raises on partial input.
"""

import json
import sys


def load(path):
    try:
        with open(path) as f:
            return json.load(f), None
    except Exception as ex:  # noqa: BLE001
        return {}, f"{path}: {type(ex).__name__}: {ex}"


tj, tj_err = load(sys.argv[1] if len(sys.argv) > 1 else "tj.json")
peers, peers_err = load(sys.argv[2] if len(sys.argv) > 2 else "peers.json")
W = {}
for src in (peers, tj):
    for key, systems in (src.get("workloads") or {}).items():
        W.setdefault(key, {}).update(systems)


def e(key, system):
    return (W.get(key) or {}).get(system) or {}


def ms(key, system):
    v = e(key, system).get("ms")
    return v if isinstance(v, (int, float)) and v > 0 else None


def fig(key, system):
    v = e(key, system).get("figure")
    return v if isinstance(v, (int, float)) and v > 0 else None


def cell(key, system):
    x = e(key, system)
    if not x:
        return "—"
    if x.get("error"):
        return "failed" if not x["error"].startswith("skipped") else "skipped"
    v = ms(key, system)
    if v is None:
        return "—"
    s = f"{v:.4g}" if v >= 0.01 else f"{v:.3g}"
    f = fig(key, system)
    if f is not None and x.get("unit") in ("GB/s", "TFLOP/s"):
        s += f" ({f:.4g} {x['unit']})"
    return s


def verdict(ok):
    return "n/a" if ok is None else ("met" if ok else "missed")


def ratio(a, b):
    return a / b if a is not None and b is not None else None


def fr(x, digits=2):
    return "n/a" if x is None else f"{x:.{digits}f}"


def frx(x):
    return "n/a" if x is None else f"{x:.2f}×"


rows = []
LABEL = {
    "copy": "copy 16M f32 (tensorjit: y = -x; torch: out.copy_(x))",
    "chain": "tanh(x·1.5+0.5)·exp(−x²) 16M f32",
    "matmul": "matmul 4096² f32",
    "mlp_b128": "MLP step 784-512-512-10, batch 128",
    "mlp_b1024": "MLP step 784-512-512-10, batch 1024",
    "convnet_b64": "convnet step, batch 64",
}
if tj.get("quick") or peers.get("quick"):
    LABEL = {k: v + " (--quick sizes)" for k, v in LABEL.items()}

copy_bw = fig("copy", "torch_eager")
goals = []

# chain: fraction of the copy bandwidth
tjc = fig("chain", "tensorjit")
frac = ratio(tjc, copy_bw)
peer_fracs = ", ".join(
    f"{s} {fr(ratio(fig('chain', s), copy_bw))}" for s in ("torch_eager", "torch_compile", "jax_jit") if fig("chain", s)
)
goals.append(
    (
        "chain: share of copy bandwidth",
        f"{fr(frac)} ({fr(tjc, 0)} of {fr(copy_bw, 0)} GB/s){'; peers: ' + peer_fracs if peer_fracs else ''}",
        "≥ 0.80",
        verdict(None if frac is None else frac >= 0.80),
    )
)
tjy = fig("copy", "tensorjit")
if tjy is not None:
    goals.append(("(for scale) y = −x: share of copy bandwidth", fr(ratio(tjy, copy_bw)), "—", "n/a"))

# matmul
r32 = ratio(ms("matmul", "torch_eager"), ms("matmul", "tensorjit"))
r_tf32 = ratio(ms("matmul", "torch_eager_tf32"), ms("matmul", "tensorjit"))
goals.append(
    (
        "matmul: tensorjit rate / torch (allow_tf32 False)",
        f"{fr(r32)} (vs torch TF32: {fr(r_tf32)}; jax 'highest': {fr(ratio(ms('matmul', 'jax_jit'), ms('matmul', 'tensorjit')))}, jax default/TF32: {fr(ratio(ms('matmul', 'jax_jit_default'), ms('matmul', 'tensorjit')))})",
        "≥ 0.90",
        verdict(None if r32 is None else r32 >= 0.90),
    )
)

# MLP steps
for key in ("mlp_b128", "mlp_b1024"):
    t = ms(key, "tensorjit")
    vs_torch = ratio(ms(key, "torch_eager"), t)
    vs_jax = ratio(t, ms(key, "jax_jit"))
    goals.append(
        (
            f"{key}: torch eager / tensorjit",
            f"{frx(vs_torch)} (torch.compile / tensorjit: {frx(ratio(ms(key, 'torch_compile'), t))})",
            "> 1 (faster)",
            verdict(None if vs_torch is None else vs_torch > 1),
        )
    )
    goals.append(
        (
            f"{key}: tensorjit / jax.jit ('highest')",
            f"{frx(vs_jax)} (vs jax default precision: {frx(ratio(t, ms(key, 'jax_jit_tf32')))})",
            "≤ 1.25",
            verdict(None if vs_jax is None else vs_jax <= 1.25),
        )
    )

# convnet
t = ms("convnet_b64", "tensorjit")
goals.append(
    (
        "convnet_b64: peer / tensorjit (above 1: tensorjit faster)",
        f"torch eager {frx(ratio(ms('convnet_b64', 'torch_eager'), t))}, torch.compile {frx(ratio(ms('convnet_b64', 'torch_compile'), t))}, jax.jit {frx(ratio(ms('convnet_b64', 'jax_jit'), t))}",
        "—",
        "n/a",
    )
)

info = peers.get("info") or {}
tinfo = tj.get("info") or {}
print(f"GPU: {info.get('device') or info.get('jax_device') or 'unknown'}; torch {info.get('torch', 'n/a')}, jax {info.get('jax', 'n/a')}; tensorjit on Node {tinfo.get('node', 'n/a')}")
for err in (tj_err, peers_err):
    if err:
        print(f"missing input: {err}")
if tj.get("skipped"):
    print(f"tensorjit skipped: {tj['skipped']}")
for k in ("torch_error", "jax_error"):
    if info.get(k):
        print(f"{k}: {info[k]}")
print(
    "\nms per call, median after warm-up. copy, chain, matmul: K calls back to back then one sync, / K; "
    "training steps: each step ending in a host read of the loss (.item() / float(loss)). "
    "Float32 throughout (torch with matmul and cuDNN TF32 off, jax with precision 'highest'), except the rows and ratios marked TF32.\n"
)
print("| workload | tensorjit ms | torch eager ms | torch.compile ms | jax.jit ms |")
print("| --- | --- | --- | --- | --- |")
for key in ("copy", "chain", "matmul", "mlp_b128", "mlp_b1024", "convnet_b64"):
    if key not in W:
        continue
    print(f"| {LABEL[key]} | {cell(key, 'tensorjit')} | {cell(key, 'torch_eager')} | {cell(key, 'torch_compile')} | {cell(key, 'jax_jit')} |")
if "matmul" in W:
    print(f"| matmul 4096² with TF32 (torch allow_tf32 True; jax default precision) | | {cell('matmul', 'torch_eager_tf32')} | | {cell('matmul', 'jax_jit_default')} |")
for key in ("mlp_b128", "mlp_b1024", "convnet_b64"):
    if e(key, "jax_jit_tf32"):
        print(f"| {LABEL[key]}, jax default precision (TF32) | | | | {cell(key, 'jax_jit_tf32')} |")

print("\n| goal | measured | target | |\n| --- | --- | --- | --- |")
for g in goals:
    print("| " + " | ".join(g) + " |")

# Compile times and the other timing (sync single calls vs batched), for the record.
print("\n| workload | system | compile | ms (sync single calls) | ms (batched) |\n| --- | --- | --- | --- | --- |")
for key in ("copy", "chain", "matmul", "mlp_b128", "mlp_b1024", "convnet_b64"):
    for system, x in sorted((W.get(key) or {}).items()):
        if x.get("error"):
            print(f"| {key} | {system} | {x['error'][:120]} | | |")
            continue
        comp = f"{x['compile_ms']:.0f} ms (cold first call)" if "compile_ms" in x else f"{x['compile_s']:.1f} s" if "compile_s" in x else "—"

        def f4(v):
            return f"{v:.4g}" if isinstance(v, (int, float)) else "—"

        print(f"| {key} | {system} | {comp} | {f4(x.get('ms_sync'))} | {f4(x.get('ms_batched'))} |")
