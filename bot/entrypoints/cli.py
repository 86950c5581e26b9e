"""The `rightsbot` command: parse arguments, call one service, print text or JSON.

Errors that rightsbot raises on purpose (bad settings, unknown case, illegal step) print one
line on stderr and exit with status 2. Anything else prints its type only (exit 1), since a
traceback can quote mail text; `-v` shows the traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from bot.core.errors import BotError
from bot.core.rights import CASE_LANGUAGES
from bot.core.states import DraftStatus, MailState, Status, TaskStatus

EXIT_USAGE = 2


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    from bot.adapters import logs

    logs.configure(args.verbose)
    # Whatever rightsbot writes (the SQLite database and its journal, the OAuth2 token file) holds
    # personal data or secrets: readable by its owner only.
    os.umask(0o077)
    if not getattr(args, "func", None):
        parser.print_help()
        return EXIT_USAGE
    try:
        return args.func(args) or 0
    except BotError as exc:
        print(f"rightsbot: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        return 0
    except Exception as exc:
        if args.verbose:
            raise
        # A traceback can quote mail text or addresses; the type is enough to start with.
        print(f"rightsbot: unexpected error: {type(exc).__name__} (run with -v for details)", file=sys.stderr)
        return 1


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="rightsbot", description="Answer data-subject requests that arrive by email.")
    p.add_argument("--env-file", metavar="PATH", help="settings file to load instead of ./.env")
    p.add_argument("-v", "--verbose", action="store_true", help="log events (never mail text or addresses)")
    sub = p.add_subparsers(metavar="COMMAND")

    c = sub.add_parser("poll", help="fetch new mail, open or update cases, draft replies")
    c.add_argument("--once", action="store_true", required=True, help="one pass, then exit")
    c.set_defaults(func=cmd_poll)

    c = sub.add_parser("cases", help="list cases")
    c.add_argument("--json", action="store_true", help="print a JSON list")
    c.add_argument("--status", choices=[s.value for s in Status], help="only cases in this status")
    c.add_argument("--overdue", action="store_true", help="only cases past the due date that counts today")
    c.set_defaults(func=cmd_cases)

    c = sub.add_parser("case", help="one case")
    csub = c.add_subparsers(metavar="ACTION")
    show = csub.add_parser("show", help="show a case with its mail, drafts and events")
    show.add_argument("ref", metavar="REF")
    show.add_argument("--json", action="store_true")
    show.set_defaults(func=cmd_case_show)

    c = sub.add_parser("drafts", help="list drafted replies")
    c.add_argument("--json", action="store_true", help="print a JSON list")
    c.add_argument("--status", choices=[s.value for s in DraftStatus])
    c.set_defaults(func=cmd_drafts)

    c = sub.add_parser("draft", help="one draft")
    dsub = c.add_subparsers(metavar="ACTION")
    dshow = dsub.add_parser("show", help="the full mail a draft will send, with each attachment's content")
    dshow.add_argument("draft_id", metavar="DRAFT_ID", type=int)
    dshow.add_argument("--json", action="store_true")
    dshow.set_defaults(func=cmd_draft_show)

    c = sub.add_parser("redraft", help="draft again what a rejected or failed draft answered")
    c.add_argument("draft_id", metavar="DRAFT_ID", type=int)
    c.add_argument("--by", required=True, metavar="EMAIL")
    c.set_defaults(func=cmd_redraft)

    c = sub.add_parser("reply", help="a reply written by staff, in the letter with signature (and complaint routes)")
    c.add_argument("ref", metavar="REF")
    c.add_argument("--file", required=True, metavar="PATH", help="the text, UTF-8 ('-' for stdin)")
    c.add_argument("--replaces", type=int, metavar="DRAFT_ID", help="a rejected or failed draft this reply answers for")
    refusing = c.add_mutually_exclusive_group()
    refusing.add_argument("--refuses", action="store_true", default=None,
                          help="it refuses something: add the complaint and court routes (Art. 12(4))")
    refusing.add_argument("--grants", dest="refuses", action="store_false", help="it refuses nothing")
    c.add_argument("--by", required=True, metavar="EMAIL")
    c.set_defaults(func=cmd_reply)

    c = sub.add_parser("approve", help="approve drafts for sending (all of them, or none on an error)")
    c.add_argument("draft_ids", metavar="DRAFT_ID", type=int, nargs="+")
    c.add_argument("--by", required=True, metavar="EMAIL", help="the staff member approving (in STAFF_EMAILS)")
    c.set_defaults(func=cmd_approve)

    c = sub.add_parser("edit", help="replace the text of a pending draft (it still needs approval)")
    c.add_argument("draft_id", metavar="DRAFT_ID", type=int)
    c.add_argument("--file", required=True, metavar="PATH", help="the new text, UTF-8 ('-' for stdin)")
    c.add_argument("--attachment", metavar="NAME", help="replace this attachment with the file instead (redaction)")
    c.add_argument("--by", required=True, metavar="EMAIL")
    c.set_defaults(func=cmd_edit)

    c = sub.add_parser("reject", help="reject a draft")
    c.add_argument("draft_id", metavar="DRAFT_ID", type=int)
    c.add_argument("--by", required=True, metavar="EMAIL")
    c.add_argument("--reason", required=True, metavar="TEXT")
    c.set_defaults(func=cmd_reject)

    c = sub.add_parser("send", help="send every approved draft")
    c.set_defaults(func=cmd_send)

    c = sub.add_parser("remind", help="send staff the deadline reminders due today, once each")
    c.set_defaults(func=cmd_remind)

    c = sub.add_parser("digest", help="send staff the digest now")
    c.set_defaults(func=cmd_digest)

    c = sub.add_parser("run", help="run as a service: watch the mailbox, send, remind, digest (SIGTERM stops it)")
    c.set_defaults(func=cmd_run)

    c = sub.add_parser("status", help="is the bot working: intake, sending, the service, what waits (exit 1: unhealthy)")
    c.add_argument("--json", action="store_true", help="print a JSON object")
    c.set_defaults(func=cmd_status)

    c = sub.add_parser("mail", help="list incoming mail with what was done with it (e.g. --state quarantined)")
    c.add_argument("--state", choices=[s.value for s in MailState])
    c.add_argument("--json", action="store_true")
    c.set_defaults(func=cmd_mail)
    msub = c.add_subparsers(metavar="ACTION")
    again = msub.add_parser("retry", help="handle a quarantined mail again")
    again.add_argument("mail_id", metavar="MAIL_ID", type=int)
    again.add_argument("--by", required=True, metavar="EMAIL")
    again.set_defaults(func=cmd_mail_retry)
    resolve = msub.add_parser("resolve", help="mark a flagged mail as dealt with")
    resolve.add_argument("mail_id", metavar="MAIL_ID", type=int)
    resolve.add_argument("--note", required=True, metavar="TEXT", help="what was done about it")
    resolve.add_argument("--by", required=True, metavar="EMAIL")
    resolve.set_defaults(func=cmd_mail_resolve)

    c = sub.add_parser("tasks", help="list staff tasks (open ones unless --all)")
    c.add_argument("--json", action="store_true")
    c.add_argument("--all", action="store_true", help="include done tasks")
    c.set_defaults(func=cmd_tasks)

    c = sub.add_parser("task", help="one staff task")
    tsub = c.add_subparsers(metavar="ACTION")
    done = tsub.add_parser("done", help="mark a task done")
    done.add_argument("task_id", metavar="TASK_ID", type=int)
    done.add_argument("--by", required=True, metavar="EMAIL")
    done.add_argument("--note", metavar="TEXT", help="what was done (required for correct-register-data)")
    done.set_defaults(func=cmd_task_done)

    c = sub.add_parser("verify", help="confirm the requester's identity and match them to a customer")
    c.add_argument("ref", metavar="REF")
    c.add_argument("--by", required=True, metavar="EMAIL")
    match = c.add_mutually_exclusive_group(required=True)
    match.add_argument("--customer", metavar="EMAIL", help="the customer's address on record")
    match.add_argument("--order", metavar="NUMBER", help="an order number the requester gave (with --name)")
    match.add_argument("--no-customer", action="store_true", help="identity confirmed; no customer record")
    c.add_argument("--name", metavar="NAME", help="the name given with --order (default: the sender's name)")
    c.set_defaults(func=cmd_verify)

    c = sub.add_parser("decide", help="record the decision on one right of a case")
    c.add_argument("ref", metavar="REF")
    c.add_argument("--right", required=True, metavar="RIGHT")
    verdict = c.add_mutually_exclusive_group(required=True)
    verdict.add_argument("--grant", action="store_true")
    verdict.add_argument("--refuse", action="store_true")
    c.add_argument("--reason", default="", metavar="TEXT", help="required to refuse; in the customer's language")
    c.add_argument("--by", required=True, metavar="EMAIL")
    c.set_defaults(func=cmd_decide)

    c = sub.add_parser("extend", help="draft the Art. 12(3) extension notice; the date moves when it is sent")
    c.add_argument("ref", metavar="REF")
    c.add_argument("--ground", required=True, choices=["complexity", "number_of_requests", "complexity_and_number"],
                   help="the Art. 12(3) ground")
    c.add_argument("--reason", required=True, metavar="TEXT", help="in the customer's language")
    c.add_argument("--by", required=True, metavar="EMAIL")
    c.set_defaults(func=cmd_extend)

    c = sub.add_parser("mark-repeat", help="mark a request manifestly unfounded or excessive (Art. 12(5))")
    c.add_argument("ref", metavar="REF")
    c.add_argument("--reason", required=True, metavar="TEXT", help="in the customer's language")
    c.add_argument("--by", required=True, metavar="EMAIL")
    c.set_defaults(func=cmd_mark_repeat)

    c = sub.add_parser("triage", help="set the rights a triaged case asks for, and start its workflow")
    c.add_argument("ref", metavar="REF")
    c.add_argument("--intents", required=True, metavar="LIST", help="comma separated, e.g. erasure,marketing_ban")
    c.add_argument("--language", choices=CASE_LANGUAGES)
    c.add_argument("--by", required=True, metavar="EMAIL")
    c.set_defaults(func=cmd_triage)

    c = sub.add_parser("close", help="close a case, with the reason (e.g. withdrawn, or nothing more to do)")
    c.add_argument("ref", metavar="REF")
    c.add_argument("--reason", required=True, metavar="TEXT")
    c.add_argument("--by", required=True, metavar="EMAIL")
    c.set_defaults(func=cmd_close)

    c = sub.add_parser("classify", help="classify mail files (no settings needed)")
    c.add_argument("files", nargs="+", metavar="FILE")
    c.add_argument("--json", action="store_true", help="one JSON object a line")
    c.set_defaults(func=cmd_classify)

    c = sub.add_parser("oauth2", help="OAuth2 sign-in for the mailbox (IMAP_AUTH / SMTP_AUTH = oauth2)")
    osub = c.add_subparsers(metavar="ACTION")
    login = osub.add_parser("login", help="Google: sign in once in a browser and store the refresh token")
    login.add_argument("--port", type=int, default=0, metavar="N",
                       help="local port for the browser's redirect (default: any free port)")
    login.add_argument("--no-browser", action="store_true", help="only print the address to open")
    login.set_defaults(func=cmd_oauth2_login)

    c = sub.add_parser("web", help="serve the staff console on WEB_HOST:WEB_PORT")
    c.set_defaults(func=cmd_web)

    c = sub.add_parser("demo", help="run the whole loop on embedded servers and sample mail")
    c.add_argument("--keep", metavar="DIR", help="keep the demo database in DIR")
    c.set_defaults(func=cmd_demo)
    return p


def _print_rows(args, rows: list[dict], line) -> int:
    """A list command's output: the JSON list with --json, else one line a row."""
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        for row in rows:
            print(line(row))
    return 0


def _app(args):
    from bot.entrypoints import bootstrap, config

    config.load_env_file(args.env_file)
    return bootstrap.build(config.from_mapping(os.environ))


def cmd_poll(args) -> int:
    """rightsbot poll --once"""
    from bot.services.health import recorded
    from bot.services.intake import poll_once

    app = _app(args)
    report = recorded(app, "intake", lambda: poll_once(app))
    print(f"fetched {report.fetched}, new cases {len(report.cases_opened)}"
          f"{' (' + ', '.join(report.cases_opened) + ')' if report.cases_opened else ''}, "
          f"followups {report.followups}, drafts {report.drafts}, quarantined {report.quarantined}, "
          f"ignored {report.ignored}, skipped {report.skipped}")
    return 0


def cmd_cases(args) -> int:
    """rightsbot cases --overdue --json"""
    from bot.services import views

    app = _app(args)
    rows = views.cases(app, status=args.status, overdue=args.overdue)
    return _print_rows(args, rows, lambda r: (
        f"{r['ref']}  {r['status']:<18} due {r['current_due_date']} {'OVERDUE' if r['overdue'] else '':<7}  "
        f"{r['language']}  {','.join(r['intents']) or '-':<30} {r['requester']}"))


def cmd_case_show(args) -> int:
    """rightsbot case show DSR-2026-0001"""
    from bot.services import views

    app = _app(args)
    detail = views.case_detail(app, args.ref)
    if args.json:
        print(json.dumps(detail, ensure_ascii=False, indent=2))
    else:
        print(views.case_text(detail))
    return 0


def cmd_drafts(args) -> int:
    """rightsbot drafts --json"""
    from bot.services import views

    rows = views.drafts(_app(args), args.status)
    return _print_rows(args, rows, lambda r: (
        f"#{r['id']:<4} {r['status']:<9} {r['case_ref']}  {r['template']:<36} {r['to']}  {r['subject']}"))


def cmd_approve(args) -> int:
    """rightsbot approve 3 4 7 --by staff@allsec.fi"""
    from bot.services.drafts import approve_all

    for draft in approve_all(_app(args), args.draft_ids, args.by):
        print(f"draft #{draft.id} approved by {draft.approved_by}")
    return 0


def _read(path: str, binary: bool = False):
    if path == "-":
        return sys.stdin.buffer.read() if binary else sys.stdin.read()
    return Path(path).read_bytes() if binary else Path(path).read_text(encoding="utf-8")


def cmd_edit(args) -> int:
    """rightsbot edit 3 --file reply.txt --by privacy@allsec.fi"""
    from bot.services.drafts import edit, edit_attachment

    try:
        content = _read(args.file, binary=bool(args.attachment))
    except (OSError, UnicodeDecodeError) as exc:
        print(f"rightsbot: --file: {exc}", file=sys.stderr)
        return EXIT_USAGE
    if args.attachment:
        draft = edit_attachment(_app(args), args.draft_id, args.by, args.attachment, content)
    else:
        draft = edit(_app(args), args.draft_id, args.by, content)
    print(f"draft #{draft.id} edited by {args.by.strip().lower()}; approve it to send")
    return 0


def cmd_draft_show(args) -> int:
    """rightsbot draft show 3"""
    from bot.services import views

    detail = views.draft_detail(_app(args), args.draft_id)
    print(json.dumps(detail, ensure_ascii=False, indent=2) if args.json else views.draft_text(detail))
    return 0


def cmd_redraft(args) -> int:
    """rightsbot redraft 3 --by privacy@allsec.fi"""
    from bot.services.drafts import redraft

    new = redraft(_app(args), args.draft_id, args.by)
    print(f"draft #{args.draft_id} redrafted as " + ", ".join(f"#{d.id}" for d in new) + "; approve to send")
    return 0


def cmd_reply(args) -> int:
    """rightsbot reply DSR-2026-0001 --file answer.txt --replaces 3 --by privacy@allsec.fi"""
    from bot.services.drafts import write_reply

    try:
        text = _read(args.file)
    except (OSError, UnicodeDecodeError) as exc:
        print(f"rightsbot: --file: {exc}", file=sys.stderr)
        return EXIT_USAGE
    draft = write_reply(_app(args), args.ref, text, args.by, replaces=args.replaces, refuses=args.refuses)
    print(f"draft #{draft.id} written by {args.by.strip().lower()}; approve it to send")
    return 0


def cmd_reject(args) -> int:
    """rightsbot reject 3 --by staff@allsec.fi --reason 'wrong language'"""
    from bot.services.drafts import reject

    draft = reject(_app(args), args.draft_id, args.by, args.reason)
    print(f"draft #{draft.id} rejected by {draft.rejected_by}")
    return 0


def cmd_send(args) -> int:
    """rightsbot send"""
    from bot.services import views
    from bot.services.sending import send_approved

    app = _app(args)
    counts = send_approved(app)
    print(f"sent {counts['sent']}, deferred {counts['deferred']}, failed {counts['failed']}")
    for row in views.deferred_drafts(app):
        print(views.deferred_text(row))
    return 1 if counts["failed"] else 0


def cmd_remind(args) -> int:
    """rightsbot remind"""
    from bot.services.reminders import send_reminders

    keys = send_reminders(_app(args))
    print(f"reminders sent: {len(keys)}")
    for key in keys:
        print(f"  {key}")
    return 0


def cmd_digest(args) -> int:
    """rightsbot digest"""
    from bot.services.digest import send_digest

    app = _app(args)
    send_digest(app)
    print(f"digest sent to {len(app.settings.staff_emails)} staff address(es)")
    return 0


def cmd_run(args) -> int:
    """rightsbot run"""
    from bot.entrypoints.service import run

    return run(_app(args))


EXIT_UNHEALTHY = 1


def cmd_status(args) -> int:
    """rightsbot status --json   (exit 0 healthy, 1 unhealthy: for systemd, cron or monitoring)"""
    from bot.adapters.store import DB_OUTAGES
    from bot.services import status

    try:
        report = status.status(_app(args))
    except DB_OUTAGES as exc:
        # Without its database the bot can do nothing: unhealthy, in one line.
        print(f"rightsbot: DATABASE_URL: the database cannot be reached ({type(exc).__name__}): unhealthy",
              file=sys.stderr)
        return EXIT_UNHEALTHY
    print(json.dumps(report, ensure_ascii=False, indent=2) if args.json else status.text(report))
    return 0 if report["healthy"] else EXIT_UNHEALTHY


def cmd_mail(args) -> int:
    """rightsbot mail --state quarantined"""
    from bot.services import views

    rows = views.mails(_app(args), args.state)
    return _print_rows(args, rows, lambda r: (
        f"#{r['id']:<5} {r['state']:<11} {r['kind'] or '-':<10} {r['case_ref'] or '-':<14} "
        f"{r['reason'] or '':<24} {r['subject'][:60]}"))


def cmd_mail_retry(args) -> int:
    """rightsbot mail retry 12 --by privacy@allsec.fi"""
    from bot.services.intake import retry

    report = retry(_app(args), args.mail_id, args.by)
    print(f"mail #{args.mail_id}: new cases {len(report.cases_opened)}, followups {report.followups}, "
          f"quarantined again {report.quarantined}")
    return 0


def cmd_mail_resolve(args) -> int:
    """rightsbot mail resolve 12 --note 'a colleague of the customer; answered by phone' --by privacy@allsec.fi"""
    from bot.services.mail_actions import resolve

    mail = resolve(_app(args), args.mail_id, args.by, args.note)
    print(f"mail #{mail.id} resolved by {mail.resolved_by}")
    return 0


def cmd_tasks(args) -> int:
    """rightsbot tasks --json"""
    from bot.services import views

    rows = views.tasks(_app(args), None if args.all else TaskStatus.OPEN)
    return _print_rows(args, rows, lambda r: (
        f"#{r['id']:<4} {r['status']:<5} {r['case_ref']}  {r['right']:<18} {r['title']}"))


def cmd_task_done(args) -> int:
    """rightsbot task done 7 --by privacy@allsec.fi --note 'address corrected'"""
    from bot.services.case_actions import complete_task

    task = complete_task(_app(args), args.task_id, args.by, args.note)
    print(f"task #{task.id} done")
    return 0


def cmd_verify(args) -> int:
    """rightsbot verify DSR-2026-0001 --by privacy@allsec.fi --order 10234 --name 'Maija Virtanen'"""
    from bot.services.case_actions import verify

    case = verify(_app(args), args.ref, args.by, customer_email=args.customer, order=args.order, name=args.name)
    print(f"{case.ref}: identity confirmed" + (f", data go to {case.customer_email}" if case.customer_email else
                                               ", no customer record"))
    return 0


def cmd_decide(args) -> int:
    """rightsbot decide DSR-2026-0001 --right objection --refuse --reason '...' --by privacy@allsec.fi"""
    from bot.services.case_actions import decide

    case = decide(_app(args), args.ref, args.right, "granted" if args.grant else "refused", args.reason, args.by)
    print(f"{case.ref}: {args.right} {'granted' if args.grant else 'refused'}")
    return 0


def cmd_extend(args) -> int:
    """rightsbot extend DSR-2026-0001 --ground complexity --reason '...' --by privacy@allsec.fi"""
    from bot.services.case_actions import extend

    case = extend(_app(args), args.ref, args.reason, args.by, ground=args.ground)
    print(f"{case.ref}: extension notice drafted; the due date moves when it is sent (approve it before "
          f"{case.due_date})")
    return 0


def cmd_mark_repeat(args) -> int:
    """rightsbot mark-repeat DSR-2026-0001 --reason '...' --by privacy@allsec.fi"""
    from bot.services.case_actions import mark_repeat

    case = mark_repeat(_app(args), args.ref, args.reason, args.by)
    print(f"{case.ref}: marked manifestly unfounded or excessive")
    return 0


def cmd_triage(args) -> int:
    """rightsbot triage DSR-2026-0001 --intents erasure,marketing_ban --language fi --by privacy@allsec.fi"""
    from bot.services.case_actions import triage

    intents = [i.strip() for i in args.intents.split(",") if i.strip()]
    case = triage(_app(args), args.ref, intents, args.language, args.by)
    print(f"{case.ref}: triaged as {', '.join(case.intents)}")
    return 0


def cmd_close(args) -> int:
    """rightsbot close DSR-2026-0001 --reason 'withdrawn by the requester' --by privacy@allsec.fi"""
    from bot.services.case_actions import close

    case = close(_app(args), args.ref, args.reason, args.by)
    print(f"{case.ref}: closed")
    return 0


def cmd_classify(args) -> int:
    """rightsbot classify mail.eml --json"""
    from bot.core.mail.parse import Malformed, parse
    from bot.core.reading.classify import classify
    from bot.entrypoints.bootstrap import install_second_reader

    install_second_reader()
    status = 0
    for name in args.files:
        path = Path(name)
        try:
            raw = path.read_bytes()
        except OSError as exc:
            print(f"rightsbot: {name}: {exc.strerror}", file=sys.stderr)
            status = EXIT_USAGE
            continue
        parsed = parse(raw)
        if isinstance(parsed, Malformed):
            row = {"file": name, "kind": "malformed", "intents": [], "language": "other", "confidence": 0.0,
                   "needs_triage": True, "reasons": [parsed.reason]}
        else:
            row = {"file": name} | classify(parsed).to_json()
        if args.json:
            print(json.dumps(row, ensure_ascii=False))
        else:
            print(f"{name}: {row['kind']} {','.join(row['intents']) or '-'} [{row['language']}] "
                  f"conf={row['confidence']}{' TRIAGE' if row['needs_triage'] else ''}")
    return status


def cmd_oauth2_login(args) -> int:
    """rightsbot oauth2 login"""
    from bot.adapters.oauth2 import google_login
    from bot.entrypoints import config

    config.load_env_file(args.env_file)
    settings = config.from_mapping(os.environ)
    if settings.oauth2 is None:
        print("rightsbot: IMAP_AUTH: set IMAP_AUTH or SMTP_AUTH to oauth2 first", file=sys.stderr)
        return EXIT_USAGE
    google_login(settings.oauth2, port=args.port, open_browser=not args.no_browser)
    print(f"signed in; the refresh token is in {settings.oauth2.token_file} (readable by you only)")
    return 0


def cmd_web(args) -> int:
    """rightsbot web"""
    from bot.entrypoints.web.serve import run

    app = _app(args)
    print(f"rightsbot console on http://{app.settings.web_host}:{app.settings.web_port} "
          f"(links go to {app.settings.web_base_url}); Ctrl-C stops it", file=sys.stderr)
    try:
        run(app)
    except KeyboardInterrupt:
        # uvicorn finishes the requests in hand, then hands Ctrl-C back; stopping is what was asked.
        pass
    return 0


def cmd_demo(args) -> int:
    """rightsbot demo"""
    from bot.entrypoints.demo.run import run

    return run(keep=args.keep)
