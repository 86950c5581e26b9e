"""Finnish. Literal data only; `bot.core.reading.vocabulary` says what each key means and checks it.

Finnish inflects, so words are matched by stems (`poist\\w*`, `tie(to|do)\\w*`); possessive suffixes
(-ni: "tietoni", "tilini") mark the writer's own data. Patterns outside `quoting` and `screening`
run on folded text (lower case, ä→a, ö→o), so "poistakaa tietoni" typed without dots matches too.
"""

PACK = {
    "code": "fi",
    "name": "suomi",
    "covered": True,
    "stop_words": (
        "ja on ei en että se ne mutta kun jos niin kuin myös vain olen oli ole minun minulle minua minusta "
        "mun mulle mua musta teidän teille teiltä teillä te tämä tämän tässä tuo sekä tai koska kiitos hei moi "
        "moikka haluan haluaisin pyydän voisitteko olkaa enää kaikki tiedot tietoni tilini mitä miten kanssa "
        "jo nyt vielä sitä siitä sen joka jotka ovat oikein terveisin ystävällisin"
    ),
    # "en" and "et" are Finnish negation verbs but ordinary words elsewhere: Finnish mail only.
    # "en tiedä mistä / miksi ...": an embedded question follows, the clause after it is not negated
    "negation": r"\b(ala|alkaa|alkaako|ei|eika|ette|emme|eivat)\b|\ben\b(?! (tieda|tiia|tia|ymmarra|kasita) (\w+ )?(mista|miksi|miten|mita|mika|mitka|kuka|milloin|mihin|missa|kuinka|minka|mistas|miks)\b)|(?<!haluun )(?<!haluan )(?<!haluisin )(?<!toivon )(?<!pyydan )(?<!vaadin )(?<!sanoin )(?<!luulin )(?<!tietaa )(?<!tiedan )(?<!kuulin )(?<!huomasin )(?<!mietin )\bet\b"
                # spoken "et" (= "että") before a question word opens the question: "haluisin tietää et mitä tietoja teil on"
                r"(?! (mita|mitka|mika|miten|kuinka|missa|mista|mihin|milloin|kuka|ketka|kenelle|keille|miksi|onko|oliko)\b)",
    "clause_breaks": r"\b(mutta|vaan|vain|sen sijaan)\b",
    "polite": (
        r"\b(voisitteko|voisitko|voitteko)\b|\bvoisit\w*|\bvoisiko\b|\bsaisin\w*|\bsaanko\b|\bsaisiko\b|\b\w+isitteko\b|"
        r"\bhaluan\b|\bhaluaisin\b|\bhaluun\b|\b(saisko|saako|vois|voisko|voitko|voiks|kannatko|voisinko|voinko|saisinko)\b|"
        # "voiko mun tilin poistaa?", "voikohan tilini poistaa": whether the writer's *own* account or data can
        # be acted on asks for it; "voiko tilin poistaa myöhemmin?" (anyone's) stays a question.
        r"\bvoi(ko|kohan) (mun|minun|\w{3,}(ni|mme))\b"
        # ... and so does whether it is possible for the writer's own: "onks mahdollista saada mun ostohistoria", "olisiko
        # mahdollista saada kopio tiedoistani" ("onko mahdollista poistaa tili myöhemmin?", anyone's, stays a question)
        r"|\b(onko|onks|onkohan|olisiko|olisko|oisko|ois) (\w+ )?mahdollista (\w+ ){1,2}?(mun|minun|meidan|\w{3,}(ni|mme))\b"
    ),
    # ... but "vaikka pyysin" (although I asked) after an order in the plural imperative reports the old ask as background
    # to the order given now: "lopettakaa ne uutiskirjeet, niitä tulee edelleen vaikka pyysin tietoja"
    "past_request": r"(?<!vaikka )(?<!vaik )\b(pyysin|olen (jo )?(\w+ )?(kertaa )?pyytanyt|pyysimme)\b"
                    r"|^(?![^\n]*\b\w{3,}kaa\b[^\n]*\bvaik(ka)? (jo )?(pyysin|pyysimme|olen))[^\n]*\bvaik(ka)? (jo )?(pyysin|pyysimme|olen (jo )?(\w+ )?(kertaa )?pyytanyt)\b"
                    # asked as a question: "kysyin 2.3. mitä tietoja teillä on", "olen kysyny jo kaks kertaa", "tiedustelin"
                    r"|\b(kysyin|kysyimme|tiedustelin|tiedustelimme|olen (jo )?(\w+ )?(kertaa )?(kysynyt|kysyny|tiedustellut))\b"
                    # a request reported as sent or made: "lähetin 2. lokakuuta pyynnön", "tein tietopyynnön", "jätin pyynnön"
                    r"|\b(lahetin|lahetimme|tein|teimme|jatin|jatimme|laitoin|laitoimme|olen (jo )?(lahettanyt|tehnyt|jattanyt))\b (\S+ ){0,4}?\w*(pyynno|pyynto)\w*",
    "fragments": {
        "declined_tail": r"(?:(?!\b(mutta|vaan|vain|joten|pyydan|kiitos)\b)[^,;:.!?\n]){0,80}",
        "not_list": r"(?![^.!?\n]{0,30}\b(list|lists|newsletter|mailings?|\w*listal\w*|\w*listoil\w*|\w*listasta|\w*postituslist\w*|\w*uutiskir\w*)\b)",
        # "tunnus" (user id) only as a word of its own or "käyttäjä-/asiakastunnus", never
        # "verkkotunnus" (a domain name).
        # "tili" (account) ends compounds; "markkinointilistalta" is a list, not an account ("...ti-lista-").
        # ... never the data protection authority's name ("valitan tietosuojavaltuutetulle", "tietosuojaviranomaiselle").
        "data": (
            r"(\w*tie(to|do)(?!suoja(valtuu|viranom|lautakun))\w*|tiejo\w*|\w*tili(?!st(a(n\b|lla|lta|lle|ssa|sta|an|t\b)|o))\w*|(kayttaja|asiakas)?tunnu(s|ks)\w*|profiili\w*|nime\w*ni|\w*osoittee\w*ni{{not_list}}|"
            r"\w*osoite\w*ni{{not_list}}|\w*numero\w*ni{{not_list}}|\w*arvostelu\w*|rekister\w*|asiakkuu\w*|jasenyy\w*|"
            # "poistaa mun käyttäjän": a user account in speech; a recording of the writer's call
            r"(mun|minun|mu) kayttaja\w*|kayttajani\w*|"
            # "poistaa mun puhelinnumeron": the writer's detail in the spoken possessive (not "mun vanha numero")
            r"(mun|minun|mu) (puhelin|sahkoposti)?(numero\w*|osoit\w*|sahkoposti\w*){{not_list}}|kayttajatili\w*|account\w*|akkount\w*|\w*tallente\w*|tallenne|tallennetta|nauhoite\w*|"
            # ... spoken "nauhote", the noun only: "nauhotettu" is the verb
            r"nauhot(e|teen|etta|teet|teesta|teita|teista)\b|"
            # a sound recording (äänite), the noun only: "äänitetään" is the verb
            r"\w*aanite|\w*aanitetta|\w*aanitte\w*)"
        ),
        "marketing_kinds": (
            r"(\w*uutiskir\w*|\w*markkinoin\w*|\w*mainok\w*|\w*mainos\w*|\w*mainont\w*|\w*tarjou\w*|tekstar\w*|\w*tekstiviest\w*|"
            r"\w*postituslist\w*|puhelinmyyn\w*|myyntipuhel\w*|myyntitarkoitu\w*|kohdennet\w*|mainonn\w*|kohdentami\w*|spam\w*|\w*roskapost\w*|\w*kampanj\w*|\w*kuvasto\w*|esite\b|esitte\w*|sms\w*|"
            # ... and its compounds: "sähköpostimainonta", "suoramainontaa"
            r"\w*mainonn\w*)"
        ),
        "marketing_stems": (
            r"uutiskir|markkinoin|mainok|mainos|mainont|tarjou|tekstar|tekstiviest|postituslist|puhelinmyyn|kohdennet|"
            r"spam|roskapost|kampanj|kuvasto|esite|esitte|sms|myyntipuhel|myyntitarkoitu|mainonn|kohdentami"
        ),
        # A marketing kind in the plural partitive, or a mass noun: what is refused as a kind of mail.
        "marketing_plural": (
            r"\w*(uutiskir|markkinoin|mainok|mainos|tarjous|tarjouks|tekstar|tekstiviest|postitu|sahkopost|viest)\w*(ia|ja|ita|eja|eita)\b"
            r"|markkinointia\b|\w*mainontaa\b"
        ),
        # Mail, messages and calls in general: marketing when the verb is "stop sending" ("lopettakaa viestit").
        # ... "soitot", "soitoista": the plural of "soitto"
        "messages": r"(\w*sahkopost\w*|\w*viest\w*|\w*meil\w*|\w*mail\w*|\w*postitu\w*|\w*soitto\w*|\w*soito\w*|\w*soittelu\w*|postia|postit)",
        # The writer reports having unsubscribed or stopped it themselves ("peruin uutiskirjeen itse",
        # "olen jo perunut tilauksen"): done, not asked, unless the mail still comes ("mutta niitä tulee edelleen").
        "stopped_it_myself": (
            r"^(?!{{S}}*\b(silti|edelleen|yha|vielakin|taas|uudestaan|mutta|kuitenkin|lopettakaa|lopettaisitteko|poistakaa|alkaa)\b)"
            r"{{S}}*\b(peruin|perutin|peruutin|lopetin|irtisanoin|olen (jo |itse )?(perunut|peruuttanut|lopettanut|irtisanonut))\b"
        ),
        "detail_noun": r"(nimi|nimeni|nimen|osoite|osoitteeni|osoitteen|osote|puhelinnumero\w*|puh\w*nro|puhnro|numeroni|sahkoposti\w*|ostot|ostohistoria\w*|syntymaaika\w*)",
        "own_detail_stem": r"(osoittee|nime|sukunime|numero|puhelinnumero|sahkopostiosoittee|sahkoposti|syntymaaika)",
        # "älkää" and its spoken and dialect forms (Savo "elkee", "älkee")
        # a verb of stopping ("lopettakaa", "loppuu"); not the end of a period ("kesäkuun loppuun asti", "loppuvuodesta")
        "stop_verb": r"(lopet\w*|(?<!kuun )(?<!viikon )(?<!vuoden )(?<!kauden )lopp(?!uun (asti|saakka|mennessa)\b|u(puol|vuo|kuu|viiko|kesa|syks|talv|kevaa)\w*)\w*)",
        "dont": r"(alkaa|alkee|elkaa|elkee|alakaa|alakee)",
        # written by the shop or in the passive, in speech too: "kirjoittaneet", "kirjottanu", "kirjoitettu", "kirjotellu"
        "written_by_you": r"kirj(o|oi)t+(aneet|anut|anu|any|ettu|etaan|ettiin|itte|el+\w*)\b",
        # after "ei (sitten) enää", in its clause: mail that no longer comes or shows ("ei enää uutiskirjeitä tule", "eikä enää
        # niitä mainoksia ole tullut"), a report, where the verbless "eikä sitten enää niitä mainoksia" refuses them
        "no_more_coming": r"[^,;:.!?\n]{0,30}\b(ole|oo|tule|tuu|tullut|tullu|tulleet|nay|nakynyt|nakyny|saavu|saapunut|saapuneet)\b",
        # what may stand between "älkää" and its verb: "älkää myöskään lähettäkö", "älkää mulle enää soittako"
        # ... and spoken particles: "älkää sit lähettäkö", "älkää nyt enää soittako", "älkää kyl lähettäkö"
        "dont_between": r"((enaa|myoskaan|koskaan|ikina|jatkossa|sitten|sitte|sit|nyt|kyl|yhtaan|mulle|minulle|meille|tanne|meidan|minun) ){0,3}",
        # the writer's details named as a whole or one by one ("tiedot", "yhteystietoni", "osoite", "numeroni")
        "own_details": r"(\w*tiedo\w*|\w*tieto\w*|osoit\w*|osote\w*|\w*numero\w*|nimi\w*|nime\w*|sahkoposti\w*)",
        # the writer's own data ("tietojani", "mun tiedot"), and its being given out
        "my_data": r"(\w*tie(to|do)\w*(ni|mme)|(minun|mun|meidan) \w*tie(to|do)\w*)",
        # "ei tarvitse enää lähettää", "ei tarvi lähettää mulle enää": no longer needed (a one-off "uudestaan" is not it)
        "no_need_to_send": (
            r"(enaa|jatkossa) (tarvitse|tarvi|tartte) ((minulle|mulle|meille|tanne|sinne) )?(lahettaa|lahetella|postittaa|laittaa)"
            r"|(tarvitse|tarvi|tartte) (enaa|jatkossa) ((minulle|mulle|meille|tanne|sinne) )?(lahettaa|lahetella|postittaa|laittaa)"
            r"|(tarvitse|tarvi|tartte) (lahettaa|lahetella|postittaa|laittaa) ((minulle|mulle|meille|tanne|sinne) )?(enaa|jatkossa)"
        ),
        # what the writer never accepted, told after it: "mainosevästeitä en oo hyväksyny alunperinkään"
        "never_accepted": r"\b(en|emme) (ole |oo |ollut )?((koskaan|ikina|edes|alunperinkaan|alun perinkaan) )?(hyvaksy|salli|anta|anna|suostu)\w*",
        # an aside in parentheses, read as one step of a span ("(tietosuojaselosteenne kohta 7)", "(esim. kuljetusyhtiöille)")
        "aside": r"\([^()\n]{0,80}\)",
        # whom the data is held on: the writer or the person written for ("minusta", "hänestä"), or in whose name it is
        # ("mun nimellä", "äitini nimissä", "hänen nimissään")
        # where a detail is put in the writer's record: "tietoihini", "mun tietoihin", "asiakastietoihin", "tililleni"
        "record_into": r"(tietoihi\w*|asiakastietoihi\w*|tililleni|tilille|profiiliin\w*|profiiliini)",
        # a new or right detail named: "uus osote", "uusi puhelinnumero", "oikea sukunimi"
        "new_detail": r"(uus|uusi|uuden|oikea|oikean) (\w+ )?\w{0,8}(osoite|osote|osoitteen|numero|numeron|sahkoposti\w*|nimi|nimen|sukunimi|sukunimen)",
        "held_on_whom": (
            # dialect clips the case ending: "mitä kaikkee teil on must sinne merkattu"
            r"(minusta|musta|miusta|must|miust|hanesta|meista|(mun|minun|hanen|heidan|\w{2,}(ni|mme)) (nimella|nimissa|nimellaan|nimissaan)|"
            r"nimellani|nimissani)"
        ),
        "given_out": r"(luovute\w*|luovutettu|luovuttaneet|luovutitte|annettu|antaneet|jaettu|jakaneet|myyty|myyneet|myitte|siirretty|siirtaneet)",
        "until": r"kunnes|ennen ?kuin|siihen asti|siksi aikaa|niin kauan (kuin|kun)|sina aikana|silla aikaa",
        # Another person, by name of kin or as "hänen" / "toisen": whose details may sit on the writer's account.
        "someone_else": (
            r"\b(ex-?\w*|exa\w*|exan|entise\w* (mie|vaimo|puoliso|kumppani|avopuoliso|avomie)\w*|hanen|heidan|toisen|"
            r"(miehe|vaimo|puoliso|avopuoliso|avomiehe|tyttare|velje|sisko|sisare|isa)(n|ni)|pojan|poikani|aidin|aitini)\b"
        ),
        # "ex-miehen tiedot pois minun tililtä", "poistakaa entisen puolisoni numero tililtäni": another person's details
        # taken off the writer's own account, which stays (a correction, not an erasure)
        "their_detail_off_my_account": (
            r"{{someone_else}}{{S}}{0,30}\b(tiedot|tietonsa|nimi|nimen|nimensa|numero\w*|puhelinnumero\w*|osoit\w*|sahkoposti\w*|yhteystie\w*)\b"
            r"{{S}}{0,40}\b(tililta|tililtani|tililtamme|(minun|mun|meidan) tililta|asiakastililta(ni|mme)?|profiilista(ni|mme)?)\b"
        ),
        # a detail or an order said not to be the writer's ("se ei ole minun osoite", "joka ei oo mun"), not one out of use
        # ("se ei ole minun käytössäni")
        "not_mine": (
            r"\b(ei|eika|eivat|etta ei) (ole|oo) ((edes|ollenkaan|lainkaan|koskaan) )?(minun|mun|meidan)( omani| oma)?\b"
            r"(?! (\w+ )?(kaytossa|hallussa|nimissa|kaytetty)\w*)"
        ),
        # such a detail taken off the writer's record: "poistatte sen kokkolalaisen osoitteen minun tiedoistani, se ei ole
        # minun osoite", "tililläni on puhelinnumero, joka ei ole minun, poistakaa se": a correction, nothing of theirs erased
        "not_my_detail_off_my_record": (
            # (an e-mail address's dots are no sentence end here, so "[^!?\n]" rather than {{S}})
            r"\b(po[ie]st\w*|pois)\b{{S}}{0,80}\b(osoit\w*|osote\w*|\w*numero\w*|\w*sahkoposti\w*|nimi|nime\w*|tilau\w*)\b[^!?\n]{0,80}{{not_mine}}"
            r"|\b(osoit\w*|osote\w*|\w*numero\w*|\w*sahkoposti\w*|nimi|nime\w*|tilau\w*)\b[^!?\n]{0,40}{{not_mine}}{{S}}{0,80}\b(po[ie]st\w*|pois)\b"
        ),
        "no_use": (
            r"(ei saa|ette saa|alkaa|alkaaka|ei|eika|ettei|etta ei|en halua)\b[^.!?\n]{0,40}\b(kaytt\w*|kayta\w*|kayte\w*|kasitel\w*|"
            r"kasittel\w*|luovut\w*|siirr\w*|siirt\w*|antaa\w* eteenpain|eteenpain)"
            # ... "(vaadin, että) ette siirrä tietojani eteenpäin": the plain negated present asked of us
            # (the writer's data its object: "ette siirrä pakettia ..." moves a parcel)
            r"|ette (enaa )?(kayta|kasittele|luovuta|siirra) ((minun|mun|meidan) )?(\w*tie(to|do)\w*|niita|\w*numero\w*(ni|mme)|\w*osoitett?\w*(ni|mme))\b"
        ),
    },
    "words": {
        # the sender field of our web contact form, folded ("Sähköposti: x@y")
        "form_sender": r"^(sahkoposti|sahkopostiosoite|s-posti)$",
        "order_context": r"\b(tilauk\w*|tilaus\w*|toimitusosoit\w*)\b",
        "record_context": (
            r"\b(asiakastie\w*|asiakasrekister\w*|tili\w*|profiili\w*|tietoihini|tiedoissani|tiedoistani|tallennet\w*|rekisteroi\w*)\b"
            # changed to a new e-mail address, which no parcel or order goes to: "vaihtakaa se tähän icloud-osoitteeseen"
            r"|\b(tahan|uuteen|tuohon|tohon) (\w+ )?(icloud|gmail|hotmail|outlook|yahoo|sahkoposti|s-?posti|email|meili)\w*"
            # the writer's detail as "you have" it: "osoitteeni on teillä väärin", "teillä on nimeni väärin"
            r"|\b{{own_detail_stem}}\w*(ni|mme) (on|ovat) teill?a\b|\bteill?a on (\w+ )?{{own_detail_stem}}\w*(ni|mme)\b"
            # an order the writer denies is theirs, kept in their name: "korjatkaa tietoni niin, ettei tuo tilaus ole
            # minun nimissäni", "tilaus, jota en ole tehnyt": the record's attribution, not the order's details
            r"|\b(ettei|ei|eivat|etteivat)\b{{S}}{0,40}\b((minun|mun) )?(nimissani|nimissa|nimellani|nimelleni)\b"
            r"|\b(jota|joita|jotka|mita) (mina |ma )?en (ole|oo) (itse )?(tehnyt|tehny|tilannut|tilannu)\b"
            # the writer's name, phone or e-mail seen wrong in an order confirmation: "huomasin tilausvahvistuksesta, että
            # puhelinnumeroni on väärin" (the document shows the record; a delivery address stays the order's detail)
            r"|\b(huomasin|huomasimme|nain|naimme|tarkistin)\b{{S}}{0,10}\b(tilausvahvistukse\w*|vahvistukse\w*)\b{{S}}{0,15}"
            r"\b(puhelinnumero|numero|sahkopostiosoittee|sahkoposti|nime|sukunime|etunime)(ni|mme) (on|ovat)\b"
        ),
        "article_words": r"artikla\w*",
        "marketing": r"markkinoin|uutiskir|mainos|mainok|mainonta|mainonn|kohdennet|kohdentami|sms|\bperu(uta)? tilaus\b",
        # ... and a campaign ("kevään kamerakampanja", "kampanjaviestejä"): a promotion by name
        # ... and mail or texts the writer never agreed to ("en oo ikinä antanu lupaa mihinkään tekstiviesteihin", "en ole
        # hyväksynyt näitä viestejä"): unsolicited, so promotions, what a "lopettakaa ne" after it stops
        "offers": r"\b\w*tarjou\w*|\bspam\w*|\b\w*kampanj\w*"
                  r"|\b(en|emme) (ole |oo |ollut )?((koskaan|ikina|edes|alunperinkaan) )?(hyvaksy|salli|anta|anna|suostu)\w*\b{{S}}{0,40}?\b{{messages}}",
        "non_marketing": r"analytiik|tilast|seuran|seurata|petos|pisteyt|tekoaly|kumppan|luovut|oikeutet\w* edu|asiakaskokemu|kysely|riskiarvi|riskiluoki|luottoluok",
        "marketing_purpose": r"\bmarkkinointi(tarkoitu\w*|in|a varten)\b|\bmainonta(an|a varten)\b",
        "profiling_methods": r"\banalyysi\w*|\bseuran\w*|\bseurata\w*|\bprofiloi\w*",
        "marketing_tracking": (
            r"\bseura\w*\W+(\w+\W+){0,4}?(avau\w*|klikk?au\w*)|\b(avau\w*|klikk?au\w*)\W+(\w+\W+){0,4}?seura\w*|\bseurantapikseli\w*"
        ),
        # ... not those the writer says were never accepted: "mainosevästeitä en oo hyväksyny alunperinkään", "en ole koskaan
        # hyväksynyt markkinointievästeitä", "markkinointievästeisiin en ole antanut lupaa"
        "marketing_cookies": (
            r"^(?!.*\b(en|emme) (ole |oo |ollut )?((koskaan|ikina|edes) )?(hyvaksyny\w*|sallinu\w*|antanu\w* (lupaa|suostumusta)) (\w+ )?(markkinointi|mainos)[- ]?(evaste|cookie))"
            r".*?\b(markkinointi|mainos)[- ]?(evaste\w*|cookie\w*)"
            r"(?!{{S}}{0,10}{{never_accepted}})"
        ),
        "consent_word": r"\b(\w*suostumu\w*|lupa\w*|luvan|luvat)",
        "consent_given": r"\b(hyvaksyin|sallin|annoin luvan|sanoin kylla)\b[^.!?\n]{0,40}\b(evaste\w*|seurant\w*|cookie\w*)"
                          r"|\b(rastitin|ruksasin|valitsin|klikkasin) (sen |tuon )?(ruudun|kohdan|valintaruudun)\b",
        "consent_not_marketing": r"evaste|cookie",
        "withdraw_pronoun": r"\b(peru\w*|mitatoi\w*|vedan)\b (sen|ne|taman|nama)\b|\b(sen|ne|taman) (peru\w*|vedan takaisin|mitatoi\w*)\b",
        "consent_for_mail": r"\b(\w*sahkoposte\w*|\w*viestej\w*|\w*viestien|tekstiviest\w*|sms)\b",
        # Finnish has no article: the bare noun "(pyydän korjaamaan) tiedon", "korjatkaa merkintä" points back at the
        # record told just before, as "it" does ("järjestelmässänne minut on merkitty maksamattomaksi")
        # ... the plural imperative in dialect too: Savo "korjatkee", south-western "korjatkka"
        "correct_pronoun": r"\b(korjatkaa|korjaisitteko|korjaatteko|paivittakaa|paivittaisitteko|vaihtakaa|muuttakaa|oikaiskaa|oikaisisitteko"
                           r"|(korjat|paivitta|vaihta|muutta|oikais)(kee|kkee|kka|kkaa)"
                           r"|(voitteko|voisitteko|voisitko|voitko|voiko|vois|voisko|voiks) (te |sa )?(korjata|paivittaa|muuttaa|vaihtaa|oikaista)"
                           r"|(pyydan|pyydamme|pyytaisin|pyytaisimme) (teita |sita |etta )?(korjaamaan|oikaisemaan|paivittamaan|muuttamaan))\b"
                           r" ((se|sen|ne|tama|taman|nama|tuo|tuon|kyseinen|kyseisen|ko|ko\.) )?(se|sen|ne|tama|taman|nama|tieto|tiedon|merkinta|merkinnan|kirjaus|kirjauksen)\b"
                           r"|\b(se|sen|ne) (korjat\w*|paivit\w*)",
        # ... also in the plural: "Perun nyt nämä molemmat suostumukset", "ne molemmat luvat", "nuo suostumukset"
        "consent_pointed_back": r"\b(tuon|sen|taman|ton|tan|nama|naa|nuo|noi|ne|molemmat|kummatkin) (\w+ )?(suostumu\w*|luvan|luvat|hyvaksyn\w*)",
        "not_this_but": r"\b(sijaan|asemesta)\b",
        "erase_pronoun": r"\b(po[ie]st\w*|havit\w*|tuhot\w*|tuhoa\w*)\b (ne|se|kaikki|nama|ne kaikki)\b|\b(niiden|sen|naiden) (poistami\w*|poistoa|havittami\w*)\b|\b(haluan|haluaisin|haluun)\b (ne|sen|kaiken|kaikki|ne kaikki) (pois|poistetuksi|poistettua|poistettavan|havitetyksi)\b"
                         # the passive with the pronoun first: "Sen jälkeen ne poistetaan.", "sitten se poistetaan kokonaan"
                         r"|\b(ne|se|nama|ne kaikki) ((sitten|heti|myos|kokonaan) )?(poistetaan|havitetaan|tuhotaan)\b",
        "data_named": (
            r"\b(\w*tie(to|do)\w*|\w*tili\w*|profiili\w*)\b"
            # two or more of the writer's details listed: "nimi, osoite ja puhelinnumero", "nimi osote puhnro"
            r"|\b{{detail_noun}}\W+(ja |seka )?{{detail_noun}}\b"
        ),
        "pronoun_not_data": r"\b(tilau\w*|tuott\w*|tuote|ostoskor\w*|paketti\w*|arvostel\w*)\b",
        "stop_pronoun": (
            r"^\W*(ja |eli )?(ei enaa|ei kiitos enaa)\b\W*(kiitos)?\W*$"
            # ... also the pronoun in speech and dialect: "Lopettakkaa net.", "lopettakaa noi"
            r"|\b({{stop_verb}}) (se|ne|net|tuo|nuo|noi|tama|nama|naa)\b"
            # no need to send them any more: "Niitä ei tarvitse enää lähettää", "ei niitä tarvi enää lähettää" (not redirected:
            # "... vaan uuteen osoitteeseen")
            r"|\b((niita|naita|noita|sita|tata|tuota|net) (ei|eika)|(ei|eika) (niita|naita|noita|sita|tata|tuota)) {{no_need_to_send}}"
            r"(?!{{S}}{0,60}\b(vaan|vaa|uuteen|uudelle|toiseen)\b)"
            # ... or with the object left out, to the clause's end: "lopettakaa heti, numero 0400 562 118", or to a threat tied
            # on by "tai" / "muuten": "LOPETTAKAA HETI TAI TEEN ILMOITUKSEN KULUTTAJAVIRASTOON"
            r"|\b(lopettakaa|lopettakee|lopettakkee|lopettakkaa|lopettaisitteko|lopettasitteko|(voisitteko|voitteko|voisitko|voitko) lopettaa)"
            r"( (heti|nyt|jo|ihan|valittomasti|kiitos|vihdoin|saman tien|heti paikalla))*(?=\s*([,;:.!?]|$|(tai|muuten)\b))|\b(se|ne|tuo|tama) (pitaa )?(loppu\w*|lopet\w*)\b"
            # ... or leave to stop them, the pronoun first: "Ne voi lopettaa heti", "ne saatte lopettaa", "ne saa loppua nyt"
            # ... or their sending, the pronoun's: "toivoisin, että niiden lähettäminen loppuu heti", "niiden tulo saa loppua"
            r"|\b(niiden|niitten|naiden|noiden|sen|taman) (lahettami\w*|postittami\w*|soittami\w*|soittelu|tulo|tuleminen) "
            r"((pitaa|pitais|pitaisi|saa|voi|voisi|vois|saisi) )?(loppu\w*|lopet\w*)\b"
            r"|\b(se|ne|net|nama|noi|ne kaikki) (saa|saatte|voi|voitte|voisitte|vois|voisi|saisi|sais|kannattaa) ((sitten|sitte|kylla|vaikka|nyt|jo|heti|kokonaan|myos) )*(lopettaa|loppua)\b"
            # ... or leave them out, "jäädä / jättää pois", in dialect too: "Ne saa kyllä jäärä pois", "ne voitte jättää pois"
            r"|\b(se|ne|net|nama|noi|ne kaikki) (saa|saatte|voi|voitte|voisitte|vois|voisi|saisi|sais|kannattaa) ((sitten|sitte|kylla|vaikka|nyt|jo|heti|kokonaan|myos|ihan) )*(jaada|jaara|jaaha|jattaa) pois\b"
            r"|\b(en|emme|enka|emmeka) (enaa )?(halua|tahdo) (enaa )?(naita|noita|niita|tata|tuota|sita)\b"
            # taken away, asked or told: "saisko ne pois?", "voisitteko ottaa ne pois", "ottakaa ne pois"
            r"|\b(saisko|saisiko|saako|saanko|voisitteko ottaa|voitteko ottaa|voisitko ottaa|voitko ottaa|ottakaa|ottaisitteko|otatteko) (ne|nuo|noi|nama) pois\b"
        ),
        # not a copy the writer offers to send ("voin lähettää kopion siitä, jos tarvitsette", "lähetän kopion siitä tarvittaessa")
        "copy_pronoun": r"(?<!lahetan )(?<!lahetamme )(?<!liitan )(?<!toimitan )(?<!voin lahettaa )(?<!voin laittaa )(?<!voin toimittaa )"
                        r"(?<!voin liittaa )(?<!voimme lahettaa )(?<!voimme toimittaa )"
                        r"\b(kopio\w*|jaljenno\w*|luettelo\w*) (niista|siita|naista|tasta)\b"
                        r"(?!{{S}}{0,12}\b(jos (te )?(tarvitsette|tarviitte|tartteette|haluatte)|tarvittaessa|pyydettaessa)\b)",
        "picture_of_me": r"\b(kuva\w*|valokuva\w*) (minusta|kodistani|talostani|meista|kodistamme|talostamme|pihastamme|pihastani)\b|\b(kotini|taloni|minun|kotimme) (kuva\w*|valokuva\w*)|\bkuvani\b"
                         # "kuva meidän talon etuovesta", "kuvan mun pihasta"
                         r"|\b(kuva\w*|valokuva\w*) (meidan|minun|mun) (talo|kodi|koti|piha|auto|ove|ovi|etuove|parveke|terassi)\w*",
        "take_down_pronoun": r"\b(po[ie]st\w*|ottakaa pois) (se|ne|tama|nama|kuva)\b|\b(ottakaa|ottaisitteko|otatteko) (se|ne|tama|nama) pois\b",
        "bare_stop": (
            r"^\W*(lopettakaa|lopeta|lopettakaa heti|lopettakaa jo|riittaa|ei enaa|ei kiitos|pois listalta|poistakaa minut)"
            r"( (heti|nyt|jo|kiitos|kiitti))*\W*$"
        ),
        "request_done": (
            r"\b(saitte(kin)? (ne|sen|ne kaikki) (poistettua|tehtya|korjattua)|(ne|se) (on|ovat|oli|olivat) (jo )?"
            r"(poistettu|tehty|korjattu)|kiitos siita)\b"
            # "pyysin tietojeni poistamista ja sain vahvistuksen parissa päivässä": done, and told so (not "..., mutta ...")
            r"|\b(sain|saimme) (\w+ ){0,3}?(vahvistuksen|kuittauksen)\b(?![^.!?\n]*\b(mutta|vaikka|silti|kuitenkin)\b)"
        ),
        "thanked_for": (
            # "kiitos", "kiitokset", "kiitän (teitä siitä)", "halusin kiittää": the thanks is for what was done (a past verb)
            r"\b(kiitos|kiitokset|kiitan|kiitamme|kiittaa|kiittaisin)( (teita|teille|paljon|viela|vain|siita))*,? (kun|etta|et) (te )?"
            r"(poistitte|korjasitte|suljitte|lahetitte|paivititte|hoiditte|teitte|hoidit|teit|olette hoitaneet)\b"
            r"|\b(kiitos|kiitokset) (tietojeni |tilini |tilin |tietojen )?(poistamisesta|poistosta|korjaamisesta|korjauksesta|sulkemisesta|paivittamisesta)\b"
            # what we sent, told back as arrived or opened: "CSV-tiedosto tuli hyvin perille ja aukesi", "Excel-tiedosto
            # aukesi ongelmitta" (the whole sentence, unless it also asks or turns: "PDF tuli perille, mutta voisitteko ...")
            r"|^(?![^.!?\n]*\b(mutta|mut|vaikka|silti|kuitenkin|voisitteko|voitteko|voisitko|pyydan|haluan|haluaisin|haluun|\w{2,}(akaa|ekaa|ikaa|tkaa|hkaa|lkaa|nkaa|skaa))\b)"
            r"[^.!?\n]*?\b((tuli|tulivat|saapui|saapuivat) ((hyvin|hienosti|ongelmitta|kunnolla|ihan|jo) )*perille|aukesi|aukes|aukesivat|aukeni|avautui|avautuivat)\b"
        ),
        "shown_by_consent": r"\barvostel\w*|\btuotearvio\w*|\bsuosittelu\w*",
        "stored_card": r"\bkorttitie\w*|\bmaksukort\w*|\b(tallennet\w*|tallenta\w*) (maksu|luotto|pankki)?kort\w*|\bkorttini\b|\bluottokort\w*|\bpankkikort\w*",
        "other_account": r"\b(toi(nen|sen|sta|seen)|sen|tuon|ton|tama|taman) (\w+ )?(tili\w*|sahkoposti\w*|osoitte\w*|profiili\w*|tunnu\w*)",
        "we_wrote": (
            # "sain eilen vahvistuksen, että tietoni on poistettu": Finnish puts a comma before "että", inside the report
            r"\b(sain|saimme|tuli) (eilen |juuri |tanaan |jo )?(teilta |teilt )?(viestin|viesti|sahkopostin|sahkoposti|kirjeen|kirje|ilmoituksen|ilmoitus|"
            r"tekstiviestin|tekstari|vahvistuksen|vahvistus|kuittauksen|kuittaus)\b(,? (etta|et)\b)?"
            r"|\b(te )?(kirjoititte|ilmoititte|kerroitte|sanoitte|varoititte)\b"
        ),
        # "En halua, että poistatte tilini": Finnish puts a comma before "että", inside the negated wish.
        "negated_wish": r"\b(en|emme|enka|emmeka|etten|ettemme)\b (\w+ ){0,3}(halua|haluaisi|toivo|tahdo)\w*,? (etta|et)\b",
        # A plural imperative ("poistakaa", "pyyhkikää", "lähettäkee") or a first-person wish ("haluaisin", "pyydän") is
        # positive: "en tarvi mitään tiliä ni pyyhkikää mun tiedot", "ei oo asiaa teille ja haluaisin et tiedot poistetaan".
        # The negative imperative is "älkää poistako" and the negated wish "en halua"; "alkaa" (folded "älkää") is no command.
        "unnegated_command": r"\b(?!(kaukaa|pakkaa|ruokaa|lukkaa|sokkaa|alkaa)\b)\w{3,}(kaa|kkaa|ikka|akka|akee|akeehan|kaahan)\b"
                             r"|(?<!\ben )(?<!\bemme )\b(haluaisin|haluan|haluun|haluisin|haluaisimme|haluamme|toivoisin|pyydan|pyytaisin|pyydamme|vaadin|vaadimme)\b",
        "not_only": r"\b(ei|ala|alkaa) (vain|ainoastaan|pelkastaan)\b|\b(en|emme) (pyyda|halua|vaadi|toivo) (mitaan )?muuta kuin\b",
        "condition_clause": r"\b(kunnes|ennen ?kuin|siihen asti kun|kun olette)\b",
        "declined": (
            # "Voinko pyytää teitä poistamaan tietoni myöhemmin?": whether the writer may ask some day, not asked now
            r"\b(voinko|voimmeko|voisinko|voisimmeko|saanko|saammeko) (\w+ )?(pyytaa|vaatia)\b{{S}}{0,80}\b(myohemmin|tulevaisuudessa|joskus)\b{{S}}{0,60}\?|"
            r"\b(voisin|voisimme)\b{{S}}{0,120}\b(mutta en|mutta emme|en kuitenkaan|mutta en aio)\b{{declined_tail}}"
            # a right the writer would have, then why it is not asked: "mulla olisi oikeus tarkastaa omat tiedot, mutta en ole
            # vielä asiakas"; known ("tiedän, että minulla on oikeus ..."), then "mutta en pyydä sitä nyt"
            r"|\b(minulla|mulla|mul|meilla|meil) (\w+ )?(olisi|olis|ois)( \w+)? oikeus\b{{S}}{0,120}\b((mutta|mut) ((sita|niita|tata|tuota|sellaista|semmosta) )?(en|emme)|en kuitenkaan)\b{{declined_tail}}"
            r"|\b(tiedan|tiedamme|tiia|tiian)\b{{S}}{0,30}\b(minulla|mulla|mul|meilla|meil) (\w+ )?on (\w+ )?oikeus\b{{S}}{0,120}\b(mutta|mut|en kuitenkaan)\b,? "
            # ... its object put first: "mutta sitä en tässä vaiheessa pyydä"
            r"((sita|niita|tata|tuota|sellaista|semmosta) )?(en|emme) ((viela|nyt|tassa vaiheessa|kuitenkaan) )?(pyyda|halua|tarvitse|aio|vaadi|ole (viela |edes )?asiak)\w*{{declined_tail}}"
            # "myöhemmin haluan ehkä tiedot poistettavaksi, mutta en vielä": put off, not asked (the whole sentence)
            r"|^{{S}}*\b(myohemmin|ehka|kenties|joskus|tulevaisuudessa)\b{{S}}{0,80},? mutta (ei|en) (viela|nyt|tassa vaiheessa)\W*$"
            # a right known to be had and left at that, the background to a question: "Tiedän, että minulla on oikeus tarkastaa
            # ja poistaa tietoni jälkikäteen, mutta haluaisin ..." (the clause; a request in another clause still counts), unless the
            # sentence goes on to use it: "..., joten pyydän kopion", "..., ja sitä pyydän nyt"
            r"|\b(tiedan|tiedamme|tiia|tiian)\b,? (etta |et )?(minulla|mulla|mul|meilla|meil) (\w+ )?on (\w+ )?oikeus\b"
            r"(?!{{S}}*\b(joten|siksi|siis|(ja )?(siksi |nyt |nain ollen |sita |tata |niita )?(nyt )?(pyydan|vaadin|haluan))\b){{declined_tail}}"
            # "en pyydä uutiskirjeen lopettamista enkä tilini poistamista": what is named is not asked
            # ... also with "myöskään / kuitenkaan / edes" between: "En myöskään pyydä käsittelyn rajoittamista", or
            # when: "En tässä vaiheessa pyydä tietojen poistamista tai käsittelyn rajoittamista", "en vielä / nyt / toistaiseksi"
            r"|\b(en|emme|enka|emmeka) ((myoskaan|kuitenkaan|edes|viela|nyt|toistaiseksi|tassa vaiheessa|talla kertaa|tassa kohtaa) )?(pyyda|vaadi)\b(?! (muuta|mitaan muuta|kuin|enempaa)\b){{declined_tail}}"
            # a copy or the right of access named first, then declined in its clause: "Kopiota tiedoista en tarvitse",
            # "Tarkastusoikeutta en nyt kuitenkaan käytä"
            r"|\b(kopio\w*|jaljenno\w*|tarkastusoikeu\w*)\b[^,;:.!?\n]{0,40}?\b(en|emme) ((nyt|kuitenkaan|kylla|myoskaan|edes|viela|tassa vaiheessa) )*"
            r"(tarvitse|tarvi|tarvii|tartte|halua|kayta|pyyda|vaadi)\b"
            # "Tilaushistoria ja asiakastili saavat jäädä ennalleen": what the writer lets stay is not asked deleted (the clause)
            # ... "myös / edelleen" between too: "asiakastili saa myös jäädä, en halua sitä poistaa"
            r"|[^,;:.!?\n]{0,60}\b(saa|saavat|voi|voivat) (kylla |hyvin |ihan |myos |edelleen |silti |kuitenkin )?(jaada|pysya)\b(?! pois\b){{declined_tail}}"
            # "vaadin, että merkintä oikaistaan tai poistetaan": deletion offered as the other way to right a wrong entry
            # is the correction's alternative, not a second right ("tai poistaa kokonaan, kumpi vaan" is read so too)
            r"|((?<=\bkorjataan )|(?<=\boikaistaan )|(?<=\bkorjaatte )|(?<=\boikaisette )|"
            r"(?<=\bkorjata )|(?<=\boikaista )|(?<=\bkorjatkaa )|(?<=\boikaiskaa ))tai (sitten )?(poistetaan|poistatte|poistaa|poistakaa)\b{{declined_tail}}"
        ),
        # "ks. liite", "Liite: pyyntö", "liitetiedostossa"; never "liittyen" (about)
        # "Jos tämä toistuu, vaadin tietojeni poistamista", "muussa tapauksessa vaadin tilini sulkemista",
        # "jos ette korjaa laskua, tulen vaatimaan ...": a right held as a threat. Finnish has no future
        # tense, so the condition must say the trouble goes on ("toistuu", "jatkuu", "ette korjaa"), the
        # verb must be a future one ("aion", "tulen vaatimaan", "joudun"), or "otherwise" opens it;
        # "jos tilini on vielä olemassa, pyydän poistamaan sen" only says when, and asks.
        "threatened": (
            r"\b(jos|mikali)\b{{S}}{0,60}\b(toistu\w*|jatku\w*|(tapahtuu|sattuu|kay) (\w+ )?(viela|uudestaan|uudelleen|taas|toiste)|"
            r"ette (\w+ )?(korjaa|lopeta|vastaa|hoida|muuta|palauta)|ei (\w+ )?(loppu|lopu|korjaannu|korjaudu|muutu|parane)|"
            # the mail still coming: "jos niitä kuitenkin tulee vielä joulukuussa, niin sitten vaadin ..."
            r"(tulee|tulevat|tulisi|tulis|tuleekin) (\w+ )?(viela|edelleen|yha|taas|uudestaan|uudelleen|lisaa))\b"
            r"{{S}}{0,80}\b(vaadin|vaadimme|vaadin et|aion|aiomme|tulen|tulemme|joudun|joudumme)\b{{declined_tail}}"
            r"|\b(jos|mikali|ellei|ellette)\b{{S}}{0,80}\b(aion|aiomme|tulen|tulemme|joudun|joudumme) (\w+ )?(vaati|vaatimaan|pyytaa|pyytamaan)\b{{declined_tail}}"
            r"|\b(muuten|muussa tapauksessa|ellei|ellette)\b{{S}}{0,60}\b(vaadin|vaadimme|pyydan|pyydamme)\b{{declined_tail}}"
        ),
        # "Jos poistan tilini, menetänkö takuun?", "menetänkö pisteet, jos suljen tilini?": the writer's own act in a
        # condition, up to the clause's end; its consequence is asked about ("jos voin saada kopion" asks: no modal)
        # "Poistakaa tilini – mutta ensin, mitä tietoja teillä on?": a clause opening so is a question (rights_asked);
        # a first word with -ko/-kö ("voinko", "pitäisikö") asks
        "question_opening": r"(miten|mita|mika|mitka|miksi|kuinka|milloin|missa|mista|mihin|kuka|ketka|jos|mikali|vai|\w+(ko|kohan|kaan))\b",
        "break_after_comma": r"(mutta|ja lisaksi|ja myos|lisaksi|ja samalla)\b",
        "own_act_if": (
            r"\b(jos|mikali)\b (mina |ma |me )?(nyt |sitten |joskus |myohemmin )?(poistan|poistaisin|poistin|suljen|sulkisin|suljin|"
            r"peruutan|peruuttaisin|peruutin|perun|peruisin|peruin|lopetan|lopettaisin|lopetin|irtisanon|irtisanoisin|irtisanoin|"
            r"deletoin|pyydan|pyytaisin|pyysin|vaadin|vaatisin)\b[^,;:.!?\n]{0,80}"
            # ... or weighed: "mietin, olisiko järkevää poistaa tilini", "olen miettinyt, että poistaisin tilini",
            # "harkitsen tilini poistamista" ("mietin, voisitteko poistaa" asks us: the act must be the writer's)
            r"|\b(mietin|mietimme|harkitsen|harkitsemme|pohdin|olen (\w+ )?(miettinyt|harkinnut|pohtinut|ajatellut))\b,? "
            r"((etta|et|jos|olisiko|olisko|ois(ko)?) )?((\w+ )?(jarkevaa|jarkeva|jarkee|hyva|parempi|fiksua|syyta) )?(mina |ma |me )?(nyt |ehka |kenties |vihdoin )?"
            r"(poistaa|poistaisin|poistan|sulkea|sulkisin|suljen|peruuttaa|peruuttaisin|perua|peruisin|lopettaa|lopettaisin|irtisanoa|irtisanoisin"
            r"|(mun |minun )?\w+ (poistamista|sulkemista|peruuttamista|lopettamista|irtisanomista))\b[^,;:.!?\n]{0,80}"
            # ... or a wish of some day: "jos joskus haluan tietää mitä tietoja keräätte, onko minulla oikeus ...?"
            r"|\b(jos|mikali) (mina |ma )?(nyt )?(joskus|myohemmin|tulevaisuudessa|jonain paivana|sitten joskus|myohemmin joskus) (mina |ma )?"
            r"(haluan|haluaisin|haluun|haluisin|tahdon|tarvitsen|tarviin)\b[^,;:.!?\n]{0,80}"
            # ... or in the passive: "jos tili poistetaan, menetänkö takuun?"
            r"|\b(jos|mikali)\b (mun |minun )?(asiakastili\w*|kayttajatili\w*|tili|tilini|tieto(ni|mme)|tiedot|profiili(ni)?) "
            r"(poistetaan|poistettaisiin|suljetaan|suljettaisiin)\b[^,;:.!?\n]{0,80}"
        ),
        "attachment_pointer": r"\bliittee\w*|\bliitte(ena|essa)\b|\bliite(tie\w*|tiedosto\w*)?\b|\b(katso|katsokaa|ks|kts)\.? liit\w*",
        "first_person": (
            r"\b(mina|minun|minua|minulla|minulle|minusta|minulta|minut|mun|mulla|mulle|mua|musta|multa|mut|me|meidan|meilla|"
            r"meille|meista|meita|olen|olin|haluan|haluaisin|pyydan|pyysin|voinko|\w{2,}ni|\w{2,}mme)\b"
        ),
        "only_asking": r"\bkysyn (vain|vaan)\b|\b(vain|vaan) kysyn\b|\bhaluan (vain|vaan|ainoastaan) ymmartaa\b{{S}}{0,20}\bennen kuin (tilaan|ostan|asioin|rekisteroidyn)\b|\bkunhan kysyn\b|\ben\s+ole(\s+\w+){0,2}\s+pyytamassa\b|\byleisella tasolla\b|\bkysyn yleisesti\b|\bmielenkiinnosta\b",
        "privacy_strong": r"\b(tietosuoj\w*|henkilotie(to|do)\w*)",
        "privacy_topic": (
            r"\b(\w*tietoni|\w*tietoja(ni|an|mme)|\w*tiedo(i|t)(ssa|sta|ta)ni|\w*tietonsa|\w*tietojensa|(asiakas)?rekister\w*|"
            r"\w*suostumu\w*|\w*uutiskir\w*|\w*markkinoin\w*|profiloi\w*|\w*postituslist\w*)"
        ),
        "about_me": r"\b(minusta|musta)\b",
        "privacy_have": r"\b(on (teilla|teil)|teilla on|tiedat\w*|tietaa)\b",
        "privacy_action": (
            r"\b(po[ie]st\w*|unoh\w*|korja\w*|paivit\w*|muuttakaa|muuttaa|lopet\w*|kayt\w*|kasit\w*|luovut\w*|sailyt\w*|tallen\w*|"
            r"kerat\w*|kerann\w*|nah\w*|tieda\w*|tietaa|kopio\w*|peru\w*|kiel\w*|vastust\w*|jaad\w*|vaar\w*|virhee\w*|vanhentun\w*)\b"
        ),
        "own_detail": (
            # ... a compound too: "vanha työsähköposti", "vanha kotiosoite"
            r"\b((mun|minun|vanha|uus|uusi) (\w+ )?(tyo|koti|laskutus|toimitus|yksityis)?(puhelinnumero\w*|puh\w*numero\w*|numero\w*|sahkoposti\w*|s-?posti\w*|osoit\w*|"
            r"sukunim\w*|nim\w*)|puhelinnumero(ni|mme)|numero(ni|mme)|sahkopostiosoittee(ni|mme)|sahkoposti(ni|mme)|"
            r"osoittee(ni|mme)|sukunime(ni|mme)|nime(ni|mme)|"
            # the writer recorded as something: "minut on merkitty maksamattomaksi", "minusta on kirjattu, että ..."
            r"(minut|mut|minusta|musta|meidat) (on )?(siis |nyt |edelleen |virheellisesti |vaarin )?(merkitty|merkattu|kirjattu|tallennettu|rekisteroity|luokiteltu|merkitty)|"
            # ... or a wrong entry held about the writer: "teillä on siis minusta virheellinen tieto maksamattomasta laskusta"
            r"(minusta|musta|meista) (on )?((siis|nyt|edelleen|jokin|joku|sellainen) )?(virheelli\w*|vaara\w*|vanhentun\w*|paikkansapitamat\w*) "
            r"(tieto|tietoa|tiedot|tietoja|merkinta\w*|kirjaus\w*)|"
            # a detail recorded "as" a value, in the translative: "teillä on syntymäajaksi merkitty 14.11.1979", "osoitteekseni on kirjattu"
            r"(osoittee|nime|sukunime|etunime|syntymaaja|syntymapaiva|syntymavuode|numero|puhelinnumero|sahkopostiosoittee|sahkoposti)(ksi|kseni|ksemme) "
            r"(on )?(\w+ )?(merkitty|merkattu|kirjattu|tallennettu|ilmoitettu|rekisteroity)"
            r"|(merkitty|merkattu|kirjattu|tallennettu) (\w+ )?(osoittee|nime|sukunime|etunime|syntymaaja|syntymapaiva|syntymavuode|numero|puhelinnumero|sahkopostiosoittee|sahkoposti)(ksi|kseni|ksemme))\b"
        ),
        "detail_change": (
            r"\b(vaihtu\w*|vaihto\w*|vaihta\w*|vaihdo\w*|vaihdet\w*|paivit\w*|muuttu\w*|muutta\w*|muutin|muutimme|korja\w*|vaara\w*|"
            r"ei (ole|oo) enaa|enaa mun|enaa minun|vanha\w*|oikein on|oikea on)\b"
        ),
        "detail_held": r"\b(tili\w*|profiil\w*|listal\w*|listoil\w*|rekister\w*|jarjestelma\w*|systeemi\w*|tiedoi\w*|asiakastie\w*|yha|edelleen|viela|teilla|teil|"
                       # recorded: "osoitteekseni on kirjattu Kuusitie 14"
                       r"merkitty|merkattu|kirjattu|tallennettu)\b",
        "kept_about_me": (
            r"\b(merkinta\w* (minusta|tietoihi\w*|tiedoissa\w*|tililla\w*|tililleni|asiakastie\w*)|tietoihi(ni|nne|mme)|"
            r"(puhelu\w*|puhelun\w*|chat\w*|keskustelu\w*)\b[^.!?\n]{0,60}\b(tallente|tallenne|nauhoit)\w*|"
            r"(tallente|tallenne|nauhoit)\w*\b[^.!?\n]{0,60}\b(puhelu\w*|puhelun\w*|chat\w*|keskustelu\w*)|"
            r"(mun|minun) (chat\w*|viest\w*|keskustelu\w*)|viestejani|viestini|keskustelujani)\b"
        ),
        "kept_action": r"\b(kayt\w*|siirr\w*|siirt\w*|luovut\w*|saa|saada|saisin|nah\w*|kuunn\w*|kopio\w*|syot\w*|koulut\w*|kirja\w*)\b",
        "ai_training": (
            r"\b(koulutusdata\w*|opetusdata\w*|(ai|tekoaly\w*) (koulut\w*|opet\w*)|tekoaly\w* (koulutukse\w*|opetukse\w*)|"
            r"(kouluttaa|kouluttamaan|opettaa|opettamaan|syotetaan|syottaa) (\w+ )?tekoaly\w*)\b"
        ),
        "dont_keep": (
            r"\b(en halua,? (etta )?(teilla|teidan|teille) (on|olevan|sailyvan|jaavan|tallessa)|"
            r"en halua,? (etta )?(te|teidan) (sailytatte|kaytatte|pidatte|tallennatte))\b"
        ),
        "death": r"\b(kuoli|kuollut|kuolleen|menehtyi|menehtynyt|edesmennyt|edesmenneen|vainaa\w*|kuolinpes\w*)\b",
        "death_action": (
            r"\b(tili\w*|profiil\w*|tieto\w*|tiedo\w*|uutiskir\w*|posti\w*|mainos\w*|mainok\w*|markkinoin\w*|po[ie]st\w*|sulje\w*|"
            r"sulke\w*|lopet\w*)\b"
        ),
        "held_on_someone": r"\b(tietoja (teilla|teil) on (hanesta|meista)|(hanesta|meista) (on )?(tallessa|tallennettu|kerattu))\b",
    },
    "right_names": {
        "erasure": (
            r"\b(tietojen|tietojeni|tilin|tilini|asiakastilin|henkilotietojen|kayttajatilin|kayttajan) po[ie]st\w*|\bpoistopyyn\w*"
            # the writer's own account closed ("vaadin tilini sulkemista"); "tilin sulkemisen jälkeen" only says when
            r"|\b(tilini|asiakastilini|kayttajatilini|profiilini) sulkemi\w*\b(?! jalkeen)"
            r"|\btulla unohdetuksi\b|\bunohta\w* minut\b"
        ),
        "access": r"\btarkastusoikeu\w*|\btarkastuspyyn\w*|\btietopyyn\w*|\brekisterio(te|tte)\w*|\bpaasy\w*\b[^.!?\n]{0,40}tie(to|do)\w*",
        "rectification": r"\b(osoitteenmuuto\w*|nimenmuuto\w*|sukunimen muuto\w*|oikaisupyyn\w*|oikaisuvaatim\w*|\w*tietojen korja\w*|"
                         r"\w*tie(don|tojen|toje(ni|mme)) oikais\w*)\b",
        "portability": r"\bsiirrettavyy\w*",
    },
    "cues": (
        # --- erasure ---
        {"right": "erasure", "name": "poistakaa-tiedot",
         "pattern": r"\b(po[ie]st(?!u)\w*|havit\w*|tuhot\w*|tuhoa\w*|sulke\w*|sulje\w*|deletoi\w*|tyhjen\w*|anonymisoi\w*|pyyhki\w*|pyyhkii\w*)\b"
                    r"{{S}}{0,50}?\b{{data}}"
                    # "poistakaa osoitteeni niistä yleisöistä": taken out of an ad audience, a marketing ban (SCHEMA)
                    r"(?!{{S}}{0,30}\b\w*(yleisoi|yleisost|yleisolta)\w*)",
         "unless": r"{{their_detail_off_my_account}}|{{not_my_detail_off_my_record}}"},
        # "poistakaa kaikki mitä teillä on minusta": everything held about the writer.
        {"right": "erasure", "name": "poistakaa-kaikki-minusta",
         # ... or held in someone's name: "poistakaa kaikki mitä teillä on äitini nimissä"
         "pattern": r"\b(po[ie]st\w*|pyyhki\w*|havit\w*|tuhot\w*)\b{{S}}{0,20}\b(kaiken|kaikki)\b{{S}}{0,30}\b(minusta|musta|minua koskev\w*|{{held_on_whom}})\b"},
        # "poistakaa kaikki, mitä ette ole lain mukaan velvollisia säilyttämään", "saatte poistaa kaiken sen mitä ei oo pakko
        # pitää": everything but what must be kept. The match ends at "kaiken", so the clause's own "ei" negates nothing.
        {"right": "erasure", "name": "kaikki-mita-ei-tarvitse-sailyttaa",
         "pattern": r"\b(po[ie]st\w*|pyyhki\w*|havit\w*|tuhot\w*)\b{{S}}{0,20}?\b(kaiken|kaikki)\b"
                    r"(?=(,? (sen|ne|muun))?,? (mita|mika|jota|joita|jotka)\b{{S}}{0,50}\b(sailyt\w*|pakko|velvollis\w*|lakisaat\w*|"
                    r"(ei|ette|ole) (\w+ )?(tarvitse|tarvi|tartte)\b)"
                    # ... or as much as can be: "poistakaa kaikki mitä poistaa voi", "kaikki, mitä vain voitte poistaa"
                    r"|(,? (sen|ne|muun))?,? (mita|mika|minka) (vain |vaan |ikina )?((te )?po[ie]staa (voi|voitte|voidaan|saa|saatte|pystytte)|(voi|voitte|voidaan|pystytte) po[ie]staa)\b)",
         "needs": r"sailyt|pakko|velvollis|lakisaat|tarvi|tartte|po[ie]staa"},
        # Out of a system or register: "poistakaa minut rekisteristänne". A place, not an object, so the
        # writer must be the one removed ("poistakaa se järjestelmästä" after an order is not erasure).
        {"right": "erasure", "name": "minut-rekisterista",
         "pattern": r"\b(po[ie]st\w*|pyyhki\w*|deletoi\w*)\b{{S}}{0,15}\b(minut|mut|meidat|hanet|kaikki tietoni)\b{{S}}{0,30}"
                    r"\b(\w*rekister\w*|jarjestelm\w*|tietokan\w*|asiakkai\w*|asiakkuu\w*)"
                    # "ottakaa mun puhelinnumero pois teidän järjestelmästä": a detail taken out of the record
                    r"|\b(ottakaa|otatteko|ottaisitteko|ottasitteko|(voi|voe)\w* (ottaa|ottoo|otta))\b{{S}}{0,50}\bpois\b{{S}}{0,15}"
                    r"\b(\w*rekisterista|\w*jarjestelmasta|tietokannasta|asiakastiedoista|tiedoistanne|\w*systeemista|\w*koneelta|koneeltanne|koneiltanne)\b"},
        # A picture of the writer or their home that we published, asked taken down: "poistakaa kuva sivuiltanne".
        {"right": "erasure", "name": "poistakaa-kuva", "yields_to": "consent_withdrawal",
         "pattern": r"\b(poistakaa|poistaisitteko|ottakaa pois|ottakaa)\b{{S}}{0,20}\b(kuva|kuvat|kuvan|kuvani|valokuv\w*)\b"},
        # ... or without a verb: "Kuva pois sivuilta ja arkistoista", "se kuva meidän talosta pois netistä".
        {"right": "erasure", "name": "kuva-pois", "yields_to": "consent_withdrawal",
         "pattern": r"\b(kuva|kuvat|kuvani|kuvamme|valokuva|valokuvat|valokuvani)( (minusta|meista|mun|minun|meidan|\w+(sta|stani|stamme))){0,3} pois\b",
         "needs": r"pois"},
        {"right": "erasure", "name": "tiedot-poistetaan",
         "pattern": r"\b{{data}}\b{{S}}{0,40}?\b(po[ie]st(etaan|ettava\w*|ettu\w*|amaan|aisitte\w*|akaa|atte|aa|ako)|suljet(aan|tais\w*)"
                    # destroyed: "vaadin, että kyseinen äänite hävitetään", "tallenne pitää tuhota"
                    r"|havit(etaan|ettava\w*|ettaisiin|taa|takaa)|tuho(taan|ttava\w*|ttaisiin|ta|tkaa))\b",
         "needs": r"po[ie]st|suljet|havit|tuho",
         # whether it has been done yet, a status chase: "onko ne tiedot jo poistettu vai ei", "onkohan tilini jo suljettu"
         "unless": r"{{not_my_detail_off_my_record}}|\b(onko|onks|onkohan|ovatko|ovatkohan|oliko|onkos)\b{{S}}{0,30}\b(poistettu|suljettu|havitetty|tuhottu)\b"},
        # Leave given to delete, often in speech: "ko net on katottu niin net saa sitte poistaa", "sen jälkeen tiedot saa
        # poistaa", "ne saatte poistaa kokonaan". "Tiliä ei saa poistaa" is negated as any cue is.
        {"right": "erasure", "name": "ne-saa-poistaa",
         "pattern": r"\b(ne|net|nama|noi|ne kaikki|sen|sen kaiken|kaikki|{{data}})\b (saa|saatte|voi|voitte|voipi) "
                    r"((sitten|sitte|sit|kylla|vaikka|nyt|jo|kokonaan|myos|minun puolestani|mun puolesta) )*"
                    r"(po[ie]sta|po[ie]staa|havittaa|tuhota|deletoida|pyyhkia)\b",
         "needs": r"\b(saa|saatte|voi|voitte|voipi) "},
        # Wanting out of the register without a delete verb: "en halua enää olla rekisterissänne".
        # The negation is the request itself; a mailing list as the place is a marketing ban instead.
        {"right": "erasure", "name": "en-halua-rekisteriin",
         "pattern": r"\b(en|emme) (enaa |ikina )?(halua|tahdo)\b{{S}}{0,25}\b(olla|esiintya|nakya|pysya|kuulua|etta (olen|olisin|minusta|tietoni|tietojani))\b"
                    r"{{S}}{0,25}\b((asiakas)?rekister\w*|jarjestelm\w*|tietokan\w*|asiakkai\w*|tiedostoi\w*)"
                    r"|\b(en|emme) (enaa )?(halua|tahdo)\b{{S}}{0,10}\betta\b{{S}}{0,15}\b(sailyt\w*|sailyttaisitte|pidatte|tallennat\w*|tallentaisitte|"
                    r"sailytatte)\b{{S}}{0,20}\b\w*tie(to|do)\w*"
                    r"|\b(haluan|haluaisin|pyydan)\b{{S}}{0,20}\bpois\b{{S}}{0,25}\b((asiakas)?rekister\w*|jarjestelm\w*|tietokann\w*|asiakkai\w*)"
                    r"|\b({{stop_verb}})\b{{S}}{0,10}\b\w*tie(to|do)\w*\b{{S}}{0,10}\b(sailyt\w*|tallent\w*)",
         "negatable": False, "needs": r"halua|tahdo|pyydan|lopet|lopp"},
        # Nothing of the writer left behind, wished with the negation built in: "en halua että minusta jää mitään tietoja
        # teille", "toivon, ettei musta jää tietoja". "Jääkö minusta tietoja?" asks nothing.
        {"right": "erasure", "name": "ettei-minusta-jaa-tietoja",
         "pattern": r"\b((en|emme) (enaa )?(halua|haluaisi|tahdo|toivo)\w*,? (etta|et)|ettei|etten) (minusta|musta|miusta|meista)\b "
                    r"(\w+ ){0,2}?(jaa|jaisi|jais|saa jaada)\b{{S}}{0,30}?\btie(to|do)\w*",
         "negatable": False, "needs": r"\bjaa|\bjais|jaada"},
        # Terse "tili pois", "mun tiedot pois teidän järjestelmästä": the account or the data, out. A
        # mailing list as the place is a marketing ban instead.
        {"right": "erasure", "name": "tili-pois",
         "pattern": r"\b(tili|tilin|tilini|asiakastili\w*|kayttajatili\w*|profiili|profiilini|tiedot|tietoni|(mun|minun) (tili|tiedot|profiili))\b"
                    r"{{S}}{0,10}\bpois\b",
         "needs": r"pois",
         "unless": r"\bpois\b{{S}}{0,20}(list|postitu|uutiskir|markkinoin|mainos|mainon|kohdenn|kohdent)|{{their_detail_off_my_account}}|{{not_my_detail_off_my_record}}"},
        # A contact detail named bare, taken out of the shop's system as a whole: "poistakaa koko numero teidän järjestelmästä",
        # "poistakaa tämä puhelinnumero järjestelmästänne", "sähköpostiosoite kokonaan pois rekisteristä" (a list is a
        # marketing ban, an account's other detail a correction: neither is this place)
        {"right": "erasure", "name": "yhteystieto-pois-jarjestelmasta",
         "pattern": r"\b(po[ie]st\w*|pyyhki\w*|havit\w*|tuhot\w*)\b ((koko|tama|taman|tuo|tuon|se|sen|ton|tan|ko|kyseinen|kyseisen) )?"
                    r"(puhelin|sahkoposti)?(numero|numeron|osoite|osoitteen|sahkoposti|sahkopostin)\b{{S}}{0,25}?"
                    r"\b(kokonaan |teidan |teijan |teian |kaikista )*(jarjestelma\w*st\w*|rekisteri\w*st\w*|systeemi\w*st\w*|tietokanna\w*st\w*|tietokannoista)\b",
         "needs": r"po[ie]st|pyyhki|havit|tuhot",
         "unless": r"{{their_detail_off_my_account}}|{{not_my_detail_off_my_record}}"},
        # --- access ---
        {"right": "access", "name": "mita-tietoja",
         "pattern": r"\b(mita|mittee)\b{{S}}{0,15}\w*tie(to|do)\w*\b{{S}}{0,60}\b(teilla|teil|teille|minusta|musta|miusta|minulta|multa|hanesta|hanelta|heista|"
                    r"tallennet\w*|tallessa|olette|minua|rekisteri\w*|kerann\w*|keratty|kerattu|kasittel\w*|sailyt\w*|liitetty|liitetyt|kirjattu|kirjatut|merkitty)\b",
         "in_question": True},
        {"right": "access", "name": "jaljennos",
         # being on a list ("listalta", "listalla") is a place, not a copy asked for
         # ... also of the data named in a compound: "kopion kaikista minusta tallennetuista henkilötiedoista"
         "pattern": r"\b(jaljenno\w*|kopio\w*|ote\b|luettelo\w*|lista(?!(lla|lta|lle)\b)\w*)\b{{S}}{0,40}\b(henkilo|asiakas)?tie(to|do)\w*"},
        {"right": "access", "name": "nahda-tiedot",
         # privacy as a subject ("tietää pari asiaa tietosuojasta", "tarkistaa tietosuojaselosteen") is no data of the writer's
         "pattern": r"\b(nahda|tietaa|nahtava(ksi|kseni|ksemme)|nahtavilla|tarkistaa|tarkastaa)\b{{S}}{0,40}\b(?!\w*tietosuoj)\w*tie(to|do)\w*\b"
                    # a product's, an order's or a price's details are no data of the writer
                    r"(?! (tuotteesta|tuotteista|tuotteen|tilauksesta|tilauksen|toimituksesta|hinnasta|hinnoista|takuusta))",
         # customers' data in general ("kuinka kauan säilytätte asiakkaiden tietoja?") is a question about practice
         "unless": r"^(?!{{S}}*\b(minun|mun|minusta|musta|omia|omat|omien)\b){{S}}*\b((asiakkaiden|asiakkaan|kayttajien|kayttajan|ihmisten) tie(to|do)\w*|asiakastie(to|do)(?!\w*(ni|mme)\b)\w*)"
                   # "tarkastaa kameran tekniset tiedot": a product's specifications
                   r"|\b(tekniset|teknisia|teknisten|tuotteen|laitteen) tie(to|do)\w*"
                   # the right talked about, not used: "selosteessa puhutaan oikeudesta tarkastaa ja poistaa tiedot, miten se tehdään?"
                   r"|\b(oikeudesta|oikeuksista|oikeudessa) (\w+ )?(nahda|tietaa|tarkistaa|tarkastaa)\b"
                   # ... or the policy's sentence about "the data subject", quoted: "rekisteröity voi tarkistaa henkilötietonsa"
                   r"|\b(rekisteroity|rekisteroidyt|rekisteroidylla|rekisteroidyilla) (\w+ )?(voi|voivat|saa|saavat|on oikeus|oikeus)\b"
                   # whether a product's data goes somewhere, asked as a yes-or-no question ("haluan tietää: siirretäänkö
                   # sovelluksen käyttötiedot EU:n ulkopuolelle?"): a question about practice, unless it is the writer's data
                   r"|^(?!{{S}}*\b(minun|mun|minusta|musta|omia|omat|omien|\w+(ni|mme))\b){{S}}*\b(tietaa|tietaisin)\W+(\w+\W+)?\w{3,}(ko|kohan)\b"
                   # ... or how data is handled, asked so ("haluan ensin tietää miten tiedot käsitellään"): how the shop works
                   r"|^(?!{{S}}*\b(minun|mun|minusta|musta|omia|omat|omien|\w+(ni|mme))\b){{S}}*\b(tietaa|tietaisin)\W+(\w+\W+)?(miten|kuinka|milla tavalla) "
                   r"(\w+ )?tie(to|do)\w* (\w+ )?(kasitellaan|sailytetaan|suojataan|tallennetaan|kerataan|kaytetaan|sailytatte|kasittelette|suojaatte)\b",
         "in_question": True},
        # "mitä kaikkea teillä on minusta tallessa", colloquial "mitä kaikkee teil on musta"; a relative
        # "mitä" after a delete verb names the data to delete ("poistakaa kaikki tiedot mitä teillä on minusta").
        {"right": "access", "name": "mita-teilla-on-minusta",
         # ... or "mun nimellä" (under my name): "laittakaa mulle kaikki mitä teillä on mun nimellä"
         "pattern": r"\b(mita|mittee|mitahan|mitas)\b{{S}}{0,20}\b(teilla|teil) on\b{{S}}{0,20}\b{{held_on_whom}}\b"
                    # ... the other order, kept: "mitä kaikkea minusta on teillä tallessa", "mitähän kaikkee musta on teil tallessa"
                    r"|\b(mita|mittee|mitahan|mitas)\b{{S}}{0,20}\b(minusta|musta|miusta) on (teilla|teil) (tallessa|tallennettu\w*|tiedossa)\b",
         "in_question": True,
         # an order's details held under the writer's name: "mitä teillä on minusta tilauksesta tietoa"
         "unless": r"\b(po[ie]st\w*|pyyhki\w*|tuhot\w*|havit\w*)|\b(minusta|musta|miusta) (\w+ )?(tilauk\w*|toimitukse\w*|paketi\w*|lahetykse\w*)"},
        # "mitä kaikkea te ootte musta tallentanu?": what has been stored about the writer.
        {"right": "access", "name": "mita-minusta-tallennettu",
         # ... or written down: "kertokaa mitä muuta olette minusta kirjanneet", "mitä te ootte musta kirjannu ylös"
         # ... or kept: "halusin vaan nähä mitä työ oikein minusta säilytätte", "mitä minusta on säilytetty"
         # ... or written, by us or in the passive, in speech and dialect ("mitä te olett kirjottanu ylös must", "mitä minusta
         # on kirjoitettu asiakastietoihin"; not "kirjoitin", the writer's own)
         "pattern": r"\b(mita|mittee)\b{{S}}{0,30}\b(minusta|musta|miusta|must|miust)\b{{S}}{0,20}\b(tallenta\w*|tallennet\w*|kerann\w*|keratty|tiedatte|tiedetaan|kirjann\w*|kirjattu|merkinneet|merkitty|sailyt\w*|{{written_by_you}})"
                    r"|\b(mita|mittee)\b{{S}}{0,30}\b(tallenta\w*|tallennet\w*|kerann\w*|keratty|kirjann\w*|kirjattu|sailyt\w*|{{written_by_you}})\b{{S}}{0,20}\b(minusta|musta|miusta|must|miust)\b",
         "in_question": True},
        # A recording of the writer's own calls or chats, asked for: "voinko saada tallenteen".
        {"right": "access", "name": "tallenne-puhelusta",
         # ... or a sound recording, the noun only ("äänite", "äänitteestä"; "äänitetään" is the verb)
         "pattern": r"\b(saada|saisin\w*|saanko|saisiko|lahettakaa|toimittakaa)\b{{S}}{0,30}\b(\w*tallente\w*|\w*tallenne\w*|nauhoite\w*|nauhoitte\w*|nauhot(e|teen|etta|teet|teesta|teita|teista)|"
                    r"\w*aanit(e|teen|teet|teesta|etta|teita|teista)|"
                    r"keskusteluhistoria\w*|kopio\w* (puhelusta|puheluista|keskustelusta|keskusteluista|chatista))\b"
                    # heard: "haluaisin kuulla tuon nauhoitteen", "voinko kuunnella sen tallenteen" (the noun, not
                    # "kuulla, nauhoitetaanko puhelut")
                    # ... or given to hear: "pyydän saada kuunneltavaksi tai kopiona sen puhelun tallenteen"
                    r"|\b(kuulla|kuunnella|kuulisin|kuuntelisin|kuunneltavaksi|kuunneltavakseni)\b (\w+ ){0,4}(\w*tallentee(n|t|sta)|\w*tallenne|\w*tallenteita|"
                    r"nauhoit+ee(n|t|sta)|nauhoite|nauhoitteita|nauhot(e|teen|teet|teesta|teita)|\w*aanit+ee(n|t|sta)|\w*aanite|\w*aanitteita)\b",
         "in_question": True,
         # a recording of a call or chat (one heard is of a voice: "haluaisin kuulla tuon nauhoitteen"), not a camera's
         # (a sound recording, "nauhoite", "äänite", is of a voice too: "kopion siitä nauhoitteesta" after the call)
         "unless": r"^(?![^\n]*\b(puhelu\w*|puhelun\w*|soit\w*|chat\w*|keskustelu\w*|asiakaspalvel\w*|kuulla|kuunnella|kuulisin|kuuntelisin|kuunneltava\w*|"
                   r"nauhoit+e\w*|nauhot+e\w*|\w*aanit+e\w*)\b)|\b\w*(kamera|video)\w*"},
        {"right": "access", "name": "mita-tiedatte",
         "pattern": r"\b(mita|mittee)\b{{S}}{0,20}\b(tiedatte|tiedat|tietaa)\b{{S}}{0,15}\b(minusta|musta)\b",
         "in_question": True},
        {"right": "access", "name": "saada-tiedot",
         "pattern": r"\b(saada|saisin\w*|saanko|saisiko|lahettakaa|toimittakaa)\b{{S}}{0,30}\b\w*tie(to|do)\w*(ni|stani|jani)\b",
         "yields_to": "portability"},
        # The data behind a decision about the writer (Art. 15(1)(h)): "mihin tietoihin päätös perustui".
        {"right": "access", "name": "mihin-tietoihin-perustui",
         "pattern": r"\b(mihin|mita|millaisiin)\b{{S}}{0,15}\btie(to|do)\w*{{S}}{0,40}\b(perustu\w*|pohjautu\w*|kaytettiin|kaytetaan)\b",
         "in_question": True},
        # "saanko minusta tallennetut tiedot", "minua koskevat tiedot": the data about the writer, asked for.
        {"right": "access", "name": "minusta-tallennetut-tiedot",
         # ... or inspected, its object a long noun phrase: "pyydän saada tarkastaa kaikki minusta rekisteriinne tallennetut
         # henkilötiedot", "haluun tarkistaa kaikki musta teidän järjestelmään tallennetut tiedot"
         "pattern": r"\b(saada|saisin\w*|saanko|saisiko|lahettakaa|toimittakaa|lahettaa|toimittaa|nahda|nahtavaksi)\b{{S}}{0,40}"
                    r"\b(minusta|musta|minua koskev\w*|minuun liittyv\w*)\b{{S}}{0,30}\btie(to|do)\w*"
                    r"|\b(tarkastaa|tarkistaa|tarkastella)\b{{S}}{0,30}\b(minusta|musta|miusta|minua koskev\w*|minuun liittyv\w*)\b{{S}}{0,40}?"
                    r"\b(?!\w*tietosuoj)\w*tie(to|do)\w*"
                    # "tiedot, joita olette minusta tallentaneet", "ne tiedot, jotka teillä on minusta"
                    r"|\b(saada|saisin\w*|saanko|saisiko|lahettakaa|toimittakaa|lahettaa|toimittaa|nahda|nahtava\w*)\b{{S}}{0,30}"
                    r"\btie(to|do)\w*,? (joita|jotka|mita)\b{{S}}{0,30}\b(minusta|musta|miusta)\b",
         "yields_to": "portability"},
        {"right": "access", "name": "kenelle-luovutettu",
         "pattern": r"\bkenelle\b{{S}}{0,40}\b(luovute\w*|annettu|luovuttaneet|antaneet|jaettu)"
                    # which recipients got the writer's own data: "mille markkinointikumppaneille minun tietojani on luovutettu",
                    # "keille kaikille mun tiedot on myyty", "onko tietojani annettu jollekin muulle yritykselle"
                    # ... with an aside in parentheses between: "mille kolmansille osapuolille (tietosuojaselosteenne kohta 7) tietojani"
                    r"|\b(keille|mille|millekaan|kenen|keiden|millaisille|minkalaisille)\b(?:{{aside}}|{{S}}){0,40}?\b{{my_data}}\b{{S}}{0,30}?\b{{given_out}}"
                    r"|\b(keille|mille|millaisille|minkalaisille)\b(?:{{aside}}|{{S}}){0,40}?\b{{given_out}}\b{{S}}{0,30}?\b{{my_data}}"
                    r"|\bonko\b{{S}}{0,30}?\b{{my_data}}\b{{S}}{0,20}?\b{{given_out}}\b{{S}}{0,30}?"
                    r"\b(jolle\w*|kenelle\w*|muille|muulle|kolmansille|ulkopuolisille|\w*kumppaneille|\w*yrityksille|\w*firmoille)\b",
         "in_question": True},
        {"right": "access", "name": "mista-saaneet",
         "pattern": r"\bmista\b{{S}}{0,25}\b(saaneet|saitte|saatte|saanut|saatu|hankki\w*|hankitt\w*|ostaneet|ostitte|keranneet)\b",
         "in_question": True,
         # where the writer got a thing ("naapuri kyseli mistä olen sen hankkinut", "mistä olemme saaneet hälyttimen"):
         # the writer's own purchase, not our source of their data
         "unless": r"\bmista (mina |ma |me )?(olen|oon|olin|olemme|ollaan|olimme) (\w+ ){0,2}(saanut|saanu|saaneet|hankkinut|hankkinu|hankkineet|ostanut|ostanu|ostaneet)\b"},
        # --- rectification ---
        # Someone else's details on the writer's account, replaced by the writer's own: "vaihtakaa hänen
        # osoitteensa tililtä minun osoitteekseni", "tehkää tilistä taas minun".
        {"right": "rectification", "name": "vaihtakaa-minun-tietoihin",
         "pattern": r"\b(vaihta|vaihda|korvat|korvaa|muutta)\w*\b{{S}}{0,15}\b(hanen|heidan|entisen|vanhan|exani|exan)\b{{S}}{0,20}"
                    r"\b(minun|omiin|omikseni|omaksi|omiksi|omaan|omaani|omani|\w+(kseni|ihini|iini))\b"
                    r"|\btehkaa\b{{S}}{0,10}\btili(sta|n)\b (taas |uudestaan )?(minun|mun|minun omani|omani)\b"},
        # ... the writer's own details put back ("voisitteko laittaa tilille takaisin minun tiedot", "laittakaa mun osoite
        # takaisin tilille", "palauttakaa tililleni omat yhteystietoni"); money or a product put back is no detail
        {"right": "rectification", "name": "minun-tiedot-takaisin",
         "pattern": r"\b(laitta|laita|palautta|palauta|vaihta|vaihda|muutta|pista|panka|pane|asetta)\w*\b{{S}}{0,40}?\btakaisin\b{{S}}{0,30}?"
                    r"\b(minun|mun|omat|oma|omaan|omiin) (omat |oma |omaan |omiin )?{{own_details}}"
                    r"|\b(laitta|laita|palautta|palauta|vaihta|vaihda|muutta|pista|panka|pane|asetta)\w*\b{{S}}{0,20}?"
                    r"\b(minun|mun|omat|oma) (omat |oma )?{{own_details}}\b{{S}}{0,20}?\btakaisin\b"
                    r"|\b(palauttakaa|palauttaisitteko|(voisitteko|voitteko|voisitko|voitko) palauttaa)\b{{S}}{0,30}?"
                    r"\b(minun|mun|omat|alkuperaiset) (omat |alkuperaiset )?{{own_details}}",
         "needs": r"takaisin|palaut"},
        # ... another person's details taken off it ("ex-miehen tiedot pois minun tililtä"), or only the writer's wanted there
        # ("tilillä pitää olla vain minun tiedot")
        {"right": "rectification", "name": "toisen-tiedot-pois-tililta",
         "pattern": r"{{their_detail_off_my_account}}"
                    r"|\btili\w* (pitaa|pitaisi|kuuluu|kuuluisi|saa|saisi|tulee) olla (vain|ainoastaan|pelkastaan|pelkat) (minun|mun|omat) (omat )?{{own_details}}",
         "needs": r"pois|po[ie]st|vain|ainoastaan|pelka"},
        # ... or a detail that is not the writer's taken off their record ("poistatte sen osoitteen minun tiedoistani, se ei ole
        # minun osoite")
        {"right": "rectification", "name": "ei-minun-tieto-pois",
         "pattern": r"{{not_my_detail_off_my_record}}",
         "negatable": False, "needs": r"\b(minun|mun|meidan)\b"},
        # A wrong entry to be corrected, in the passive after a wish: "vaadin, että järjestelmissänne oleva tieto
        # maksamattomasta laskusta korjataan", "haluun et mun tiedot päivitetään"; a product's details are no record.
        {"right": "rectification", "name": "etta-tieto-korjataan",
         "pattern": r"\b(vaadin|vaadimme|pyydan|pyydamme|haluan|haluaisin|haluun|haluamme|toivon|toivomme|edellytan|edellytamme)\b,? (etta|et)\b"
                    r"{{S}}{0,80}?\b((?!tuote|tietosuoj)\w*tie(to|do)\w*|merkinta\w*|merkinna\w*|kirjaus\w*|{{own_detail_stem}}\w*(ni|mme))\b"
                    r"{{S}}{0,60}?\b(korjataan|oikaistaan|paivitetaan|korjattaisiin|oikaistaisiin|paivitettaisiin)\b",
         "needs": r"korjat|oikaist|paivitet"},
        # What the record should say, told as a clause: "korjatkaa teidän järjestelmään, että lasku on maksettu ajallaan",
        # "merkitkää asiakastietoihini, että olen maksanut"; a product or an app is no record
        {"right": "rectification", "name": "korjatkaa-jarjestelmaan-etta",
         "pattern": r"\b(korjatkaa|korjaisitteko|korjaatteko|paivittakaa|paivittaisitteko|merkitkaa|merkitsisitteko|kirjatkaa|kirjaisitteko|oikaiskaa"
                    r"|(voisitteko|voitteko|voisitko|voitko) (korjata|paivittaa|merkita|kirjata|oikaista))\b{{S}}{0,30}?"
                    r"\b(\w*jarjestelm\w*|\w*rekister\w*|tietoihi\w*|tiedoissa\w*|asiakastie\w*|kirjanpito\w*|reskontra\w*|systeemi\w*|tili(lle|lleni|in|ini)\w*)\b"
                    r"{{S}}{0,10}?,? (etta|et)\b",
         "needs": r"etta|et\b"},
        {"right": "rectification", "name": "korjatkaa",
         # not what the writer did on the record themselves: "päivitin itse uuden osoitteen tilille", "olen korjannut nimeni"
         # ... nor a device's update or repair told as done ("päivitys meni läpi", "korjaus onnistui, ja puhelimeni toimii")
         "pattern": r"\b(?!(paivitin|paivitimme|paivittanyt|paivittaneet|korjasin|korjasimme|korjannut|korjanneet|oikaisin|oikaissut)\b)"
                    r"(?!(paivitys|paivityksen|paivitykset|korjaus|korjauksen|korjaukset) (\w+ )?(meni|menivat|onnistui|onnistuivat|oli|olivat|tehtiin|valmistui|kesti|toimi|toimii|auttoi)\b)"
                    # a word that ends in "-ni" without being a possessive ("meni", "pieni") names no detail
                    r"(korja|paivit|vaihta|vaihda|muutta|oikais)\w*\b{{S}}{0,60}?\b((?!(meni|pani|pieni|sieni|uni)\b)\w+(ni|nsa)|asiakastie\w*|asiakasrekister\w*|tietoihin\w*|"
                    r"tietoja\w*|(mun|minun|meidan) (tili\w*|tiedo\w*|tieto\w*|profiili\w*|asiakastie\w*)|"
                    # a detail or an entry named bare: "korjatkaa vain osoite", "korjatkaa merkintä"
                    r"osoite|osoitteen|nimi|nimen|sukunimi|sukunimen|puhelinnumero|puhelinnumeron|sahkopostiosoite|syntymaaika|merkinta|merkinnan)\b"
                    # "laittakaa tilalle mun numero": a value put in place of the old one
                    r"|\b(laittakaa|pankaa|vaihtakaa|lisatkaa|merkitkaa|paivittakaa)\b{{S}}{0,15}\btilalle\b"
                    # ... in Savo ("laettakee se tilalle") or the spoken passive ("uus on 050 ..., pannaan se tilalle"): "it" or a detail
                    r"|\b(laettakee|laettakkee|pankee|pankkee|vaehtakee|vaihtakee|pannaan|laitetaan|laetetaan|vaihdetaan|vaehdetaan|pistetaan|merkitaan) "
                    r"((se|ne|tama|tuo|toi|ta|uus|uusi|mun|minun) )?(se|ne|tama|tuo|toi|ta|\w*numero|osoite|osote|nimi|sahkoposti\w*) tilalle\b"
                    # a new detail put into the writer's record, either order, in Savo too: "laittakeehan sinne mun tietoihin uus osote
                    # ja numero", "merkitkää tietoihini uusi osoite", "lisätkää uusi puhelinnumero asiakastietoihini"
                    r"|\b(laitta|laetta|pan|lisat|merkit|kirjat)(kaa|kee|kkee|kka|kkaa)(han|pa)?\b{{S}}{0,25}?\b{{record_into}}\b{{S}}{0,20}?"
                    r"\b{{new_detail}}\b"
                    r"|\b(laitta|laetta|pan|lisat|merkit|kirjat)(kaa|kee|kkee|kka|kkaa)(han|pa)? ((sinne|sinnekin|nyt|heti) )?{{new_detail}}\b{{S}}{0,20}?"
                    r"\b{{record_into}}\b"},
        {"right": "rectification", "name": "on-vaarin",
         "pattern": r"\b(on|ovat) ((siis|nyt|edelleen|yha|viela|taysin|aivan|ihan|kylla|kuitenkin) )?(vaarin|virheellise\w*|vanhentun\w*)\b|\bvaara (osoite|nimi|numero|sukunimi|puhelinnumero|tieto)\b"
                    r"|\bkirjoitettu vaarin\b|\b(kirjoitettu|merkitty|tallennettu|kirjattu|ilmoitettu|nakyy|nakyi|lukee|luki)\b{{S}}{0,30}\bvaarin\b"
                    # stored wrong, perfect and spoken: "se on tallentunu väärin mun asiakastiliin" (not "väärin päin", upside down)
                    r"|\b(tallentunut|tallentunu|tallentuneet|tallentuneen)\b{{S}}{0,20}\bvaarin\b(?! pain)"
                    # a wrong entry kept on the record: "tiedoissani on väärä merkintä", "virheellinen merkintä maksuhäiriöstä"
                    r"|\b(vaara|vaaria|virheellinen|virheellisia|virheellisen) (merkinta|merkinnat|merkintoja|merkinnan|kirjaus|kirjauksia|kirjauksen)\b"
                    r"|\b(nimi|sukunimi|osoite|numero|puhelinnumero|sahkoposti\w*) vaarin\b"
                    # "osoitteessani on virhe", "numeron pitäisi olla 14"
                    r"|\b(osoittee|nime|sukunime|numero|puhelinnumero|sahkoposti|syntymaaja)\w*\b{{S}}{0,20}\b(on|oli) (virhe|vaarin)\b"
                    # ... in speech too: "se pitäis / pitäs olla Leppänen"
                    r"|\b(posti|koti|katu|lahi)?(osoit|nim|sukunim|numero|puhelinnumero|sahkoposti|syntymaaika)\w*\b{{S}}{0,40}\b(pitaisi|pitais|pitas|pitasi|pitaa|kuuluu|kuuluisi|kuuluis) olla\b(?! \w+(ssa|lla)\b)"
                    # ... a compound of the address ("postinumero", "kotiosoite") said wrong: "mun postinumero on väärä"
                    r"|\b(posti|koti|katu|lahi)(numero|osoite)\w* (on|o|ovat) ((teilla|siella|nyt|ihan) )?(vaara|vaarin|virheellinen)\b"
                    # ... and "on" clipped to "o" in the south-west: "mun nimi o väärin"
                    r"|\b(nimi|nimeni|sukunimi|sukunimeni|osoite|osoitteeni|numeroni|puhelinnumero\w*|sahkoposti\w*|syntymaaika\w*) (on|o|ovat)\b{{S}}{0,30}\bvaarin\b",
         # a session, password, link or licence that "on vanhentunut" has expired: no detail of the record
         # ... nor a product's price or page told wrong ("tuotesivulla hinta on merkitty väärin")
         "unless": r"\b(istunto|salasana|linkki|lisenssi|varmenne|kortti|tarjous|koodi|\w*ilmoitu|\w*rekisteroin|jasenyy|takuu)\w* (on|ovat) (jo )?vanhentun"
                   r"|\b(hinta|hinnat|hinnan|hintaa|tuotesivu\w*|tuotekuvau\w*|tuotetie\w*)\b"},
        {"right": "rectification", "name": "oikea-arvo-on",
         "pattern": r"\b(oikea|oikein kirjoitettu|uusi|uus|nykyinen) (\w+ )?(osoit\w*|osote|numero\w*|nim\w*|sukunim\w*|sahkoposti\w*|puhelinnumero\w*|syntymaai\w*|syntymapaiv\w*) on\b"
                    # ... also in the spoken possessive: "mun sukunimi on nykyään Ylitalo eikä Rinne enää"
                    r"|\b(nimeni|sukunimeni|osoitteeni|numeroni|(mun|minun|mu) (\w+ )?(nimi|sukunimi|osoite|osote|numero|puhelinnumero|sahkoposti\w*)) "
                    # ... not a mailbox or a line said to be full or broken now ("mun sähköposti on nyt täynnä mainoksia")
                    r"on (nyt|nykyaan|nykyisin|muuttunut|muuttunu|vaihtunut|vaihtunu)\b(?! (taynna|tukossa|jumissa|rikki|lukossa|hukassa|pois kaytosta)\b)"
                    # ... or told as the current one against the old: "puhelinnumero on nykyään 045 ... eikä se vanha"
                    r"|\b(osoite|osote|puhelinnumero|numero|sahkoposti|sukunimi|nimi) on (nykyaan|nykyisin)\b[^!?\n]{0,60}\beika (se |tama |toi )?(vanha|entinen|edellinen)\b"
                    # the right or current details listed after a colon: "Oikeat tiedot ovat:", "korjatut yhteystiedot ovat seuraavat",
                    # "Nykyiset tiedot on siis:", "uudet tietoni ovat seuraavat"
                    r"|\b(oikeat|korjatut|nykyiset|uudet) (yhteys|osoite)?(tiedot|tietoni|tietomme)( ovat| on)?( siis| nyt)? ?(:|seuraavat\b)"
                    r"|\b(osoit|nim|sukunim|numero|puhelinnumero|sahkoposti|syntymaai|syntymapaiv|henkilotunnu)\w*\b[^!?\n;]{0,40}, (oikea|oikein|oikea arvo) (on|olisi)\b"
                    r"|\b(vanha|vanhaa|edellinen|entinen|vaara|vaaraa) (\w+ )?(osoite|osoitetta|osoitteeni|numero|numeroa|numeroni|nimi|nimea|"
                    r"sukunimi\w*|sahkoposti\w*)\b",
         # a former detail in a list that identifies the writer or the account ("Äidin tiedot: Aino Salo, entinen osoite
         # Rantatie 8", "Tunnistetiedot: ..., edellinen osoite ..."), with no new or right value beside it
         "unless": r"^(?!{{S}}*\b(uusi|uus|uudet|uuteen|nykyinen|nykyiset|nykyaan|nykyisin|oikea|oikeat|oikein|muuttu\w*|vaihtu\w*|vaara\w*)\b)"
                   r"{{S}}*\b\w*tie(dot|toni|tomme)\s*:{{S}}*\b(vanha|edellinen|entinen) (\w+ )?(osoite|numero|nimi|sukunimi|sahkoposti\w*)\b"
                   # ... or beside another identifier to find the account by ("Isän sähköposti on x@y.fi ja vanha osoite Rantatie 8")
                   # (the address's dots are no sentence end here, so "[^!?\n]" rather than {{S}})
                   r"|^(?![^!?\n]*\b(uusi|uus|uudet|uuteen|nykyinen|nykyiset|nykyaan|nykyisin|oikea|oikeat|oikein|muuttu\w*|vaihtu\w*|vaara\w*)\b)"
                   r"[^!?\n]*\b(\w*sahkoposti\w*|\w*puhelinnumero\w*|asiakasnumero\w*|syntymaaika\w*)\b[^!?\n]{0,60}(,|\bja)\s+(vanha|edellinen|entinen) (osoite|numero|nimi|sukunimi)\b"},
        {"right": "rectification", "name": "on-muuttunut",
         "pattern": r"\b\w*(nimeni|osoitteeni|numeroni)\b{{S}}{0,20}\b(muuttunut|vaihtunut|muuttui|vaihtui)\b"
                    r"|\b(mun|minun|mu) (\w+ )?\w*(nimi|osoite|numero|sahkoposti|s-?posti|meili)\b{{S}}{0,20}\b(muuttunu\w*|vaihtunu\w*|muuttui|vaihtui|muuttu|vaihtu)\b"},
        {"right": "rectification", "name": "korjatkaa-se-rekisteriin",
         "pattern": r"\b(korja|paivit|oikais|muutta|vaihta)\w* (se|ne|tama|nama|tieto|tiedot|kirjoitusasu|nimi|osoite)\b{{S}}{0,30}"
                    r"\b(\w*rekister\w*|jarjestelm\w*|tietoihin\w*|tiedoissa\w*|asiakastie\w*|tilill\w*|tiliin\w*|profiili\w*)"
                    # "laittakaa se nyt kuntoon sinne teidän järjestelmään": put right where it is held, in speech
                    r"|\b(laitta|laita|pista|panka|pane)\w* (se|ne|tama|nama|tiedot|tieto|osoite|numero|nimi) (\w+ )?kuntoon\b{{S}}{0,30}"
                    r"\b(\w*rekister\w*|jarjestelm\w*|tietoihin\w*|tiedoissa\w*|asiakastie\w*|tilill\w*|tiliin\w*|profiili\w*)"
                    # the place first, then the record's bare noun: "(pyydän että) korjaatte rekisteriinne tiedon, että lasku on
                    # maksamatta", "korjatkaa järjestelmäänne merkintä", "korjatkaa teidän systeemiin se merkintä"
                    r"|\b(korja|paivit|oikais)\w* ((teidan|sinne|siihen) )?(\w*rekisteri\w*|jarjestelma\w*|systeemi\w*|tietoihi\w*|asiakastie\w*|tiedoissa\w*) "
                    r"((se|tama|tuo|ko|kyseinen) )?(tieto|tiedon|merkinta|merkinnan|kirjaus|kirjauksen)\b"
                    r"|\b(kirjoitusvirhe|kirjoitusvirheen|lyontivirhe|lyontivirheen)\b{{S}}{0,30}\b(nime\w*|sukunime\w*|osoittee\w*|sahkoposti\w*)"
                    r"|\b(nime\w*|sukunime\w*|osoittee\w*|sahkoposti\w*)\b{{S}}{0,30}\b(kirjoitusvirhe\w*|lyontivirhe\w*)",
         "needs": r"korja|paivit|oikais|muutta|vaihta|virhe|kuntoon"},
        # A wrong detail (often first seen in an order) told stored in the writer's record: "Sama virhe on ilmeisesti tallentunut
        # mun asiakastietoihin", "se väärä osote on jääny mun tilille". The record is wrong, not one order's delivery detail.
        {"right": "rectification", "name": "virhe-tallentunut-tietoihin",
         "pattern": r"\b((sama|tama|se|ta|tuo|toi) (virhe|vaara \w+|vanha \w+)|virhe|vaara (osoite|osote|nimi|sukunimi|numero|puhelinnumero|sahkoposti\w*|tieto)"
                    r"|vanha (osoite|osote|numero|nimi|sukunimi)) (on|oli) ((ilmeisesti|varmaan|myos|nahtavasti|sitten|kai|nyt) ){0,2}"
                    r"(tallentunut|tallentunu|jaanyt|jaany|paivittynyt|paivittyny|mennyt|menny) ((ilmeisesti|myos|varmaan|sinne|mun|minun|teidan) ){0,2}{{record_into}}",
         "needs": r"virhe|vaara|vanha"},
        # --- restriction (these cues carry their own negation) ---
        {"right": "restriction", "name": "rajoittaa",
         "pattern": r"\b(rajoit|keskeyt)\w*\b{{S}}{0,40}\bkasittely\w*|\bkasittely\w*\b{{S}}{0,30}\brajoit\w*|"
                    # the processing of the writer's data stopped: "niiden käsittely pitää pysäyttää", "pysäyttäkää tietojeni käsittely"
                    r"\b(\w*tie(to|do)\w*|niiden|naiden|sen) kasittely\w*\b{{S}}{0,20}\b(pysayt|keskeyt)(taa|takaa|etaan|ettava|ettaisiin)\b|"
                    r"\b(pysayttakaa|pysaytatte|pysayttaa|pysaytetaan)\b{{S}}{0,20}\b\w*tie(to|do)\w* kasittely\w*|\brajoitta\w*\b{{S}}{0,30}"
                    r"\btie(to|do)\w*|\bjaadyt\w*",
         "negatable": False},
        {"right": "restriction", "name": "alkaa-kayttako",
         "pattern": r"\b(alkaa|ette|ei saa|ei)\b{{S}}{0,8}\b(kayttako|kasitelko|kasittele|kayta|kayttaa|kasitella|luovuttako|luovuta)\b{{S}}{0,90}"
                    r"\b(muuhun|muihin|ennen ?kuin|kunnes|siksi aikaa|sina aikana)",
         "negatable": False},
        # "Kunnes asia on selvitetty, en halua että tietojani käytetään", "laittakaa jäihin", "pitäkää
        # tiedot mutta älkää käyttäkö" (keep, but do not use).
        {"right": "restriction", "name": "ei-kayttoa-kunnes",
         "pattern": r"\b(kunnes|ennen ?kuin|siihen asti|siksi aikaa|niin kauan kuin|sen ajan)\b{{S}}{0,60}\b(en|emme) (halua|salli|hyvaksy)\b"
                    r"{{S}}{0,20}\betta\b{{S}}{0,30}\b(kaytetaan|kaytatte|kasitellaan|kasittelette|luovutetaan|luovutatte)\b"
                    r"|\b(en|emme) (halua|salli|hyvaksy)\b{{S}}{0,20}\betta\b{{S}}{0,30}\b(kaytetaan|kaytatte|kasitellaan|kasittelette|luovutetaan|"
                    r"luovutatte)\b{{S}}{0,60}\b(kunnes|ennen ?kuin|siihen asti|siksi aikaa|niin kauan kuin)\b"
                    r"|\b(laittakaa|pankaa|pitakaa|jattakaa)\b{{S}}{0,30}\b(jaihin|jaissa|tauolle|odottamaan)\b"
                    # ... or in the passive, the writer's data's processing the subject: "vaadin että tietojeni käsittely
                    # laitetaan jäihin", "mun tietojen käsittely pitää laittaa jäihin", "laitatte tietojeni käsittelyn jäihin"
                    r"|\btie(to|do)\w*\b{{S}}{0,30}\bkasittely\w*\b{{S}}{0,40}\b(laite|laitt|laita|pann|pane|pist)\w*\b{{S}}{0,10}\b(jaihin|tauolle)\b"
                    r"|\b(laite|laitt|laita|pann|pane|pist)\w*\b{{S}}{0,10}\btie(to|do)\w*\b{{S}}{0,10}\bkasittely\w*\b{{S}}{0,10}\b(jaihin|tauolle)\b"
                    r"|\b(sailyttakaa|pitakaa)\b{{S}}{0,30}\btie(to|do)\w*{{S}}{0,30}\b(mutta|kunhan)\b{{S}}{0,10}\b(alkaa|ette|ei)\b{{S}}{0,10}"
                    r"\b(kayttako|kasitelko|kayta|kasittele)\b",
         "negatable": False,
         "needs": r"kunnes|ennen ?kuin|siihen asti|siksi aikaa|niin kauan|jaihin|jaissa|tauolle|odottamaan|mutta|kunhan"},
        # Art. 18 in the writer's words: "tietojani ei saa käyttää perintään niin kauan kun tätä selvitetään".
        {"right": "restriction", "name": "ei-kayttoa-kiistan-ajan",
         "pattern": r"\b({{until}})\b{{S}}{0,90}\b({{no_use}})|\b({{no_use}}){{S}}{0,90}\b({{until}})\b",
         "negatable": False, "needs": r"{{until}}",
         "unless": r"\b(en|emme) (kayta|asioi|tilaa|osta)\b"},
        # --- portability ---
        {"right": "portability", "name": "koneluettava",
         "pattern": r"\bkoneluettava\w*|\bkoneellisesti luettava\w*|\b\w*tie(to|do)\w*\b{{S}}{0,30}\b(tiedosto(na|ksi|muodossa)|sahkoisena tiedostona)\b",
         "unless": r"\bpdf\w*|\bpaperi\w*|\btuloste\w*"},
        {"right": "portability", "name": "siirtaa",
         "pattern": r"\b(siirta\w*|siirr\w*|vieda|lahet\w*|toimit\w*)\b{{S}}{0,30}\btie(to|do)\w*{{S}}{0,40}\b(toise\w*|uuteen|uudelle|palveluun|"
                    r"palveluntarjoaja\w*|jarjestelmaan|kilpailija\w*)|\brakenteis\w*,? (yleisesti kaytet\w*|koneellisesti)"},
        # --- marketing ban (stops carry the negation themselves) ---
        {"right": "marketing_ban", "name": "lopettakaa-markkinointi",
         # "mitään" after the verb only stands under a negation ("ei tarvitse poistaa mitään"): nothing is stopped
         "pattern": r"\b(({{stop_verb}}|po[ie]st\w*|peru\w*|irtisano\w*)(?! (mitaan|mitakaan)\b)|(ei|eika) ((kiitos|sitten|sitte|kylla|kyl|nyt|siis|myoskaan) ){0,2}(enaa|ennaa)(?!{{no_more_coming}})|en (enaa )?(halua|tahdo)|(?<!\ben )(?<!\bemme )kiella\w*|kieltan|kieltamme|kieltay\w*|kielto|"
                    r"alkaa {{dont_between}}(lahettako|soittako|soitelko|tekstatko|meilatko|lahetelko))\b"
                    # the verb and what it stops in one clause: "en pyydä tilin poistamista, mutta lopettakaa uutiskirje"
                    # ... not a kind the writer lets keep coming: "(ei tarvitse poistaa mitään,) ja uutiskirje saa tulla jatkossakin"
                    r"(?:(?!\b(mutta|vaan)\b){{S}}){0,40}?\b{{marketing_kinds}}\b(?!{{S}}{0,10}{{never_accepted}})"
                    r"(?! (kylla |edelleen |jatkossakin |silti )?(saa|saavat|voi|voivat) ((kylla|edelleen|jatkossakin|jatkossa|ihan|hyvin|silti|yha|vielakin) )*(tulla|jatkua)\b)"
                    # ... nor one the writer says they do not forbid: "uutiskirje saa tulla edelleen, en kiellä markkinointia"
                    # "paperikuvastoa ei tarvitse enää lähettää": what is no longer needed is stopped
                    # ... not across a clause break: "tuli vielä yks tarjousviesti, mutta luin et kielto voi tulla voimaan viiveellä"
                    r"|\b{{marketing_kinds}}\b(?:(?!\b(mutta|vaan)\b){{S}}){0,40}?\b({{stop_verb}}|(?<!\ben )(?<!\bemme )kiella\w*|kieltan|kieltamme|kielto|ei enaa|ei kiitos enaa|ei (tarvitse|tarvi|tartte) ((mulle|minulle|meille|miulle) )?enaa(?!{{S}}{0,60}\b(vaan|uuteen|uudelle|toiseen)\b)|pois)\b|\b\w*markkinointikielto\b"
                    # advertising refused as a verb, to the writer: "älkää mainostako minulle", "eikä minulle tarvitse mainostaa"
                    r"|\b(ala|alkaa|alkee|elkaa|elkee|alakaa|eika) {{dont_between}}(mainostako|markkinoiko)\b"
                    r"|\b(ei|eika) ((minulle|mulle|miulle|meille|\w+llenikaan|\w+llekaan|enaa|jatkossa|sen takia|siksi) ){1,3}(tarvitse|tarvi|tartte) "
                    r"((enaa|jatkossa|sen takia|siksi) )?(mainostaa|markkinoida)\b"
                    r"|\b(minulle|mulle|miulle|meille) (ei|eika) (tarvitse|tarvi|tartte) ((enaa|jatkossa) )?(mainostaa|markkinoida)\b",
         "negatable": False, "needs": r"{{marketing_stems}}", "unless": r"{{stopped_it_myself}}"},
        # A wish in the passive, often made for someone else: "(pyydän) ettei hänelle enää soiteta tai
        # lähetetä mainoksia". The negation is the request.
        {"right": "marketing_ban", "name": "ettei-lahetet",
         "pattern": r"\b(ettei|etta ei|ettette|etta ette)\b{{S}}{0,40}\b(lahetet\w*|lahettaisi\w*|soitet\w*|soittaisi\w*|markkinoida|markkinoi\w*|"
                    # ... in the active: "pyydän, että ette enää lähetä äidilleni markkinointia"
                    r"laheta|lahettele|soita|soittele|tekstaa)\b{{S}}{0,40}\b{{marketing_kinds}}"
                    # a clause of a listed wish ("Pyydän, että\n- poistatte hänen tilinsä ja\n- ette lähetä hänelle enää
                    # mitään markkinointia"): the line begins with "ette"
                    r"|^\W*(ja )?ette (enaa |jatkossa |koskaan )?(\w+ )?(laheta|lahettele|soita|soittele|tekstaa|markkinoi)\b{{S}}{0,40}\b{{marketing_kinds}}"
                    # ... or in the passive on a line of such a list: "Pyydän nyt, että:\n- hänelle ei enää soiteta, lähetetä kirjeitä
                    # eikä sähköpostimainontaa" (the list's lines are the wish's clauses)
                    r"|^\s*([-*•]|\d{1,2}[.)]|\(?[a-h]\))\s+(ja |seka )?(\w+ ){0,2}?(ei|eika) (enaa |jatkossa |koskaan )?(laheteta|soiteta|tekstata|markkinoida)\b"
                    r"{{S}}{0,60}\b{{marketing_kinds}}"
                    r"|\b(ettei|etta ei|ettette|etta ette)\b{{S}}{0,20}\b{{marketing_kinds}}\b{{S}}{0,30}\b(lahetet\w*|lahettaisi\w*|tule|tulisi)"
                    r"|\b(ettei|etta ei)\b (enaa |minulle |meille |tanne )*(tule|tulisi)\b{{S}}{0,20}\b{{marketing_kinds}}"
                    # the receiver between: "(pyydän) että äidilleni ei lähetetä enää markkinointia", spoken "et mulle ei"
                    r"|\b(etta|et)\b (\w+ ){1,2}?(ei|eika) (enaa |jatkossa |koskaan )?(laheteta|soiteta|tekstata|markkinoida)\b{{S}}{0,40}\b{{marketing_kinds}}"
                    # coordinated after the wish: "pyydän, että suljette hänen tilinsä, eikä hänelle lähetetä enää markkinointia"
                    r"|\b(pyydan|pyydamme|vaadin|vaadimme|toivon|toivomme|haluan|haluaisin|haluun|haluamme)\b,? (etta|et)\b{{S}}{0,120}?\beika\b"
                    r"{{S}}{0,30}\b(laheteta|soiteta|markkinoida|tekstata)\b{{S}}{0,40}\b{{marketing_kinds}}",
         "negatable": False, "needs": r"ettei|etta ei|ettette|etta ette|eika|^\W*(ja )?ette\b|\bet(ta)? (\w+ ){1,2}?(ei|eika) |\bei (\w+ )?(laheteta|soiteta|tekstata|markkinoida)\b"},
        # Forbidden in the impersonal "ei saa" / "ei tule": "mitään markkinointia ei saa enää lähettää hänelle", "minulle ei
        # saa soittaa myyntipuheluita". The negation is the request.
        {"right": "marketing_ban", "name": "ei-saa-lahettaa",
         "pattern": r"\b{{marketing_kinds}}\b{{S}}{0,30}?\b(ei|eika) (saa|tule) ((enaa|jatkossa|koskaan|missaan tapauksessa) )?"
                    r"(\w+ )?(lahettaa|lahetella|soittaa|soitella|tekstata|markkinoida)\b"
                    r"|\b(ei|eika) (saa|tule) ((enaa|jatkossa|koskaan) )?(lahettaa|lahetella|soittaa|soitella|tekstata)\b{{S}}{0,40}\b{{marketing_kinds}}",
         "negatable": False, "needs": r"{{marketing_stems}}"},
        # "lopettakaa viestien lähettäminen", "älkää enää soittako": any mail or calls, told to stop.
        {"right": "marketing_ban", "name": "lopettakaa-viestit",
         "pattern": r"\b({{stop_verb}}|{{dont}} {{dont_between}}(lahettako|la[ie]ttako|so[ie]ttako|so[ie]telko|tekstatko|meilatko|lahetelko)|en (enaa )?(halua|tahdo) (enaa )?(teilta|mitaan))\b"
                    r"{{S}}{0,40}?\b{{messages}}"
                    r"|\b(pois|poistakaa minut) (teidan )?(postitus|sahkoposti|mainos|markkinointi)?list\w*"
                    r"|\b{{dont}} {{dont_between}}(lahettako|la[ie]ttako|so[ie]ttako|spammatko|so[ie]telko|tekstatko|meilatko|viestitelko|lahetelko)\b"
                    # "älkää lähettäkö mitään vanhaan osoitteeseen": the address is wrong, not the mail unwanted
                    r"(?!{{S}}{0,25}\b(vanhaan|entiseen|vaaraan|siihen) (osoittee\w*|numeroon)\b)"
                    # the mail itself told to end: "haluan että postit loppuu", "ja että viestit lakkaavat"
                    r"|\b(etta|ja)\b{{S}}{0,25}\b{{messages}}\b{{S}}{0,15}\b(loppu(u|vat|isi|isivat|maan)|lopetetaan|lakkaa(vat)?|lakkaisi\w*)\b"
                    # ... or let end, the mail first: "Soitot saa loppua", "ne viestit saavat loppua nyt"
                    r"|^\W*(ja |eli |mutta )?((ne|nuo|nama|noi|net|teidan) )?{{messages}} (saa|saavat|voi|voivat|saisi|saisivat|pitaa|pitais|pitaisi) "
                    r"((nyt|jo|heti|kylla|vihdoin|ihan) )*(loppua|lakata)\b"
                    # messages refused without a verb: "eli ei enää niitä viestejä tähän numeroon", "Ei kiitos enää soittoja";
                    # not a report that none came ("ei enää viestejä ole tullut"), nor mail to an old address
                    r"|\b(ei|eika) ((kiitos|sitten|sit|nyt|siis) ){0,2}(enaa|ennaa) ((niita|naita|noita|mitaan|teidan) ){0,2}"
                    r"\w*(viest|sahkopost|meil|soitto|soitt|tekstar)\w*(ja|ia|ita|eita)\b(?!{{no_more_coming}})"
                    r"(?!{{S}}{0,25}\b(vanhaan|entiseen|vaaraan) (osoittee\w*|numeroon)\b)"
                    # a wish in the conditional: "olisin kiitollinen, jos ne viestit loppuisivat"
                    r"|\bjos\b{{S}}{0,25}\b{{messages}}\b{{S}}{0,15}\b(loppuisi\w*|lakkaisi\w*|lopetettaisiin)\b",
         "negatable": False},
        # A marketing kind refused without a verb of stopping: "ei mitään tarjousviestejä", "mainoksia en
        # halua". Plural or mass nouns only: "tarjousta en halua" refuses one price quote.
        {"right": "marketing_ban", "name": "ei-mitaan-mainoksia",
         # ... "mitään" in speech too ("ei mittään mainoksia", "ei mitää tarjouksia"), or none "any more" with no "mitään":
         # "Ei mainoksia enää, kiitos"
         "pattern": r"\b(ei|en halua|en tahdo|emme halua) (enaa |myoskaan )?(mitaan|mittaan|mitaa) (\w+ )?{{marketing_plural}}"
                    r"(?!{{S}}{0,20}\b(ole|oo|ei) (tullut|tullu|saapunut|nakynyt)\b)"
                    r"|\b(ei|eika) {{marketing_plural}} enaa\b(?!{{S}}{0,20}\b(ole|oo) (tullut|tullu|saapunut|nakynyt)\b)"
                    r"|\b(mitaan )?{{marketing_plural}} (en|emme) (enaa )?(halua|tahdo|kaipaa|tarvitse|tarvi|tartte)\b",
         "negatable": False, "needs": r"{{marketing_stems}}"},
        # The writer's data refused to marketing without a verb: "ei minun tietojani kenellekään markkinointiin", "ei
        # puhelinnumeroani mainontaan". The writer's own (possessive) data, and marketing as where it goes (illative or
        # allative: "markkinointiin", "markkinointikumppaneille"), not what it is about ("ei tietoa markkinoinnista").
        {"right": "marketing_ban", "name": "ei-tietojani-markkinointiin",
         "pattern": r"\b(ei|eika) ((minun|mun|meidan) \w*tie(to|do)\w*|\w*tie(to|do)\w*(ni|mme)|\w*numero\w*(ni|mme)|\w*osoit\w*(ni|mme))\b "
                    r"((kenellekaan|mihinkaan|koskaan|enaa|jatkossa) )*(\w+ )?\w*(markkinoin|mainon|mainos|kohdenn)\w*(iin|aan|lle|een)\b",
         "negatable": False, "needs": r"markkinoin|mainon|mainos|kohdenn"},
        {"right": "marketing_ban", "name": "osoite-pois-listalta",
         "pattern": r"\b(po[ie]st\w*|ottakaa)\b{{S}}{0,25}\b(minut|mut|\w*osoittee\w*|\w*osoite\w*|\w*numero\w*|sahkopost\w*)\b{{S}}{0,25}"
                    r"\b(\w*listal\w*|\w*listoil\w*|\w*listasta|\w*listoista)\b",
         "negatable": False, "needs": r"list"},
        # The writer left out of it: "jättäkää mun tiedot pois mainonnan kohdentamisesta", "jätätte minut pois kohdennetusta mainonnasta".
        {"right": "marketing_ban", "name": "jattakaa-pois-markkinoinnista",
         "pattern": r"\bjat+a\w*\b{{S}}{0,30}\bpois\b{{S}}{0,20}\b{{marketing_kinds}}",
         "needs": r"{{marketing_stems}}"},
        {"right": "marketing_ban", "name": "lopettaa-lahettamisen",
         "pattern": r"\blopet\w* ((jo|heti|nyt|vihdoin) )?((niiden|naiden|noiden|niitten|naitten|noitten|sen|taman|tan|ton|viestien|mainosten) )?(lahettami\w*|lahettamas\w*|soittami\w*)",
         "negatable": False},
        # A use for marketing forbidden: "numeroani ei saa käyttää puhelinmyyntiin", "älkää käyttäkö
        # tietojani mainosten kohdentamiseen".
        {"right": "marketing_ban", "name": "alkaa-kayttako-markkinointiin",
         # Not where the use is forbidden for anything at all ("mihinkään muuhun (ei markkinointia, ...)"):
         # marketing is then an example of a restriction, not a ban of its own.
         # ... "mihinkään" right before the marketing kind is that very use: "ette saa laittaa mun sähköpostia mihinkään
         # Facebookin mainoskohdennukseen"
         "pattern": r"\b(alkaa|ette saa|ei saa|eika saa)\b{{S}}{0,25}\b(kayttako|kasitelko|luovuttako|kayttaa|kasitella|luovuttaa|"
                    r"laittako|laittaa|antako|antaa|siirtako|siirtaa|ladatko|ladata)\b"
                    r"(?:(?!\b(mitaan|muuhun)\b|\bmihinkaan\b(?! (\w+ )?{{marketing_kinds}})){{S}}){0,70}?\b{{marketing_kinds}}"
                    # ... or in a wish in the passive: "(haluan ainakin sen,) ettei niitä tietoja käytetä mihinkään markkinointiin",
                    # "pyydän, ettei tietojani käytetä markkinointiin" (not "mihinkään muuhun", a restriction)
                    r"|\b(ettei|etta ei|ettette|etta ette)\b{{S}}{0,40}\b(kayteta|kaytettaisi|kayta|kaytatte|luovuteta|luovuta|luovutatte|jaeta|anneta)\b"
                    r" ((mihinkaan|enaa|jatkossa|koskaan) )*(\w+ )?{{marketing_kinds}}",
         "negatable": False, "needs": r"{{marketing_stems}}"},
        {"right": "marketing_ban", "name": "ei-markkinointiin",
         # ... or marketing to the writer with the verb itself: "en myöskään halua että minulle markkinoi kukaan", "en halua, että
         # minulle markkinoidaan mitään" (a receiver named: "en halua että markkinoitte tätä kameraa väärin" is about the product)
         "pattern": r"\b(en|emme) (enaa |kuitenkaan |silti |myoskaan )?(halua|tahdo|salli|hyvaksy)\b{{S}}{0,15}\b(etta|et)\b{{S}}{0,20}?"
                    r"\b(minulle|mulle|meille|hanelle|heille|minua|mua|meita)\b{{S}}{0,20}?\b(markkinoi|markkinoida|markkinoidaan|markkinoitaisiin|"
                    r"markkinoitte|markkinoisitte|markkinoisi|mainostetaan|mainostettaisiin|mainostatte|mainostaa|mainostaisi)\b"
                    r"|\b(en|emme) (enaa |kuitenkaan |silti |myoskaan )?(halua|tahdo|salli|hyvaksy)\b{{S}}{0,15}\b(etta|et)\b{{S}}{0,70}\b(kaytat\w*|kaytetaan|kaytta\w*|jaat\w*|jaetaan|"
                    r"lataat\w*|ladataan|siirret\w*|siirratte|luovutet\w*|luovutatte|tehdaan|tehtaisiin|kootaan|profiloi\w*)\b{{S}}{0,50}\b(markkinoin\w*|mainon\w*|mainos\w*|kohdenn\w*|uutiskir\w*)"
                    r"|\b(irtisano\w*|perun|peruutan|peruuttaa|lopetan)\b{{S}}{0,30}\b(tilaukse\w*|tilaamani|tilauksen)\b{{S}}{0,15}"
                    r"\b(uutiskir\w*|postituslist\w*|tiedottee\w*)"
                    r"|\b(uutiskir\w*|postituslist\w*|tiedottee\w*)\b{{S}}{0,30}\b(irtisano\w*|tilaukse\w* peru\w*)",
         "negatable": False, "unless": r"{{stopped_it_myself}}",
         "needs": r"markkinoi|mainon|mainos|kohdenn|uutiskir|postituslist|tiedotte"},
        # --- consent withdrawal ---
        {"right": "consent_withdrawal", "name": "peruutan-suostumuksen",
         # ... "takaisin" also spoken: "takasin", "takas"
         "pattern": r"\b(peru\w*|vedan (takaisin|takasin|takas|pois)|vetaa (takaisin|takasin|takas|pois)|otan (takaisin|takasin|takas)|mitatoi\w*|lakkaut\w*)\b{{S}}{0,50}?"
                    r"\b(\w*suostumu\w*|\w*lupa|\w*lupa(a|ni|nne)|lupia|\w*luvan|\w*luvat|\w*luvista|hyvaksyn\w*|hyvaksynta\w*)\b"
                    r"|\b(\w*suostumu\w*|hyvaksynta\w*)\b{{S}}{0,30}?\b(peru\w*|mitatoi\w*)"
                    # "Sen luvan perun.": the permission pointed back to, then the verb
                    r"|\b(sen|tuon|taman|ton|tan|antamani|antamanne) luvan\b{{S}}{0,20}?\b(peru\w*|mitatoi\w*)"},
        {"right": "consent_withdrawal", "name": "luvan-takaisin",
         # ... spoken "takasin", "takas": "otan sen luvan takasin", "mä otan mun luvan takas"
         "pattern": r"\b(lupa\w*|luvan|luvat|\w*suostumu\w*)\b{{S}}{0,30}\b(takaisin|takasin|takas)\b|\b(takaisin|takasin|takas)\b{{S}}{0,30}\b(lupa\w*|luvan|luvat|\w*suostumu\w*)\b"
                    r"|\ben enaa suostu\w*|\ben suostu\w* enaa\b"},
        # "en enää anna lupaa": the negation is the withdrawal.
        {"right": "consent_withdrawal", "name": "en-enaa-anna-lupaa",
         "pattern": r"\b(en|emme|enka|emmeka) (enaa (anna|myonna)|(anna|myonna) enaa) (lupaa|suostumusta|lupaani|suostumustani|lupaamme|suostumustamme)\b"
                    r"|\b(lupa|lupani|suostumus|suostumukseni)\w* ei (ole )?enaa (voimassa|kaytossa)\b",
         "negatable": False, "needs": r"lupa|suostum"},
        # --- objection ---
        {"right": "objection", "name": "vastustan",
         "pattern": r"\bvastust(?!(an|amme)\b)\w*\b(?! (alla|ylla|jaljempana|edella))|\bkiellan\b{{S}}{0,40}\b(profiloin\w*|analy\w*|seuran\w*)"},
        # The first person "vastustan" is never the negated verb (the Finnish negative drops the "-n": "en vastusta"), so a
        # negated wish before it in unpunctuated text ("en halua et mun tietoja käytetään niihin vastustan sitä") is another clause.
        {"right": "objection", "name": "vastustan-itse",
         "pattern": r"\b(vastustan|vastustamme)\b(?! (alla|ylla|jaljempana|edella))",
         "negatable": False},
        {"right": "objection", "name": "lopettakaa-profilointi",
         # "en", and "etten" / "enkä" (että + en, ja + en): "sanon suoraan etten hyväksy, että minua pisteytetään"
         "pattern": r"\b({{stop_verb}}|(en|etten|enka|emme|ettemme|emmeka) (enaa )?(halua|hyvaksy|salli)|ette saa|alkaa)\b{{S}}{0,70}\b(profiloi\w*|profilointi\w*|"
                    r"seura(?!av)(a|ta|taan|nta|ntaa|tko|amasta|amisen|atte|tte|isitte|ilette)\w*|analysoi\w*|analysointi\w*|analyysi\w*|analyyse\w*|pisteyt\w*|"
                    r"riskiarvi\w*|riskiluoki\w*|luottoluokit\w*|automaatti\w* (paatos|paatoks|paatoksenteko)\w*)",
         "negatable": False},
        # "Älkää käyttäkö ostohistoriaani tilastoihin": an objection to the purpose (Art. 21).
        {"right": "objection", "name": "alkaa-kayttako-tarkoitukseen",
         "pattern": r"\b(alkaa|ette saa|ei saa)\b{{S}}{0,15}\b(kayttako|kasitelko|kayttaa|kasitella)\b{{S}}{0,40}"
                    r"\b(tilast\w*|analy\w*|profiloin\w*|pisteyt\w*|tekoaly\w*|tuotekehity\w*)",
         "negatable": False},
        # Use for statistics or analytics refused as a wish: "en halua että minun tietoja käytetään mihinkään tilastoihin
        # eikä analytiikkoihin", "en hyväksy, että ostohistoriaani hyödynnetään analytiikassa", "kieltäydyn siitä, että
        # ostoksiani analysoidaan". Refused only until a dispute is settled, it is the restriction's scope.
        {"right": "objection", "name": "en-halua-tilastoihin", "yields_to": "restriction",
         "pattern": r"\b(en|emme|etten|enka) (enaa )?(halua|hyvaksy|salli|tahdo)\b,? (etta|et)\b{{S}}{0,50}?"
                    r"\b(kaytetaan|kaytatte|kaytettaisiin|kasitellaan|kasittelette|hyodynnetaan|hyodynnatte|tilastoidaan)\b{{S}}{0,50}?"
                    r"\b(tilast\w*|analytiik\w*|analyy\w*|analysoin\w*)"
                    r"|\b(kieltaydyn|kieltaydymme)\b{{S}}{0,50}\b(tilast\w*|analytiik\w*|analyy\w*|analysoi\w*|profiloi\w*|seuran\w*|seurata\w*)",
         "negatable": False, "needs": r"tilast|analy|profiloi|seura"},
        # "En hyväksy, että viestejäni käytetään ...", and feeding mine to an AI, refused ("niin ei käy").
        # Refused only until a dispute is settled ("siihen asti kun asia on selvitetty, en hyväksy ..."): the
        # restriction's scope, not an objection of its own.
        {"right": "objection", "name": "en-hyvaksy-kayttoa", "yields_to": "restriction",
         "pattern": r"\b(en|emme) (hyvaksy|salli)\b{{S}}{0,80}\b(kaytta\w*|kayte\w*|kaytat\w*|syot\w*|koulut\w*)\b{{S}}{0,20}"
                    r"\b((mun|minun|meidan) \w+|\w+(jani|jeni|tani|teni|ni|mme))\b"
                    r"|\b(en|emme) (hyvaksy|salli)\b{{S}}{0,40}\b\w+(ni|mme)\b{{S}}{0,20}\b(kaytet|kaytta|kasitel|kasitte)\w*"
                    r"|\b(syot\w*|koulut\w*)\b{{S}}{0,40}\b(tekoaly\w*|koulutusdata\w*|ai)\b{{S}}{0,40}\b(ei kay|en hyvaksy|en halua)\b",
         "negatable": False},
    ),
    "quoting": {
        "wrote": r".{0,200}\bkirjoitti\b.{0,60}:",
        "wrote_alone": r"kirjoitti:",
        "separator": r"alkuperäinen viesti|välitetty viesti|edelleenlähetetty viesti|aloita välitetty viesti:?",
        "forward_words": r"välitetty|edelleenlähetetty",
        "header_from": r"lähettäjä",
        "header_other": r"lähetetty|päivämäärä|vastaanottaja|kopio|aihe",
        "forward_subject": r"vl",
        "reply_subject": r"vs",
        "client_footer": r"lähetetty (iphonesta|ipadista|\w+ .{0,40}puhelimesta|.{0,40}älypuhelimesta|outlookista)|hanki outlook",
        # ... also headed "LUOTTAMUKSELLINEN:", or opening with whom the message is for or what to do if it came by mistake
        # ("Jos olet saanut viestin erehdyksessä, ilmoita siitä lähettäjälle ja poista viesti"): the sender's boilerplate
        "disclaimer": (
            # ... with its attachments, in the plural and the partitive too ("tämä sähköpostiviesti ja sen mahdolliset liitteet
            # voivat sisältää luottamuksellista tietoa"); not the writer's own "tämä viesti on minulle tärkeä, koska asia on
            # luottamuksellinen"
            r"tämä (sähköposti(viesti)?|viesti)( liitteineen)? (on|saattaa olla|voi olla) luottamuksellinen|luottamuksellisuus|luottamuksellinen\s*:"
            r"|tämä (sähköposti(viesti)?|viesti)( ja sen (mahdolliset )?liitteet| liitteineen| liitteet mukaan lukien)?"
            r" (on tarkoitettu|(saattaa|saattavat|voi|voivat) sisältää|sisältää luottamuksellis|sisältävät luottamuksellis)"
            r"|jos olet (vastaanottanut|saanut) (tämän )?(sähköposti)?(viestin|sähköpostin) (erehdyksessä|vahingossa|virheellisesti|väärälle)"
        ),
    },
    "screening": {
        "bounce_subject": r"toimittamaton|toimitus epäonnistui|ei voitu toimittaa",
        "bounce_text": r"toimitus .{0,40}epäonnistui",
        "auto_subject": r"automaattinen vastaus|poissaoloviesti|lomavastaaja|poissa toimistolta",
        "auto_text": (
            r"\bolen (\w*lomalla|poissa|matkoilla|koulutuksessa|\w*vapaalla)|poissa toimistolta|"
            r"tämä on automaattinen (viesti|vastaus|ilmoitus|\w*kuittaus)|\bviestinne on vastaanotettu\b|"
            # ... but not one the writer tells they got: "teiltä tuli tämmönen automaattinen kuittaus" (a chaser), pointed
            # at ("tuli tämä automaattinen kuittaus", "ainoa mitä olen saanut on se automaattinen kuittaus")
            r"(?<!tuli\s)(?<!pelkkä\s)(?<!vain\s)(?<!vaan\s)(?<!tämmönen\s)(?<!tällainen\s)(?<!semmonen\s)(?<!sellainen\s)(?<!joku\s)(?<!jokin\s)"
            r"(?<!tämä\s)(?<!tää\s)(?<!se\s)(?<!sama\s)(?<!tuo\s)(?<!toi\s)automaattinen (vastaus|kuittaus)|"
            r"(viestejä|sähköposteja) ei välitetä|tähän osoitteeseen lähetettyjä viestejä ei|"
            r"\bolemme vastaanottaneet (viestisi|sähköpostisi|yhteydenottosi)|\bpalaan (töihin|toimistolle|takaisin)\b.{0,40}\b\d|"
            r"\b(tätä|tämä) (postilaatikko|sähköpostiosoite|osoite)\w* ei (ole )?(enää )?(seurata|lueta|ole käytössä|käytössä)|"
            r"\ben(kä)? (lue|seuraa) (sähköpost\w*|viestej\w*)|\bviesti(si|nne) ei (siirry|välity) eteenpäin|"
            # a business closed for a while, its mailbox answering: "Liike on suljettu viikon 9 ajan. Vastaamme viesteihin maanantaina."
            r"\b(liike|liikkeemme|myymälä|myymälämme|kauppa|kauppamme|toimisto|toimistomme|yritys|yrityksemme|puoti) on suljettu\b[^\n]{0,120}?\bvastaamme (viesteihin|sähköposteihin|yhteydenottoihin)\b|"
            # away on a trip till a date ("olen lomamatkalla Kanarialla 2.4. asti", "olen ulkomailla toukokuun ajan"),
            # and mail read only now and then ("luen postia satunnaisesti"): the mailbox speaks for the absent writer
            r"\bolen (\w*matkalla|ulkomailla|reissussa|reissun päällä)\b[^.!?\n]{0,40}?(\b(asti|saakka|ajan|loppuun)\b|\b\d{1,2}\.\d{1,2}\.)|"
            r"\bluen (\w*sähköposte?\w*|postia|viestej\w*|meilej\w*|mailej\w*) (vain |ainoastaan )?(satunnaisesti|harvoin|rajoitetusti|harvakseltaan|epäsäännöllisesti)\b"
        ),
        "unsubscribe_footer": (
            r"\b(vastaa|vastaamalla)\W{1,3}[\"'“”«]?(stop|poista|lopeta|pois)\b|"
            r"\bperu(uta)? (tilaus|uutiskirje) (tästä|täältä|klikkaamalla|linkistä)|"
            r"\bjos (et|ette) (enää )?(halua|halua(t|tte) enää) (enää |enempää |lisää |tällaisia |jatkossa )?((saada|vastaanottaa) )?(näitä|viestejä|sähköposte(ja)?|meiltä|uutiskirjettä)|"
            # "vastaa EI": the opt-out of a cold mail that asks for a reply
            r"\b(vastaa|vastatkaa|vastaamalla)\W{1,3}[\"'“”«]?ei[\"'“”»]?\W*$|"
            r"\bsaat tämän (viestin|sähköpostin|uutiskirjeen),? koska"
        ),
        "phishing_threat": (
            r"(tili\w*|postilaatikko\w*) (on )?(suljetaan|poistetaan|jäädytetään)|"
            r"(postilaatik\w*|tallennustila\w*)\W+(\w+\W+){0,4}?(täynnä|ylitt\w*)|tullimaksu|(24|48|72) tunnin|"
            r"maksa (nyt|toimitusmaksu|uusimismaksu)|toimitusmaksu|eräpäivä tänään|vanhene(e|vat)\b|välttääkse(si|nne) (\w+ )?(lisämaksu|perintä|viivästys|sulke|seuraamu)\w*|viimeinen (muistutus|varoitus)|"
            r"\berääntyn\w*|perintäkulu\w*|maksakaa (lasku )?(viipymättä|heti|välittömästi)|"
            r"salasana\w* (vanhenee|umpeutuu|päättyy)|"
            r"(tili|tunnu)\w* (on )?(lukittu|lukitaan|suljettu|suljetaan|jäädytetty|jäädytetään)|(tilisi|tunnuksesi|palvelusi) käyttö (rajoitetaan|estetään|keskeytetään)|epäilyttäv\w* (toimin|kirjautu|aktiivisuu)\w*|"
            r"(tilinumero|pankkitili|pankkiyhteys|maksutie)\w* (on )?(vaihtunut|muuttunut)|uusi tilinumero(mme)?|istunto\w* (on )?vanhentun\w*"
        ),
        "phishing_lure": (
            r"(päivitä|päivittää|vahvista|vahvistaa|uusi|uusia) (\w+ )?(\w*tunnuks(et|esi)\b|\w*tunnistustie\w*)|"
            r"(päivitä|vahvista|tarkista) (\w*tietosi|toimitustiedot|toimitusosoit\w*|pankkitiedot|(yrityksenne |yrityksesi )?\w*tiedot\w*)\b|(vahvista|tunnistaudu|kirjaudu)\w*\b.{0,40}\bpankkitunnuksil\w*|"
            r"(kirjaudu|vahvista) (tästä|linkistä|tunnuksesi|tilisi|henkilöllisyytesi)|"
            r"(vahvista|syötä|anna) (nykyinen |vanha )?salasanasi|säilytä (sama|nykyinen) salasana|"
            # a login to "see the documents" with the company's mail credentials: "Kirjaudu sisään yrityksesi sähköpostin
            # tunnuksilla nähdäksesi asiakirjat", "kirjautukaa sisään yrityksen tunnuksilla nähdäksenne asiakirjat"
            r"(kirjaudu|kirjautukaa) sisään (\w+ ){0,3}?\w*tunnuksilla\w*|nähdäkse(si|nne) (\w+ )?(asiakirja|dokumentti|kantelu|ilmoitu|liite|tiedosto)\w*|"
            r"jakoi kanssasi|jakoi (tiedoston|asiakirjan|kansion)|uusi (ääniviesti|vastaajaviesti)|(alla olevasta|oheisesta) linkistä|(klikkaa|klikkaamalla|napsauta|napsauttamalla) (tästä|alla olevaa linkkiä|linkkiä)|kirjaudu (uudelleen|uudestaan)"
        ),
        # ... also told to a company in the plural: "Päivittäkää tiedot 48 tunnin kuluessa: http://..."
        "pay_verbs": r"\b(maksa|maksakaa|vahvista|vahvistakaa|kirjaudu|kirjautukaa|lunasta|lunastakaa|päivitä|päivittäkää|uusi nyt|uusi tästä|lahjoita)\b",
        "get_rich": r"\bkrypto\w*|\bsinulle on myönnetty (\w+ ){0,2}(tuki|palautus|avustus|korvaus|etu)\b|\bmyönnämme lainaa\b|\blainaa (jopa|heti)\b|\bilman vakuuksia\b|\bveronpalautu\w*|\b\d[\d ]{0,8}\s?€ (päivässä|viikossa)\b|\b\d[\d,. ]{0,12}% tuotto\w*|\btuotta\w* \d[\d,]* ?% (vuodessa|kuukaudessa)|\bilman riskiä\b|\bolet voittanut|\bvoittaja\w* on|\bperintö\w*",
        "pressure": r"\brekisteröidy (ilmaiseksi )?(nyt|heti)\b|\bvain tänään\b|\bilmoittaudu (tästä|nyt|heti|mukaan)\b|\bviimeistään tänään\b|\b(vie|kestää) vain \d+ minuuttia\b|\b(osta|tilaa) (nyt|heti)\b|\b(ilmoittaudu|lahjoita) (\w+ )?(nyt|heti)\b|\bearly[- ]bird\b|\b(hae|varaa) (\w+ ){0,2}(nyt|heti)\b|\bvoimassa (vain )?\w+ asti\b|\bpaikkoja (on )?(jäljellä )?rajoitetusti\b|\btoimi nyt\b|\bälä missaa\b|\brajoitettu (määrä|aika)\b|\baloita (jo |vain |pelkällä )?\d+ ?(eurolla|€:lla)|\bkatso kun (rahasi|sijoituksesi|se) kasva\w*",
        "greeting": r"hei|hyvä|arvoisa",
        "generic_addressee": r"(asiakas|käyttäjä|ystävä|veronmaksaja|yrittäjä|yrityksen omistaja)",
        "sales_offer": (
            r"\b(tarjoamme|autamme|voimme auttaa|olisitteko kiinnostunut|kiinnostaisiko|kiinnostaako teitä)\b|"
            r"\b(tuplaa|kasvata|kasvattaa|lisää) (myyntiä|myyntinne|liikevaihto|asiakkaita|kävijöitä)|\bkasvatamme\b|"
            r"\bkutsumme (teidät|sinut|yrityksenne|yrityksesi)\b|\bnäytteilleasettaj\w*|\bosastopaik\w*|"
            r"\b(jopa|kaikki|kaikista) -?\d+ ?% (alennus|alennusta|alesta)\b|(?<![\w-])-\d{1,2} ?%|\bprovisiopohjai\w*|\bolisiko (teillä|sinulla) kiinnostusta\b|\bteemme (verkkokaupallesi|verkkokaupallenne|yrityksellesi|yrityksellenne)\b|"
            r"\bkiinteään (kuukausi)?hintaan\b|\betsimme (etä)?työntekijöitä\b|\bei kokemusta (tarvita|vaadita)\b|\btyhjennysmyyn\w*|"
            r"\b(haluatko|haluaisitko) (lisää|enemmän) (asiakkaita|myyntiä|kävijöitä|seuraajia|näkyvyyttä)|\b\w*yhteistyöehdotu\w*|"
            # search-engine selling: a shop's customer does not write about the shop's Google ranking
            r"\bhakukoneoptimoin\w*|\bgooglen (etusivu|kärki|kärkeen|ykkös)\w*|\bhakutulosten (kärkeen|kärjessä|kärkipaikoil\w*)"
        ),
        "sales_cta": (
            r"\bvaraa (maksuton|ilmainen|lyhyt)?\s?(tapaaminen|aika|demo|puhelu|palaveri|kartoitus)|\bkokeile (ilmaiseksi|maksutta|veloituksetta)\b|"
            r"\b(maksuton|ilmainen) (kartoitus|auditointi|kokeilu|demo|konsultaatio|analyysi)|"
            r"\b(sopia|varata|järjestää) (\w+ ){0,2}(puhelu|puhelun|tapaaminen|tapaamisen|palaveri|palaverin|demo|demon)\b|"
            r"\b(maksuton|maksuttomaan|maksuttomalle|ilmainen|ilmaiseen|ilmaiselle) (webinaari|verkkoseminaari|koulutu)\w*|"
            r"\bpyydä (ilmainen |maksuton )?tarjous\b|\b(olemme )?kiinnostunei\w* yhteistyö\w*|\bkuulla lisää (palvelu|tuottei|ratkaisu)\w*|"
            r"\bmitä (haluaisitte|pyytäisitte) (siitä|verkkotunnuksesta)\b|\bniin kerromme (mielellämme )?lisää\b|\bvastaa\W{1,3}[\"'“”«]?(kyllä|joo)\b|\bonko (sinulla|teillä) \d+ minuuttia\b|"
            # the free first look offered after the noun ("Ensimmäinen analyysi ilmaiseksi!", "Kartoitus veloituksetta"),
            # and a short call proposed in the passive ("Varataanko 15 min puhelu ensi viikolle?", "sovitaanko lyhyt palaveri")
            r"\b(analyysi|kartoitus|auditointi|demo|konsultaatio|arvio|katselmointi)\w{0,3} (on )?(ilmaiseksi|maksutta|veloituksetta)\b|"
            r"\b(varataanko|sovitaanko|sovittaisiinko|varattaisiinko|pidetäänkö|pidettäisiinkö) (\w+ ){0,3}?(puhelu|tapaaminen|palaveri|demo|esittely|etäpalaveri|teams)\w*"
        ),
        "cold_opener": (
            r"\b(kävin|kävimme|tutustuin|tutustuimme|katsoin|katsoimme|huomasin|huomasimme)\b.{0,30}"
            r"\b(verkkokaup|verkkosivu|sivustoanne|sivujanne|kotisivu)"
        ),
        "domain_scam": r"verkkotunnu\w*\W+(\w+\W+){0,6}?(uusi\w*|päätty\w*|vanhen\w*|umpeutu\w*)|hakukonerekister\w*",
        # ... also in the partitive: "pakettiasi ei voitu toimittaa", "lähetystäsi säilytetään"
        "your_parcel": r"\b(lähetyksesi|lähetykseesi|lähetystäsi|pakettisi|pakettiisi|pakettiasi|toimituksesi|toimitustasi)\b",
        # ... a redelivery fee, written as one word or two ("uudelleentoimitusmaksu", "Uudelleentoimitus maksu")
        "parcel_fee": r"\b(maksamaton|maksamattoman|palautetaan lähettäjälle|käsittelymaksu\w*|noutomaksu\w*|\w*toimitus ?maksu\w*|tullimaksu\w*)\b",
        "payment_account": r"\btilinumero\b",
        "payment_due": r"\b(eräpäivä\w*|erapaiva\w*|viite(numero)?)\b",
        "directory_scam": r"yritysrekister\w*|yrityshakemist\w*|\btämä ei ole lasku\b",
        "gdpr_fear": (
            r"\b(gdpr|tietosuoja)\w*[- ](kartoitu\w*|konsult\w*|koulutu\w*|audit\w*)|\b(sakko\w*|seuraamusmaksu\w*) (jopa|enintään)|"
            r"\btietosuoja(kartoitu|konsult|koulutu|auditoin)\w*|\b(määräsi|määrännyt|määrättiin|jakoi)\b.{0,60}\b(seuraamusmaksu\w*|sakko\w*)|"
            r"\b20 miljoonaa|\b20 000 000\b|\b(verkkosivustonne|sivustonne|verkkokauppanne|yrityksenne)\b.{0,30}\bei täytä\b|"
            r"\brekisteröikää yrityksenne\b|\bkäsittelymaksu\w*|"
            # a "data protection registration" of the company said to have expired, and its fee: no such register exists
            r"\btietosuojarekisteröin\w*|\brekisteröintimaksu\w*|"
            # the fine as a share of turnover: "(enintään 4 % vuotuisesta liikevaihdosta)", "jopa 4 prosenttia liikevaihdosta"
            r"\b\d+ ?(%|prosenttia) (\w+ ){0,2}?liikevaihdo\w*|"
            r"\b(yrityksenne|yrityksesi)\b.{0,60}?\b\w*(ilmoitus|rekisteröinti)\w* (on )?(vanhentun\w*|päättyn\w*|umpeutun\w*)"
        ),
    },
}
