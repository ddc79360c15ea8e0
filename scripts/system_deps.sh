#!/usr/bin/env bash
# Install the Debian packages Front Door needs, when they are missing and we are root.
#   scripts/system_deps.sh base   python3 venv support and npm (to fetch htmx and axe-core)
#   scripts/system_deps.sh test   the above, plus Debian's chromium, chromium-driver, postgresql and redis-server
#                                 (the tests start their own throwaway servers; none here), and a Java
#                                 runtime for the Nu HTML Checker when `java` is missing
set -euo pipefail

need=()
python3 -c 'import ensurepip, venv' 2>/dev/null || need+=(python3-venv)
command -v npm >/dev/null 2>&1 || need+=(npm)
if [ "${1:-base}" = "test" ]; then
  [ -x /usr/bin/chromium ] || need+=(chromium)
  [ -x /usr/bin/chromedriver ] || need+=(chromium-driver)
  compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || need+=(postgresql)
  command -v redis-server >/dev/null 2>&1 || need+=(redis-server)
  command -v java >/dev/null 2>&1 || need+=(default-jre-headless)
fi
[ ${#need[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ]; then
  echo "Front Door needs these Debian packages: ${need[*]}" >&2
  echo "Install them as root:  sudo apt-get install -y ${need[*]}   then run this command again." >&2
  exit 1
fi
echo "Installing Debian packages: ${need[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq "${need[@]}" >/dev/null
