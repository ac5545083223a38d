#!/usr/bin/env bash
# Installs code-server (VS Code in the browser) from the npm registry into .vscode-test/,
# without its postinstall: that runs an old @vscode/ripgrep install which downloads a
# binary from the web. We install its dependencies with scripts off, build the native
# modules from source and use Debian's ripgrep instead.
set -euo pipefail
VERSION="${CODE_SERVER_VERSION:-4.100.3}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DEST="$ROOT/.vscode-test/code-server-$VERSION"
MARKER="$DEST/.installed"

if [[ -f "$MARKER" ]]; then
  echo "code-server $VERSION already installed in $DEST"
  exit 0
fi

RG="$(command -v rg || true)"
if [[ -z "$RG" ]]; then
  echo "ripgrep (rg) is required: run scripts/install-system-deps.sh" >&2
  exit 1
fi

rm -rf "$DEST"
mkdir -p "$DEST"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
(cd "$WORK" && npm pack --silent "code-server@$VERSION" >/dev/null)
tar -xzf "$WORK/code-server-$VERSION.tgz" -C "$DEST" --strip-components=1

export npm_config_yes=true
quiet=(--no-audit --no-fund --loglevel=error)

cd "$DEST"
npm install --omit=dev --ignore-scripts "${quiet[@]}"
npm rebuild argon2 "${quiet[@]}"

cd "$DEST/lib/vscode"
npm install --omit=dev --ignore-scripts "${quiet[@]}"
npm rebuild @parcel/watcher @vscode/spdlog kerberos native-watchdog node-pty "${quiet[@]}"
mkdir -p node_modules/@vscode/ripgrep/bin
ln -sf "$RG" node_modules/@vscode/ripgrep/bin/rg
ln -sfn node_modules node_modules.asar

# The built-in TypeScript language features need the shared typescript package.
cd "$DEST/lib/vscode/extensions"
npm install --omit=dev --ignore-scripts "${quiet[@]}"

touch "$MARKER"
echo "code-server $VERSION installed in $DEST"
