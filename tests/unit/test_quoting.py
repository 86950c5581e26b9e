from bot.core.reading.quoting import own_words, split


def test_gmail_wrote_line_en_fi_sv():
    assert own_words("Yes.\n\nOn Mon, 9 Mar 2026 at 10:00, A <a@x.fi> wrote:\n> old") == "Yes."
    assert own_words("Kyllä.\n\nma 9.3.2026 klo 10.00 Allsec <info@allsec.fi> kirjoitti:\n> vanha") == "Kyllä."
    assert own_words("Ja.\n\nDen 9 mars 2026 kl. 10:00 skrev Allsec <info@allsec.fi>:\n> gammal") == "Ja."


def test_wrapped_attribution():
    assert own_words("Ok.\n\nOn Mon, 9 Mar 2026 at 10:00, Allsec Oy <info@allsec.fi>\nwrote:\n> old") == "Ok."


def test_outlook_blocks_fi_sv():
    fi = "Hei.\n\n________________________________\nLähettäjä: A <a@x.fi>\nLähetetty: 1.3.2026\nVastaanottaja: b@y.fi\nAihe: x\n\nvanha"
    sv = "Hej.\n\nFrån: A <a@x.fi>\nSkickat: den 1 mars 2026\nTill: b@y.fi\nÄmne: x\n\ngammal"
    assert own_words(fi) == "Hei."
    assert own_words(sv) == "Hej."


def test_a_customer_sentence_with_kirjoitti_is_kept():
    assert "kirjoitti" in own_words("Naapurini kirjoitti minulle teistä:\nhyvä kauppa.")


def test_forward_keeps_the_original_and_its_sender():
    text = ("FYI\n\n---------- Forwarded message ---------\nFrom: Mum <mum@example.com>\n"
            "Date: Mon, 4 May 2026\nSubject: shop\nTo: Me <me@example.com>\n\nPlease get them to delete my account.")
    parts = split(text, "Fwd: shop")
    assert parts.own == "FYI"
    assert parts.forwarded[0].from_addr == "mum@example.com"
    assert "delete my account" in parts.forwarded[0].text


def test_hyphen_lists_and_short_signoffs_survive():
    text = "Please:\n- send me a copy\n- then delete it\n\n-Jere"
    assert "- then delete it" in own_words(text)


def test_footers_and_signature_cut():
    assert own_words("Delete my account.\n\nSent from my iPhone") == "Delete my account."
    assert own_words("Poistakaa tili.\n\nLähetetty iPhonesta") == "Poistakaa tili."
    assert own_words("Radera kontot.\n-- \nPia\nVD, Firma Ab") == "Radera kontot."
