import logging

from bot.adapters.logs import RedactAddresses


def test_addresses_are_masked_in_log_records():
    record = logging.LogRecord("bot", logging.INFO, __file__, 1, "case_opened from %s to %s",
                               ("Maija.Virtanen@example.fi", "info@allsec.fi"), None)
    assert RedactAddresses().filter(record)
    assert record.getMessage() == "case_opened from ***@example.fi to ***@allsec.fi"


def test_events_without_addresses_are_unchanged():
    record = logging.LogRecord("bot", logging.INFO, __file__, 1, "poll_done fetched=%d", (3,), None)
    RedactAddresses().filter(record)
    assert record.getMessage() == "poll_done fetched=3"
