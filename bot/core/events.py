"""The audit log's vocabulary: past-tense facts from a closed list (STYLE.md D7).

An event is written in the same transaction as the change it records, with its actor and time.
"""

from __future__ import annotations

from enum import StrEnum

SYSTEM_ACTOR = "rightsbot"


class EventName(StrEnum):
    MAIL_RECEIVED = "mail_received"
    MAIL_QUARANTINED = "mail_quarantined"
    MAIL_RETRIED = "mail_retried"
    MAIL_SKIPPED = "mail_skipped"
    MAIL_CLASSIFIED = "mail_classified"
    CASE_OPENED = "case_opened"
    FOLLOWUP_ATTACHED = "followup_attached"
    FOLLOWUP_FLAGGED = "followup_flagged"
    CASE_STATUS_CHANGED = "case_status_changed"
    DRAFT_CREATED = "draft_created"
    DRAFT_EDITED = "draft_edited"
    DRAFT_APPROVED = "draft_approved"
    DRAFT_REJECTED = "draft_rejected"
    DRAFT_SUPERSEDED = "draft_superseded"
    REPLY_WRITTEN = "reply_written"
    ATTACHMENT_EDITED = "attachment_edited"
    MAIL_RESOLVED = "mail_resolved"
    EXTENSION_DRAFTED = "extension_drafted"
    MAIL_SENT = "mail_sent"
    DELIVERY_DEFERRED = "delivery_deferred"
    DELIVERY_FAILED = "delivery_failed"
    DELIVERY_BOUNCED = "delivery_bounced"
    ACK_SKIPPED = "ack_skipped"
    STEP_SKIPPED = "step_skipped"
    TASK_RAISED = "task_raised"
    TASK_DONE = "task_done"
    DECISION_RECORDED = "decision_recorded"
    IDENTITY_CONFIRMED = "identity_confirmed"
    MARKED_REPEAT = "marked_repeat"
    DEADLINE_EXTENDED = "deadline_extended"
    CASE_TRIAGED = "case_triaged"
    ADDRESS_SUPPRESSED = "address_suppressed"
    CASE_ANSWERED = "case_answered"
    CASE_CLOSED = "case_closed"
    REMINDER_SENT = "reminder_sent"
    DIGEST_SENT = "digest_sent"
    # A draft found in `sending` after a stop: its copy was in the Sent folder, or staff were told.
    SENDING_CONFIRMED = "sending_confirmed"
    SENDING_UNCONFIRMED = "sending_unconfirmed"
    # Staff told that intake or sending has failed for ALERT_AFTER, or works again.
    ALERT_SENT = "alert_sent"
    # An address answered our automatic mail like a machine: flagged, automatic mail stopped.
    LOOP_DETECTED = "loop_detected"
    # The staff console's sign-in (bot.services.signin); the actor is the staff member.
    SIGNIN_LINK_ISSUED = "signin_link_issued"
    STAFF_SIGNED_IN = "staff_signed_in"
    STAFF_SIGNED_OUT = "staff_signed_out"
    # A mail set aside for a person without a case (no address to answer); the reason says why.
    MAIL_FLAGGED = "mail_flagged"
    # The bot's own copies removed: a closed case's mail, exports and reply texts after
    # CASE_RETENTION_DAYS, or an answered erasure's earlier mail (bot.services.retention).
    CASE_PURGED = "case_purged"
    MAIL_PURGED = "mail_purged"
