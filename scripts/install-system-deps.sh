#!/usr/bin/env bash
# Debian packages the test suite needs: Chromium drives the browser VS Code, ripgrep
# replaces the binary code-server would download, libkrb5-dev builds its kerberos module.
set -euo pipefail
need=()
command -v chromium >/dev/null || need+=(chromium)
command -v rg >/dev/null || need+=(ripgrep)
[[ -f /usr/include/krb5.h || -f /usr/include/krb5/krb5.h ]] || need+=(libkrb5-dev)
if ((${#need[@]})); then
  SUDO=""
  [[ $(id -u) -eq 0 ]] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${need[@]}"
fi
echo "system dependencies present: chromium rg libkrb5-dev"
