"""Peak memory of one intake pass with a big mail in the box, on a private Dovecot.

    python bench/mail_memory.py [SIZE_MB ...]

For each size (default 25 and 30), appends one mail of that size (a short request and a random
attachment) to a fresh mailbox, then runs `poll_once` in a child process, as the service would,
and prints the child's resident size after start-up and its peak during the pass (VmHWM, reset
before the pass). A mail up to MAX_MAIL_BYTES (25 MB) is taken whole; a larger one is streamed
into the database and flagged. Needs root and Debian's dovecot-imapd, as the integration tests.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from datetime import datetime, timedelta, timezone
from email.message import EmailMessage
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.adapters.mailbox import Mailbox  # noqa: E402
from bot.entrypoints.demo.servers import stop_process  # noqa: E402
from tests.integration.conftest import start_private_dovecot  # noqa: E402
from tests.integration.test_mail_limits import CHILD  # noqa: E402


def main() -> int:
    sizes = [float(a) for a in sys.argv[1:]] or [25.0, 30.0]
    dovecot = start_private_dovecot("rightsbot-bench-", "bench-password", users=len(sizes))
    try:
        for n, size in enumerate(sizes, start=1):
            user = f"user{n}@allsec.test"
            msg = EmailMessage()
            msg["From"], msg["To"], msg["Subject"] = "customer@example.fi", "info@allsec.fi", "Big mail"
            msg["Message-ID"] = f"<bench-memory-{n}@example.fi>"
            msg.set_content("Please delete all my data.")
            msg.add_attachment(os.urandom(int(size * 1_000_000 * 3 / 4)), maintype="application",
                               subtype="octet-stream", filename="scan.bin")
            raw = msg.as_bytes()
            del msg
            with Mailbox("127.0.0.1", dovecot.ports[0], user, "bench-password", "none") as box:
                box.append(raw, when=datetime.now(timezone.utc) - timedelta(hours=1))
            with tempfile.TemporaryDirectory() as tmp:
                env = {"IMAP_HOST": "127.0.0.1", "IMAP_PORT": str(dovecot.ports[0]), "IMAP_USERNAME": user,
                       "IMAP_PASSWORD": "bench-password", "IMAP_SECURITY": "none", "SMTP_HOST": "127.0.0.1",
                       "SMTP_SECURITY": "none", "MAIL_FROM": "info@allsec.fi", "STAFF_EMAILS": "privacy@allsec.fi",
                       "DATABASE_URL": f"sqlite:///{tmp}/bench.db"}
                out = subprocess.run([sys.executable, "-c", CHILD, str(ROOT), json.dumps(env)], capture_output=True,
                                     text=True, check=True)
            figures = json.loads(out.stdout.strip().splitlines()[-1])
            print(f"mail of {len(raw):>11,} bytes: resident after start-up {figures['start_rss']} MB, "
                  f"peak during intake {figures['peak']} MB (cases opened: {figures['opened']})")
    finally:
        stop_process(dovecot.proc)
        shutil.rmtree(dovecot.root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
