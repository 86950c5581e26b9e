"""Reading what the customer wrote wherever it is: text attachments the body points to, messages
forwarded as attachments, and our own mail quoted below a reply. Each mail is written for the test."""

from __future__ import annotations

from bot.core.mail.parse import ParsedMail, parse
from bot.core.reading.classify import classify

HEAD = ("From: {sender}\r\nTo: info@allsec.fi\r\nSubject: {subject}\r\nDate: Tue, 10 Mar 2026 10:00:00 +0200\r\n"
        "Message-ID: <s1@example.fi>\r\nMIME-Version: 1.0\r\n{extra}")


def multipart(body: str, part: str, subject: str = "Letter", sender: str = "Ann Customer <ann@example.fi>") -> ParsedMail:
    raw = (HEAD.format(sender=sender, subject=subject, extra="") +
           'Content-Type: multipart/mixed; boundary="b1"\r\n\r\n'
           '--b1\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n'
           f"{body}\r\n--b1\r\n{part}\r\n--b1--\r\n")
    parsed = parse(raw.encode("utf-8"))
    assert isinstance(parsed, ParsedMail)
    return parsed


def text_attachment(text: str, name: str = "letter.txt") -> str:
    return (f'Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n'
            f'Content-Disposition: attachment; filename="{name}"\r\n\r\n{text}')


def attached_message(sender: str, subject: str, text: str) -> str:
    return ("Content-Type: message/rfc822\r\nContent-Disposition: attachment\r\n\r\n"
            f"From: {sender}\r\nTo: asiakaspalvelu@allsec.fi\r\nSubject: {subject}\r\nMessage-ID: <in1@example.se>\r\n"
            f"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n{text}")


def reply(body: str, subject: str, extra: str = "") -> ParsedMail:
    raw = (HEAD.format(sender="Ann Customer <ann@example.fi>", subject=subject, extra=extra) +
           "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n" + body)
    parsed = parse(raw.encode("utf-8"))
    assert isinstance(parsed, ParsedMail)
    return parsed


# --- text attachments ------------------------------------------------------------------------


def test_a_letter_in_an_attachment_the_body_points_to_is_read():
    m = multipart("Hello,\n\nplease find my letter attached.\n\nAnn",
                  text_attachment("To Allsec Oy\n\nI ask you to erase all personal data you hold about me.\n\nAnn Customer"))
    c = classify(m)
    assert (c.kind, c.intents, c.language) == ("request", {"erasure"}, "en"), c.reasons


def test_a_finnish_and_a_swedish_pointer():
    fi = multipart("Hei, katso liite.\n\nKalle", text_attachment("Pyydän saada tietää, mitä tietoja teillä on minusta."))
    sv = multipart("Hej, se bifogad fil.\n\nOla", text_attachment("Jag invänder mot att ni analyserar mina köp för statistik."))
    assert (classify(fi).kind, classify(fi).intents) == ("request", {"access"})
    assert (classify(sv).kind, classify(sv).intents) == ("request", {"objection"})


def test_an_attachment_the_body_does_not_point_to_is_not_read():
    # The customer's own words are about an order; the attached packing list is not their request.
    m = multipart("Hi, my order 10233 arrived without the manual. Can you send one?",
                  text_attachment("Packing list\n1x AS-410 camera\nPlease delete the old firmware before use.", "list.txt"))
    assert classify(m).kind == "other"


# --- messages forwarded as attachments -------------------------------------------------------


def test_a_customer_mail_forwarded_by_staff_as_an_attachment():
    m = multipart("Hei, ruotsinkielinen pyyntö asiakaspalvelun postista, viesti liitteenä.\n\nt. Jonna",
                  attached_message("Ronja Customer <ronja@example.se>", "Avsluta mitt konto",
                                   "Hej,\n\njag vill att ni raderar mina uppgifter och slutar skicka reklam.\n\nRonja"),
                  subject="VL: Avsluta mitt konto", sender="Jonna <jonna@allsec.fi>")
    c = classify(m, own_domain="allsec.fi")
    assert (c.kind, c.intents, c.language) == ("request", {"erasure", "marketing_ban"}, "sv"), c.reasons
    # intake opens the case for the customer, not for the staff member who forwarded it
    assert c.forwarded_from == ("ronja@example.se",)


def test_the_subject_of_an_attached_message_is_read_too():
    m = multipart("FYI, see the attached mail.", attached_message("Kevin <kevin@example.co.uk>", "Delete my account please", "Thanks.\n\nKevin"),
                  subject="Fwd: Delete my account please", sender="Tiina <tiina@allsec.fi>")
    assert classify(m).intents == {"erasure"}


# --- our own mail quoted below a reply ----------------------------------------------------------

NEWSLETTER_EN = ("\r\n\r\nOn Tue, 24 Nov 2026, 08:00 Allsec Oy <news@allsec.fi> wrote:\r\n> Hi Robert,\r\n>\r\n"
                 "> Black week: the AS-410 camera for 89 EUR.\r\n>\r\n> Unsubscribe: https://www.allsec.fi/en/unsubscribe\r\n")
NEWSLETTER_FI = ("\r\n\r\nAllsec Oy <uutiskirje@allsec.fi> kirjoitti 1.12.2026 klo 10.00:\r\n> Hei Jarmo!\r\n>\r\n"
                 "> Joulun lahjavinkit: palovaroitin nyt 39,90 €.\r\n>\r\n> Peru uutiskirjeen tilaus: https://www.allsec.fi/peru\r\n")
NEWSLETTER_SV = ("\r\n\r\nDen 22 okt. 2026 kl. 10:00 skrev Allsec Oy <news@allsec.fi>:\r\n> Hej Stina!\r\n>\r\n"
                 "> Höstens nyheter: dörrkamera med 20 % rabatt.\r\n>\r\n> Avsluta prenumerationen: https://www.allsec.fi/sv/avsluta\r\n")
IN_REPLY = "In-Reply-To: <nl-20261124@allsec.fi>\r\n"


def test_a_bare_stop_above_our_newsletter_stops_the_newsletter():
    for body, subject in (("STOP", "Re: Black week"), ("Lopettakaa.", "Vs: Joulun lahjavinkit"), ("Avregistrera mig tack.", "Sv: Nyheter")):
        quote = {"STOP": NEWSLETTER_EN, "Lopettakaa.": NEWSLETTER_FI}.get(body, NEWSLETTER_SV)
        c = classify(reply(body + quote, subject, IN_REPLY))
        assert (c.kind, c.intents) == ("request", {"marketing_ban"}), (body, c.reasons)


def test_a_consent_withdrawn_above_our_newsletter_is_a_marketing_consent():
    c = classify(reply("Peruutan suostumukseni, en halua näitä enää." + NEWSLETTER_FI, "Vs: Joulun lahjavinkit", IN_REPLY))
    assert (c.kind, c.intents) == ("request", {"consent_withdrawal", "marketing_ban"}), c.reasons


def test_remove_me_from_this_is_the_newsletter_and_delete_my_details_is_erasure():
    c = classify(reply("Please remove me from this and delete all my details." + NEWSLETTER_EN, "Re: Black week", IN_REPLY))
    assert (c.kind, c.intents) == ("request", {"erasure", "marketing_ban"}), c.reasons


def test_a_bare_stop_above_someone_elses_newsletter_is_not_read_as_ours():
    quote = NEWSLETTER_EN.replace("news@allsec.fi", "news@othershop.example").replace("allsec.fi/en", "othershop.example")
    c = classify(reply("STOP" + quote, "Re: Black week"))
    assert c.intents != {"marketing_ban"}, c.reasons


def test_a_bare_stop_above_our_order_confirmation_is_no_marketing_ban():
    confirmation = ("\r\n\r\nOn Tue, 24 Nov 2026, 08:00 Allsec Oy <orders@allsec.fi> wrote:\r\n> Thank you for your order 10402.\r\n"
                    "> Delivery: 2-3 working days.\r\n")
    c = classify(reply("Stop. I did not order this." + confirmation, "Re: Order 10402", IN_REPLY))
    assert "marketing_ban" not in c.intents, c.reasons


def test_a_log_attached_to_a_message_of_its_own_is_not_read():
    # The body is the message; the attached log is material for it, not the customer's request.
    m = multipart("Hi, my camera app keeps crashing when I open the history view. I have tried reinstalling it twice and "
                  "restarting the phone, and it still happens every time since the last update. See the attached log. "
                  "Can you help me fix it?",
                  text_attachment("12:01 app start\n12:02 DELETE account data for user 4471: failed\n12:02 crash", "log.txt"))
    c = classify(m)
    assert c.kind == "other" and not c.intents, c.reasons
