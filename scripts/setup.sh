# Shared set-up for scripts/start.sh and scripts/test.sh: installs what Pandu needs, or says how.
# Sourced, not run.

ensure_node() {
  if ! command -v node >/dev/null 2>&1; then
    echo "Node.js 20 (or newer) is needed: on Debian, install it from nodejs.org or NodeSource, then run this again." >&2
    exit 1
  fi
  local major
  major=$(node -p 'process.versions.node.split(".")[0]')
  if [ "$major" -lt 20 ]; then
    echo "Node.js $(node -v) is too old: Pandu needs Node.js 20 or newer." >&2
    exit 1
  fi
}

# Runs `npm ci` when node_modules is missing or was installed from another package-lock.json.
ensure_dependencies() {
  local stamp=node_modules/.pandu-lock-hash
  local want
  want=$(sha256sum package-lock.json | cut -d' ' -f1)
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    echo "== Installing dependencies (npm ci)"
    npm ci --no-audit --no-fund
    echo "$want" >"$stamp"
  fi
}

# Installs a Debian package as root, or with password-less sudo; otherwise prints the command and stops.
install_debian_package() {
  local package=$1 hint=$2
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "== Installing Debian's $package (apt-get)"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$package" >/dev/null
  elif command -v sudo >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    echo "== Installing Debian's $package (sudo apt-get)"
    sudo apt-get update -qq
    sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$package" >/dev/null
  else
    echo "$package is missing. Install Debian's package, then run this again:" >&2
    echo "    sudo apt-get install -y $package" >&2
    echo "($hint)." >&2
    exit 1
  fi
}

# Debian's Chromium: the browser the end-to-end tests and `npm start` drive.
ensure_chromium() {
  if [ -x "${CHROMIUM_PATH:-/usr/bin/chromium}" ]; then return 0; fi
  install_debian_package chromium "or set CHROMIUM_PATH to another Chromium 120+ binary"
}

# Debian's Firefox ESR: the end-to-end tests drive it over WebDriver BiDi (puppeteer-core).
ensure_firefox() {
  if [ -x "${FIREFOX_PATH:-/usr/bin/firefox-esr}" ]; then return 0; fi
  install_debian_package firefox-esr "or set FIREFOX_PATH to another Firefox 142+ binary"
}

# Debian's LibreOffice Calc: the end-to-end tests open the exported XLSX in it (headless --convert-to).
ensure_libreoffice() {
  if [ -x "${SOFFICE_PATH:-/usr/bin/soffice}" ]; then return 0; fi
  install_debian_package libreoffice-calc "or set SOFFICE_PATH to another LibreOffice's soffice binary"
}
