"""The public shapes of cases and drafts, for `--json` and for people. Raw mail never leaves here.

These dictionaries are the stable JSON format documented in the README: add keys, never rename.
"""

from __future__ import annotations

import json
from datetime import date

from bot.adapters import store
from bot.core.deadlines import current_due_date, reminder_dates, urgency
from bot.core.errors import NotFound
from bot.core.mail.parse import Malformed, parse
from bot.core.reading import quoting
from bot.core.states import DRAFTS_WAITING, DraftStatus, MailState, Status, TaskStatus
from bot.services import casework, standing
from bot.services.drafts import EXTENSION_STEP
from bot.services.knowledge import hold_row
from bot.services.letters import parts_of


def case_row(app, case: store.Case) -> dict:
    tz = app.settings.timezone
    return {
        "ref": case.ref,
        "requester": case.requester,
        "intents": case.intents,
        "language": case.language,
        "status": case.status,
        "outcome": case.outcome,
        "needs_triage": case.needs_triage,
        "received_at": store.aware(case.received_at).astimezone(tz).isoformat(timespec="seconds"),
        "due_date": case.due_date.isoformat(),
        "extended_due_date": case.extended_due_date.isoformat() if case.extended_due_date else None,
    }


def draft_row(draft: store.Draft, case_ref: str) -> dict:
    return {
        "id": draft.id,
        "case_ref": case_ref,
        "to": draft.to_addr,
        "subject": draft.subject,
        "template": draft.template,
        "language": draft.language,
        "step": draft.step,
        "status": draft.status,
        "message_id": draft.message_id,
        "approved_by": draft.approved_by,
        "sent_at": store.aware(draft.sent_at).isoformat() if draft.sent_at else None,
        "last_error": draft.last_error,
        "next_attempt_at": store.aware(draft.next_attempt_at).isoformat() if draft.next_attempt_at else None,
        "superseded_by": draft.superseded_by,
        "answers": [f"{p.scope}:{p.step}" for p in parts_of(draft)],
    }


def cases(app, status: str | None = None, overdue: bool = False) -> list[dict]:
    """The cases, oldest first; only those in `status`, or only the overdue ones, when asked."""
    today = app.today(app.clock.now())
    with app.store.session() as session:
        with_notice = standing.cases_with_notice_sent(session)
        rows = [case_row(app, c) | standing.due_fields(app, c, c.id in with_notice, today)
                for c in store.list_cases(session) if status is None or c.status == status]
    return [r for r in rows if r["overdue"] or not overdue]


def drafts(app, status: str | None = None) -> list[dict]:
    with app.store.session() as session:
        refs = {c.id: c.ref for c in store.list_cases(session)}
        return [draft_row(d, refs.get(d.case_id, "")) | {"body": d.body_text}
                for d in store.list_drafts(session, status)]


def deferred_drafts(app) -> list[dict]:
    """Approved drafts a temporary failure put off: why, and when `send` tries again (in TIMEZONE)."""
    tz = app.settings.timezone
    with app.store.session() as session:
        refs = {c.id: c.ref for c in store.list_cases(session)}
        return [{"id": d.id, "case_ref": refs.get(d.case_id, ""), "attempts": d.attempts, "reason": d.last_error or "",
                 "next_attempt_at": store.aware(d.next_attempt_at).astimezone(tz).isoformat(timespec="seconds")}
                for d in store.list_drafts(session, DraftStatus.APPROVED) if d.next_attempt_at and d.last_error]


def deferred_text(row: dict) -> str:
    when = row["next_attempt_at"][:16].replace("T", " ")
    return f"draft #{row['id']} ({row['case_ref']}) deferred: {row['reason']}; tried {row['attempts']}x, next try {when}"


def case_detail(app, ref: str) -> dict:
    tz = app.settings.timezone
    now = app.clock.now()
    with app.store.session() as session:
        case = store.case_by_ref(session, ref)
        drafts = store.case_drafts(session, case.id)
        detail = case_row(app, case) | standing.due_fields(app, case, standing.notice_sent(drafts), app.today(now))
        suspended = casework.suspended_due(app, case, standing.notice_sent(drafts))
        detail["suspended_due_date"] = suspended.isoformat() if suspended else None
        detail["customer_email"] = case.customer_email
        detail["identity_confirmed"] = case.identity_confirmed
        # Why the opening mail's From does not verify the requester (DMARC failed, a From read two ways).
        detail["sender_doubts"] = _doubts(case.sender_doubts)
        detail["closed_at"] = store.aware(case.closed_at).astimezone(tz).isoformat(timespec="seconds") if case.closed_at else None
        detail["purged_at"] = store.aware(case.purged_at).astimezone(tz).isoformat(timespec="seconds") if case.purged_at else None
        knowledge = casework.look_up(app, session, case, app.today(now))
        staff = app.settings.staff_language
        detail["holds"] = [_jsonable(hold_row(h, staff)) for h in knowledge.holds]
        detail["expired_holds"] = [_jsonable(hold_row(h, staff)) for h in knowledge.expired]
        points = sorted({n for r in case.intents if r in app.workflows
                         for n in app.workflows[r].reminders.working_days_before_due})
        # Art. 12(3): the extended date counts only once the notice has gone out.
        due = standing.current_due(case, drafts)
        detail["reminders"] = [d.isoformat() for d in reminder_dates(due, points, app.calendar)]
        current = casework.current_plan(app, session, case, knowledge)
        detail["next"] = [{"right": a.right, "step": a.step, "waiting_for": a.kind, "template": a.template,
                           "detail": a.detail} for a in current.waiting + current.todo]
        if case.status == Status.TRIAGE:
            detail["next"].insert(0, {"right": "*", "step": "triage", "waiting_for": "triage", "template": None,
                                      "detail": "a person reads the mail, then: rightsbot triage REF --intents ..."})
        waiting = [d for d in drafts if d.step == EXTENSION_STEP and d.superseded_by is None
                   and d.status in (*DRAFTS_WAITING, DraftStatus.SENDING)]
        if waiting and not standing.notice_sent(drafts):
            # Art. 12(3): the extension holds only if the requester is told, with reasons, within the first month.
            late = now.astimezone(tz).date() > case.due_date
            detail["next"].insert(0, {"right": "*", "step": EXTENSION_STEP, "waiting_for": "approval",
                                      "template": waiting[0].template,
                                      "detail": "LATE: the first month has ended; it will not be sent" if late else
                                      f"must go out by {case.due_date.isoformat()}; the due date moves when it does"})
        detail["tasks"] = [{"id": t.id, "right": t.scope, "step": t.step, "task": t.task, "title": t.title,
                            "status": t.status, "done_by": t.done_by, "note": t.note, "detail": t.detail,
                            "serves": [f"{s}:{p}" for s, p in store.task_keys(t)]}
                           for t in store.case_tasks(session, case.id)]
        detail["decisions"] = [{"right": d.right, "decision": d.decision, "reasons": d.reasons, "by": d.decided_by}
                               for d in store.case_decisions(session, case.id)]
        detail["forwarded_at"] = (store.aware(case.forwarded_at).astimezone(tz).isoformat(timespec="seconds")
                                  if case.forwarded_at else None)
        detail["mails"] = [
            {"id": m.id, "direction": m.direction, "from": m.from_addr, "subject": m.subject, "kind": m.kind,
             "state": m.state, "at": store.aware(m.received_at).astimezone(tz).isoformat(timespec="seconds") if m.received_at else None,
             "text": mail_text(m.raw) if m.direction == "in" else None,
             "authentication": {"spf": m.auth_spf, "dkim": m.auth_dkim, "dmarc": m.auth_dmarc} if m.direction == "in" else None,
             "sender_doubts": _doubts(m.sender_doubts), "purged": m.purged_at is not None}
            for m in store.case_mails(session, case.id)
        ]
        detail["drafts"] = [draft_row(d, case.ref) for d in store.case_drafts(session, case.id)]
        detail["events"] = [
            {"name": e.name, "actor": e.actor, "at": store.aware(e.at).astimezone(tz).isoformat(timespec="seconds"),
             "data": json.loads(e.data_json)}
            for e in store.case_events(session, case.id)
        ]
        return detail


def mail_text(raw: bytes) -> str:
    """A mail as staff read it: plain text, the customer's own words, quoted replies folded to one line."""
    if not raw:
        return "[removed: the bot no longer keeps this mail]"
    parsed = parse(raw)
    if isinstance(parsed, Malformed):
        return f"[unreadable: {parsed.reason}]"
    parts = quoting.split(parsed.text or "", parsed.subject or "")
    text = parts.own
    for forwarded in parts.forwarded:
        text += f"\n[forwarded from {forwarded.from_addr or 'unknown'}]\n{forwarded.text}"
    if parts.quoted:
        text += f"\n[quoted text folded: {len(parts.quoted.splitlines())} lines]"
    return text.strip()


def draft_detail(app, draft_id: int) -> dict:
    """Everything a draft will send, for staff to read (and redact) before approving: `rightsbot draft show`."""
    with app.store.session() as session:
        draft = store.get_draft(session, draft_id)
        case = session.get(store.Case, draft.case_id)
        files = store.draft_attachments(session, draft.id)
        return draft_row(draft, case.ref) | {
            "body": draft.body_text, "personal_data": draft.personal_data, "rejected_reason": draft.rejected_reason,
            "attachments": [{"filename": a.filename, "mime_type": a.mime_type, "size": len(a.content),
                             "text": a.content.decode("utf-8-sig", errors="replace")
                             if a.mime_type.startswith("text/") or a.mime_type.endswith("json") else None}
                            for a in files],
        }


def draft_text(d: dict) -> str:
    lines = [f"draft #{d['id']}  {d['status']}  {d['case_ref']}  {d['template']}  answers {', '.join(d['answers'])}",
             f"To: {d['to']}", f"Subject: {d['subject']}", "", d["body"].rstrip()]
    for a in d["attachments"]:
        lines += ["", f"--- attachment {a['filename']} ({a['mime_type']}, {a['size']} bytes) ---",
                  (a["text"] or "[binary]").rstrip()]
    return "\n".join(lines)


def _jsonable(value):
    """Dates to ISO strings, recursively (the JSON shapes carry no date objects)."""
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_jsonable(v) for v in value]
    return value.isoformat() if isinstance(value, date) else value


def mails(app, state: str | None = None) -> list[dict]:
    """Incoming mail as staff need to see it: what was quarantined, flagged or left unanswered, and why."""
    tz = app.settings.timezone
    with app.store.session() as session:
        refs = {c.id: c.ref for c in store.list_cases(session)}
        rows = store.list_mail(session, state)
        return [{"id": m.id, "state": m.state, "kind": m.kind, "reason": m.reason, "from": m.from_addr,
                 "resolved_by": m.resolved_by, "resolution": m.resolution,
                 "subject": m.subject, "case_ref": refs.get(m.case_id),
                 "received_at": store.aware(m.received_at).astimezone(tz).isoformat(timespec="seconds")
                 if m.received_at else None} for m in rows]


def tasks(app, status: str | None = TaskStatus.OPEN) -> list[dict]:
    with app.store.session() as session:
        refs = {c.id: c.ref for c in store.list_cases(session)}
        return [{"id": t.id, "case_ref": refs.get(t.case_id, ""), "right": t.scope, "step": t.step, "task": t.task,
                 "title": t.title, "status": t.status, "done_by": t.done_by, "note": t.note, "detail": t.detail}
                for t in store.list_tasks(session, status)]


def queue(app) -> dict:
    """What staff work through: open cases by the date the answer is owed, with what each waits for;
    drafts waiting for approval; cases and mail that a person must read first; flagged mail."""
    now = app.clock.now()
    today = app.today(now)
    tz = app.settings.timezone
    with app.store.session() as session:
        refs = {c.id: c.ref for c in store.list_cases(session)}
        with_notice = standing.cases_with_notice_sent(session)
        rows = []
        for case in standing.open_cases(session):
            due = current_due_date(case.due_date, case.extended_due_date, case.id in with_notice)
            overdue, days = standing.days_to(app, today, due)
            rows.append(case_row(app, case) | {
                "owed_by": due.isoformat(), "overdue": overdue, "working_days": days,
                "urgency": urgency(overdue, days),
                "waiting_for": sorted({w["kind"] for w in standing.waits(app, session, case, today)})})
        rows.sort(key=lambda r: (r["owed_by"], r["ref"]))
        drafts = [draft_row(d, refs.get(d.case_id, "")) | {"created_at": _local(d.created_at, tz)}
                  for d in store.list_drafts(session, DraftStatus.PENDING)]
        failed = [draft_row(d, refs.get(d.case_id, "")) for d in store.list_drafts(session, DraftStatus.FAILED)]
        approved = len(store.list_drafts(session, DraftStatus.APPROVED))
    flagged = mails(app, MailState.FLAGGED)
    return {
        "today": today.isoformat(),
        "cases": rows,
        "drafts": drafts,
        "failed_drafts": failed,
        "approved_drafts": approved,
        "triage": [r for r in rows if r["status"] == Status.TRIAGE],
        # Mail the classifier was unsure of and that opened no case: a person reads it as a request or not.
        "unsure_mail": [m for m in flagged if m["case_ref"] is None],
        "flagged": [m for m in flagged if m["case_ref"] is not None],
    }


def _local(value, tz) -> str | None:
    return store.aware(value).astimezone(tz).isoformat(timespec="seconds") if value else None


def mail_detail(app, mail_id: int) -> dict:
    """One incoming mail as staff read it: headers they need, how it was classified and why, its text."""
    with app.store.session() as session:
        row = session.get(store.Mail, mail_id)
        if row is None or row.direction != "in":
            raise NotFound(f"no incoming mail {mail_id}")
        case = session.get(store.Case, row.case_id) if row.case_id else None
        return _mail_dict(app, row, case.ref if case else None)


def _mail_dict(app, row: store.Mail, case_ref: str | None) -> dict:
    classification = json.loads(row.classification_json) if row.classification_json else None
    return {"id": row.id, "state": row.state, "reason": row.reason, "kind": row.kind, "from": row.from_addr,
            "subject": row.subject, "case_ref": case_ref, "received_at": _local(row.received_at, app.settings.timezone),
            "resolved_by": row.resolved_by, "resolution": row.resolution,
            "classification": classification, "text": mail_text(row.raw),
            "authentication": {"spf": row.auth_spf, "dkim": row.auth_dkim, "dmarc": row.auth_dmarc},
            "sender_doubts": _doubts(row.sender_doubts)}


def case_mail(app, ref: str) -> list[dict]:
    """Every incoming mail on a case with its text and classification, oldest first."""
    with app.store.session() as session:
        case = store.case_by_ref(session, ref)
        return [_mail_dict(app, m, case.ref) for m in store.case_mails(session, case.id) if m.direction == "in"]


def replied_mail(app, draft_id: int) -> dict | None:
    """The customer's mail a draft answers (its In-Reply-To, else the case's latest incoming), as staff read it."""
    with app.store.session() as session:
        draft = store.get_draft(session, draft_id)
        case = session.get(store.Case, draft.case_id)
        incoming = [m for m in store.case_mails(session, case.id) if m.direction == "in"]
        answered = next((m for m in incoming if draft.in_reply_to and m.message_id == draft.in_reply_to), None)
        answered = answered or (incoming[-1] if incoming else None)
        return _mail_dict(app, answered, case.ref) if answered else None


def _doubts(value: str | None) -> list[str]:
    return [d for d in (value or "").split(",") if d]


def authentication_text(auth: dict | None) -> str:
    """`SPF pass, DKIM pass, DMARC fail`, or `not checked` when our server's verdicts are not there."""
    if not auth or not any(auth.values()):
        return "not checked"
    return ", ".join(f"{k.upper()} {auth[k] or '-'}" for k in ("spf", "dkim", "dmarc"))


def identity_text(d: dict) -> str:
    if d["identity_confirmed"]:
        return "confirmed by staff"
    if d["customer_email"]:
        return "address on record"
    if d.get("sender_doubts"):
        return "not verified (the From address does not count: " + ", ".join(d["sender_doubts"]) + ")"
    return "not verified"


def case_text(d: dict) -> str:
    lines = [
        f"{d['ref']}  {d['status']}{'  (needs triage)' if d['needs_triage'] else ''}",
        f"  requester   {d['requester']}",
        f"  rights      {', '.join(d['intents']) or '-'}",
        f"  language    {d['language']}",
        f"  received    {d['received_at']}" + (f"  (the customer's mail; staff forwarded it {d['forwarded_at']})"
                                                  if d.get("forwarded_at") else ""),
        f"  due         {d['due_date']} (legal)" + (f", extended to {d['extended_due_date']}" if d["extended_due_date"] else "")
        + ("  OVERDUE" if d["overdue"] else "")
        + (f", {d['suspended_due_date']} with the identity wait (EDPB 01/2022 §159)" if d["suspended_due_date"] else ""),
        f"  reminders   {', '.join(d['reminders']) or '-'}",
        "  identity    " + identity_text(d),
    ]
    opening = next((m for m in d["mails"] if m["direction"] == "in"), None)
    if opening is not None:
        lines.append("  sender      " + authentication_text(opening["authentication"]) + " (the receiving server's check)")
    if d.get("purged_at"):
        lines.append(f"  purged      {d['purged_at']}: mail, exports and reply texts removed after retention")
    if d["holds"] or d["expired_holds"]:
        lines.append("  holds (record by record; erased once ended):")
        for hold in d["holds"] + d["expired_holds"]:
            year = f"  FY ending {hold['financial_year_end']}" if hold["financial_year_end"] else ""
            state = "until" if hold in d["holds"] else "ENDED"
            lines.append(f"    {hold['record_class']:<16} {state} {hold['until']}{year}  ({hold['legal_basis']})")
            lines += [f"      {r['kind']:<10} {r['reference']:<16} {r['dated']}"
                      + (f"  order {r['order_number']}" if r["order_number"] and r["order_number"] != r["reference"]
                         else "") for r in hold["records"]]
    lines.append("  next:")
    lines += [f"    {n['right']:<18} {n['step']:<22} {n['waiting_for']:<10} {n['template'] or ''} {n['detail']}"
              for n in d["next"]] or ["    nothing: the case is answered or closed"]
    lines.append("  tasks:")
    lines += [f"    #{t['id']:<4} {t['status']:<5} {t['right']:<18} {t['title']}" + (f"  [{t['note']}]" if t["note"] else "")
              + (f"\n          {t['detail']}" if t["detail"] else "") for t in d["tasks"]] or ["    none"]
    if d["decisions"]:
        lines.append("  decisions:")
        lines += [f"    {x['right']:<18} {x['decision']:<8} by {x['by']}: {x['reasons']}" for x in d["decisions"]]
    lines.append("  mail:")
    for m in d["mails"]:
        lines.append(f"    #{m['id']:<4} {m['at'] or '':<25} {m['direction']:<3} {m['kind'] or '-':<10} {m['state']:<9} "
                     f"{m['subject']}")
        if m["direction"] == "in":
            lines.append(f"        sender: {authentication_text(m['authentication'])}"
                         + (f"; doubts: {', '.join(m['sender_doubts'])}" if m["sender_doubts"] else "")
                         + ("; raw mail removed" if m["purged"] else ""))
        lines += [f"        | {line}" for line in (m.get("text") or "").splitlines()]
    lines.append("  drafts:")
    lines += [f"    #{r['id']:<4} {r['status']:<9} {r['template']:<36} {r['subject']}" for r in d["drafts"]]
    lines.append("  events:")
    lines += [f"    {e['at']:<25} {e['name']:<20} {e['actor']}" for e in d["events"]]
    return "\n".join(lines)
