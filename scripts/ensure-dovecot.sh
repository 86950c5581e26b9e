#!/bin/sh
# Dovecot for the integration tests (each test run starts its own private instance).
exec sh "$(dirname "$0")/ensure-package.sh" dovecot dovecot-imapd
