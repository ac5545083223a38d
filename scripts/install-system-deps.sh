#!/usr/bin/env bash
# Debian packages that `npm test` (mode "test", the default) or `npm start` (mode "start")
# needs; npm runs this as the pretest/prestart step, so a fresh machine needs only the two
# README commands. Installs what is missing with apt-get (through sudo when not root),
# skips everything already present, and says what to install by hand when it cannot.
#   python3          runs Python solutions and node-gyp
#   build-essential  compiles code-server's native modules (argon2, kerberos, node-pty)
#   libkrb5-dev      headers for code-server's kerberos module
#   ripgrep          replaces the binary code-server would download
#   chromium         drives the browser VS Code in the integration and UI tests (test only)
set -euo pipefail
mode="${1:-test}"
need=()
want() { [[ " ${need[*]} " == *" $1 "* ]] || need+=("$1"); }

command -v python3 >/dev/null || want python3
if [[ "$mode" == test || -n "${AIS_BROWSER:-}" ]] || ! command -v code >/dev/null; then
  # Browser VS Code (code-server) is built here: desktop `code` needs none of this.
  command -v make >/dev/null && command -v g++ >/dev/null || want build-essential
  [[ -f /usr/include/krb5.h || -f /usr/include/krb5/krb5.h ]] || want libkrb5-dev
  command -v rg >/dev/null || want ripgrep
fi
[[ "$mode" != test ]] || command -v chromium >/dev/null || want chromium

if ((${#need[@]} == 0)); then
  echo "system packages: all present"
  exit 0
fi

manual() {
  echo "AI Interview Studio needs these Debian packages: ${need[*]}" >&2
  echo "$1 Install them, then run the command again:" >&2
  echo "  sudo apt-get install -y ${need[*]}" >&2
  exit 1
}
command -v apt-get >/dev/null || manual "apt-get is not available (this is not Debian or Ubuntu)."
if [[ $(id -u) -eq 0 ]]; then
  SUDO=()
elif command -v sudo >/dev/null; then
  SUDO=(sudo)
else
  manual "You are not root and sudo is not installed."
fi
echo "system packages: installing ${need[*]}"
"${SUDO[@]}" apt-get update -qq || manual "apt-get update failed."
DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get install -y -qq "${need[@]}" || manual "apt-get install failed."
