"""Mail in languages we do not answer in always goes to a person, but the `other` pack gives staff a
first guess. Phrasings written for the purpose (issue 12, blind9 tuning), several per family."""

from __future__ import annotations

import pytest

from bot.core.mail.parse import ParsedMail, parse
from bot.core.reading.classify import classify
from bot.core.reading.rights_asked import read_rights

GUESSES = [
    # Spanish, French, German: the right value stated is a correction
    ("Mi dirección correcta es Calle Real 4, Sevilla. ¿Pueden cambiarla?", {"rectification"}),
    ("Mi apellido correcto es Fernández, no Fernandes.", {"rectification"}),
    ("Ma nouvelle adresse est 12 rue des Lilas, Lyon.", {"rectification"}),
    ("Meine richtige Adresse lautet Hauptstraße 3, Berlin.", {"rectification"}),
    # French: send me the data you hold about me
    ("Merci de me communiquer toutes les données personnelles me concernant.", {"access"}),
    ("Pouvez-vous m'envoyer les informations que vous détenez sur moi, s'il vous plaît ?", {"access"}),
    # Estonian: do not send me ads; restrict the processing of my data
    ("Palun ärge saatke mulle enam pakkumisi.", {"marketing_ban"}),
    ("Ärge saatke mulle uudiskirja.", {"marketing_ban"}),
    ("Palun piirake minu andmete töötlemist.", {"restriction"}),
    ("Piirake isikuandmete kasutamist, kuni asi on selgunud.", {"restriction"}),
    # Russian (issue 12, blind13): which data you hold about me; a wrong detail to correct
    ("Сообщите, пожалуйста, какие данные обо мне вы храните.", {"access"}),
    ("В моём профиле указан неправильный адрес. Прошу исправить.", {"rectification"}),
]


@pytest.mark.parametrize("text, intents", GUESSES, ids=[g[0][:30] for g in GUESSES])
def test_a_first_guess_in_other_languages(text, intents):
    assert read_rights(text, "other").intents == intents


def _mail(subject: str, body: str) -> ParsedMail:
    raw = (f"From: a@example.ee\r\nTo: info@allsec.fi\r\nSubject: {subject}\r\n"
           f"Content-Type: text/plain; charset=utf-8\r\n\r\n{body}").encode()
    parsed = parse(raw)
    assert isinstance(parsed, ParsedMail)
    return parsed


@pytest.mark.parametrize("subject, body", [
    ("Automaatne vastus: arve", "Olen puhkusel kuni 14. juulini."),
    ("Kontor suletud", "See on automaatne vastus. Vastan teie kirjale esmaspäeval."),
    ("Respuesta automática: pedido", "Estoy fuera de la oficina hasta el lunes."),
    ("Absence", "Je suis absente jusqu'au 3 mars, je lirai vos messages à mon retour."),
])
def test_out_of_office_in_other_languages(subject, body):
    assert classify(_mail(subject, body)).kind == "auto_reply"


@pytest.mark.parametrize("subject, body", [
    # Russian SEO cold mail (issue 12, blind13): a guaranteed top ranking and a free audit
    ("Продвижение сайта", "Здравствуйте! Гарантируем вывод вашего сайта в ТОП-10 поиска за месяц. Ответьте на это письмо, и мы пришлём бесплатный аудит."),
])
def test_cold_mail_in_other_languages(subject, body):
    assert classify(_mail(subject, body)).kind == "spam"
