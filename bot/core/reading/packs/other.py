"""Words no covered language owns: international words (GDPR, CSV, bitcoin) and a first guess at
the rights in the languages that reach a Finnish shop but are not answered in (German, French,
Dutch, Polish, Estonian, Norwegian and Danish, Italian, Spanish, Russian). Mail in those languages
always goes to a person; these words only give staff a first guess. Literal data only;
`bot.core.reading.vocabulary` says what each key means and checks it.
"""

# Norwegian and Danish words that Swedish does not use (Danish shares the list).
_NORDIC = (
    "jeg ikke ikkje og meg deg dere hvilke hvilken hva hvordan hvorfor hvis også ønsker ønsket gjerne takk "
    "hilsen vennlig venlig jer jeres bare noen være vært når fra skal mine dine kjøpte købte opplysninger "
    "oplysninger oversikt innsyn slett slette lurer kunne"
)

PACK = {
    "code": "other",
    "name": "other languages",
    "covered": False,
    # Words that Norwegian/Danish and Estonian use and Swedish/Finnish do not: the model's "no"/"da"
    # or "et" is then kept as "other" even when shared function words (som, er, on, ja) lean sv/fi.
    "neighbour_words": {
        "no": _NORDIC,
        "da": _NORDIC,
        "et": (
            "ma mina mul minu teie teil palun tere aitäh aitah lugupidamisega andmed andmeid kas see ning oma "
            "olen ka mis või kustutage kustutada soovin tänan "
            # Estonian function words Finnish lacks (Finnish: niitä, koskaan, vain, ei-, sitten, sitä, minut, vielä, koska)
            "neid kunagi ainult mitte siis seda selle mind veel väga sest aga midagi"
        ),
        # Spanish: a short "dadme de baja de la newsletter" has two words ("de") that Swedish also uses.
        "es": "por favor gracias hola la el los las mi mis que para con una del lo quiero",
    },
    # Negation in mail we do not cover: ours as well as the neighbours', since such mail mixes them.
    "negation": r"\b(not|don'?t|dont|do not|never|inte|int|ej|ala|alkaa|ei|ette|nicht|kein\w*|niet|nie|arge|ara|non|ne|no)\b",
    # Polite questions that ask for something: "Könnten Sie mir ... schicken?", "Pourriez-vous ...?"
    "polite": (
        r"\b(konnten sie|konnen sie|wurden sie|pourriez[- ]vous|pouvez[- ]vous|potreste|potete|podrian|podria|pueden|"
        r"kunt u|zou u|kunnen jullie|czy mog\w*)\b"
    ),
    "words": {
        # "comunicaciones comerciales", "offres commerciales": commercial communications are direct marketing
        "marketing": r"werb|newsletter|reklame|publicit|reclame|reklaam|uudiskir|рассыл|реклам|"
                     r"\b(comunicacion|comunicazion|communication|offre|sollicitation)\w* comm?erciali?\w*|\bprospection commerciale",
        "article_words": r"artikkel\w*|artykul\w*|articulo|articolo",
        "privacy_strong": (
            r"\b(gdpr|dsgvo|rodo|personopplysning\w*|personoplysning\w*|isikuandm\w*|personenbezogen\w*|datenschutz\w*)"
        ),
        "privacy_topic": r"\b(opplysning\w*|oplysning\w*|mine (data|opplysninger|oplysninger)|(minu|oma) andme\w*|meine daten|mes donnees|moje dane)",
        "about_me": r"\bom meg\b",
        "first_person": r"\b(ich|mich|mir|mein\w*|jeg|meg|min|mitt|mine|moje|mnie|moich|minu|mina|mul|je|moi|mes|mon|ma)\b",
        "privacy_have": r"\b(har lagret|lagret)\b",
        "privacy_action": (
            r"\b(slett\w*|rette\w*|bruk\w*|lagre\w*|oversikt|innsyn|indsigt|behandle\w*|kustuta\w*|losch\w*|supprim\w*|usun\w*)\b"
        ),
    },
    "cues": (
        # International words of the rights.
        {"right": "portability", "name": "file-formats",
         "pattern": r"\b(csv|json|xml|xlsx)\b|\bexcel\w*"},
        # The verb asks; the noun ("die Löschung meiner Daten") may only name an earlier request in a
        # followup ("ich habe die Löschung beantragt"), as "erasure" does in English.
        {"right": "erasure", "name": "delete-other",
         "pattern": r"\b(kustuta(?!mi)\w*|losch(?!ung)\w*|verwijder(?!ing)\w*|supprim\w*|effac\w*|usun(?!ie)\w*|slet\w*|"
                    # Spanish "borrar", "bórrame"; Swedish "borra(s)", "borrad" is to drill ("skåpet måste borras upp")
                    r"borrar\w*|borrame|borradme|"
                    r"cancellare|cancellate|cancellatemi)\b|(?<!\w)удал(ить|ите|и)\w*"},
        {"right": "erasure", "name": "deletion-noun-other",
         "pattern": r"\b(kustutami\w*|loschung\w*|verwijdering\w*|suppression|usuniecie\w*|cancellazione|borrado|supresion)\b",
         "ref": True},
        {"right": "access", "name": "access-other",
         "pattern": r"(?<!fur die )(?<!fur ihre )\b(auskunft\w*|inzage\w*|droit d'acces|dostep\w*|kopie (aller|meiner)|copie (de|des|du)|copia (de|dei|delle))\b"
                    # Norwegian/Danish and Estonian: "hvilke opplysninger dere har om meg", "innsyn", "milliseid andmeid"
                    r"|\bhvilke (person)?(opplysninger|oplysninger|data)\b|\b(innsyn|indsigt)\w*|\boversikt over\b{{S}}{0,30}"
                    r"\b(opplysning|oplysning|data)\w*|\bmilliseid\b{{S}}{0,20}\b\w*andme\w*|\bkoopia\w*{{S}}{0,30}andme\w*|\bkellele\b{{S}}{0,40}\b(edasta|jaga|antud|avalda)\w*"
                    # French: "me communiquer les données me concernant", "les informations que vous détenez sur moi"
                    r"|\b(communiqu|transmet|envoy)\w*\b{{S}}{0,40}\b(donnees|informations)\b{{S}}{0,50}\b(me concernant|que vous detenez)"
                    # Russian: "какие данные обо мне у вас хранятся"
                    r"|(?<!\w)каки\w* (\w+ ){0,2}данн\w*{{S}}{0,30}(обо мне|у вас|хран\w*)",
         "in_question": True},
        {"right": "marketing_ban", "name": "stop-ads-other",
         "pattern": r"\b(keine (werbung|newsletter|werbe\w*)|abbestell\w*|abmelden|werbung\b{{S}}{0,30}\b(einstell|stopp|unterlass)\w*|"
                    r"desabonn\w*|ne plus recevoir|"
                    # "verwenden Sie meine Daten nicht mehr für Werbung", "n'utilisez plus mes données à des fins publicitaires"
                    r"\bnicht (mehr )?(fur|zu)\b{{S}}{0,10}\b(werb|marketing)\w*|\b(n'utilise\w*|ne plus utiliser)\b{{S}}{0,50}\b(publicit|prospection|marketing)\w*|afmelden|uitschrijv\w*|geen (reclame|nieuwsbrie\w*)|wypisa\w*|"
                    # Estonian ("lõpetage reklaamkirjade saatmine"), Italian and Spanish newsletter and ad stops
                    r"(lõpeta|loobu)\w*{{S}}{0,50}(reklaam|uudiskir|pakkumis)\w*|\b(arge|ara) saat\w*{{S}}{0,40}(reklaam|uudiskir|pakkumis)\w*|(reklaam|uudiskir)\w*{{S}}{0,30}(lõpeta|ei soovi)\w*|"
                    r"(disiscriv|cancellami)\w*|(non|no) (voglio|desidero|quiero|deseo) (piu |mas )?(ricevere|recibir)|(darse|darme|dadme|dame|denme|darnos|dadnos) de baja|"
                    # Estonian "eemaldage mind nimekirjast": off the mailing list
                    r"\beemalda\w* (mind|minu (\w+ )?aadress\w*){{S}}{0,20}(nimekir|list|postiloend)\w*|"
                    r"(прекрат|остановит|отпиш|не присыла|не отправля)\w*{{S}}{0,60}(рассыл|реклам|sms|смс|письм)\w*|отпис\w*)",
         "negatable": False},
        # Withdrawing consent: revoco il consenso, je retire mon consentement, ich widerrufe meine
        # Einwilligung, trek mijn toestemming in, cofam zgodę, võtan nõusoleku tagasi.
        {"right": "consent_withdrawal", "name": "withdraw-consent-other",
         "pattern": r"\b(revoc\w*|retir\w*|widerruf\w*|zuruckzieh\w*|zuruck|intrek\w*|herroep\w*|trek\w*|cofn\w*|wycofu\w*|tuhista\w*|votan|retiro)\b"
                    r"{{S}}{0,40}\b(consens\w*|consentement\w*|consentimiento|einwilligung\w*|zustimmung\w*|toestemming\w*|zgod\w*|nousolek\w*|nõusolek\w*)"
                    r"|\b(consens\w*|consentement\w*|einwilligung\w*|toestemming\w*|zgod\w*|nõusolek\w*)\b{{S}}{0,30}"
                    r"\b(widerruf\w*|revoqu\w*|revocat\w*|tagasi|ingetrokken)"},
        # "proszę o poprawienie danych", "bitte berichtigen Sie meine Daten", "parandage minu andmed".
        {"right": "rectification", "name": "correct-other",
         "pattern": r"\b(poprawi\w*|popraw\w*|sprostowa\w*|berichtig\w*|korrigier\w*|corrig\w*|rectifi\w*|paranda\w*|parandage|verbeter\w*|"
                    r"correggere|corregir)\b{{S}}{0,40}\b(dan\w*|daten|donnees|dati|datos|andme\w*|gegevens|nazwisk\w*|imi\w*|name\w*|nom|"
                    r"adres\w*|nimi|perekonnanim\w*|angabe\w*|information\w*|informazion\w*|informaci\w*|dato|coordonnees)"
                    r"|\b(nazwisk\w*|imie|adres|name|andme\w*)\b{{S}}{0,60}\b(powinno byc|powinien byc|sollte|peaks olema|ist falsch|jest bledn\w*|on vale)"
                    # the right value stated: "mi dirección correcta es", "ma nouvelle adresse est", "meine richtige Adresse lautet"
                    r"|\bmi (direcci[oó]n|nombre|apellido|tel[oe]fono|correo)\w*( electr[oó]nico)? (correct[ao]|nuev[ao]) es\b"
                    r"|\bm(a|on) (nouvelle |bonne |vraie )?(adresse|nom|numero)( correcte| exacte)? est\b"
                    r"|\bmeine (richtige|neue|korrekte) (adresse|anschrift|name|telefonnummer|e-mail-adresse) (ist|lautet)\b"
                    # Russian: "прошу исправить", "исправьте", a wrong detail and the right one
                    r"|(?<!\w)прошу (исправить|изменить)|(?<!\w)исправьте|(?<!\w)(неправильн|неверн|ошибочн)\w*{{S}}{0,60}(правильн|верн)\w*"},
        # The writer's own detail said to be wrong: "mon adresse ... est erronée", "meine Telefonnummer ist falsch",
        # "mi dirección es incorrecta". Only the writer's own ("mon", "meine"): a price or a page is no record.
        {"right": "rectification", "name": "my-detail-is-wrong-other",
         "pattern": r"\b(mon|ma|mes|mein|meine|meinem|meiner|mi|mis|il mio|la mia|moj\w*)\b{{S}}{0,10}\b(adress\w*|nom|prenom|numero|telephone|courriel|"
                    r"anschrift|name|nachname|vorname|telefonnummer|e-mail-adresse|direcci\w*|nombre|apellido\w*|telefono|indirizzo|cognome)\b"
                    r"{{S}}{0,60}\b(est|sont|ist|sind|es|son|e)\b (\w+ )?(erron\w*|incorrect\w*|faux|fausse|inexact\w*|falsch\w*|unrichtig\w*|"
                    r"equivocad\w*|sbagliat\w*|errat\w*)"},
        # A detail said to be no longer correct: "l'adresse ... n'est plus correcte", "meine Adresse ist nicht
        # mehr aktuell". The negation is the complaint, so it carries its own.
        {"right": "rectification", "name": "no-longer-correct-other",
         "pattern": r"\b(adress\w*|nom|numero|telephone|coordonnees|anschrift|name|telefonnummer|indirizzo|direccion|telefono)\b{{S}}{0,60}"
                    r"\b(n'est plus|ne sont plus|n'est pas|ne sont pas|nicht mehr|non e piu|non sono piu|ya no es|ya no son)\b"
                    r"{{S}}{0,5}(\bcorrect\w*|\bexact\w*|\b[aà] jour\b|\baktuell|\bkorrekt|\brichtig|\bcorrett\w*|\baggiornat\w*|\bactual\w*)",
         "negatable": False},
        # "Einschränkung der Verarbeitung", "ograniczenie przetwarzania"; "ärge kasutage ... kuni" (Estonian: do not use until).
        {"right": "restriction", "name": "restrict-other",
         "pattern": r"\b(einschrankung der verarbeitung|ograniczeni\w* przetwarzania|limitation du traitement|toetlemise piiramis\w*)\b"
                    r"|\b(arge|ara)\b{{S}}{0,20}\bkasuta\w*\b{{S}}{0,90}\bkuni\b"
                    # Estonian "piirake minu andmete töötlemist": restrict, with the processing or the data named
                    r"|\bpiira\w*\b{{S}}{0,40}\b(tootlemi\w*|kasutami\w*|\w*andme\w*)"
                    # the processing itself frozen, limited or suspended: "geler le traitement", "limitación del tratamiento"
                    r"|\b(geler|gel|suspendre|suspension|bloquer|limiter|limitaci[oó]n|limitar|suspender|bloquear|limitazione|limitare|sospendere|congelare)\b"
                    r"{{S}}{0,12}\b(traitement|tratamiento|trattamento)\b",
         "negatable": False},
        {"right": "objection", "name": "object-other",
         "pattern": r"\b(widersprech\w*|widerspruch|bezwaar|m'oppose|opposition|sprzeciw\w*|vastuta\w*|oppongo|opposizione|opongo|oposicion)\b"},
    ),
    "quoting": {
        "wrote": r".{3,200}\bschrieb\b.{0,120}:|op\b.{3,200}\bschreef\b.{0,120}:|le\b.{3,200}\ba écrit\s*:",
        "wrote_alone": r"schrieb:",
        "separator": r"ursprüngliche nachricht|weitergeleitete nachricht",
        "forward_words": r"weitergeleitete",
        "header_from": r"von|de|van|feladó|od",
        "header_other": r"gesendet|an|betreff|envoyé|objet|à|verzonden|onderwerp|aan",
        "forward_subject": r"wg|tr|doorst|rv",
        "reply_subject": r"aw",
        "client_footer": r"von meinem \w+ gesendet|gesendet von",
        "disclaimer": r"diese e-mail .{0,60}vertraulich",
    },
    "screening": {
        "bounce_subject": r"unzustellbar",
        # RFC 3463 status codes of a permanent or temporary failure: "5.1.1"
        "bounce_text": r"\b5\.\d\.\d+\b",
        "auto_subject": r"abwesenheitsnotiz|automatische antwort|réponse automatique|automaatne vastus|respuesta automática|risposta automatica|"
                        r"automatisch antwoord",
        "auto_text": (
            r"nicht im büro|abwesend|automatische antwort|bin (bis|vom) .{0,30} nicht|"
            # Estonian, Spanish, French and Italian out-of-office lines
            r"\bsee on automaatne vastus\b|\bolen puhkusel\b|\bestoy fuera de la oficina\b|\bje suis absente?\b|\bsono fuori (ufficio|sede)\b"
        ),
        "phishing_threat": r"konto .{0,30}(eingeschränkt|gesperrt)|"
                           # "Ihre pushTAN-Registrierung läuft ab", "wird Ihre Karte gesperrt", "votre accès ... expire"
                           r"\b(registrierung|zugang|karte|konto|online-banking|tan)\S*\s+(\S+\s+){0,3}?läuft\b.{0,20}\bab\b|\bwird (\w+\s+){0,3}gesperrt\b|"
                           r"\baktualisierung\s+(\S+\s+){0,4}(ist\s+)?erforderlich\b|\bvotre (accès|compte|carte)\b.{0,40}\b(expire|sera (suspendu|bloqué|désactivé))|(account|konto) wurde (gesperrt|eingeschränkt)|(24|48|72) stunden|zollgebühr|frais de douane",
        "phishing_lure": r"bestätigen sie",
        "pay_verbs": r"\b(aktualisieren|verifizieren|mettez à jour|mettre à jour|bestätigen|bezahlen|jetzt zahlen|payer|payez|confirmer|confirmez|pagare|pagar|confirmar|betalen)\b",
        "greeting": r"sehr geehrte[rs]?|cher|chère|gentile|estimado|estimada|beste",
        "generic_addressee": r"(kunde|kundin|client|cliente|klant)",
        "your_parcel": r"\b(ihr paket|ihre sendung|votre colis|il (suo|tuo) pacco|su paquete|uw pakket)\b",
        "parcel_fee": r"\b(zollgebühr\w*|zustellgebühr\w*|frais de (douane|livraison|port)|spese di (spedizione|sdoganamento)|gastos de envío|verzendkosten)\b",
        "get_rich": r"\b(bitcoin|btc|crypto\s?(currency|currencies|trading|coins?)?|forex)\b",
        "sales_offer": r"\bSEO\b|(?<!\w)предлагаем|(?<!\w)гарантируем|(?<!\w)баз[аыу] (данных|клиентов)|(?<!\w)(в )?топ-?10\b",
        "sales_cta": r"(?<!\w)пишите\b|\btelegram\b|\bwhats ?app\w*|\bwechat\b|\bviber\b|(?<!\w)бесплатн\w* (аудит|анализ|консультац)\w*",
        # The shape of an IBAN: country code, check digits, groups of four.
        "payment_account": r"\b[A-Z]{2}\d{2}(\s?\d{4}){3,}",
        "gdpr_fear": r"\bgdpr[- ](compliance|audit\w*|training|certifi\w*)",
    },
}
