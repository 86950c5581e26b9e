#!/bin/sh
# Make sure Debian's Chromium is installed for the console's browser tests.
#
# Idempotent: does nothing when /usr/bin/chromium exists. Playwright for Python drives this
# browser (executable_path); Playwright's own browser download is never used, since these
# machines reach only the package registries.
set -eu

if [ -x /usr/bin/chromium ]; then
    exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
    echo "ensure-chromium: chromium is not installed; run as root or: sudo apt-get install -y chromium" >&2
    exit 1
fi

if ! command -v apt-get >/dev/null 2>&1; then
    echo "ensure-chromium: chromium is not installed and apt-get is not available; install Chromium by hand" >&2
    exit 1
fi

apt-get update
DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium fonts-dejavu-core

[ -x /usr/bin/chromium ] || {
    echo "ensure-chromium: chromium installed but /usr/bin/chromium is still missing" >&2
    exit 1
}
