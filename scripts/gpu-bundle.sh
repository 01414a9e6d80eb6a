#!/usr/bin/env bash
# Packs what the GPU machine (x86-64, no Node, no network) needs into the git-ignored .gpu/: node.xz and node_modules.tar.xz; scripts/gpu-run.sh unpacks them there.
# Usage: scripts/gpu-bundle.sh   (from anywhere; writes <repo>/.gpu/, prints the sizes)
# node_modules.tar.xz holds the run-time dependencies (acorn, acorn-walk, astring, benchmark, koffi
# with only its linux_x64 build) and what the GPU tests and benchmark run with (tsx, esbuild with
# @esbuild/linux-x64, uvu, fast-check), each with its own dependencies, found from the package.json
# files. mnist (41 MB of digits, used only by the demo) stays behind.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
out=.gpu
mkdir -p "$out"
exclude=$(git rev-parse --git-path info/exclude)
mkdir -p "$(dirname "$exclude")"
grep -qxF '/.gpu/' "$exclude" 2>/dev/null || echo '/.gpu/' >>"$exclude"

[ "$(uname -m)" = x86_64 ] || {
  echo "gpu-bundle: this machine is $(uname -m); the GPU machine is x86-64 and needs x86-64 node and esbuild" >&2
  exit 1
}

# 1. node itself (reused while newer than the binary).
node_bin=$(readlink -f "$(command -v node)")
if [ ! -s "$out/node.xz" ] || [ "$node_bin" -nt "$out/node.xz" ]; then
  echo "gpu-bundle: compressing $node_bin ($(node --version)) ..."
  xz -9 -T2 -c "$node_bin" >"$out/node.xz.tmp"
  mv "$out/node.xz.tmp" "$out/node.xz"
else
  echo "gpu-bundle: $out/node.xz is up to date"
fi
node --version >"$out/node.version"

# 2. node_modules: the closure of the named packages over dependencies and installed optional ones.
roots=(acorn acorn-walk astring benchmark koffi tsx esbuild uvu fast-check)
mapfile -t pkgs < <(node -e '
const fs = require("fs"), path = require("path");
const root = process.cwd(), seen = new Set();
function find(name, from) {
  for (let d = from; ; d = path.dirname(d)) {
    const p = path.join(d, "node_modules", name);
    if (fs.existsSync(path.join(p, "package.json"))) return p;
    if (d === root || path.dirname(d) === d) return null;
  }
}
function visit(dir, optional) {
  if (!dir) { if (!optional) throw new Error("missing dependency"); return; }
  if (seen.has(dir)) return;
  seen.add(dir);
  const pj = JSON.parse(fs.readFileSync(path.join(dir, "package.json"), "utf8"));
  for (const n of Object.keys(pj.dependencies ?? {})) visit(find(n, dir), false);
  for (const n of Object.keys(pj.optionalDependencies ?? {})) visit(find(n, dir), true);
}
for (const r of process.argv.slice(1)) {
  const p = find(r, root);
  if (!p) throw new Error(`gpu-bundle: ${r} is not installed (npm ci first)`);
  visit(p, false);
}
for (const d of [...seen].sort()) console.log(path.relative(root, d));
' "${roots[@]}")
echo "gpu-bundle: ${#pkgs[@]} packages: ${pkgs[*]#node_modules/}"

# koffi: its JS and package files, and the linux_x64 build only (no other platforms, sources or docs).
koffi_excludes=()
for d in node_modules/koffi/build/koffi/*/; do
  d=${d%/}
  [ "$(basename "$d")" = linux_x64 ] || koffi_excludes+=("--exclude=$d")
done
koffi_excludes+=(--exclude=node_modules/koffi/src --exclude=node_modules/koffi/vendor
  --exclude=node_modules/koffi/doc --exclude=node_modules/koffi/lib)
[ -f node_modules/koffi/build/koffi/linux_x64/koffi.node ] || {
  echo "gpu-bundle: node_modules/koffi/build/koffi/linux_x64/koffi.node is missing" >&2
  exit 1
}

tar -cf - "${koffi_excludes[@]}" --exclude='*.md' --exclude='*.map' --exclude='*.d.ts' --exclude='*.d.mts' \
  --exclude='*.d.cts' --exclude='CHANGELOG*' "${pkgs[@]}" | xz -9 -T2 >"$out/node_modules.tar.xz.tmp"
mv "$out/node_modules.tar.xz.tmp" "$out/node_modules.tar.xz"

# 3. Sizes.
size() { stat -c %s "$1"; }
total=$(($(size "$out/node.xz") + $(size "$out/node_modules.tar.xz")))
unpacked=$(xz -dc "$out/node_modules.tar.xz" | wc -c)
printf 'gpu-bundle: %-24s %6.1f MiB\n' node.xz "$(echo "$(size "$out/node.xz") / 1048576" | bc -l)" \
  node_modules.tar.xz "$(echo "$(size "$out/node_modules.tar.xz") / 1048576" | bc -l)" \
  '(node_modules unpacked)' "$(echo "$unpacked / 1048576" | bc -l)" \
  total "$(echo "$total / 1048576" | bc -l)"
if [ "$total" -gt $((45 * 1048576)) ]; then
  echo "gpu-bundle: WARNING: over 45 MiB; the working tree that travels may not exceed 64 MiB" >&2
fi
tree=$(git ls-files -co --exclude-standard -z | du -cb --files0-from=- 2>/dev/null | tail -1 | cut -f1)
printf 'gpu-bundle: the working tree that travels: %.1f MiB, with .gpu: %.1f MiB (limit 64)\n' \
  "$(echo "$tree / 1048576" | bc -l)" "$(echo "($tree + $total) / 1048576" | bc -l)"
