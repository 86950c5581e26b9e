"""The public shapes of cases and drafts, for `--json` and for people. Raw mail never leaves here.

These dictionaries are the stable JSON format documented in the README: add keys, never rename.
"""

from __future__ import annotations

import json

from bot import store


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
        "received_at": store.aware(case.received_at).astimezone(tz).isoformat(),
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
    }


def cases(app) -> list[dict]:
    with app.store.session() as session:
        return [case_row(app, c) for c in store.list_cases(session)]


def drafts(app, status: str | None = None) -> list[dict]:
    with app.store.session() as session:
        refs = {c.id: c.ref for c in store.list_cases(session)}
        return [draft_row(d, refs.get(d.case_id, "")) | {"body": d.body_text}
                for d in store.list_drafts(session, status)]


def case_detail(app, ref: str) -> dict:
    tz = app.settings.timezone
    with app.store.session() as session:
        case = store.case_by_ref(session, ref)
        detail = case_row(app, case)
        detail["mails"] = [
            {"id": m.id, "direction": m.direction, "from": m.from_addr, "subject": m.subject, "kind": m.kind,
             "state": m.state, "at": store.aware(m.received_at).astimezone(tz).isoformat() if m.received_at else None}
            for m in store.case_mails(session, case.id)
        ]
        detail["drafts"] = [draft_row(d, case.ref) for d in store.case_drafts(session, case.id)]
        detail["events"] = [
            {"name": e.name, "actor": e.actor, "at": store.aware(e.at).astimezone(tz).isoformat(),
             "data": json.loads(e.data_json)}
            for e in store.case_events(session, case.id)
        ]
        return detail


def case_text(d: dict) -> str:
    lines = [
        f"{d['ref']}  {d['status']}{'  (needs triage)' if d['needs_triage'] else ''}",
        f"  requester   {d['requester']}",
        f"  rights      {', '.join(d['intents']) or '-'}",
        f"  language    {d['language']}",
        f"  received    {d['received_at']}",
        f"  due         {d['due_date']}" + (f"  (extended to {d['extended_due_date']})" if d["extended_due_date"] else ""),
        "  mail:",
    ]
    lines += [f"    {m['at'] or '':<25} {m['direction']:<3} {m['kind'] or '-':<10} {m['subject']}" for m in d["mails"]]
    lines.append("  drafts:")
    lines += [f"    #{r['id']:<4} {r['status']:<9} {r['template']:<36} {r['subject']}" for r in d["drafts"]]
    lines.append("  events:")
    lines += [f"    {e['at']:<25} {e['name']:<20} {e['actor']}" for e in d["events"]]
    return "\n".join(lines)
