#!/bin/sh
# Make sure the Dovecot binaries exist for the integration tests.
#
# Idempotent: does nothing when `dovecot` is already on PATH. The tests run
# their own private Dovecot instance (tests/integration/conftest.py), so this
# script only installs the package and never starts or enables the system
# service.
set -eu

# Debian puts postfix in /usr/sbin, which is not on a normal user's PATH.
PATH="$PATH:/usr/sbin:/sbin"
export PATH

if command -v postfix >/dev/null 2>&1; then
    exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
    echo "ensure-postfix: postfix is not installed; run as root or: sudo apt-get install -y postfix" >&2
    exit 1
fi

if ! command -v apt-get >/dev/null 2>&1; then
    echo "ensure-postfix: postfix is not installed and apt-get is not available; install postfix by hand" >&2
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
echo "postfix postfix/main_mailer_type select No configuration" | debconf-set-selections
DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends postfix

command -v postfix >/dev/null 2>&1 || {
    echo "ensure-postfix: postfix installed but the postfix binary is still missing" >&2
    exit 1
}
