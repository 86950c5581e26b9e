"""The exception tree. Catch the level you can act on.

BotError
├── ConfigError            a setting is missing or malformed; the message names it, one line
├── WorkflowError          a workflows/*.toml file is invalid; the message names file and field
├── TemplateError          a template is missing or fails to render
├── IllegalTransition      an event that a case's (draft's, task's, mail's) status does not allow; nothing changed
├── NotFound               a case reference, draft, task or mail id that does not exist
├── StaffError             a staff action that cannot be done as asked (not staff, no reasons, ...)
├── LinkRefused            a console sign-in link that is forged, used or expired (the message says which)
├── TooManyAttempts        sign-in attempts over the rate limit: wait and try again
├── RegisterError          the customer register cannot be read (bot.adapters.register)
│   └── AmbiguousCustomer  two customer records match: staff must pick
├── SignInError            an OAuth2 access token cannot be had; the message names the setting to fix
├── MailboxUnavailable     the IMAP server cannot be reached or refuses us
└── DeliveryError          SMTP delivery failed
    ├── TemporaryDeliveryError   4xx or connection trouble: retry later
    ├── PermanentDeliveryError   5xx for this message or recipient: mark failed and tell staff
    ├── UnconfirmedDeliveryError the whole mail reached the server, its answer did not: never resend blindly
    └── SetupDeliveryError       login or sender refused: nothing can be sent until settings change

MailTimeLimit stands apart, a BaseException like KeyboardInterrupt: reading one mail ran past
MAIL_TIME_LIMIT (bot.adapters.budget), and intake quarantines that mail. It interrupts code from
outside, so no `except Exception` of the reading code may take it for a fault of its own.
"""


class BotError(Exception):
    """Base of every error rightsbot raises on purpose."""


class ConfigError(BotError):
    pass


class WorkflowError(BotError):
    pass


class TemplateError(BotError):
    pass


class IllegalTransition(BotError):
    def __init__(self, status: str, event: str, what: str = "case"):
        super().__init__(f"a {what} in status {status!r} cannot take event {event!r}")
        self.status = status
        self.event = event


class NotFound(BotError):
    pass


class StaffError(BotError):
    pass


class LinkRefused(BotError):
    def __init__(self, reason: str):
        super().__init__(f"sign-in link refused: {reason}")
        self.reason = reason


class TooManyAttempts(BotError):
    pass


class RegisterError(BotError):
    pass


class AmbiguousCustomer(RegisterError):
    pass


class SignInError(BotError):
    """No OAuth2 access token. `temporary` is true when the token endpoint could not be reached or
    failed on its side (try again later), false when it refused us (a setting or a grant must change)."""

    def __init__(self, message: str, *, temporary: bool = False):
        super().__init__(message)
        self.temporary = temporary


class MailboxUnavailable(BotError):
    pass


class MailTimeLimit(BaseException):
    """Handling one mail ran past MAIL_TIME_LIMIT (bot.adapters.budget); intake quarantines it."""


class DeliveryError(BotError):
    pass


class TemporaryDeliveryError(DeliveryError):
    pass


class PermanentDeliveryError(DeliveryError):
    pass


class SetupDeliveryError(DeliveryError):
    pass


class UnconfirmedDeliveryError(DeliveryError):
    pass
