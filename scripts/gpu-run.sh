#!/usr/bin/env bash
# Runs on the GPU machine from the repository root (after scripts/gpu-bundle.sh here): unpacks .gpu/, finds NVRTC and cuBLAS, runs the GPU tests, tensorjit's and the peers' benchmarks, and the report, each under its own timeout, logs in $OUT.
# Usage: bash scripts/gpu-run.sh   (OUT defaults to /tmp/gpu-out; GPU_T_TEST, GPU_T_BENCH, GPU_T_PEERS
# override the parts' limits in seconds; GPU_QUICK=1 runs the benchmarks with --quick;
# GPU_BENCH_NO_GRAPHS=1 adds tensorjit's bench without CUDA graphs; GPU_PEERS_ONLY=torch runs one part of the peers).
# A part that fails or times out is reported and the next one runs; the exit status is the number
# of parts that did not succeed. Files left in $OUT (7, or 8 with a peers.json.tmp of a killed run):
# setup.log, test.log, bench.log, tj.json, peers.log, peers.json, report.md.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.." || exit 99
OUT=${OUT:-/tmp/gpu-out}
mkdir -p "$OUT"
T_TEST=${GPU_T_TEST:-180}
T_BENCH=${GPU_T_BENCH:-90}
T_PEERS=${GPU_T_PEERS:-160}
quick=()
[ "${GPU_QUICK:-0}" = 1 ] && quick=(--quick)
start=$SECONDS
declare -a summary=()
note() { summary+=("$1"); }

setup() {
  echo "== setup ($(date -u +%FT%TZ), $(uname -m), $(nproc) CPUs)"
  # 1. node, node_modules (xz where it is installed, else python3's lzma and tarfile).
  mkdir -p /tmp/node/bin
  if command -v xz >/dev/null; then
    xz -dc .gpu/node.xz >/tmp/node/bin/node || return 1
    xz -dc .gpu/node_modules.tar.xz | tar -xf - || return 1
  else
    python3 - <<'PY' || return 1
import lzma, shutil, tarfile
with lzma.open(".gpu/node.xz") as src, open("/tmp/node/bin/node", "wb") as dst:
    shutil.copyfileobj(src, dst)
with tarfile.open(".gpu/node_modules.tar.xz", "r:xz") as t:
    t.extractall(".")
PY
  fi
  chmod +x /tmp/node/bin/node
  export PATH=/tmp/node/bin:$PATH
  echo "node $(node --version) at $(command -v node); bundled for $(cat .gpu/node.version 2>/dev/null)"
  ls node_modules | tr '\n' ' '
  echo

  # 2. NVRTC and cuBLAS: NVIDIA's wheels (site-packages/nvidia/*/lib: cu13/lib for CUDA 13,
  #    cuda_nvrtc/lib and cublas/lib before), then the toolkit, then the system.
  local roots=()
  mapfile -t roots < <(python3 -c '
import importlib.util, site, sys
seen = []
try:
    import nvidia
    seen += list(nvidia.__path__)
except Exception:
    pass
for d in site.getsitepackages() + [site.getusersitepackages()]:
    seen.append(d + "/nvidia")
print("\n".join(dict.fromkeys(seen)))
' 2>/dev/null)
  local dirs=()
  for r in "${roots[@]}"; do
    for d in "$r"/*/lib; do [ -d "$d" ] && dirs+=("$d"); done
  done
  for d in /usr/local/cuda/lib64 /usr/local/cuda/targets/x86_64-linux/lib /usr/local/cuda-*/lib64 /usr/lib/x86_64-linux-gnu; do
    [ -d "$d" ] && dirs+=("$d")
  done
  echo "library folders searched: ${dirs[*]}"
  # The first folder (in that order) that has one; there the highest libX.so.<major> (what the
  # wheels and the toolkit name the library), else any libX.so*.
  pick() { # pick NAME -> a path, or nothing
    local d f
    for d in "${dirs[@]}"; do
      f=$(ls "$d/$1".so* 2>/dev/null | grep -E "/$1\.so\.[0-9]+$" | sort -V | tail -1)
      [ -z "$f" ] && f=$(ls "$d/$1".so* 2>/dev/null | sort -V | tail -1)
      [ -n "$f" ] && echo "$f" && return 0
    done
    find /usr /opt /root /home /workspace -maxdepth 9 -name "$1.so*" 2>/dev/null | sort -V | tail -1
  }
  local nvrtc cublas
  nvrtc=$(pick libnvrtc)
  cublas=$(pick libcublas)
  local ld=""
  if [ -n "$nvrtc" ]; then
    export TENSORJIT_NVRTC=$nvrtc
    ld=$(dirname "$nvrtc")
    ls "$(dirname "$nvrtc")"/libnvrtc-builtins.so* >/dev/null 2>&1 ||
      echo "WARNING: no libnvrtc-builtins.so* beside $nvrtc"
  else
    echo "WARNING: no libnvrtc.so* found"
  fi
  if [ -n "$cublas" ]; then
    export TENSORJIT_CUBLAS=$cublas
    [ "$(dirname "$cublas")" = "$ld" ] || ld="$ld${ld:+:}$(dirname "$cublas")"
  else
    echo "WARNING: no libcublas.so* found"
  fi
  export LD_LIBRARY_PATH="$ld${LD_LIBRARY_PATH:+:$LD_LIBRARY_PATH}"
  [ -x /usr/local/cuda/bin/nvcc ] && export PATH=$PATH:/usr/local/cuda/bin
  echo "TENSORJIT_NVRTC=${TENSORJIT_NVRTC:-}"
  echo "TENSORJIT_CUBLAS=${TENSORJIT_CUBLAS:-}"
  echo "LD_LIBRARY_PATH=$LD_LIBRARY_PATH"
  echo "nvcc: $(command -v nvcc || echo none)"
  nvidia-smi -L
  nvidia-smi --query-gpu=name,driver_version,memory.total,clocks.max.sm --format=csv,noheader || true
  return 0
}

# part NAME LIMIT COMMAND...: runs under `timeout`, output to the terminal and $OUT/NAME.log.
part() {
  local name=$1 limit=$2
  shift 2
  echo
  echo "== $name (limit ${limit} s, at $((SECONDS - start)) s): $*"
  local t=$SECONDS
  timeout -k 10 "$limit" "$@" 2>&1 | tee "$OUT/$name.log"
  local rc=${PIPESTATUS[0]}
  local how="ok"
  if [ "$rc" = 124 ] || [ "$rc" = 137 ]; then how="TIMED OUT (rc $rc)"; elif [ "$rc" != 0 ]; then how="FAILED (rc $rc)"; fi
  note "$name: $how in $((SECONDS - t)) s"
  [ "$rc" = 0 ]
}

fails=0
# setup in this shell (its exports stay), its output to the terminal and setup.log.
if ! setup > >(tee "$OUT/setup.log") 2>&1; then
  note "setup: FAILED (see setup.log)"
  fails=$((fails + 1))
fi
sleep 0.2 # let tee catch up
export PYTHONUNBUFFERED=1

part test "$T_TEST" env TENSORJIT_GPU=1 node test/run.mjs '^cuda-(table|workloads|kernels)\.test' || fails=$((fails + 1))
part bench "$T_BENCH" env TENSORJIT_CACHE_DIR="$(mktemp -d /tmp/tj-cache-XXXX)" node --import tsx bench/cuda.bench.ts "${quick[@]}" --json "$OUT/tj.json" || fails=$((fails + 1))
# GPU_BENCH_NO_GRAPHS=1: tensorjit's bench again with each kernel launched alone (CUDA graphs off), for comparison.
if [ "${GPU_BENCH_NO_GRAPHS:-0}" = 1 ]; then
  part bench-no-graphs "$T_BENCH" env TENSORJIT_CUDA_GRAPHS=0 node --import tsx bench/cuda.bench.ts "${quick[@]}" --json "$OUT/tj-no-graphs.json" ||
    fails=$((fails + 1))
fi
# GPU_PEERS_ONLY=torch|jax|compile: one part of the peers (a short run).
only=()
[ -n "${GPU_PEERS_ONLY:-}" ] && only=(--only "$GPU_PEERS_ONLY")
part peers "$T_PEERS" python3 bench/gpu/peers.py "${quick[@]}" "${only[@]}" --budget $((T_PEERS - 45)) --json "$OUT/peers.json" ||
  fails=$((fails + 1))
echo
echo "== report"
if timeout 30 python3 bench/gpu/report.py "$OUT/tj.json" "$OUT/peers.json" >"$OUT/report.md" 2>&1; then
  note "report: ok"
else
  note "report: FAILED"
  fails=$((fails + 1))
fi
cat "$OUT/report.md"
echo
echo "== summary ($((SECONDS - start)) s in all)"
printf '%s\n' "${summary[@]}"
exit "$fails"
