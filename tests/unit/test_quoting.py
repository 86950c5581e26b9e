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


def test_disclaimers_in_the_plural_and_partitive_are_cut():
    # "Tämä sähköpostiviesti ja sen mahdolliset liitteet voivat sisältää luottamuksellista tietoa ...": the
    # sender's boilerplate, whose "delete it" (often in English after it) is no erasure asked.
    for text in ("Tämä sähköpostiviesti ja sen mahdolliset liitteet voivat sisältää luottamuksellista tietoa ja ne on "
                 "tarkoitettu ainoastaan viestin vastaanottajalle. / This e-mail may contain confidential information. "
                 "If you have received it in error, please notify the sender and delete it.",
                 "Tämä viesti liitteineen voi sisältää luottamuksellisia tietoja. Jos sait sen erehdyksessä, poista se.",
                 "Tämä sähköposti ja sen liitteet saattavat sisältää luottamuksellista aineistoa."):
        assert own_words("Haluan kopion tiedoistani.\n\nTerveisin Laura\n\n" + text).strip().endswith("Terveisin Laura")
    # the writer's own sentence about a confidential matter stays
    kept = "Tämä viesti on minulle tärkeä, koska asia on luottamuksellinen: poistakaa tietoni."
    assert "poistakaa" in own_words("Hei,\n\n" + kept)
