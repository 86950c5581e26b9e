"""The words around a right, as data: folding, the cue type, and the patterns that judge a
sentence (negation, questions, past requests, marketing or not, pronouns). Pure.

The cues themselves (what each right sounds like) are in `bot.core.reading.cues`.

Patterns run on *folded* text: lower case, ä→a, ö→o, å→a (see `fold`), so one pattern
covers "poistakaa tietoni" and "poistakaa tietoni" typed without diacritics. Finnish is
matched by stems (`poist\\w*`, `tie(to|do)\\w*`) because it inflects; possessive suffixes
(-ni, "tietoni", "tilini") mark the writer's own data.

What each flag of a `Cue` means is told in `bot.core.reading.cues`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_FOLD = str.maketrans({"ä": "a", "ö": "o", "å": "a", "é": "e", "ü": "u", "’": "'", "‘": "'", "´": "'", "–": "-", "—": "-"})


def fold(text: str) -> str:
    """Lower-case and drop the diacritics people often skip; keeps the length unchanged."""
    low = text.lower()
    if len(low) != len(text):  # a few characters grow under lower(); keep offsets aligned
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return low.translate(_FOLD)


@dataclass(frozen=True)
class Cue:
    intent: str
    lang: str  # fi | sv | en | any
    name: str
    pattern: re.Pattern
    negatable: bool = True
    in_question: bool = False
    ref: bool = False
    yields_to: str | None = None
    unless: re.Pattern | None = None  # the cue is void in a sentence that matches this
    needs: re.Pattern | None = None  # a cheap word the sentence must hold first (speed only, same answers)


def make_cue(intent: str, lang: str, name: str, pattern: str, unless: str | None = None, needs: str | None = None, **kw) -> Cue:
    return Cue(intent, lang, name, re.compile(pattern), unless=re.compile(unless) if unless else None,
               needs=re.compile(needs) if needs else None, **kw)


S = r"[^.!?\n]"  # "within the same sentence"

# "Art. 15", "Article 17(1)", "15 artiklan", "artikel 21.1", "art. 20 RODO": any language.
ARTICLE = re.compile(
    r"\b(?:art\.?|artikla\w*|artikel\w*|article|artikkel\w*|artykul\w*|artículo)\s*(\d{1,2})(?:\s*\(?(\d)\)?)?"
    r"|\b(\d{1,2})(?:\.(\d))?\s*(?:\.\s*)?(?:art\.?|artikla\w*|artikel\w*)\b(?:\s*(\d)\s*kohd)?"
)
ARTICLE_INTENTS = {7: "consent_withdrawal", 15: "access", 16: "rectification", 17: "erasure", 18: "restriction",
                   20: "portability", 21: "objection"}

# Words that say an objection is about marketing (Art. 21(2)) or about something else (Art. 21(1)).
MARKETING_WORDS = re.compile(
    r"(direct marketing|marketing|newsletter|advert|\bads\b|targeting|custom audience|retarget|remarket|tracking pixel|"
    r"markkinoin|uutiskir|mainos|mainonta|kohdennet|reklam|marknadsforing|nyhetsbrev|riktad|sms)"
)
NON_MARKETING_WORDS = re.compile(
    r"(analy[sz]|analytic|analys|statisti|browsing|session|recording|fraud|scoring|risk|\bai\b|artificial|machine learning|"
    r"sharing|shar(e|ing) .{0,20}partner|partners|legitimate interest|segment|survey|"
    r"analytiik|seuran|seurata|petos|pisteyt|tekoaly|kumppan|luovut|oikeutet\w* edu|asiakaskokemu|kysely|"
    r"kopbeteende|berattigat intresse|kundsegment|profilering av)"
)

# A purpose stated outright ("for marketing purposes", "markkinointitarkoituksiin", "i
# marknadsföringssyfte") governs the sentence: the ways of profiling named beside it (analysing,
# segmenting, following what I read) are then *how* the marketing is done, not another purpose.
MARKETING_PURPOSE = re.compile(
    r"\b(for|to) (direct )?(marketing|advertising|ad targeting)( purposes)?\b|\bmarketing purposes\b|"
    r"\bmarkkinointi(tarkoitu\w*|in|a varten)\b|\bmainonta(an|a varten)\b|"
    r"\b(for|i) marknadsforing(ssyfte|sandamal)?\b|\bmarknadsforingssyfte\b|\bfor reklam\b"
)
PROFILING_METHODS = re.compile(
    r"(analy[sz]\w*|analys\w*|analyysi\w*|segment\w*|browsing|profilering av|kopbeteende|seuran\w*|seurata\w*|profiloi\w*)"
)

# Tracking *of marketing mail* (opens, clicks, pixels) and ad targeting are marketing profiling
# (SCHEMA: marketing_ban), so these spans do not count as non-marketing words like "tracking".
MARKETING_TRACKING = re.compile(
    r"(track\w*|monitor\w*|measur\w*|seura\w*|spar(ar|as|ning)\w*|mat(er|s))\W+(\w+\W+){0,4}?(opens?|openings?|clicks?|avau\w*|klikk?au\w*|oppning\w*|klick\w*)"
    r"|(opens?|clicks?|avau\w*|klikk?au\w*|oppning\w*|klick\w*)\W+(\w+\W+){0,4}?(track\w*|monitor\w*|seura\w*|spar(ar|as)\w*|mats|foljs)"
    r"|tracking pixels?|seurantapikseli\w*|sparningspixl\w*"
)

# A withdrawal whose object is a pronoun, for a consent named in the sentence before
# ("Annoin suostumuksen sähköpostimarkkinointiin. Peruutan sen.").
CONSENT_WORD = re.compile(r"\b(consent\w*|permission|opt-?in|\w*suostumu\w*|lupa\w*|luvan|luvat|\w*samtyck\w*|tillstand\w*)")
WITHDRAW_PRONOUN = re.compile(
    r"\b(withdraw\w*|revok\w*|retract\w*|cancel\w*|take back)\b (it|this|that|them|the same)\b|\b(take|taking) (it|this|that|them) back\b"
    r"|\b(peru\w*|mitatoi\w*|vedan)\b (sen|ne|taman|nama)\b|\b(sen|ne|taman) (peru\w*|vedan takaisin|mitatoi\w*)\b"
    r"|\baterkall\w*( jag)?( harmed| nu)? (det|den|dem|detta|denna)\b"
    r"|\b(drar|tar)( jag)?( harmed| nu)? (tillbaka|in) (det|den|dem|detta|denna)\b|\b(drar|tar)( jag)?( harmed| nu)? (det|den|dem|detta|denna) tillbaka\b"
    r"|\b(det|den|detta) (aterkallar|drar|tar) (jag )?(harmed )?(tillbaka|in)\b"
)
# Saying yes to cookies or tracking is a consent too, though the word "consent" is not used
# ("I said yes to the cookies by mistake. I take it back.").
CONSENT_GIVEN = re.compile(
    r"\b(said yes|agreed|accepted|allowed|ok'?d|clicked (yes|ok|accept\w*)|ticked|opted in|hyvaksyin|sallin|annoin luvan|"
    r"sanoin kylla|godkande|accepterade|tillat|sa ja|tackade ja)\b[^.!?\n]{0,40}\b(cookie\w*|evaste\w*|kakor(na)?|tracking|seurant\w*|sparning)"
)
# Consents that are not to marketing even beside a marketing word: cookies.
CONSENT_NOT_MARKETING = re.compile(r"cookie|evaste|\bkak(a|or)\b")

# A command whose object is a pronoun for what the sentence before named (STYLE: evidence in the
# text, not guessed): "Send me a copy of what you hold, then wipe it", "Jag har aldrig gett lov
# till reklam-sms. Sluta med det.", "Lopettakaa se." Only read when the antecedent is there.
ERASE_PRONOUN = re.compile(
    r"\b(delete|erase|wipe|remove|purge|destroy|scrub|get rid of)\b (it|them|that|this|all of it|it all|everything)\b"
    r"|\b(poist\w*|havit\w*|tuhot\w*|tuhoa\w*)\b (ne|se|kaikki|nama|ne kaikki)\b|\b(radera|ta bort|rensa|stryk)\w* (dem|det|den|allt)\b"
)
DATA_NAMED = re.compile(
    r"\b(data|information|info|details|records?|account|profile|(hold|have|keep|store) on me|about me|"
    r"\w*tie(to|do)\w*|\w*tili\w*|profiili\w*|uppgift\w*|konto\w*|profil\w*)\b"
)
# What a pronoun must not stand for: an order, a basket or a product is removed, not erased.
PRONOUN_NOT_DATA = re.compile(
    r"\b(orders?|items?|products?|basket|cart|parcel|package|reviews?|comments?|photos?|tilau\w*|tuott\w*|tuote|ostoskor\w*|"
    r"paketti\w*|arvostel\w*|bestallning\w*|varukorg\w*|paket\w*|recension\w*)\b"
)
STOP_PRONOUN = re.compile(
    # a sentence that is only "Please no more." / "Ei enää, kiitos." / "Inga fler, tack."
    r"^\W*(please |pls |so |just |ja |eli |sa |alltsa )?(no more|not any ?more|ei enaa|inga fler|inte mer|ingen mer)\b\W*(please|pls|thanks?|thank you|kiitos|tack)?\W*$|"
    r"\b(stop|end|cut out|quit) (it|that|this|them|those|these)\b|\bmake (it|them) stop\b|\b(sluta|stoppa|upphor)\w* (med )?(det|dem|detta|dessa)\b"
    r"|\b(lopet\w*|lopp\w*) (se|ne|tuo|nuo|tama|nama)\b|\b(se|ne|tuo|tama) (pitaa )?(loppu\w*|lopet\w*)\b"
)

# What a withdrawn consent was for, when it names mail rather than marketing: a consent to being
# mailed or texted is a consent to marketing ("my consent for all of these emails").
CONSENT_FOR_MAIL = re.compile(
    r"\b(e-?mails|mails|texts|text messages|messages|offers|sms|\w*sahkoposte\w*|\w*viestej\w*|\w*viestien|tekstiviest\w*|"
    r"mejl(en|et|a)?|e-?postutskick\w*|utskick\w*|erbjudand\w*)\b"
)
# A consent pointed back to: "that consent", "tuon suostumukseni", "det godkännandet".
CONSENT_POINTED_BACK = re.compile(
    r"\b(that|this|the same|those) (consent|permission|opt-?in|approval)|\b(tuon|sen|taman|ton|tan) (\w+ )?(suostumu\w*|luvan|hyvaksyn\w*)|"
    r"\b(det|detta|den|denna) (samtycke\w*|godkannande\w*|tillstand\w*|medgivande\w*)"
)
NOT_THIS_BUT = re.compile(r"\b(sijaan|asemesta|instead of|rather than|not for|i stallet for|istallet for|inte for)\b")
MARKETING_NAMED = re.compile(MARKETING_WORDS.pattern + r"|\b(offers|promo\w*|\w*tarjou\w*|erbjudand\w*|spam\w*)")

# A sentence that reports an earlier request ("I asked in spring that my account be deleted").
PAST_REQUEST = re.compile(
    r"\b(pyysin|olen (jo )?(\w+ )?(kertaa )?pyytanyt|pyysimme|i (have |had )?(already )?(asked|requested)|i'?ve (already )?asked|"
    r"jag (har )?(redan )?(bad|begarde|bett|begart))\b"
)

# Negation words, per language; "en"/"et" are Finnish negation verbs but ordinary words elsewhere.
NEGATION = {
    "en": r"\b(not|don'?t|dont|do not|does not|doesn'?t|never|no need|without|nothing)\b",
    "fi": r"\b(ala|alkaa|alkaako|ei|en|ette|emme|eivat|et)\b",
    "sv": r"\b(inte|int|ej|icke|aldrig|inga|inget)\b",
}
NEGATION["other"] = r"\b(not|don'?t|dont|do not|never|inte|int|ej|ala|alkaa|ei|ette|nicht|kein\w*|niet|nie|arge|ara)\b"
NEGATION_RE = {k: re.compile(v) for k, v in NEGATION.items()}
# A negation reaches only to the end of its clause.
CLAUSE_BREAK = re.compile(r"[,;:()]|\s[-–]\s|\b(but|mutta|vaan|men|utan|just|only|vain|bara|instead|sen sijaan|however)\b")
# English "and" right before a right's verb starts a new command: "don't send offers and delete
# my account". Only English: Finnish keeps the negative mood across "ja" ("älkää ... ja poistako").
NEW_CLAUSE_AND = re.compile(r"\band (then |also |please |just |pls )?$")

# An information question: a "?" sentence that is not a polite request.
POLITE = re.compile(
    # the polite modal may follow a lead-in clause: "While you're at it, could you also ..."
    r"(^|[,;:]|\b(also|and|so|then|now|ok|okay))\W*(could|can|would|will|may|might) (you|u|i|we|someone)\b|"
    r"\b(voisitteko|voisitko|voitteko|kan ni|kunde ni|skulle ni)\b|\bplease\b|\bpls\b|^\W*how (would|do|can|could) i\b|"
    r"\bvoisit\w*|\bvoitteko\b|\bvoisiko\b|\bsaisin\w*|\bsaanko\b|\bsaisiko\b|\b\w+isitteko\b|\bkan ni\b|\bkunde ni\b|"
    r"\bskulle ni\b|\bkan jag fa\b|\bgar det att\b|\bwould it be possible|\bis it possible|\bi would like|\bi want|\bi'd like|"
    r"\bhaluan\b|\bhaluaisin\b|\bhaluun\b|\bjag vill\b|\bvill jag\b|\b(saisko|saako|vois|voisko|voitko|voisitko|voiks|kannatko)\b"
)

# Words that veto rectification: it is about an order's delivery, not the customer record.
ORDER_CONTEXT = re.compile(r"\b(order|delivery|shipment|parcel|tilauk\w*|tilaus\w*|toimitusosoit\w*|bestallning\w*|leverans\w*)\b")
RECORD_CONTEXT = re.compile(
    r"\b(account|record|customer (data|details|record)|profile|future orders|asiakastie\w*|asiakasrekister\w*|tili\w*|"
    r"kunduppgift\w*|konto\w*|tietoihini|tiedoissani|"
    r"tallennet\w*|rekisteroi\w*|stored|saved|on file|sparad\w*|registrerad\w*)\b"
)

# --- safety net: the topic of privacy rights without a recognised right ------------------
# A missed request misses its legal deadline, so mail that the cues above read as "other" but
# that talks about the writer's personal data goes to a person. The test is per sentence and
# needs two things: the topic (the writer's data, a register, consent, marketing) and something
# done to it (delete, correct, use, keep, see, stop...). Strong topic words (GDPR, "personal
# data", tietosuoja, personuppgifter...) need no verb: they are the vocabulary of the rights.
# Order and product questions name neither, so they do not fire.
PRIVACY_STRONG = re.compile(
    r"\b(gdpr|dsgvo|rodo|personal (data|information|details)|data protection|data privacy|privacy (law|rights?|policy)|"
    r"tietosuoj\w*|henkilotie(to|do)\w*|personuppgift\w*|dataskydd\w*|dataskyddsforordning\w*|"
    r"personopplysning\w*|personoplysning\w*|isikuandm\w*|personenbezogen\w*|datenschutz\w*)"
)
PRIVACY_TOPIC = re.compile(
    r"\b((my|her|his|our) (own )?(personal )?(data|information|info|details|records?|customer (account|profile|record|data)|profile)|"
    r"(your|the) (customer )?(register|registry|database|records|files|crm)|mailing ?lists?|e-?mail lists?|"
    r"consent\w*|profil(ing|ed)|newsletters?|direct marketing|marketing|"
    r"\w*tietoni|\w*tietoja(ni|an|mme)|\w*tiedo(i|t)(ssa|sta|ta)ni|\w*tietonsa|\w*tietojensa|(asiakas)?rekister\w*|"
    r"\w*suostumu\w*|\w*uutiskir\w*|\w*markkinoin\w*|profiloi\w*|\w*postituslist\w*|"
    r"(mina|min|mitt|hennes|hans) (person)?(uppgift\w*|data|information|konto|profil)|uppgifter(na)? om mig|"
    r"\w*samtyck\w*|\w*nyhetsbrev\w*|marknadsforing\w*|(kund)?registr(et|en)|kundregister\w*|(ert|era) register|utskick\w*|"
    r"opplysning\w*|oplysning\w*|mine (data|opplysninger|oplysninger)|(minu|oma) andme\w*|meine daten|mes donnees|moje dane)"
)
# "What have you got on me?", "mitä tiedätte minusta", "vad har ni om mig": the writer as the
# subject of what is kept. These take verbs of having and knowing too.
ABOUT_ME = re.compile(r"\b((about|on) me|under my name|minusta|musta|om mig|om meg)\b")
PRIVACY_HAVE = re.compile(
    r"\b(have|has|got|hold\w*|held|know|kept|keep\w*|stor\w*|collect\w*|on (teilla|teil)|teilla on|tiedat\w*|tietaa|"
    r"har|vet|sparat|lagrat|har lagret|lagret|vet)\b"
)
PRIVACY_ACTION = re.compile(
    r"\b(delet\w*|eras\w*|remov\w*|wip\w*|forget|correct\w*|rectif\w*|fix|amend\w*|updat\w*|stop\w*|use|using|used|"
    r"shar\w*|sell|sold|pass\w*|keep\w*|kept|stor\w*|hold\w*|held|see|view|copy|send|sent|object\w*|"
    r"withdraw\w*|revok\w*|unsubscrib\w*|opt\w* out|access|process\w*|collect\w*|"
    r"poist\w*|unoh\w*|korja\w*|paivit\w*|muuttakaa|muuttaa|lopet\w*|kayt\w*|kasit\w*|luovut\w*|sailyt\w*|tallen\w*|kerat\w*|kerann\w*|"
    r"nah\w*|tieda\w*|tietaa|kopio\w*|peru\w*|kiel\w*|vastust\w*|jaad\w*|"
    r"rader\w*|ta bort|tas bort|ratta\w*|andra\w*|uppdater\w*|slut\w*|anvand\w*|dela\w*|salj\w*|sald\w*|spar\w*|lagr\w*|"
    r"behandl\w*|se|aterkall\w*|frys\w*|"
    r"slett\w*|rette\w*|bruk\w*|lagre\w*|oversikt|innsyn|indsigt|behandle\w*|kustuta\w*|losch\w*|supprim\w*|usun\w*|"
    # saying the data is wrong asks, in effect, to correct it
    r"wrong|incorrect|outdated|out of date|vaar\w*|virhee\w*|vanhentun\w*|fel|felaktig\w*|inaktuell\w*)\b"
)

# --- safety net, second part: requests told as a story -----------------------------------
# People seldom name the right: they tell what happened ("my number changed", "you still have
# my old address", "a note was put on my file", "don't feed my chats to an AI"). These
# patterns catch the writer's own details, notes and recordings kept about them, and what is
# done with them. They only send the mail to a person; they never decide a right.

# The writer's own contact details, named with a possessive or as old/new.
OWN_DETAIL = re.compile(
    r"\b((my|mine|our|his|her|the old|my old|my new|mun|minun|mitt|min|mina|vanha|uus|uusi|gamla|nya)"
    r" (\w+ )?(phone ?number|mobile ?number|number|e-?mail( address)?|address|surname|last name|name|"
    r"puhelinnumero\w*|puh\w*numero\w*|numero\w*|sahkoposti\w*|s-?posti\w*|osoit\w*|sukunim\w*|nim\w*|"
    r"telefonnummer\w*|nummer\w*|mobilnummer\w*|e-?post\w*|mejl\w*|adress\w*|efternamn\w*|namn\w*)|"
    r"puhelinnumero(ni|mme)|numero(ni|mme)|sahkopostiosoittee(ni|mme)|sahkoposti(ni|mme)|osoittee(ni|mme)|"
    r"sukunime(ni|mme)|nime(ni|mme))\b"
)
# A change of a detail, or a detail that is no longer the writer's.
DETAIL_CHANGE = re.compile(
    r"\b(chang\w*|updat\w*|replac\w*|correct\w*|wrong|incorrect|no longer|not mine|anymore|moved|old|"
    r"vaihtu\w*|vaihto\w*|vaihta\w*|vaihdo\w*|vaihdet\w*|paivit\w*|muuttu\w*|muutta\w*|muutin|muutimme|korja\w*|vaara\w*|"
    r"ei (ole|oo) enaa|enaa mun|enaa minun|vanha\w*|"
    r"andra\w*|andrad\w*|byt\w*|uppdater\w*|ratta\w*|fel|felaktig\w*|inte langre|flytta\w*|gamla)\b"
)
# The detail is held somewhere of ours (an account, a list, the system), not on one order.
DETAIL_HELD = re.compile(
    r"\b(account|profile|your (list|lists|system|systems|database|records?|files?)|on file|in your system|"
    r"tili\w*|profiil\w*|listal\w*|listoil\w*|rekister\w*|jarjestelma\w*|systeemi\w*|tiedoi\w*|"
    r"konto\w*|profil\w*|listan|listor\w*|system\w*|register\w*|"
    r"still|yha|edelleen|viela|fortfarande|annu|fortsatt)\b"
)
# Notes, entries and recordings kept about the writer: "a note was put on my file", "the call
# recording", "my chats". With a verb of using, passing on, seeing or getting, a person reads it.
KEPT_ABOUT_ME = re.compile(
    r"\b(notes? on (my|the|her|his) (file|account|record)|(an |the )?entry (on|in) my|call recordings?|recordings? of (my|the|our) (call|calls|conversation)|"
    r"(my|our) (chats?|chat (logs?|history|messages)|conversations|messages) (with you|to you)|(my|our) (chats?|chat (logs?|history))|"
    r"merkinta\w* (minusta|tietoihi\w*|tiedoissa\w*|tililla\w*|tililleni|asiakastie\w*)|tietoihi(ni|nne|mme)|"
    # recordings only of calls and chats: a camera shop's customers talk about camera recordings
    r"(puhelu\w*|puhelun\w*|chat\w*|keskustelu\w*|calls?|samtal\w*)\b[^.!?\n]{0,60}\b(tallente|tallenne|nauhoit|recording|inspelning)\w*|"
    r"(tallente|tallenne|nauhoit|recording|inspelning)\w*\b[^.!?\n]{0,60}\b(puhelu\w*|puhelun\w*|chat\w*|keskustelu\w*|calls?|samtal\w*)|"
    r"(mun|minun) (chat\w*|viest\w*|keskustelu\w*)|viestejani|viestini|keskustelujani|"
    r"anteckning\w* (om mig|i mitt|pa mitt|i min|pa min)|(mina|vara) (chattar|meddelanden|samtal)|samtalsinspelning\w*)\b"
)
KEPT_ACTION = re.compile(
    r"\b(us\w*|shar\w*|pass\w*|transfer\w*|send|sent|see|get|copy|listen|feed\w*|train\w*|"
    r"kayt\w*|siirr\w*|siirt\w*|luovut\w*|saa|saada|saisin|nah\w*|kuunn\w*|kopio\w*|syot\w*|koulut\w*|kirja\w*|"
    r"anvand\w*|dela\w*|overfor\w*|skicka\w*|fa|kopia\w*|lyssna\w*|trana\w*)\b"
)
# Feeding the writer's data to an AI is a privacy matter whatever words surround it.
AI_TRAINING = re.compile(
    r"\b(training data|koulutusdata\w*|opetusdata\w*|traningsdata\w*|"
    r"(train|training|teach) (an |the |your )?(ai|model|language model|chatbot)|"
    r"(ai|tekoaly\w*|ki) (training|koulut\w*|opet\w*|trana\w*)|tekoaly\w* (koulutukse\w*|opetukse\w*)|"
    r"(kouluttaa|kouluttamaan|opettaa|opettamaan|syotetaan|syottaa) (\w+ )?tekoaly\w*|trana (\w+ )?(ai|ki)\w*)\b"
)
# "I don't want you to have/keep my ...", "take my number off your list".
DONT_KEEP = re.compile(
    r"\b((do not|don't|dont) want (you|your company|allsec) to (have|keep|store|hold|know|use)|"
    r"(take|get) (my|our) (\w+ )?(number|e-?mail|address|name|details|info\w*|data) (off|out of) (your|the)|"
    r"en halua,? (etta )?(teilla|teidan|teille) (on|olevan|sailyvan|jaavan|tallessa)|"
    r"en halua,? (etta )?(te|teidan) (sailytatte|kaytatte|pidatte|tallennatte)|"
    r"(vill|onskar) (inte|ej),? att ni (har|sparar|behaller|anvander|lagrar)|"
    r"(ta|plocka) bort (mitt|min|mina) (\w+ )?(nummer|mejl|e-?post\w*|adress|namn|uppgifter) (fran|ur) (er|era|ert))\b"
)
# A death in the writer's circle and what happens to the dead person's account or mail.
DEATH = re.compile(
    r"\b(passed away|died|deceased|late (husband|wife|mother|father)|kuoli|kuollut|kuolleen|menehtyi|menehtynyt|"
    r"edesmennyt|edesmenneen|vainaa\w*|avled|avlidit|avliden|avlidne|dog i|har dott|dodsbo\w*|kuolinpes\w*|estate of)\b"
)
DEATH_ACTION = re.compile(
    r"\b(account|profile|newsletter\w*|mail\w*|letters?|marketing|details|data|delet\w*|remov\w*|clos\w*|stop\w*|"
    r"tili\w*|profiil\w*|tieto\w*|tiedo\w*|uutiskir\w*|posti\w*|mainos\w*|mainok\w*|markkinoin\w*|poist\w*|sulje\w*|sulke\w*|lopet\w*|"
    r"konto\w*|uppgift\w*|nyhetsbrev\w*|reklam\w*|utskick\w*|ta bort|radera\w*|avsluta\w*|stang\w*|sluta\w*)\b"
)
# About someone the writer speaks for: "what information you hold on her".
HELD_ON_SOMEONE = re.compile(
    r"\b((information|data|details|info) (you|that you|which you|do you) (\w+ )?(hold|have|keep|store|collect\w*|held|kept)|"
    r"(what|which) (information|data|details|info) (do |does |did )?(you|your company|allsec) (\w+ )?(hold|have|keep|store|collect)|"
    r"(hold|have|keep|store) (on|about) (her|him|us|them|my (mother|father|wife|husband|son|daughter|child))|"
    r"tietoja (teilla|teil) on (hanesta|meista)|(hanesta|meista) (on )?(tallessa|tallennettu|kerattu)|"
    r"(uppgifter|information) (ni )?har om (henne|honom|oss))\b"
)
