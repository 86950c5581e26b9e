"""The cues: what each right sounds like in Finnish, Swedish and English, as data. Pure.

Patterns run on folded text (`bot.core.reading.lexicon.fold`); Finnish is matched by stems.

Each cue names its intent and language, and says:
- negatable: a negation earlier in the same clause cancels it ("älkää poistako tiliäni");
  cues that carry their own negation ("don't use it until") are not negatable.
- in_question: it still counts inside an information question ("what data do you hold
  about me?" is an access request; "is my account deleted automatically?" is not erasure).
- ref: it only *names* a request ("my erasure request", "registerutdrag"); in a followup
  such a right is the one already asked, not a new one.
- yields_to: dropped when that intent is found in the same sentence ("send me my data in
  CSV" is portability, not also access).
"""

from __future__ import annotations

from bot.core.reading.lexicon import Cue, S
from bot.core.reading.lexicon import make_cue as _c

# Nouns for the writer's data / account, per language.
# Common misspellings are listed too ("acount", "detials"): real customers type fast. Contact
# details (e-mail address, phone number) count only when not followed by a mailing list: "remove
# my e-mail from your list" is a marketing ban, not erasure.
_NOT_LIST = r"(?![^.!?\n]{0,30}\b(list|lists|newsletter|mailings?|listalta|postituslist\w*|utskick\w*|nyhetsbrev\w*)\b)"
EN_DATA = (r"(accounts?|acount|accout|acct|accnt|accaunt|profile|data|informations?|informaton|info|infos|details|detials|detales|"
           r"records?|personal \w+|everything|membership|customer (account|profile|record)|"
           rf"(my|her|his) ((e-?mail|postal|home) )?address(es)?{_NOT_LIST}|(my|her|his) ((tele)?phone |mobile |cell )?number{_NOT_LIST})")
# Finnish: "tunnus" (user id) only as a word of its own or "käyttäjä-/asiakastunnus", never
# "verkkotunnus" (a domain name).
FI_DATA = (rf"(\w*tie(to|do)\w*|\w*tili\w*|(kayttaja|asiakas)?tunnu(s|ks)\w*|profiili\w*|nime\w*ni|\w*osoittee\w*ni{_NOT_LIST}|"
           rf"\w*osoite\w*ni{_NOT_LIST}|\w*numero\w*ni{_NOT_LIST}|\w*arvostelu\w*|rekister\w*|asiakkuu\w*|jasenyy\w*)")
SV_DATA = (r"(konto\w*|\w*uppgift\w*|data|profil\w*|allt(ihop|ihopa|sammans)?|information\w*|kundregist\w*|"
           rf"medlemskap\w*|(mitt |min )(telefon)?nummer{_NOT_LIST}|(min |mitt )(e-?post\w*|mejladress\w*|mailadress\w*|adress\w*){_NOT_LIST})")

# What marketing arrives as; misspelt mail words ("emales", "emials") included.
EN_MKT = (r"(newsletters?|marketing|ads|advert\w*|promo\w*|offers|deals|e-?mails|emales|emials|mails|texts|text messages|sms|"
          r"messages|mailings?|targeting|targeted (ads|advertising|marketing)|retargeting|remarketing|custom audiences?|lookalike audiences?|personali[sz]ed (ads|advertising|offers)|spam|junk( mail)?|calls|catalog\w*|leaflets?|flyers?|brochures?|mailers?|campaigns?)")
FI_MKT = (r"(\w*uutiskir\w*|\w*markkinoin\w*|\w*mainok\w*|\w*mainos\w*|mainont\w*|\w*tarjou\w*|tekstar\w*|\w*tekstiviest\w*|"
          r"\w*postituslist\w*|puhelinmyyn\w*|kohdennet\w*|spam\w*|\w*roskapost\w*|\w*kampanj\w*|\w*kuvasto\w*|esite\b|esitte\w*|sms\w*)")
SV_MKT = (r"(nyhetsbrev\w*|\w*reklam\w*|marknadsforing\w*|erbjudand\w*|sms\w*|utskick\w*|prenumeration\w*|mejl\w*|riktad\w*|"
          r"spam\w*|kampanj\w*|annons\w*|katalog\w*|samtal\w*)")
_FI_MKT_STEMS = ("uutiskir|markkinoin|mainok|mainos|mainont|tarjou|tekstar|tekstiviest|postituslist|puhelinmyyn|kohdennet|"
                 "spam|roskapost|kampanj|kuvasto|esite|esitte|sms")
# Mail, messages and calls in general: marketing when the verb is "stop sending" ("lopettakaa viestit").
FI_MSG = r"(\w*sahkopost\w*|\w*viest\w*|\w*meil\w*|\w*mail\w*|\w*postitu\w*|\w*soitto\w*|\w*soittelu\w*|postia)"

# "For as long as something is being sorted out", and "do not use / process / pass on", for the
# restriction cue "no-use-while-disputed".
_UNTIL = (r"until|pending|while (this|it|that|the \w+|my \w+) (is|are) (being )?(investigated|resolved|disputed|checked|sorted|handled|settled|open)|"
          r"as long as (this|it|the \w+) (is|remains)|kunnes|ennen kuin|siihen asti|siksi aikaa|niin kauan (kuin|kun)|sina aikana|silla aikaa|"
          r"tills|till dess|forran|sa lange (som )?(det|detta|arendet|saken)|medan (det|detta|arendet|saken)")
_NO_USE = (r"(don'?t|do not|not|never|stop|no)\b[^.!?\n]{0,40}\b(use|used|using|process|processed|processing|pass\w*|shar\w*|disclos\w*|hand\w* (over|on)|forward\w*)\b|"
           r"(ei saa|ette saa|alkaa|ei|eika|ettei|etta ei|en halua)\b[^.!?\n]{0,40}\b(kaytt\w*|kayta\w*|kayte\w*|kasitel\w*|kasittel\w*|luovut\w*|siirr\w*|siirt\w*|antaa\w* eteenpain|eteenpain)|"
           r"(inte|ej|sluta)\b[^.!?\n]{0,40}\b(anvand\w*|behandla\w*|skicka\w* (dem |den |det )?vidare|lamna\w* ut|dela\w*)")

CUES: tuple[Cue, ...] = (
    # --- erasure -------------------------------------------------------------------
    _c("erasure", "en", "delete-my-data",
       rf"\b(delet|erase|remo+v|wipe|purge|destroy|close|deactivate|terminate|get rid of|scrub|expunge|anonymi[sz]|discard|cancel\w* (?=\w+ (account|profile|membership)))\w*\b{S}{{0,40}}?(?<!from )(?<!from my )(?<!from the )(?<!from your )(?<!in my )(?<!on my )\b{EN_DATA}\b"),
    _c("erasure", "en", "removed-from-database", rf"\b(take|remo+v|delet|eras|purg|wip|get)\w*\b(?! (it|them|that|this|the (order|item|product|parcel)s?)\b){S}{{0,30}}?\b(from|off|out of) (your|the|all your|all|any of your|you'?re|ur) (database|databases|system|systems|records|register|registry|files|servers|crm|customer \w+)"),
    # "Delete me." - the writer as the object; off a mailing list it is a marketing ban instead.
    _c("erasure", "en", "delete-me", r"\b(delete|erase|remove|forget) (me|myself)\b", unless=r"\b(list|lists|newsletter|mailing|subscri\w*|marketing)\b"),
    _c("erasure", "en", "data-deleted",
       rf"\b(my|her|his|all|the)\b{S}{{0,20}}\b{EN_DATA}\b{S}{{0,30}}?\b(deleted|erased|removed|closed|wiped|purged|destroyed|anonymi[sz]ed)\b"),
    _c("erasure", "en", "off-your-system", r"\b(take|get|remove) (me|her|him) (off|from) (your|their|the) (system|database|records|register)"),
    _c("erasure", "en", "forget-me", r"\bforget (about )?me\b|\bright to (erasure|be forgotten|deletion)\b", ref=True),
    _c("erasure", "en", "erasure-noun", r"\b(erasure|deletion) (request|of (my|all))\b|\brequest for (erasure|deletion)\b|\berasure\b", ref=True),
    _c("erasure", "fi", "poistakaa-tiedot", rf"\b(poist(?!u)\w*|havit\w*|tuhot\w*|tuhoa\w*|sulke\w*|sulje\w*|deletoi\w*|tyhjen\w*|anonymisoi\w*|pyyhki\w*|pyyhkii\w*)\b{S}{{0,50}}?\b{FI_DATA}"),
    # Out of a system or register: "poistakaa minut rekisteristänne". A place, not an object, so the
    # writer must be the one removed ("poistakaa se järjestelmästä" after an order is not erasure).
    _c("erasure", "fi", "minut-rekisterista",
       rf"\b(poist\w*|pyyhki\w*|deletoi\w*)\b{S}{{0,15}}\b(minut|mut|meidat|hanet|kaikki tietoni)\b{S}{{0,30}}\b(\w*rekister\w*|jarjestelm\w*|tietokan\w*|asiakkai\w*|asiakkuu\w*)"),
    _c("erasure", "sv", "mig-ur-registret",
       rf"\b(radera|ta bort|stryk|plocka bort|avregistrera)\w*\b{S}{{0,12}}\b(mig|mitt \w+|min \w+|mina \w+)\b{S}{{0,30}}\b(ur|fran) ((era|ert|er|alla) )?(\w*regist\w*|system\w*|databas\w*)"),
    _c("erasure", "fi", "tiedot-poistetaan",
       rf"\b{FI_DATA}\b{S}{{0,40}}?\bpoist(etaan|ettava\w*|ettu\w*|amaan|aisitte\w*|akaa|atte|aa|ako)\b", needs="poist"),
    _c("erasure", "fi", "poisto-noun",
       r"\b(tietojen|tietojeni|tilin|tilini|asiakastilin|henkilotietojen|kayttajatilin) poist\w*|\bpoistopyyn\w*|\btulla unohdetuksi\b|\bunohta\w* minut\b",
       ref=True),
    _c("erasure", "sv", "radera-konto",
       rf"\b(radera|raderar|raderas|ta bort|tar bort|avsluta|stang|makulera|rensa|stryk|plocka bort|anonymisera)\w*\b{S}{{0,40}}?\b{SV_DATA}\b"),
    _c("erasure", "sv", "konto-raderas", rf"\b{SV_DATA}\b{S}{{0,30}}?\b(raderas|tas bort|raderade|raderat|borttagna|borttaget|makuleras)\b", needs="rader|tas bort|borttag|makuler"),
    # Wanting out of the register without a delete verb: "I don't want to be in your system
    # anymore", "jag vill inte längre finnas i ert register", "en halua enää olla rekisterissänne",
    # "stop keeping my data". The negation is the request itself, so these are not negatable; a
    # mailing list as the place is a marketing ban instead (see the marketing cues).
    _c("erasure", "en", "not-in-your-system",
       rf"\b(don'?t|do not|no longer|never) (want|wish)\b{S}{{0,30}}\b(be|exist|remain|stay|appear|be kept|be stored|be listed)\b{S}{{0,15}}\b(in|on|part of) (your|the|any of your|ur|their|allsec'?s?) (\w+ )?(system|systems|database|databases|records|register|registry|files|books|crm|customer (register|database|records|base|list))\b"
       rf"|\b(don'?t|do not|no longer) (want|wish|allow)\b{S}{{0,10}}\b(you|allsec|your company)\b{S}{{0,10}}\b(to )?(have|keep|hold|store|retain|save)\b{S}{{0,15}}\b(my|any of my|her|his|any)\b{S}{{0,10}}\b(data|information|info|details|records)\b"
       rf"|\b(stop|quit|cease) (storing|keeping|holding|retaining|saving)\b{S}{{0,10}}\b(my|any of my|her|his)\b{S}{{0,15}}\b(data|information|info|details|records)\b"
       r"|\b(want|wish|like|ask) (to be|myself|me|that i be|that i am) (removed|deleted|erased|forgotten|taken off|wiped)\b",
       negatable=False, unless=r"\b(mailing ?list|lists|newsletters?|subscri\w*|marketing|sms list)\b",
       needs=r"system|database|record|regist|files|books|crm|customer|data|info|detail|removed|deleted|erased|forgotten|taken off|wiped"),
    _c("erasure", "sv", "inte-finnas-i-registret",
       rf"\b(vill|onskar)( absolut)? (inte|ej)( langre| langer| mer| lanre)?\b{S}{{0,15}}\b(finnas|vara|sta|forekomma|ligga|registrerad|sparad|lagrad)\b{S}{{0,15}}\b(i|pa|hos) (ert|era|er|erat|ert kund\w*|kund\w*|registret|systemet|databasen)\b"
       rf"|\b(vill|onskar)( absolut)? (inte|ej)\b{S}{{0,15}}\batt ni\b{S}{{0,10}}\b(sparar|har kvar|behaller|lagrar|haller|forvarar|sparar kvar)\b{S}{{0,20}}\b(mina|min|mitt|nagra|nagon|nagot)\b"
       rf"|\b(sluta|slutar)\b{S}{{0,10}}\b(spara|lagra|behalla|forvara)\b{S}{{0,10}}\b(mina|min|mitt)\b"
       r"|\bvill (bli|vara) (borttagen|borttagna|raderad|raderade|struken|glomd|avregistrerad)\b",
       negatable=False, unless=r"\b(utskick\w*|nyhetsbrev\w*|e-?postlist\w*|mejllist\w*|sms-list\w*|marknadsforing\w*)",
       needs=r"vill|onskar|slut"),
    _c("erasure", "fi", "en-halua-rekisteriin",
       rf"\b(en|emme) (enaa |ikina )?(halua|tahdo)\b{S}{{0,25}}\b(olla|esiintya|nakya|pysya|kuulua|etta (olen|olisin|minusta|tietoni|tietojani))\b{S}{{0,25}}\b((asiakas)?rekister\w*|jarjestelm\w*|tietokan\w*|asiakkai\w*|tiedostoi\w*)"
       rf"|\b(en|emme) (enaa )?(halua|tahdo)\b{S}{{0,10}}\betta\b{S}{{0,15}}\b(sailyt\w*|sailyttaisitte|pidatte|tallennat\w*|tallentaisitte|sailytatte)\b{S}{{0,20}}\b\w*tie(to|do)\w*"
       rf"|\b(haluan|haluaisin|pyydan)\b{S}{{0,20}}\bpois\b{S}{{0,25}}\b((asiakas)?rekister\w*|jarjestelm\w*|tietokann\w*|asiakkai\w*)"
       rf"|\b(lopet\w*|lopp\w*)\b{S}{{0,10}}\b\w*tie(to|do)\w*\b{S}{{0,10}}\b(sailyt\w*|tallent\w*)",
       negatable=False,
       needs=r"halua|tahdo|pyydan|lopet|lopp"),
    _c("erasure", "sv", "radering-noun", r"\bradering\w*|\bbli glomd\b|\bglom mig\b", ref=True),

    # --- access ----------------------------------------------------------------------
    _c("access", "en", "copy-of-data",
       r"\bcopy of (all |everything|whatever|the |my |any )?(of )?(my |the )?(personal )?(data|information|info|everything|whatever|all|records)"
       # "a copy of what you have on me": the data named by what is kept
       r"|\bcopy of (what|whatever|everything|all)( that)? (you|u|allsec)\b[^.!?\n]{0,20}\b(have|hold|keep|store|got)\b"),
    _c("access", "en", "what-data-about-me",
       rf"\bwhat\b{S}{{0,15}}\b(data|information|info|details)\b{S}{{0,50}}\b(about|on|for|of) (me|file)\b", in_question=True),
    _c("access", "en", "where-did-you-get",
       r"\bwhere (did|do|have) you (get|got|obtain\w*|find|found|source\w*|collect\w*|buy|bought) (hold of )?(my|her|his)\b"
       r"|\bhow (did|do|have) you (get|got|obtain\w*|come to have) (hold of )?(my|her|his)\b", in_question=True),
    _c("access", "en", "data-you-hold",
       rf"\b(all|any|which|whatever|the|what)\b{S}{{0,15}}\b(personal )?(data|information|info|details|records)\b{S}{{0,40}}\b(about|on|of|concerning|regarding) (me|myself|file|her|him)\b",
       in_question=True, yields_to="portability", unless=r"\b(how long|delete|erase|remove|correct|update)\b"),
    _c("access", "en", "access-to-my-data", rf"\baccess to\b{S}{{0,12}}\b(my|her|his|the)\b{S}{{0,12}}\b(personal )?(data|information|info|records|details)\b",
       unless=r"\b(who|which (staff|employees|people|partners)|lost|log ?in|password)\b"),
    _c("access", "en", "list-of-data", rf"\b(overview|list|summary|printout|report|extract) of\b{S}{{0,20}}\b(my|her|his|the)\b{S}{{0,15}}\b(personal )?(data|information|info|details)\b"),
    _c("access", "en", "who-shared", r"\b(who|whom)\b{0}{{0,10}}\b(you )?(have )?(you )?(shared|disclosed|passed|given|sold)\b".format(S), in_question=True),
    _c("access", "en", "see-my-data",
       rf"(?<!in my )(?<!in our )\b(see|view|download|obtain|receive|request|get|know)\b{S}{{0,20}}\b(my|all (the |of )?my|all the)\b{S}{{0,15}}\b(personal )?(data|information|info)\b",
       yields_to="portability", unless=r"\b(when|by when)\b"),
    _c("access", "en", "know-about-me", rf"\bwhat (do|does) (you|allsec)\b{S}{{0,15}}\b(know|hold|have|store|keep)\b{S}{{0,15}}\babout me\b", in_question=True),
    # Indirect: "what have you got on me?", "what's in your system under my name", "what do you
    # have on file for me". The writer as the subject of what is kept.
    _c("access", "en", "what-you-have-on-me",
       rf"\bwhat('?s| is| do you| have you| does \w+)\b{S}{{0,20}}\b(got|have|hold|keep|store|in your (system|database|records|files|crm))\b{S}{{0,25}}\b(on|about|for|under) (me|my name|file (for|about) me)\b",
       in_question=True, unless=r"\b(how long|delete|erase|remove)\b", needs=r"(on|about|for|under) (me|my name|file)"),
    _c("access", "en", "access-noun", r"\b(subject )?access request\b|\bright (of|to) access\b|\bdsar\b", ref=True),
    _c("access", "en", "send-me-my-data", rf"\b(send|give|provide|email) me\b{S}{{0,20}}\b(my|all)\b{S}{{0,15}}\b(data|information|info)\b",
       yields_to="portability"),
    _c("access", "fi", "mita-tietoja",
       rf"\bmita\b{S}{{0,15}}\w*tie(to|do)\w*\b{S}{{0,60}}\b(teilla|teil|teille|minusta|musta|miusta|minulta|multa|hanesta|hanelta|heista|tallennet\w*|tallessa|olette|minua|rekisteri\w*|kerann\w*|keratty|kerattu|kasittel\w*|sailyt\w*)\b",
       in_question=True),
    _c("access", "fi", "jaljennos", rf"\b(jaljenno\w*|kopio\w*|ote\b|luettelo\w*|lista\w*)\b{S}{{0,40}}\btie(to|do)\w*"),
    _c("access", "fi", "nahda-tiedot",
       rf"\b(nahda|tietaa|nahtavaksi|nahtavilla|tarkistaa|tarkastaa)\b{S}{{0,40}}\w*tie(to|do)\w*", in_question=True),
    # "mitä kaikkea teillä on minusta tallessa", colloquial "mitä kaikkee teil on musta"
    _c("access", "fi", "mita-teilla-on-minusta",
       rf"\bmita\b{S}{{0,20}}\b(teilla|teil) on\b{S}{{0,20}}\b(minusta|musta|miusta|hanesta|meista)\b", in_question=True,
       # "poistakaa kaikki tiedot mitä teillä on minusta": the data to delete, not asked to see
       unless=r"\b(poist\w*|pyyhki\w*|tuhot\w*|havit\w*)"),
    # A recording or log of the writer's own calls or chats, asked for: "voinko saada tallenteen",
    # "can I get the recording of my call", "kan jag få inspelningen".
    _c("access", "any", "copy-of-recording",
       rf"\b(saada|saisin\w*|saanko|saisiko|lahettakaa|toimittakaa|get|receive|send me|copy of|fa|skicka|kopia)\b{S}{{0,30}}\b(\w*tallente\w*|\w*tallenne\w*|nauhoite\w*|nauhoitte\w*|recordings?|transcripts?|chat (logs?|history|transcripts?)|keskusteluhistoria\w*|\w*inspelning\w*|chattlogg\w*)\b",
       in_question=True,
       # only of calls and chats: camera recordings are a product question
       unless=r"^(?![^\n]*\b(puhelu\w*|puhelun\w*|soit\w*|chat\w*|keskustelu\w*|calls?|phone calls?|samtal\w*|chatt\w*|asiakaspalvel\w*|customer service)\b)"),
    _c("access", "fi", "mita-tiedatte", rf"\bmita\b{S}{{0,20}}\b(tiedatte|tiedat|tietaa)\b{S}{{0,15}}\b(minusta|musta)\b", in_question=True),
    _c("access", "fi", "saada-tiedot", rf"\b(saada|saisin\w*|saanko|saisiko|lahettakaa|toimittakaa)\b{S}{{0,30}}\b\w*tie(to|do)\w*(ni|stani|jani)\b",
       yields_to="portability"),
    _c("access", "fi", "kenelle-luovutettu", rf"\bkenelle\b{S}{{0,40}}\b(luovute\w*|annettu|luovuttaneet|antaneet|jaettu)", in_question=True),
    _c("access", "fi", "mista-saaneet",
       rf"\bmista\b{S}{{0,25}}\b(saaneet|saitte|saatte|saanut|saatu|hankki\w*|hankitt\w*|ostaneet|ostitte|keranneet)\b", in_question=True),
    _c("access", "fi", "access-noun", r"\btarkastusoikeu\w*|\btarkastuspyyn\w*|\btietopyyn\w*|\bpaasy\w*\b[^.!?\n]{0,40}tie(to|do)\w*", ref=True),
    _c("access", "sv", "registerutdrag", r"\bregisterutdrag\w*|\brätt till tillgang\b|\bratt till tillgang\b", ref=True),
    _c("access", "sv", "ta-del-av", rf"\bta del av\b{S}{{0,40}}\buppgift\w*"),
    _c("access", "sv", "vilka-uppgifter", rf"\b(vilka|vad for|vad)\b{S}{{0,10}}\buppgift\w*\b{S}{{0,30}}\b(ni|om mig|pa mig|registrerad\w* (pa|om) (mig|henne|honom))\b", in_question=True),
    _c("access", "sv", "kopia", rf"\bkopia (av|pa)\b{S}{{0,30}}\b(uppgift\w*|data|allt)"),
    _c("access", "sv", "fa-se", rf"\b(fa se|fa ut|begar ut|begara ut|se)\b{S}{{0,20}}\b(mina|alla)\b{S}{{0,15}}\buppgift\w*", yields_to="portability"),
    _c("access", "sv", "vad-vet-ni", r"\bvad (vet|har) ni (om|pa) mig\b", in_question=True),
    _c("access", "sv", "var-har-ni-fatt",
       rf"\b(var|varifran|hur)\b{S}{{0,12}}\bni\b{S}{{0,10}}\b(fatt|fick|hamtat|hamtade|tagit|tog|kopt|kopte|samlat)\b{S}{{0,15}}\b(min|mina|mitt)\b",
       in_question=True),
    _c("access", "sv", "vad-ni-har-sparat",
       rf"\b(vad|vilka|vilken|vilket)\b{S}{{0,40}}\b(sparat|lagrat|registrerat|har|vet|haller|sparar|lagrar|behandlar)\b{S}{{0,25}}\b(om|pa) mig\b",
       in_question=True),
    _c("access", "sv", "tillgang-till", rf"\b(tillgang till|utdrag (ur|av|pa)|en lista (over|pa))\b{S}{{0,25}}\b(mina|min|mitt|uppgift\w*|personuppgift\w*|registret|data)\b"),

    # --- rectification ---------------------------------------------------------------
    _c("rectification", "en", "correct-my",
       rf"\b(correct|update|fix|amend|change|rectify)\w*\b{S}{{0,40}}?\b(my|her|his)\b{S}{{0,25}}?\b(name|surname|address|e-?mail|phone|number|details|record|account|date of birth)\b"),
    _c("rectification", "en", "is-wrong",
       r"\b(is|are|was) (spelled |spelt |written )?(wrong|incorrect|misspelled|misspelt|mistyped|out of date|outdated)\b|\bspelled wrong\b|\bmisspel\w*|\bisn'?t (mine|correct|right)\b|\bis missing the (apartment|flat|house|street)"),
    _c("rectification", "en", "has-changed",
       r"\bmy (new )?(postal |home |e-?mail )?(address|name|surname|e-?mail|phone number|number) (has|have) changed\b|\bi('ve| have) changed my (name|surname|address|e-?mail|number)\b"),
    # "my old number ... the right one is 050..", "my new surname is ..": stating the correct value asks to fix it.
    _c("rectification", "en", "right-value-is",
       r"\b(the )?(right|correct|proper|current|actual) (one|number|address|e-?mail( address)?|name|surname|spelling|date|details?) (is|are|should be)\b"
       r"|\bmy new (\w+ )?(name|surname|last name|address|e-?mail( address)?|phone number|number) is\b"
       r"|\b(my|her|his) (\w+ )?(name|surname|last name|address|number) is now\b"
       rf"|\b(still )?(shows?|showing|uses?|using|has|have|lists?|listing|got)\b{S}{{0,20}}\b(my|her|his) (old|previous|former|maiden|wrong|incorrect|outdated) (\w+ )?(name|surname|address|e-?mail( address)?|phone number|number)\b"),
    # A pronoun for the value named before, fixed in the record: "please correct it in your records".
    _c("rectification", "en", "correct-it-in-records",
       rf"\b(correct|update|fix|amend|change|rectify)\w* (it|this|that|them|these|the spelling|the name|the address)\b{S}{{0,25}}\b(in|on) (your|the|my|our) (records?|system|database|register|registry|customer (records?|register|database|file)|account|profile|files)\b"
       rf"|\b(wrong|incorrect|misspelled|outdated|old) (name|surname|last name|first name|spelling|date of birth|e-?mail address|phone number)\b{S}{{0,30}}\b(in|on) (your|the|my) (records?|system|database|register|account|profile|invoices?|files)\b"
       rf"|\b(your|the) (records?|system|database|register|account|profile|invoices?)\b{S}{{0,20}}\b(show|shows|has|have|list|lists|say|says)\b{S}{{0,10}}\b(the |a )?(wrong|incorrect|misspelled|misspelt|outdated|old)\b"
       r"|\b(typo|spelling (mistake|error)|wrong spelling) in (my|her|his|the) (name|surname|last name|first name|address|e-?mail)",
       needs=r"correct|update|fix|amend|change|rectif|wrong|incorrect|misspel|outdated|old|typo|spelling"),
    _c("rectification", "en", "rectification-noun", r"\brectif\w*", ref=True),
    _c("rectification", "fi", "korjatkaa",
       rf"\b(korja|paivit|vaihta|vaihda|muutta|oikais)\w*\b{S}{{0,60}}?\b(\w+(ni|nsa)|asiakastie\w*|asiakasrekister\w*|tietoihin\w*|tietoja\w*|"
       r"(mun|minun|meidan) (tili\w*|tiedo\w*|tieto\w*|profiili\w*|asiakastie\w*))\b"
       # "laittakaa tilalle mun numero": a value put in place of the old one
       rf"|\b(laittakaa|pankaa|vaihtakaa|lisatkaa|merkitkaa|paivittakaa)\b{S}{{0,15}}\btilalle\b"),
    _c("rectification", "fi", "on-vaarin",
       r"\b(on|ovat) (vaarin|virheellise\w*|vanhentun\w*)\b|\bvaara (osoite|nimi|numero|sukunimi|puhelinnumero|tieto)\b|\bkirjoitettu vaarin\b"
       rf"|\b(kirjoitettu|merkitty|merkitty|tallennettu|kirjattu|ilmoitettu|nakyy|lukee)\b{S}{{0,30}}\bvaarin\b"
       r"|\b(nimi|sukunimi|osoite|numero|puhelinnumero|sahkoposti\w*) vaarin\b"),
    _c("rectification", "fi", "oikea-arvo-on",
       r"\b(oikea|oikein kirjoitettu|uusi|nykyinen) (\w+ )?(osoit\w*|numero\w*|nim\w*|sukunim\w*|sahkoposti\w*|puhelinnumero\w*) on\b"
       r"|\b(nimeni|sukunimeni|osoitteeni|numeroni) on (nyt|nykyaan|nykyisin|muuttunut)\b"
       r"|\b(vanha|vanhaa|edellinen|entinen|vaara|vaaraa) (\w+ )?(osoite|osoitetta|osoitteeni|numero|numeroa|numeroni|nimi|nimea|sukunimi\w*|sahkoposti\w*)\b"),
    _c("rectification", "fi", "on-muuttunut", r"\b\w*(nimeni|osoitteeni|numeroni)\b[^.!?\n]{0,20}\b(muuttunut|vaihtunut|muuttui|vaihtui)\b"),
    _c("rectification", "fi", "muutos-noun", r"\b(osoitteenmuutos|nimenmuutos|sukunimen muutos|oikaisupyyn\w*|\w*tietojen korja\w*)\b", ref=True),
    _c("rectification", "sv", "ratta",
       rf"\b(ratta|uppdatera|fixa|korrigera)\w*\b{S}{{0,40}}?\b(min|mitt|mina|adress\w*|namn\w*|telefon\w*|e-?post\w*)\b"),
    _c("rectification", "sv", "andra", r"\bandra (min|mitt|mina|adress\w*|namn\w*|e-?post\w*|telefon\w*)\b|\bandra\b[^.!?\n]{0,30}\bi (mina|min) kund\w*"),
    _c("rectification", "sv", "fel", r"\bstavat\b[^.!?\n]{0,30}\bfel\b|\bfel (namn|adress|telefonnummer|nummer|efternamn|personnummer)\b|\b(ar|star) fel\b"),
    _c("rectification", "sv", "ratt-varde-ar",
       r"\b(ratt|korrekt|riktig|ny|nya|nuvarande) (\w+ )?(adress\w*|nummer|numret|namn\w*|efternamn\w*|e-?post\w*|mejladress\w*|telefonnummer) (ar|blir)\b"
       r"|\b(har|jag har) bytt (namn|efternamn|adress|nummer|telefonnummer|e-?post\w*|mejladress)\b|\bfelstavat\b"
       r"|\b(gamla|gammal|tidigare|felaktig\w*) (\w+ )?(adress\w*|nummer|numret|namn\w*|efternamn\w*|e-?post\w*|telefonnummer)\b"),
    _c("rectification", "sv", "ratta-det-i-registret",
       rf"\b(ratta|rattar|uppdatera|uppdaterar|korrigera|korrigerar|andra|andrar|fixa|fixar)\b (det|den|detta|dem|dessa|stavningen|namnet|adressen|numret|uppgiften|uppgifterna)\b{S}{{0,25}}\b(i|pa) (ert|era|er|erat|mitt|min|mina|kund\w*|registret|systemet|databasen|kontot)\b"
       r"|\bfel(aktig)? stavning\b|\bfelstav\w*|\bstavas fel\b|\bstavat (mitt|min) \w+ fel\b"
       r"|\b(namn\w*|adress\w*|efternamn\w*|nummer|numret|personnummer|e-?post\w*) (stammer|ar) inte (langre )?(ratt|korrekt|stamde)\b",
       needs=r"ratt|uppdater|korriger|andra|fixa|stav|stammer|ar inte"),
    _c("rectification", "fi", "korjatkaa-se-rekisteriin",
       rf"\b(korja|paivit|oikais|muutta|vaihta)\w* (se|ne|tama|nama|tieto|tiedot|kirjoitusasu|nimi|osoite)\b{S}{{0,30}}\b(\w*rekister\w*|jarjestelm\w*|tietoihin\w*|tiedoissa\w*|asiakastie\w*|tilill\w*|tiliin\w*|profiili\w*)"
       r"|\b(kirjoitusvirhe|kirjoitusvirheen|lyontivirhe|lyontivirheen)\b[^.!?\n]{0,30}\b(nime\w*|sukunime\w*|osoittee\w*|sahkoposti\w*)"
       r"|\b(nime\w*|sukunime\w*|osoittee\w*|sahkoposti\w*)\b[^.!?\n]{0,30}\b(kirjoitusvirhe\w*|lyontivirhe\w*)",
       needs=r"korja|paivit|oikais|muutta|vaihta|virhe"),
    _c("rectification", "sv", "andring-noun", r"\badressandring\w*|\bnamnbyte\b|\brattelse\w*", ref=True),

    # --- restriction (cues carry their own negation: not negatable) -----------------
    _c("restriction", "en", "restrict-processing",
       r"\brestrict\w*\b[^.!?\n]{0,40}\b(processing|use|data)\b|\brestriction\b|\bprocessing\b[^.!?\n]{0,20}\brestrict\w*", negatable=False),
    _c("restriction", "en", "on-hold", rf"\b(put|keep|place)\b{S}{{0,25}}\b(on hold|frozen)\b|\bblock (the )?(processing|use) of\b", negatable=False),
    _c("restriction", "en", "suspend-processing",
       rf"\b(suspend|pause|halt|limit|freeze)\w*\b{S}{{0,30}}\b(processing|use|usage|handling)\b{S}{{0,20}}\b(of )?(my|her|his|the|this)\b", negatable=False),
    _c("restriction", "en", "freeze", rf"\bfreez\w*\b{S}{{0,30}}\b(account|data|details|information|records)\b", negatable=False),
    _c("restriction", "en", "dont-use-until",
       rf"\b(don'?t|do not|not to|stop)\b{S}{{0,10}}\b(use|using|process|processing|pass|share|hand|give|send|forward|disclose|transfer)\b{S}{{0,70}}\b(until|while|for anything (else|other)|anything other than|for any other)\b"
       rf"|\buntil\b{S}{{0,40}}\b(don'?t|do not)\b{S}{{0,10}}\b(use|process|pass)\b", negatable=False),
    _c("restriction", "fi", "rajoittaa",
       r"\b(rajoit|keskeyt)\w*\b[^.!?\n]{0,40}\bkasittely\w*|\bkasittely\w*\b[^.!?\n]{0,30}\brajoit\w*|\brajoitta\w*\b[^.!?\n]{0,30}\btie(to|do)\w*|\bjaadyt\w*",
       negatable=False),
    _c("restriction", "fi", "alkaa-kayttako",
       r"\b(alkaa|ette|ei saa|ei)\b[^.!?\n]{0,8}\b(kayttako|kasitelko|kasittele|kayta|kayttaa|kasitella|luovuttako|luovuta)\b[^.!?\n]{0,90}\b(muuhun|muihin|ennen kuin|kunnes|siksi aikaa|sina aikana)",
       negatable=False),
    # "Kunnes asia on selvitetty, en halua että tietojani käytetään", "älkää käsitelkö tietojani
    # ennen kuin...": a use of the data stopped for a time; and "laittakaa jäihin", "pitäkää tiedot
    # mutta älkää käyttäkö" (keep, but do not use).
    _c("restriction", "fi", "ei-kayttoa-kunnes",
       rf"\b(kunnes|ennen kuin|siihen asti|siksi aikaa|niin kauan kuin|sen ajan)\b{S}{{0,60}}\b(en|emme) (halua|salli|hyvaksy)\b{S}{{0,20}}\betta\b{S}{{0,30}}\b(kaytetaan|kaytatte|kasitellaan|kasittelette|luovutetaan|luovutatte)\b"
       rf"|\b(en|emme) (halua|salli|hyvaksy)\b{S}{{0,20}}\betta\b{S}{{0,30}}\b(kaytetaan|kaytatte|kasitellaan|kasittelette|luovutetaan|luovutatte)\b{S}{{0,60}}\b(kunnes|ennen kuin|siihen asti|siksi aikaa|niin kauan kuin)\b"
       rf"|\b(laittakaa|pankaa|pitakaa|jattakaa)\b{S}{{0,30}}\b(jaihin|jaissa|tauolle|odottamaan)\b"
       rf"|\b(sailyttakaa|pitakaa)\b{S}{{0,30}}\btie(to|do)\w*{S}{{0,30}}\b(mutta|kunhan)\b{S}{{0,10}}\b(alkaa|ette|ei)\b{S}{{0,10}}\b(kayttako|kasitelko|kayta|kasittele)\b",
       negatable=False, needs=r"kunnes|ennen kuin|siihen asti|siksi aikaa|niin kauan|jaihin|jaissa|tauolle|odottamaan|mutta|kunhan"),
    # Art. 18 in the writer's words: a stop on *use* that lasts only while something is sorted out.
    # The time clause may come first or last ("until this is resolved, don't use my data for
    # anything"; "tietojani ei saa käyttää perintään niin kauan kun tätä selvitetään"; "tills det
    # här är utrett vill jag att ni inte använder mina uppgifter"). The negation is the request.
    _c("restriction", "any", "no-use-while-disputed",
       rf"\b({_UNTIL})\b{S}{{0,90}}\b({_NO_USE})|\b({_NO_USE}){S}{{0,90}}\b({_UNTIL})\b",
       negatable=False, needs=_UNTIL,
       # the writer's own boycott is no request: "I won't use your shop until I get my refund"
       unless=r"\b(i|we)\b( will| would| shall|'ll)? (not|never|won'?t|don'?t|do not|can'?t|cannot)\b( \w+)? (use|shop|order|buy)\b"
              r"|\b(en|emme) (kayta|asioi|tilaa|osta)\b|\b(jag|vi)( kommer)? (inte|aldrig) (att )?(anvanda|anvander|handla|handlar|bestalla)\b"),
    # "keep my data but don't use it", "behåll uppgifterna men använd dem inte", "frys mina uppgifter"
    _c("restriction", "en", "keep-but-dont-use",
       rf"\b(keep|retain|hold on to|store)\b{S}{{0,30}}\b(data|information|details|records|account)\b{S}{{0,20}}\bbut\b{S}{{0,15}}\b(don'?t|do not|not|stop)\b{S}{{0,10}}\b(use|process|share|touch)\b",
       negatable=False, needs="but"),
    _c("restriction", "sv", "behall-men-anvand-inte",
       rf"\b(behall|spara|behalla)\b{S}{{0,30}}\buppgift\w*{S}{{0,20}}\bmen\b{S}{{0,20}}\b(inte|ej|sluta)\b{S}{{0,10}}\b(anvand|behandla)\w*"
       rf"|\bmen\b{S}{{0,10}}\b(anvand|behandla) (dem|dom|dessa|uppgifterna) (inte|ej)\b|\bfrys\w* (mina|min|mitt|hans|hennes)\b",
       negatable=False, needs=r"\bmen\b|frys"),
    _c("restriction", "sv", "begransa",
       r"\b(begrans|sparra|pausa)\w*\b[^.!?\n]{0,40}\b(behandling|uppgift|konto)\w*|\bbehandling\w*\b[^.!?\n]{0,20}\bbegrans\w*|\bfrys\w*\b[^.!?\n]{0,30}\b(konto|uppgift)",
       negatable=False),
    _c("restriction", "sv", "inte-anvand-tills",
       r"\b(inte|int)\b[^.!?\n]{0,8}\b(anvand\w*|behandla\w*|overlamna\w*|skicka\w*|lamna ut)\b[^.!?\n]{0,70}\b(tills|forran|till dess|nagot annat)",
       negatable=False),

    # --- portability -----------------------------------------------------------------
    _c("portability", "any", "machine-readable",
       r"\bmachine[- ]?readable|\bspreadsheet\b|\bmaskinlasbar\w*|\bkoneluettava\w*|\bkoneellisesti luettava\w*|\b(csv|json|xml|xlsx)\b|\bexcel\w*"),
    _c("portability", "any", "portability-noun", r"\bportabil\w*|\bsiirrettavyy\w*|\bdataportabilitet\w*|\boverforbarhet\w*", ref=True),
    # Moving the data to another provider is Art. 20 whatever the format is called.
    _c("portability", "en", "to-another-provider",
       rf"\b(transfer|move|send|transmit|port|hand)\w*\b{S}{{0,50}}\b(directly )?to (another|a new|a different|my new|the new|an?other|a competing) (provider|service|company|controller|shop|store|retailer|supplier|platform)\b"
       r"|\bstructured,? commonly used\b"),
    _c("portability", "sv", "flytta-uppgifter",
       rf"\b(flytta|overfor|overfora|skicka|overlamna)\w*\b{S}{{0,40}}\b(uppgift\w*|data)\b{S}{{0,40}}\b(annan|ny|nya|annat)\b{S}{{0,15}}\b(leverantor|tjanst|foretag|butik|aktor)\w*"
       r"|\bstrukturerat,? (allmant anvant|vanligt)\b"),
    _c("portability", "en", "export", rf"\b(export|transfer|port)\w*\b{S}{{0,30}}\b(my|the)\b{S}{{0,20}}\b(data|account|order history|information)"),
    _c("portability", "fi", "siirtaa",
       rf"\b(siirta\w*|siirr\w*|vieda|lahet\w*|toimit\w*)\b{S}{{0,30}}\btie(to|do)\w*{S}{{0,40}}\b(toise\w*|uuteen|uudelle|palveluun|palveluntarjoaja\w*|jarjestelmaan|kilpailija\w*)"
       r"|\brakenteis\w*,? (yleisesti kaytet\w*|koneellisesti)"),

    # --- marketing ban (stops carry the negation themselves) -------------------------
    # A newsletter's own footer ("click here to unsubscribe") is not the writer asking.
    _c("marketing_ban", "en", "unsubscribe", r"\bunsubscrib\w*|\bopt(ed|ing)?[- ]out\b", negatable=False,
       unless=r"\b(click|tap) here to unsubscribe|\bto unsubscribe,? (click|visit|use|follow|reply)|\bunsubscribe (here|link below|at any time)|"
              r"\b(you are|you're) receiving this|\bmanage (your )?(e-?mail )?preferences"),
    _c("marketing_ban", "en", "stop-sending",
       r"\b(stop|quit|cease|halt|end) (sending|emailing|e-mailing|texting|spamming|calling|ringing|phoning|mailing|messaging|contacting|bombarding|bothering|pestering)\b"
       r"|\bstop\b[^.!?\n]{0,15}\bemailing me\b"
       r"|\b(don'?t|dont|do not|never) (ever )?(sen[dt]|email|e-mail|text|call|ring|phone|message|mail|contact) (me|us) (again|any ?more|any longer|ever)\b", negatable=False),
    _c("marketing_ban", "en", "stop-marketing",
       rf"\b(stop|quit|halt|end|cease|no more|no further|not (want|wish) (to (receive|get) )?any( more)?|(don'?t|dont|do not) (sen[dt]|want|wish)|stop using my \w+ for)\b{S}{{0,30}}?\b{EN_MKT}\b"
       rf"|\b(take|remove|delete|drop|strike|scratch) (me|my (e-?mail( address)?|address|number|name))\b{S}{{0,30}}\b(list|lists|mailing|newsletter|subscribers?|marketing|database for)\b",
       negatable=False),
    _c("marketing_ban", "en", "marketing-to-end", rf"\b{EN_MKT}\b{S}{{0,20}}\b(to )?(end|stop|cease)\b|\b(don'?t|do not|never) (call|text|email|e-mail|contact) me\b",
       negatable=False, needs="end|stop|cease|n'?t|not|never"),
    # "I don't want you to use my phone number for ads", "do not use my data for marketing".
    _c("marketing_ban", "en", "dont-use-for-marketing",
       rf"\b((don'?t|do not|no longer) (want|wish|allow|permit|accept)\b{S}{{0,15}}\b(you|allsec|your company)\b{S}{{0,10}}\b(to )?|(don'?t|do not|never|stop|quit) )(use|using|share|sharing|upload\w*|pass\w*)\b{S}{{0,50}}\b(for|in|to|with)\b{S}{{0,20}}\b(marketing|advertis\w*|ads|targeting|targeted|retargeting|remarketing|custom audiences?|newsletters?|promotions?|campaigns?)\b",
       negatable=False,
       needs=r"marketing|advertis|ads|target|audience|newsletter|promotion|campaign"),
    _c("marketing_ban", "en", "direct-marketing", r"\bdirect marketing\b|\bmarketing (purposes|profiling)\b"),
    _c("marketing_ban", "fi", "lopettakaa-markkinointi",
       rf"\b(lopet\w*|lopp\w*|ei enaa|en (enaa )?(halua|tahdo)|kiella\w*|kieltay\w*|kielto|poist\w*|peru\w*|irtisano\w*|alkaa (lahettako|soittako))\b{S}{{0,40}}?\b{FI_MKT}"
       rf"|\b{FI_MKT}\b{S}{{0,40}}?\b(lopet\w*|lopp\w*|kiella\w*|kielto|ei enaa|pois)\b|\w*markkinointikielto\b",
       negatable=False, needs=_FI_MKT_STEMS),
    # A wish in the passive, often made for someone else: "(pyydän) ettei hänelle enää soiteta tai
    # lähetetä mainoksia", "ettei minulle lähetetä uutiskirjeitä". The negation is the request.
    _c("marketing_ban", "fi", "ettei-lahetetä",
       rf"\b(ettei|etta ei|ettette|etta ette)\b{S}{{0,40}}\b(lahetet\w*|lahettaisi\w*|soitet\w*|soittaisi\w*|markkinoida|markkinoi\w*)\b{S}{{0,40}}\b{FI_MKT}"
       rf"|\b(ettei|etta ei|ettette|etta ette)\b{S}{{0,20}}\b{FI_MKT}\b{S}{{0,30}}\b(lahetet\w*|lahettaisi\w*)",
       negatable=False, needs=r"ettei|etta ei|ettette|etta ette"),
    # "lopettakaa viestien lähettäminen", "älkää enää soittako": any mail or calls, told to stop.
    _c("marketing_ban", "fi", "lopettakaa-viestit",
       rf"\b(lopet\w*|lopp\w*|alkaa (enaa )?(lahettako|laittako|soittako)|en (enaa )?(halua|tahdo) (enaa )?(teilta|mitaan))\b{S}{{0,40}}?\b{FI_MSG}"
       r"|\b(pois|poistakaa minut) (teidan )?(postitus|sahkoposti|mainos|markkinointi)?list\w*"
       r"|\balkaa (enaa )?(lahettako|laittako|soittako|spammatko)\b", negatable=False),
    _c("marketing_ban", "fi", "osoite-pois-listalta",
       rf"\b(poist\w*|ottakaa)\b{S}{{0,25}}\b(minut|mut|\w*osoittee\w*|\w*osoite\w*|\w*numero\w*|sahkopost\w*)\b{S}{{0,25}}\b(\w*listal\w*|\w*listoil\w*|\w*listasta|\w*listoista)\b",
       negatable=False, needs="list"),
    _c("marketing_ban", "fi", "lopettaa-lahettamisen", r"\blopet\w* (lahettami\w*|lahettamas\w*|soittami\w*)", negatable=False),
    _c("marketing_ban", "sv", "sluta-reklam",
       rf"\b(sluta\w*|avsluta\w*|stoppa\w*|vill inte( heller)? (ha|fa)|inte (langre|mer)|(inga|inte|inte heller) (fler|mer)|ta bort mig|avregistrera\w*|avanmal\w*|undanber)\b{S}{{0,40}}?\b{SV_MKT}"
       rf"|\b{SV_MKT}\b{S}{{0,30}}?\b(sluta\w*|avsluta\w*|stoppa\w*)\b|\bsluta (skicka|ringa|maila|mejla|sms|spamma|kontakta)\w*\b"
       r"|\b(avregistrera|avanmal|stryk|ta bort) mig\b[^.!?\n]{0,30}\b(lista\w*|utskick\w*|nyhetsbrev\w*|register for)"
       r"|\b(skicka|ring|maila|mejla) (inte|aldrig) (mer|fler|langre|nagot mer)\b|\bavsluta (min )?prenumeration\w*",
       negatable=False, needs="slut|stopp|inte|inga|ta bort|avregistr|avanm|undanb|stryk|aldrig|prenum"),

    _c("marketing_ban", "sv", "inte-anvanda-for-reklam",
       rf"\b(vill|onskar|accepterar|godkanner|tillater)( absolut)? (inte|ej)\b{S}{{0,12}}\batt ni\b{S}{{0,10}}\b(anvander|anvanda|delar|dela|laddar upp|skickar|for over)\b{S}{{0,60}}\b(reklam\w*|marknadsforing\w*|riktad\w*|annons\w*|nyhetsbrev\w*|utskick\w*|kampanj\w*|erbjudand\w*|custom audience\w*|retargeting)"
       rf"|\b(anvand|anvanda|anvander) (inte|aldrig|ej)\b{S}{{0,40}}\b(for|till|i)\b{S}{{0,15}}\b(reklam\w*|marknadsforing\w*|riktad\w*|annons\w*)"
       rf"|\b(avbestall\w*|saga upp|sager upp|sag upp)\b{S}{{0,30}}\b(nyhetsbrev\w*|utskick\w*|prenumeration\w*|reklam\w*|sms\w*|erbjudand\w*|mejl\w*)",
       negatable=False,
       needs=r"reklam|marknadsf|riktad|annons|nyhetsbrev|utskick|kampanj|erbjud|audience|retarget|prenum|sms|mejl"),
    _c("marketing_ban", "fi", "ei-markkinointiin",
       rf"\b(en|emme) (enaa )?(halua|tahdo|salli|hyvaksy)\b{S}{{0,15}}\betta\b{S}{{0,40}}\b(kaytat\w*|kaytetaan|kaytta\w*|jaat\w*|jaetaan|lataat\w*)\b{S}{{0,50}}\b(markkinoin\w*|mainon\w*|mainos\w*|kohdenn\w*|uutiskir\w*)"
       rf"|\b(irtisano\w*|perun|peruutan|peruuttaa|lopetan)\b{S}{{0,30}}\b(tilaukse\w*|tilaamani|tilauksen)\b{S}{{0,15}}\b(uutiskir\w*|postituslist\w*|tiedottee\w*)"
       rf"|\b(uutiskir\w*|postituslist\w*|tiedottee\w*)\b{S}{{0,30}}\b(irtisano\w*|tilaukse\w* peru\w*)",
       negatable=False,
       needs=r"markkinoin|mainon|mainos|kohdenn|uutiskir|postituslist|tiedotte"),

    # --- consent withdrawal -----------------------------------------------------------
    _c("consent_withdrawal", "en", "withdraw-consent",
       rf"\b(withdraw\w*|revok\w*|retract\w*|take back|taking back|cancel\w*|rescind\w*|pull\w*|undo\w*)\b{S}{{0,50}}?\b(consents?|permissions?|opt-?ins?|authori[sz]ations?|approval)\b|\b(consents?|permissions?|opt-?ins?)\b{S}{{0,40}}?\b(withdraw\w*|revok\w*|rescind\w*)"
       rf"|\b(changed|change) my mind\b{S}{{0,60}}\b(consent\w*|permission|opt-?in|agreed|ticked|checked the box)\b"
       rf"|\b(consent\w*|permission|opt-?in|agreed|ticked|checked the box)\b{S}{{0,60}}\b(changed my mind)\b"
       r"|\b(consent|permission) (is|are) (hereby )?(withdrawn|revoked|cancelled|canceled)\b"),
    _c("consent_withdrawal", "fi", "peruutan-suostumuksen",
       rf"\b(peru\w*|vedan (takaisin|pois)|vetaa (takaisin|pois)|otan takaisin|mitatoi\w*|lakkaut\w*)\b{S}{{0,50}}?\b(\w*suostumu\w*|\w*lupa|\w*lupa(a|ni|nne)|lupia|\w*luvan|\w*luvat|\w*luvista|hyvaksyn\w*|hyvaksynta\w*)\b|\b(\w*suostumu\w*|hyvaksynta\w*)\b{S}{{0,30}}?\b(peru\w*|mitatoi\w*)"
),
    _c("consent_withdrawal", "fi", "luvan-takaisin",
       rf"\b(lupa\w*|luvan|luvat|\w*suostumu\w*)\b{S}{{0,30}}\btakaisin\b|\btakaisin\b{S}{{0,30}}\b(lupa\w*|luvan|luvat|\w*suostumu\w*)\b|\ben enaa suostu\w*|\ben suostu\w* enaa\b"),
    _c("consent_withdrawal", "sv", "aterkallar-samtycke",
       rf"\b(aterkall\w*|drar tillbaka|dra tillbaka|tar tillbaka|drar in|dra in|tar jag tillbaka|drar jag tillbaka|aterta\w*)\b{S}{{0,50}}?\b(\w*samtyck\w*|tillstand\w*|medgivande\w*|godkannande\w*)|\b(samtyck\w*|tillstand\w*|medgivande\w*)\b{S}{{0,30}}?\b(aterkall\w*|tillbaka)|\bsamtycker inte (langre|langer|mer)\b"
       rf"|\b(angrar|angra|angrat)\b{S}{{0,20}}\b(samtyck\w*|tillstand\w*|medgivande\w*|godkannande\w*)"
),
    # Withdrawals that carry their own negation ("I no longer consent", "en enää anna lupaa",
    # "jag ger inte längre mitt samtycke"): the negation is the withdrawal, so not negatable.
    _c("consent_withdrawal", "any", "consent-no-longer-given",
       r"\bno longer (give (you )?my |give (you )?|have my )?(consent|permission)\b|\b(do not|don'?t|no longer) (consent|agree) (any ?more|any longer|to (this|that|it|you) any ?more)\b"
       r"|\ben (enaa )?(anna|myonna) (enaa )?(lupaa|suostumusta|lupaani|suostumustani)\b|\b(lupa|lupani|suostumus|suostumukseni)\w* ei (ole )?enaa (voimassa|kaytossa)\b"
       r"|\b(ger|lamnar) (inte|ej) (langre|langer|mer) (mitt |ert |nagot )?(samtycke|tillstand)\b|\bsamtycker inte (langre|langer|mer)\b",
       negatable=False,
       needs=r"consent|agree|permission|lupa|suostum|samty|tillstand"),

    # --- other languages: a few words so staff see a first guess (these mails go to triage) --
    # The verb asks; the noun ("die Löschung meiner Daten", "la suppression") may only *name* an
    # earlier request in a followup ("ich habe die Löschung beantragt"), as "erasure" does in English.
    _c("erasure", "any", "delete-other",
       r"\b(kustuta(?!mi)\w*|losch(?!ung)\w*|verwijder(?!ing)\w*|supprim\w*|effac\w*|usun(?!ie)\w*|slet\w*|borra\w*|cancellare|cancellate|cancellatemi)\b"),
    _c("erasure", "any", "deletion-noun-other",
       r"\b(kustutami\w*|loschung\w*|verwijdering\w*|suppression|usuniecie\w*|cancellazione|borrado|supresion)\b", ref=True),
    _c("access", "any", "access-other", r"\b(auskunft\w*|inzage\w*|droit d'acces|dostep\w*|kopie (aller|meiner)|copie (de|des|du)|copia (de|dei|delle))\b"
       # Norwegian/Danish and Estonian: "hvilke opplysninger dere har om meg", "innsyn", "milliseid andmeid"
       r"|\bhvilke (person)?(opplysninger|oplysninger|data)\b|\b(innsyn|indsigt)\w*|\boversikt over\b[^.!?\n]{0,30}\b(opplysning|oplysning|data)\w*"
       r"|\bmilliseid (isiku)?andmeid\b|\bkoopia\b[^.!?\n]{0,30}\bandme\w*", in_question=True),
    _c("marketing_ban", "any", "stop-ads-other",
       r"\b(keine (werbung|newsletter|werbe\w*)|abbestell\w*|abmelden|werbung\b[^.!?\n]{0,30}\b(einstell|stopp|unterlass)\w*|"
       r"desabonn\w*|ne plus recevoir|afmelden|uitschrijv\w*|geen (reclame|nieuwsbrie\w*)|wypisa\w*|"
       # Estonian ("lõpetage reklaamkirjade saatmine"), Italian and Spanish newsletter/ad stops
       r"(lõpeta|loobu)\w*[^.!?\n]{0,50}(reklaam|uudiskir|pakkumis)\w*|(reklaam|uudiskir)\w*[^.!?\n]{0,30}(lõpeta|ei soovi)\w*|"
       r"(disiscriv|cancellami)\w*|(non|no) (voglio|desidero|quiero|deseo) (piu |mas )?(ricevere|recibir)|darse de baja|darme de baja|"
       r"(прекрат|остановит|отпиш|не присыла|не отправля)\w*[^.!?\n]{0,60}(рассыл|реклам|sms|смс|письм)\w*|отпис\w*)",
       negatable=False),
    # Withdrawing consent: revoco il consenso, je retire mon consentement, ich widerrufe meine
    # Einwilligung, trek mijn toestemming in, cofam zgodę, võtan nõusoleku tagasi.
    _c("consent_withdrawal", "any", "withdraw-consent-other",
       r"\b(revoc\w*|retir\w*|widerruf\w*|zuruckzieh\w*|zuruck|intrek\w*|herroep\w*|trek\w*|cofn\w*|wycofu\w*|tuhista\w*|votan|retiro)\b[^.!?\n]{0,40}"
       r"\b(consens\w*|consentement\w*|consentimiento|einwilligung\w*|zustimmung\w*|toestemming\w*|zgod\w*|nousolek\w*|nõusolek\w*)"
       r"|\b(consens\w*|consentement\w*|einwilligung\w*|toestemming\w*|zgod\w*|nõusolek\w*)\b[^.!?\n]{0,30}\b(widerruf\w*|revoqu\w*|revocat\w*|tagasi|ingetrokken)"),
    # Rectification and restriction in the neighbours' languages: "proszę o poprawienie danych",
    # "bitte berichtigen Sie meine Daten", "parandage minu andmed"; "ärge kasutage neid ... kuni"
    # (Estonian: do not use them until), "Einschränkung der Verarbeitung", "ograniczenie przetwarzania".
    _c("rectification", "any", "correct-other",
       r"\b(poprawi\w*|popraw\w*|sprostowa\w*|berichtig\w*|korrigier\w*|corrig\w*|rectifi\w*|paranda\w*|parandage|verbeter\w*|correggere|corregir)\b"
       r"[^.!?\n]{0,40}\b(dan\w*|daten|donnees|dati|datos|andme\w*|gegevens|nazwisk\w*|imi\w*|name\w*|nom|adres\w*|nimi|perekonnanim\w*)"
       r"|\b(nazwisk\w*|imie|adres|name|andme\w*)\b[^.!?\n]{0,60}\b(powinno byc|powinien byc|sollte|peaks olema|ist falsch|jest bledn\w*|on vale)"),
    _c("restriction", "any", "restrict-other",
       r"\b(einschrankung der verarbeitung|ograniczeni\w* przetwarzania|limitation du traitement|toetlemise piiramis\w*)\b"
       r"|\b(arge|ara)\b[^.!?\n]{0,20}\bkasuta\w*\b[^.!?\n]{0,90}\bkuni\b",
       negatable=False),
    _c("objection", "any", "object-other", r"\b(widersprech\w*|widerspruch|bezwaar|m'oppose|opposition|sprzeciw\w*|vastuta\w*)\b"),

    # --- objection (converted to marketing_ban when the sentence is about marketing) --
    _c("objection", "en", "i-object", r"\b(i|we|she|he) (also |hereby |strongly )?(object|oppose)\b|\bobjection\b|\bright to object\b|\bobject(ing)? to\b"),
    _c("objection", "en", "stop-analysing",
       rf"\b(stop|quit|cease|end|opt out of|exclude me from)\b{S}{{0,25}}\b(analys\w*|analyz\w*|analytic\w*|statistic\w*|profil\w*|tracking|track|recording|scoring|monitoring)\b"),
    # "I don't want you to profile me": the negation is the request itself, so not negatable.
    _c("objection", "en", "dont-want-profiling",
       rf"\b(don'?t|do not|no longer) (want|wish|allow|accept|agree to)\b{S}{{0,40}}\b(profil\w*|analys\w*|analyz\w*|analytic\w*|statistic\w*|stats|track\w*|monitor\w*|scor\w*|used (for|to train))\b",
       negatable=False, yields_to="restriction"),
    _c("objection", "fi", "vastustan", r"\bvastust\w*|\bkiellan\b[^.!?\n]{0,40}\b(profiloin\w*|analy\w*|seuran\w*)"),
    _c("objection", "fi", "lopettakaa-profilointi",
       rf"\b(lopet\w*|lopp\w*|en (enaa )?(halua|hyvaksy|salli)|ette saa|alkaa)\b{S}{{0,70}}\b(profiloi\w*|profilointi\w*|seura(a|ta|taan|nta|ntaa|tko|amasta|amisen|atte|tte|isitte|ilette)\w*|analysoi\w*|analysointi\w*|analyysi\w*|analyyse\w*|pisteyt\w*)",
       negatable=False),
    # "En hyväksy, että viestejäni käytetään...", "I don't accept you using my chats to train...",
    # and feeding the writer's messages to an AI, refused ("niin ei käy", "not ok").
    _c("objection", "any", "refuse-use-of-mine",
       rf"\b(en|emme) (hyvaksy|salli)\b{S}{{0,80}}\b(kaytta\w*|kayte\w*|kaytat\w*|syot\w*|koulut\w*)\b{S}{{0,20}}\b((mun|minun|meidan) \w+|\w+(jani|jeni|tani|teni|ni|mme))\b"
       rf"|\b(don'?t|do not|won'?t|will not) (accept|agree to|allow|consent to)\b{S}{{0,20}}\b(us\w*|feed\w*|train\w*)\b{S}{{0,20}}\b(my|our)\b"
       rf"|\b(accepterar|godkanner|tillater) (inte|ej)\b{S}{{0,20}}\b(anvand\w*|mata\w*|trana\w*)\b{S}{{0,20}}\b(mina|min|mitt|vara)\b"
       rf"|\b(syot\w*|koulut\w*|feed\w*|train\w*|mata\w*|trana\w*)\b{S}{{0,40}}\b(tekoaly\w*|koulutusdata\w*|ai|model\w*|ki|traningsdata)\b{S}{{0,40}}\b(ei kay|en hyvaksy|en halua|not ok(ay)?|no way|i object|inte ok|vill inte)\b",
       negatable=False),
    _c("objection", "sv", "motsatter", r"\bmotsatter mig\b|\binvand\w*"),
    _c("objection", "sv", "sluta-profilera",
       rf"\b(sluta\w*|vill inte att ni|inte (langre )?(vill|accepterar) att)\b{S}{{0,40}}\b(profiler\w*|analyser\w*|sparning\w*|kartlagg\w*|poangsatt\w*)",
       negatable=False),
)
