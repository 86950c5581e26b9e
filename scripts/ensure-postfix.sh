#!/bin/sh
# Postfix for the delivery test (tests/integration/test_postfix_delivery.py runs its own instance);
# "No configuration" keeps the package from setting up a system mail server.
exec sh "$(dirname "$0")/ensure-package.sh" postfix postfix "postfix postfix/main_mailer_type select No configuration"
