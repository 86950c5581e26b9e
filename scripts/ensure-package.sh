#!/bin/sh
# Make sure a binary from a Debian package exists, for the integration tests:
#   ensure-package.sh BINARY PACKAGE [DEBCONF-LINE]
#
# Idempotent: does nothing when BINARY is already on PATH. The tests run their
# own private instances (tests/integration/conftest.py), so this only installs
# the package and never starts or enables its system service.
set -eu
binary=$1
package=$2
preseed=${3:-}
me="ensure-$binary"

# Debian puts servers in /usr/sbin, which is not on a normal user's PATH.
PATH="$PATH:/usr/sbin:/sbin"
export PATH

if command -v "$binary" >/dev/null 2>&1; then
    exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
    echo "$me: $binary is not installed; run as root or: sudo apt-get install -y $package" >&2
    exit 1
fi

if ! command -v apt-get >/dev/null 2>&1; then
    echo "$me: $binary is not installed and apt-get is not available; install $package by hand" >&2
    exit 1
fi

# A policy-rc.d that answers 101 stops the package's postinst from starting
# the system service. Add one only for the duration of the install, and only
# when none exists, so an admin's own policy is left alone.
policy=/usr/sbin/policy-rc.d
added_policy=no
if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' >"$policy"
    chmod 755 "$policy"
    added_policy=yes
fi
cleanup() {
    if [ "$added_policy" = yes ]; then
        rm -f "$policy"
    fi
}
trap cleanup EXIT INT TERM

apt-get update
if [ -n "$preseed" ]; then
    echo "$preseed" | debconf-set-selections
fi
DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "$package"

command -v "$binary" >/dev/null 2>&1 || {
    echo "$me: $package installed but the $binary binary is still missing" >&2
    exit 1
}
