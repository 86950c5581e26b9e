"""Swedish, Finland-Swedish included. Literal data only; `bot.core.reading.vocabulary` says what each
key means and checks it.

Patterns outside `quoting` and `screening` run on folded text (lower case, å→a, ä→a, ö→o).
"""

PACK = {
    "code": "sv",
    "name": "svenska",
    "covered": True,
    "stop_words": (
        "och att det är jag inte int en ett som på för med av till har ni er mig min mitt mina vi de den "
        "om men eller kan vill skulle också nu tack hej från inga någon några alla mvh hälsningar vänliga "
        "uppgifter ert era hur varför där här då så"
    ),
    "negation": r"\b(inte|int|ej|icke|aldrig|inga|inget|ingen|ingenting)\b",
    "clause_breaks": r"\b(men|utan|bara|sa)\b",
    # "Jag har inte handlat hos er på flera år och vill att ni raderar mitt konto": the "och" starts a new,
    # positive wish (a negation after the wish, "och vill inte att ni ...", keeps it out)
    # ... and the main clause after a fronted condition starts the same way, verb first: "Om det visar sig att hon inte är kund
    # vill vi att ni raderar allt om henne" (the "inte" is the condition's)
    "new_clause_and": r"\b(vill|onskar|ber|begar) (jag|ja|vi) (darfor |nu |da |garna )?(att )?(ni |du )?$|\boch (jag |ja |vi )?(vill|onskar|ber|begar) (darfor |nu |garna )?(att )?(ni |du )?$"
                      # ... or "och jag" right before the cue's own verb: "Jag tycker inte om att min surfning analyseras och jag
                      # motsätter mig den behandlingen" (the cue's own negation is still read in its span)
                      r"|\boch (jag|ja|vi) $",
    "polite": r"\b(kan|kunde|skulle) (ni|du)\b|\b(kan|kunde|skulle) (jag|ja)( ocksa| aven| dessutom| nu| da| ocksa garna)? fa\b|\bgar det att\b|\b(jag|ja) vill\b|\bvill (jag|ja)\b",
    # ... or did it themselves: "jag avregistrerade mig förra veckan", "jag avslutade prenumerationen" (and it worked, or you still send: request_done says which)
    "past_request": r"\b(jag (har )?(redan )?(bad|begarde|bett|begart)|(jag|ja) (har )?(redan )?(avregistrerade|avregistrerat|avanmalde|avanmalt|avslutade|avslutat|sade upp|sa upp|sagt upp)"
                     # "jag råkade avregistrera mig": done by mistake, done all the same
                     r"|(jag|ja) (har )?(rakade|rakat) (avregistrera|avanmala|avsluta|saga upp))\b",
    "fragments": {
        "declined_tail": r"(?:(?!\b(men|utan|bara|sa|vanligen|tack)\b)[^,;:.!?\n]){0,80}",
        # Finland-Swedish writes "mej" for "mig" (and "ja" for "jag", "int" for "inte"); Ostrobothnian speech "mä" (folded
        # "ma": "va ni ha om mä", "ring int mä mer")
        "me": r"(mig|mej|ma)",
        "not_list": r"(?![^.!?\n]{0,30}\b(list|lists|listan|listor|listorna|\w+listan|newsletter|mailings?|listalta|postituslist\w*|utskick\w*|nyhetsbrev\w*)\b)",
        "data": (
            r"(\w*konto\w*|\w*uppgift\w*|data|profil(?!er)\w*|allt(ihop|ihopa|sammans)?|information\w*|kundregist\w*|medlemskap\w*|samtalsinspelning\w*|"
            # the history kept of the writer's browsing: "min surfhistorik", "sökhistoriken" (an app's event log is no record of theirs,
            # and a purchase struck from the purchase history puts the record right)
            r"(surf|sok|klick|visnings)historik\w*|"
            # "inspelningen av det samtalet": a recording of the writer's call (a camera's recordings are a product question)
            r"inspelning\w* (av|fran) (\w+ ){0,2}?(\w*samtal\w*|chatt\w*)|"
            # a job applicant's papers: "radera gärna ansökan, CV:t och betygen jag laddade upp"
            r"ansokan|ansokningar(na)?|ansokningshandling\w*|cv(:\w+)?|meritforteckning\w*|betygen|betygskopi\w*|arbetsintyg\w*|"
            # "radera mitt gamla telefonnummer": an old detail of the writer's, deleted
            r"(mitt |min )(gamla |forra |tidigare )?(telefon)?nummer{{not_list}}|(min |mitt )(gamla |forra |tidigare )?(e-?post\w*|mejladress\w*|mailadress\w*|adress\w*){{not_list}})"
        ),
        "marketing_kinds": (
            r"(nyhetsbrev\w*|\w*reklam(?!at|er)\w*|(direkt)?marknadsforing\w*|erbjudand\w*|sms\w*|utskick\w*|prenumeration\w*|mejl\w*|riktad\w*|"
            r"spam\w*|kampanj\w*|annons\w*|katalog\w*|samtal\w*|saljsamtal\w*|forsaljningssamtal\w*|telefonforsaljning\w*)"
        ),
        # who the writer's data would be sold or given to for marketing ("återförsäljare" is a reseller of ours)
        "marketers": r"(\w*marknadsforingspartner\w*|reklampartner\w*|annonspartner\w*|(telefon|tele)?(for)?saljare\w*|forsaljningsbolag\w*|forsaljningsforetag\w*"
                     r"|marknadsforare\w*|marknadsforingsforetag\w*|reklamforetag\w*|telemarketing\w*)",
        "until": r"tills|till dess|forran|innan (ni|vi|man|det|detta|det har|det dar|saken|arendet|tvisten) (har |ar )?(rett|retts|reda|redde|utrett|utretts|lost|losts|lositt|kollat|kontrollerat|undersokt|klarlagt|klart|avgjort|avgjorts)\b|sa lange (som )?((ni|vi|man) \w+ )?(det|detta|arendet|saken|tvisten)|medan ((ni|vi|man) \w+ )?(det|detta|arendet|saken|tvisten)|medan (ni|vi|man) (\w+ )?(kontrollerar|utreder|undersoker|reder ut|kollar|granskar|tar reda pa)\b",
        # another person's detail taken off the writer's account: "ta bort hennes nummer från mitt konto", "radera min pappas
        # e-post från kontot" - the account's details put right, not the writer's data erased
        "others_detail_off": (
            r"\b(ta bort|tar bort|radera|raderar|stryk|stryker|plocka bort|rensa bort) (hans|hennes|deras|((min|mitt|var|vart) )?\w+s)( \w+)? "
            r"(\w*nummer|\w*numret|e-?post\w*|mejl\w*|\w*adress\w*|kontaktuppgift\w*|namn|namnet)\b{{S}}{0,40}?\b(fran|ur|pa) (mitt|min|vart|var|\w*kontot)\b"
        ),
        # a product's name, not the writer's: "Produktnamnet på er sida är fel stavat", "namnet på kameran är felstavat"
        "product_named": r"\b(produkt|artikel|varu|modell)namn\w*|\bnamnet pa (?!(mitt|min|mina|hans|hennes|deras|kontot|fakturan|paketet|adresslappen|kvittot|kundkortet|ordern|bestallningen)\b)\w+(en|et|an|na)\b",
        "no_use": r"(inte|int|ej|slutar?)\b[^.!?\n]{0,40}\b(anvand\w*|behandla\w*|skicka\w* (dem |den |det )?vidare|lamna\w* ut|dela\w*)"
                  # the imperative with its negation after: "använd inte mina uppgifter"
                  r"|\b(anvand|behandla|dela) (inte|int|ej)\b",
    },
    "words": {
        # "paketet lämnades till fel adress": the parcel's delivery went wrong, not the record
        "order_context": r"\b(bestallning\w*|leverans\w*|paket|paketet|paketen|forsandelse\w*|sparning\w*|postombud\w*)\b",
        "record_context": r"\b(kunduppgift\w*|konto\w*|sparad\w*|registrerad\w*|(bestallnings|kop|order)historik\w*|kundregist\w*|registret|databas\w*|profil\w*)\b"
                          # "uppgifterna som kopplats till mitt namn": what is held under the writer's name
                          r"|\bkoppla(de|ts|d|t) till (mitt|min|mina) (namn|person\w*|e-?post\w*)\b"
                          # a detail wrong in the shop's own record, or on every parcel: "mitt telefonnummer är fel hos er",
                          # "era paket har kommit med gatunamnet X", "alla paket kommer med fel postnummer", "varje gång jag beställer"
                          r"|\b(ar|star) (fel|felaktig\w*|felstavat|fel stavat) hos er\b"
                          r"|\b(alla|era) (paket|leveranser|forsandelser) (har |har alltid |alltid )?(kommer|kommit|kom)\b"
                          r"|\b(varje|varenda) gang (jag|vi) (bestaller|handlar|koper)\b",
        "article_words": r"artikel\w*",
        # "reklamation", "reklamera": a complaint about goods, no advertising
        # ... "jag har inget emot nyhetsbrevet": the newsletter kept, named as no purpose objected to
        "marketing": r"(?<!inget emot )(?<!inget emot era )(?<!inget emot ert )(?<!ingenting emot )"
                     r"(reklam(?!at|er)|marknadsforing|nyhetsbrev(?!\w* (har|ar) (jag|ja|vi) (inget|ingenting) emot)|riktad|sms|prenumeration)",
        # ... or sales calls told as a story: "det ringer någon från er och erbjuder nya kameror", "ni ringer och säljer abonnemang"
        # (an offered time for the installer is no sale)
        "offers": r"\berbjudand\w*|\bspam\w*|\bsaljsamtal\w*|\btelefonforsalj\w*"
                  r"|\b(ringer|ringde|ringt)\b[^.!?\n]{0,60}\b(erbjuder|erbjod|erbjuda|saljer|salja|forsoker salja|forsokte salja)\b(?! (en |ny |nya |annan |nagon )?(tid|tider)\b)",
        "non_marketing": r"analys|statistik|kopbeteende|kophistorik|berattigat intresse|kundsegment|riskbedom|kreditbedom|kreditprov|bedrageri|poangsatt",
        "marketing_purpose": r"\b(for|i) marknadsforing(ssyfte|sandamal)?\b|\bmarknadsforingssyfte\b|\bfor reklam\b",
        "profiling_methods": r"\banalys\w*|\bprofilering av|\bkopbeteende|\bsegment\w*",
        "marketing_tracking": (
            # "spåra" and "mäta" in the infinitive too ("sluta spåra vilka länkar jag klickar på")
            r"\b(spar(a|ar|as|ning)\w*|mat(a|er|s)|registrer\w*|folj\w*)\W+(\w+\W+){0,4}?(oppn\w*|klick\w*)"
            r"|\b(oppning\w*|klick\w*)\W+(\w+\W+){0,4}?(spar(ar|as)\w*|mats|foljs)|\bsparningspixl\w*|\bsparade lankar\b"
        ),
        "marketing_cookies": r"\b(marknadsforings|reklam|annons)\w*[- ]?(cookie\w*|kakor\w*)",
        "consent_word": r"\b(\w*samtyck\w*|tillstand\w*)",
        "consent_given": r"\b(godkande|accepterade|tillat|sa ja|tackade ja)\b[^.!?\n]{0,40}\b(kakor(na)?|sparning|cookie\w*)"
                          r"|\b(kryssade|bockade|klickade) (i )?(rutan|en ruta|boxen)\b",
        "consent_not_marketing": r"\bkak(a|or)\b|cookie",
        # contact for surveys or interviews (SCHEMA: not marketing): "kundnöjdhetsenkät", "ni får inte kontakta mig för enkäter"
        "survey_contact": r"\b(\w*enkat\w*|(kund|marknads)undersokning\w*|kundnojdhet\w*|kundpanel\w*|\w*intervju\w*)",
        "withdraw_pronoun": (
            r"\baterkall\w*( jag)?( harmed| nu)? (det|den|dem|detta|denna)\b"
            # "nu tar ja tillbaka de": Finland-Swedish "ja" for "jag", "de" for "det" (a "de" before a noun is a determiner)
            r"|\b(drar|tar)( (jag|ja|vi))?( harmed| nu)? (tillbaka|in) (det|den|dem|detta|denna|de(?! \w))\b"
            r"|\b(drar|tar)( jag)?( harmed| nu)? (det|den|dem|detta|denna) tillbaka\b"
            r"|\b(det|den|detta) (aterkallar|drar|tar) (jag )?(harmed )?(tillbaka|in)\b"
        ),
        "consent_for_mail": r"\b(mejl(en|et|a)?|e-?postutskick\w*|utskick\w*|erbjudand\w*|sms)\b",
        "consent_pointed_back": r"\b(det|detta|den|denna|de) (samtycke\w*|godkannande\w*|tillstand\w*|medgivande\w*)",
        "not_this_but": r"\b(i stallet for|istallet for|inte for)\b",
        # ... "radera gärna inspelningen också", "ta bort inspelningarna": the recordings of the writer's calls named before
        "erase_pronoun": r"\b(radera|ta bort|rensa|stryk)\w* (just |precis |garna |ocksa |aven |da |nu )?(dem|det|den|allt|((den|denna|de|dessa) )?inspelning(en|arna))\b"
                         # the pronoun put first, the verb last: "dem vill jag att ni raderar", "det (kontot) kan ni radera helt"
                         r"|\b(det|den|dem|dom|dessa|detta)( \w+)? (vill (jag|ja|vi) att (ni|du) (raderar|tar bort|stryker|rensar bort|plockar bort)"
                         r"|(kan|far|ska|bor|maste) (ni|du) (garna |galla |ocksa |aven |nu |da )?(radera|ta bort|stryka|rensa bort|plocka bort))\b"
                         # ... and the wish in the passive: "vill att den raderas", "begär att det tas bort"
                         r"|\b(vill|begar|ber|onskar|kraver) (jag |ja |vi )?(ha|att) (just |precis )?(det|den|dem|dom|allt|allting|(den|denna) inspelningen)( \w+)? (borta|bort|raderat|raderade|raderad|raderas|tas bort)\b",
        # ... or the writer's call, said to be recorded ("samtalet spelades in", "om samtalet fick spelas in", "ni spelade in mitt
        # samtal"), or a recording the writer consented to ("mitt samtycke till inspelningen"): a camera's recording needs no consent
        # ... or an old detail of the writer's ("ni har min gamla adress kvar ... Dem vill jag att ni raderar")
        "data_named": r"\b(\w*uppgift\w*|konto\w*|profil\w*|data|information\w*|(sparat|lagrat|registrerat|har|vet) om (mig|mej)"
                      r"|(min|mitt|mina) (gamla|forra|tidigare) (\w+ )?(\w*adress\w*|\w*nummer|e-?post\w*)"
                      r"|\w*samtal\w*\b[^.!?\n]{0,40}\bspela(des|ts|t|s) in|spela(de|t) in (\w+ ){0,2}samtal\w*"
                      r"|\w*samtyck\w*\b[^.!?\n]{0,30}\binspelning\w*)\b",
        # an old detail of the writer's named: "min gamla adress", "mitt tidigare nummer" (erased as "dem", not corrected)
        "old_detail": r"\b(min|mitt|mina|den|det|de) (gamla|forra|tidigare) (\w+ )?(\w*adress\w*|\w*nummer|\w*numret|e-?post\w*|mejladress\w*)\b",
        "pronoun_not_data": r"\b(bestallning\w*|varukorg\w*|paket\w*|recension\w*|(ar|var) (inte|int|ej) (min|mitt|mina)|(inte|int|ej) (ar|var) (min|mitt|mina))\b",
        "correct_pronoun": r"\b(ratta|korrigera|uppdatera|andra)\b( till)? (den|det|dem|detta|dessa)\b",
        "stop_pronoun": (
            r"^\W*(sa |alltsa )?(inga fler|inte mer|ingen mer)\b\W*(tack)?\W*$"
            r"|\b(sluta|stoppa|upphor)\w* (med )?(det|dem|detta|dessa)\b"
            r"|\bse till att (det|de|dom|inget|inga)\b{{S}}{0,15}\b(inte |aldrig )?(kommer|skickas)\b"
            r"|\b(jag|ja) vill inte (ha |fa )?(dessa|dem|dom|detta|det) (langre|mer|alls)\b"
            # the object put first: "dem vill jag inte ha alls", "den vill jag inte ha"
            r"|\b(dem|dom|de|dessa|den|det|detta|sadant|sant) (vill|ska) (jag|ja|vi) (for ovrigt |dessutom |egentligen |heller )?(inte|int|aldrig)( alls| langre| heller| mer| mera){0,2} (ha|fa)\b"
            # ... or for the one spoken for: "Sådant vill vi inte att hon får alls"
            r"|\b(dem|dom|dessa|det|detta|sadant|sant) (vill|ska) (jag|ja|vi) (inte|int|aldrig) att (hon|han|de|dom|mamma|pappa) (ska )?(far|fa|ska fa)\b"
            # "Vi vill att det upphör": the mailings named before are to end
            r"|\b(vill|onskar|begar) (att )?(det|detta|de|dom|dessa) (upphor|slutar|tar slut)\b"
            # "ja vill int ha nå mera såna här brev": the mail answered, refused by its kind
            r"|\b(vill|ska) (jag |ja |vi )?(inte|int|aldrig) (ha|fa) ((na|nan|nagra|nagon|nat) )?(fler|mer|mera) (sadana|sana|sant|sadant|dessa|de)( har| dar)? (brev|mejl|mail|e-?brev|utskick|meddelanden|sms)\b"
        ),
        # ... or "mina" for the data named before ("Ni skriver att jag får se uppgifterna ni har. Jag vill se mina.")
        "copy_pronoun": r"\b(kopia|kopior|utdrag|lista) (av|pa|over) (dem|det|dessa|detta|dom)\b"
                        r"|\b(se|fa se|fa|ta del av|kontrollera|granska|begar|begara) (mina|mina egna)\b(?! (?!(da|nu|tack|ocksa|ocksa|garna|sjalv)\b)\w)",
        "picture_of_me": r"\b(bild\w*|foto\w*) (av|pa) ({{me}}|mitt|vart|oss)\b|\b(min|mitt) (bild|foto)\b",
        "take_down_pronoun": r"\b(ta bort|ta ner|radera) (den|det|dem)\b",
        # "Ta bort mig från alltihop" after the mailings named, or under our newsletter: off them all (mapping.py)
        "off_everything": r"\b(ta bort|tar bort|stryk|plocka bort|avregistrera) {{me}} (fran|ur) (allt|alltihop|alltihopa|alltsammans|allting|alla)\b",
        "bare_stop": (
            r"^\W*(sluta|stoppa|stopp|avregistrera {{me}}|avsluta|ta bort {{me}}|inga fler|nej tack)"
            r"( (nu|genast|tack|direkt))*\W*$"
        ),
        "request_done": (
            r"\b(ni (gjorde|har gjort|raderade|tog bort|rattade) (det|dem)|(det|de|dom) (ar|blev|har blivit) (gjort|gjorda|raderade|"
            r"borttagna|rattade)|tack for det|det (fungerade|funkade|gick bra|gick igenom|har (fungerat|funkat))|det (fungerar|funkar) (fint|bra|utmarkt)"
            # an unsubscribe made by mistake ("råkade avregistrera mig", "av misstag") happened: nothing left to stop
            r"|(rakade|rakat) (avregistrera|avanmala|avsluta|saga upp)|(avregistrerade|avanmalde|avslutade|sa upp) (mig |mej )?av misstag)\b"
        ),
        "thanked_for": r"\btack (for att (ni|du) (raderade|tog bort|rattade|stangde|skickade|uppdaterade)|for (raderingen|rattelsen|kopian))\b"
                       # "jag fick igår bekräftelsen på att mitt konto är raderat": done, and told so
                       r"|\b(?<!inte )(?<!aldrig )(fick|har fatt|fatt)( \w+){0,2}? (en )?bekraftelse(n)?( \w+)? (pa|om) att\b",
        "shown_by_consent": r"\brecension\w*|\bomdome\w*|\bprodukt(betyg|omdome)\w*",
        "stored_card": r"\bkortuppgift\w*|\b(sparade?|lagrade?) (bank|betal|kredit)?kort\w*|\b(mitt|sitt) (bank|betal|kredit)?kort(et|nummer|numret)?\b|\bbetalkort\w*|\bbankkort\w*",
        "other_account": r"\b((det|mitt) andra konto(t)?|ett annat konto|ett konto till|ett till konto|ytterligare (ett )?konto|ett (extra|andra|gammalt|aldre) konto|det kontot|den profilen|(den|min) andra (e-?post\w*|adress\w*|profil\w*)|den (e-?postadressen|adressen))\b"
                         # "jag skapade också ett konto med min gamla jobbadress": ett andra konto, berättat
                         r"|\b(ocksa|aven)\b{{S}}{0,20}\b(skapade|gjorde|oppnade|registrerade|har|hade) (ett|ytterligare ett) konto\b"
                         r"|\bett konto\b{{S}}{0,30}\b(med|under|pa) (min|mitt) (gamla|andra|tidigare|forra|aldre)\b",
        "we_wrote": (
            r"\b(jag |ja )?(fick|har fatt|fatt) (ett|en) (mejl|mail|e-?brev|brev|meddelande|sms)\b[^.!?\n]{0,15}\bfran er\b"
            r"|\bni (skrev|meddelade|berattade|varnade)\b"
            # "det ni skickade var bara en lista över mina beställningar": what our answer held, described
            r"|\bdet (som )?ni (skickade|skickat|har skickat|gav|mejlade|mailade)( mig| mej| oss)? (var|ar|innehaller|inneholl)( bara| endast| enbart)?\b"
            # our policy or site, reported or quoted ('i er integritetspolicy står det "..."'): its rights are ours
            # ... also in a compound: "i er dataskyddspolicy står det", "er sekretesspolicy säger"
            r"|\b(er|era|ert|i er|i era|i ert) \w*(integritet|dataskydd|policy|villkor|webbplats|hemsida|sajt)\w*\b{{S}}{0,10}\b(star det|sags det|sager|skriver|lovar)\b"
            # "jag läste i er integritetspolicy att man kan begära radering": the policy read and reported
            r"|\b(jag |ja )?(laste|las|har last|sag|ser|hittade|noterade)\b{{S}}{0,10}\b(i|pa) (er|era|ert) \w*(integritet|dataskydd|policy|villkor|webbplats|hemsida|sajt)\w*\b"
        ),
        # ... and "glöm inte att radera": a reminder, the negation cancels the retraction, not the command
        "not_only": r"\binte (bara|enbart|endast)\b|\bglom (inte|int|aldrig) (att )?",
        # an erasure or other request taken back: "glöm min begäran om att radera kontot", "låt bli att radera mitt konto"
        "negated_wish": r"\b(glom|strunta i|lat bli|lata bli|later bli|skippa)\b",
        # ... until the main clause after it starts, verb first: "Innan ni raderar något vill jag ha en kopia av allt" asks the copy
        "condition_clause": r"\b(tills|innan|till dess|sa snart)\b(?![^,;:.!?\n]{0,40}\b(vill|onskar|ber|begar|kraver) (jag|ja|vi)\b)",
        # Swedish puts the negation of an imperative after its pronoun object: "Radera dem inte ännu."
        "negation_after": r" (inte|ej)\b(?! (bara|enbart|endast|senare|efter|minst|mer)\b)",
        # the policy's list of rights known ("har jag rätt till rättelse, radering, dataportabilitet och ..."): named, not asked
        # "där det står att man har rätt till insyn, rättelse, radering ...": the word order of a clause too
        # ... its items also told as "rätt att se sina uppgifter": "man har rätt till radering, rätt att se sina uppgifter osv."
        "rights_listed": r"\b(har (jag|ja|man|kunden|du|vi)|(man|kunden|den registrerade) har) ratt till \w+( \w+)?, (ratt (att|till) )?\w+( \w+){0,3}?(,| och| samt| osv\b| etc\b)[^.!?\n;:]*",
        "declined": (
            # the right's name put first and declined: "Radering ber jag inte om ännu", "Radering begär jag inte"
            r"^\W*(\w+ )?\w*(radering|rattelse|portabilitet|begransning|registerutdrag|kopia|invandning)\w* (ber|begar|kraver) (jag|ja|vi) (inte|int|ej)\b( om)?( (an|annu|nu|just nu|heller))?"
            r"|"
            # "jag vet att jag har rätt att få mina uppgifter raderade, men det vill jag inte": a right known and declined
            r"\b(jag|ja|vi) (\w+ ){0,4}?(skulle kunna|kan|kunde|har ratt (att|till)|hade ratt (att|till))\b{{S}}{0,120}\bmen ((jag|ja|vi) (tanker inte|vill inte|gor det inte|kommer inte)\b"
            # "men det tänker jag inte göra", "men inget av det är aktuellt"
            r"|(det|dat|detta) (tanker|vill|kommer|gor) (jag|ja|vi) inte\b|(det|detta) (behovs|kravs) (inte|ej)\b|(den|det|dem|dom|nagon|en sadan) behover (jag|ja|vi) (inte|int|ej)\b|(jag|ja|vi) behover (den|det|dem|dom|nagon) (inte|int|ej)\b|(jag|ja|vi) behover (ingen|inte nagon)\b|(inget|ingetdera|ingenting) av (det|detta|dem) (ar|blir) aktuellt\b"
            # "men det är inte det jag är ute efter nu", "men det är inte vad jag vill"
            r"|(det|detta|dat) ar (inte|int|ej) (det|vad) (jag|ja|vi) (ar ute efter|vill|begar|ber om|soker|behover)\b"
            # "men det är inte aktuellt nu"
            r"|(det|detta|dat|den) ar (inte|int|ej) aktuell\w*\b"
            # "men jag vill hellre veta hur det fungerar innan jag blir kund", "men jag vill först förstå hur ni gör": a question first
            r"|(jag|ja|vi) vill (hellre|forst|bara|helst) (veta|forsta|fraga)\b){{declined_tail}}"
            # "Längre fram vill jag nog att allt raderas, men inte nu": put off, not asked (the whole sentence)
            r"|^{{S}}*\b(langre fram|senare|sakert|kanske|sa smaningom|i framtiden|nagon gang)\b{{S}}{0,80},? men inte (nu|an|annu|just nu)\W*$"
            # "jag hade egentligen tänkt be er radera allt, men gör inte det ännu": meant, then held off
            r"|\b(jag|ja|vi) (hade|har) (egentligen |forst |nog )?(tankt|planerat|funderat pa att|velat)\b{{S}}{0,100}\bmen "
            r"(gor (inte|int) (det|detta)|gor (det|detta) (inte|int)|vanta med (det|detta)|inte (nu|an|annu|just nu))"
            # "Jag förbehåller mig rätten att senare återkomma med en begäran om rättelse", "jag kan komma att begära radering
            # senare": kept for later, not asked
            r"|\b(jag|ja|vi) forbehaller (mig|mej|oss) (ratten|mojligheten) att\b(?:(?!\b(men|och (harmed|nu|dessutom|da))\b)[^;:.!?\n]){0,160}"
            r"|\b(jag|ja|vi) kan komma att (begara|be om|krava|aterkomma)\b{{declined_tail}}"
            # "Jag vet att jag också kan begära radering, och det kan jag göra senare, men just nu begär jag bara tillgång": a right
            # known and put off, the one asked named after "men ... bara"
            r"|\b(jag|ja|vi) (\w+ ){0,4}?(vet|forstar|ar medveten om|kan|kunde|skulle kunna|har ratt)\b(?:(?!\b(sa|darfor|tack)\b)[^.!?\n]){0,120}?"
            r"\b(ocksa|aven|senare|langre fram|i framtiden|sa smaningom|nagon gang)\b(?:(?!\b(sa|darfor)\b)[^.!?\n]){0,80}?\bmen\b,?"
            r"( (just nu|nu|for tillfallet|i nulaget|tills vidare|i dag|idag|i det har skedet),?)? ((jag|ja|vi) )?(begar|ber om|ber|vill|onskar|efterfragar|fragar efter)"
            r"( (jag|ja|vi))? (bara|endast|enbart|enkom)\b"
        ),
        # "Jag ser att jag har rätt att begära att ni raderar mina uppgifter. Det vill jag inte, ...": a right known, declined
        # by the sentence after
        "form_sender": r"^(e-?post|e-?postadress|din e-?post)$",
        "declined_next": (
            r"\b(jag|ja|vi) (\w+ ){0,4}?(kan|kunde|skulle kunna|far|har ratt (att|till)|hade ratt (att|till))\b[^|]{0,160}\|\| (men )?"
            r"(det|detta|dat|den) (vill|tanker|kommer|gor|behover) (jag|ja|vi) (inte|int|ej)( (gora|gora det|heller|nu|just nu|an|annu))?(?=\s*([.,!;]|$))"
        ),
        # "Om pengarna inte kommer på fredag kommer jag att begära att ni raderar allt": a right held over the shop
        # under a condition is announced, not asked; a person reads it ("..., och då kommer jag också att kräva ...")
        "threatened": (
            r"((\b(om|annars)\b|^\W*(hander|sker|fortsatter|upprepas|kommer|far|skickar|ringer|gor|blir)\b (det|detta|ni|du|samma sak|sant har|(nagot|nat|nanting) (liknande|sadant|sant))\b)"
            r"{{S}}{0,80}\b((kommer|ska|tanker) (jag|ja|vi) (ocksa |aven |dessutom |da )?(att )?(begara|be|krava)|sa (begar|kraver|ber) (jag|ja|vi))|\bannars (begar|kraver) (jag|ja|vi))\b{{declined_tail}}"
        ),
        # "Om jag raderar mitt konto, förlorar jag garantin?": the writer's own act in a condition ("om jag kan få" asks)
        "own_act_if": (
            r"\bom (jag|ja|vi) (?!(kan|kunde|far|skulle|vill|ville)\b)(\w+ ){0,3}?(raderar|raderade|tar bort|tog bort|avslutar|avslutade|"
            r"stanger|stangde|sager upp|sa upp|avregistrerar|avregistrerade|aterkallar|aterkallade|ber|bad|begar|begarde)\b[^,;:.!?\n]{0,80}"
        ),
        # "Radera mitt konto, men innan dess: vilka uppgifter har ni?": a clause opening so is a question (rights_asked)
        "question_opening": (r"(hur|vad|vilka|vilken|vilket|varfor|nar|var|varifran|vem|vems|om|ifall|eller|ar|kan|kunde|ska|skall|"
                             r"skulle|bor|borde|far|maste|har|hade|blir|gor|gjorde|kommer|finns)\b"),
        "break_after_comma": r"(men|och (dessutom|aven|sa|sen)|dessutom|plus)\b",
        "attachment_pointer": r"\bbifoga\w*|\bbilaga\w*|\bse bifogad\w*|\bi bilagan\b",
        "first_person": r"\b(jag|ja|mig|mej|min|mitt|mina|vi|oss|var|vart|vara)\b",
        # ... "jag behöver inget just nu, men blev nyfiken": a general question
        "only_asking": r"\b(jag|ja) behover (inget|ingenting|inte nagot|inte nat)( (just )?nu)?\b|\b(blev|ar) bara nyfiken\b|\b(blev|ar) nyfiken\b(?! pa (vad|vilka|vilken|vilket)\b)|\b(jag|ja) (undrar|fragar) bara\b|\brent allmant\b|\b(jag|ja) (ska|tanker|kommer) inte (att )?begara (nagot|nanting|nat|nagonting)\b|\b(jag|ja) vill bara forsta\b{{S}}{0,20}\binnan (jag|vi) (bestaller|koper|handlar|registrerar)\b|\bbara (nyfiken|undrar|en fraga)\b|\bi allmanhet\b|\bjag begar (inget|ingenting)\b|\b(ingen|inte (en|nagon)) begaran\b(?! (om|av|att|for)\b)|\bbara (lite )?(feedback|synpunkter|en synpunkt|en kommentar)\b|\b(nagon\s+sadan|ingen\s+sadan|ingen)\s+begaran\s+(framstalls|gors|stalls)\s+(inte\s+)?(i|med)\s+(detta|det\s+har)\s+(brev|mejl|meddelande)\w*",
        "privacy_strong": r"\b(personuppgift\w*|dataskydd\w*|dataskyddsforordning\w*)",
        "privacy_topic": (
            r"\b((mina|min|mitt|hennes|hans) (person)?(uppgift\w*|data|information|konto|profil)|uppgifter(na)? om {{me}}|"
            r"\w*samtyck\w*|\w*nyhetsbrev\w*|marknadsforing\w*|(kund)?registr(et|en)|kundregister\w*|(ert|era) register|utskick\w*)"
        ),
        "about_me": r"\bom {{me}}\b",
        "privacy_have": r"\b(har|ha|vet|sparat|lagrat)\b",
        "privacy_action": (
            r"\b(rader\w*|ta bort|tas bort|ratta\w*|andra\w*|uppdater\w*|slut\w*|anvand\w*|dela\w*|salj\w*|sald\w*|spar\w*|"
            r"lagr\w*|behandl\w*|se|aterkall\w*|frys\w*|fel|felaktig\w*|inaktuell\w*|kopia|kopior)\b"
        ),
        "own_detail": (
            r"\b(mitt|min|mina|gamla|nya) (\w+ )?(telefonnummer\w*|nummer\w*|mobilnummer\w*|e-?post\w*|mejl\w*|adress\w*|"
            r"efternamn\w*|namn\w*)\b"
        ),
        "detail_change": r"\b(andra\w*|andrad\w*|byt\w*|uppdater\w*|ratta\w*|fel|felaktig\w*|inte langre|flytta\w*|gamla)\b",
        "detail_held": r"\b(konto\w*|profil\w*|listan|listor\w*|system\w*|register\w*|fortfarande|annu|fortsatt)\b",
        "kept_about_me": (
            r"\b(anteckning\w* (om {{me}}|i mitt|pa mitt|i min|pa min)|(mina|vara) (chattar|meddelanden|samtal)|samtalsinspelning\w*|"
            r"(samtal\w*|chatt\w*)\b[^.!?\n]{0,60}\binspelning\w*|inspelning\w*\b[^.!?\n]{0,60}\b(samtal\w*|chatt\w*))\b"
        ),
        "kept_action": r"\b(anvand\w*|dela\w*|overfor\w*|skicka\w*|fa|kopia\w*|lyssna\w*|trana\w*)\b",
        "ai_training": r"\b(traningsdata\w*|(ai|ki) trana\w*|trana (\w+ )?(ai|ki)\w*)\b",
        "dont_keep": (
            r"\b((vill|onskar) (inte|ej),? att ni (har|sparar|behaller|anvander|lagrar)|"
            r"(ta|plocka) bort (mitt|min|mina) (\w+ )?(nummer|mejl|e-?post\w*|adress|namn|uppgifter) (fran|ur) (er|era|ert))\b"
        ),
        "death": r"\b(avled|avlidit|avliden|avlidne|dog i|har dott|dodsbo\w*)\b",
        "death_action": (
            r"\b(konto\w*|uppgift\w*|nyhetsbrev\w*|reklam\w*|utskick\w*|ta bort|radera\w*|avsluta\w*|stang\w*|sluta\w*)\b"
        ),
        "held_on_someone": r"\b((uppgifter|information) (ni )?har om (henne|honom|oss))\b",
    },
    "right_names": {
        "erasure": r"\bradering\w*|\bbli glomd\b|\bglom {{me}}\b",
        "access": r"\bregisterutdrag\w*|\bratt till tillgang\b",
        "rectification": r"\badressandring\w*|\bnamnbyte\b|\brattelse\w*",
        "portability": r"\bdataportabilitet\w*|\boverforbarhet\w*",
    },
    "cues": (
        # --- erasure ---
        {"right": "erasure", "name": "mig-ur-registret",
         # ... or of the one spoken for: "ni tar bort hans telefonnummer ur ert register"
         "pattern": r"\b(radera|ta bort|tar bort|stryk|plocka bort|plockar bort|avregistrera)\w*\b{{S}}{0,12}\b({{me}}|mitt \w+|min \w+|mina \w+|(hans|hennes) \w+|honom|henne)\b{{S}}{0,30}"
                    r"\b(ur|fran) ((era|ert|er|alla) )?(\w*regist\w*|system\w*|databas\w*)"},
        {"right": "erasure", "name": "radera-konto",
         # ("ni kan avsluta ärendet, allt är i sin ordning": the case closed, nothing erased)
         # ... the wish to have it gone, also with the subject after the verb: "nu vill ja ha bort allt ni ha om mä"
         "pattern": r"\b(radera|raderar|raderas|ta bort|tar bort|(vill|ville|onskar|vilja)( (jag|ja|vi))?( (nu|darfor|garna|helst))? ha bort|avsluta(?!\w* (arende\w*|begaran\w*|samtal\w*|diskussion\w*)\b)|stang(?!\w* av\b)|makulera|rensa|stryk|plocka bort|anonymisera)\w*\b{{S}}{0,40}?\b{{data}}\b",
         "unless": r"{{others_detail_off}}"},
        # A picture of the writer or their home that we published, asked taken down: "ta bort bilden".
        {"right": "erasure", "name": "ta-bort-bilden", "yields_to": "consent_withdrawal",
         "pattern": r"\b(ta bort|tar bort|radera|raderar|plocka bort|plockar bort|ta ner|tar ner)\b (bilden|bilderna|fotot|fotona|fotografiet|fotografierna)\b"
                    # the wish in the passive: "jag vill att bilden tas bort"
                    r"|\b(bilden|bilderna|fotot|fotona|fotografiet|fotografierna)\b{{S}}{0,20}\b(tas bort|tas ner|raderas|plockas bort)\b"},
        # the object put first, the verb last: "den inspelning som redan finns av mitt samtal ... vill jag att ni raderar"
        {"right": "erasure", "name": "objektet-forst",
         "pattern": r"\b(\w*inspelning\w*|\w*uppgift\w*|\w*konto\w*|profil\w*|data|information\w*|bild\w*|foto\w*|ansokan|cv(:\w+)?)\b"
                    r"{{S}}{0,120}?\bvill (jag|ja) (att (ni|du) (raderar|tar bort|stryker|rensar bort|tar ner|plockar bort)|ha (\w+ )?(raderad|raderat|raderade|borttagen|borttaget|borttagna))\b",
         "needs": r"vill (jag|ja) "},
        {"right": "erasure", "name": "konto-raderas",
         "pattern": r"\b{{data}}\b{{S}}{0,30}?\b(raderas|tas bort|raderade|raderat|borttagna|borttaget|makuleras)\b"
                    # ... the data named by what the shop did with it: "de analysuppgifter som ni redan har samlat om mig raderas"
                    r"|\ballt (som|det som) (hor ihop med|hor till|ror|galler|ar kopplat till|kopplas till)\b{{S}}{0,40}?\b(raderas|raderat)\b"
                    r"|\b{{data}} (som|vilka) ni (?:(?!(innan|tills|nar|efter|men|och|om de|om den|om det)\b)\w+ ){0,6}?(raderas|tas bort|makuleras)\b",
         "needs": r"rader|tas bort|borttag|makuler",
         # what a restriction keeps from happening: "så att uppgifterna varken ändras, raderas eller lämnas ut"
         "unless": r"\b(varken|vare sig)\b[^.!?\n]{0,40}\b(raderas|tas bort|makuleras)\b"},
        # "jag vill inte längre finnas i ert register": the negation is the request itself; a mailing
        # list as the place is a marketing ban instead.
        {"right": "erasure", "name": "inte-finnas-i-registret",
         "pattern": r"\b(vill|onskar)( absolut)? (inte|ej)( langre| langer| mer| lanre)?\b{{S}}{0,15}\b(finnas|vara|sta|forekomma|ligga|registrerad|"
                    r"sparad|lagrad)\b{{S}}{0,15}\b(i|pa|hos) (ert|era|er|erat|ert kund\w*|kund\w*|registret|systemet|databasen)\b"
                    r"|\b(vill|onskar)( absolut)? (inte|ej|int)\b{{S}}{0,15}\batt ni\b{{S}}{0,10}\b(sparar|har kvar|behaller|lagrar|haller|forvarar|"
                    r"sparar kvar)\b{{S}}{0,20}\b(mina|min|mitt|nagra|nagon|nagot)\b"
                    r"|\b(sluta|slutar)\b{{S}}{0,10}\b(spara|lagra|behalla|forvara)\b{{S}}{0,10}\b(mina|min|mitt)\b"
                    r"|\bvill (bli|vara) (borttagen|borttagna|raderad|raderade|struken|glomd|avregistrerad)\b",
         "negatable": False,
         "unless": r"\b(utskick\w*|nyhetsbrev\w*|e-?postlist\w*|mejllist\w*|sms-list\w*|marknadsforing\w*|\w*undersokning\w*|enkat\w*)",
         "needs": r"vill|onskar|slut"},
        # --- access ---
        {"right": "access", "name": "ta-del-av",
         "pattern": r"\b(ta|fa) del av\b{{S}}{0,40}\b\w*uppgift\w*"},
        {"right": "access", "name": "vilka-uppgifter",
         "pattern": r"\b(vilka|vad for|va for|vad|va)\b{{S}}{0,10}\b\w*uppgift\w*\b{{S}}{0,30}\b(ni|om {{me}}|pa {{me}}|registrerad\w* (pa|om) ({{me}}|henne|honom))\b",
         "in_question": True,
         # "har man rätt att få se vilka uppgifter ni har sparat?": the impersonal "man" asks about the right in
         # general, unless the writer's own data is named ("kan man få se vilka uppgifter ni har om mig")
         "unless": r"^(?![^\n]*\b(om {{me}}|pa {{me}}|mina|mitt|min|jag|ja)\b)[^\n]*\b(har|kan|far|brukar) man\b"},
        {"right": "access", "name": "kopia",
         "pattern": r"\bkopia (av|pa)\b{{S}}{0,30}\b(\w*uppgift\w*|data|allt|all information|all info\b|informationen)"
                    # what is held on the writer, also in Ostrobothnian speech: "en kopia på va ni ha om mej"
                    r"|\bkopia (av|pa)\b{{S}}{0,20}\b(det|vad|va|allt|allting)\b (som )?(ni (har|ha|haller|sparar|lagrar)|finns)\b{{S}}{0,25}\b(om|pa) {{me}}\b"},
        # "skicka mig (gärna) de (övriga) uppgifter ni har om mig", also beside something else sent ("kvittot och all information ...")
        {"right": "access", "name": "skicka-det-ni-har-om-mig",
         "pattern": r"\b(skicka|sand|mejla|maila)\b{{S}}{0,60}\b(\w*uppgift\w*|information\w*|data|allt)\b (som )?ni (har|haller|sparar|lagrar|behandlar|har sparat|har lagrat|har samlat( in)?|samlat( in)?|har registrerat) (om|pa) {{me}}\b",
         "yields_to": "portability"},
        {"right": "access", "name": "fa-se",
         "pattern": r"\b(fa se|fa ut|begar ut|begara ut|se)\b(?! till\b){{S}}{0,20}\b(mina|alla)\b{{S}}{0,15}\b\w*uppgift\w*",
         "yields_to": "portability"},
        {"right": "access", "name": "vad-vet-ni",
         "pattern": r"\b(vad|va) (vet|har) ni( egentligen| nu| redan| alls| faktiskt)? (for \w+ )?(om|pa) {{me}}\b",
         "in_question": True},
        {"right": "access", "name": "var-har-ni-fatt",
         "pattern": r"\b(var|varifran|hur)\b{{S}}{0,12}\bni\b{{S}}{0,10}\b(fatt|fick|hamtat|hamtade|tagit|tog|kopt|kopte|samlat)\b{{S}}{0,15}"
                    r"\b(min|mina|mitt)\b",
         "in_question": True},
        {"right": "access", "name": "vad-ni-har-sparat",
         "pattern": r"\b(vad|va|vilka|vilken|vilket)\b{{S}}{0,40}\b(sparat|lagrat|registrerat|har|ha|vet|haller|sparar|lagrar|behandlar)\b{{S}}{0,25}"
                    r"\b(om|pa) {{me}}\b"
                    # the one the writer speaks for: "vad ni har för uppgifter om honom", the data named
                    r"|\b(vad|va|vilka)\b{{S}}{0,10}\bni\b{{S}}{0,10}\b(har|haller|sparar|lagrar)\b{{S}}{0,15}\b(\w*uppgift\w*|information\w*)\b{{S}}{0,10}\b(om|pa) (honom|henne)\b"
                    # ... and in the inverted question, the verb before "ni": "Vad har ni för uppgifter om henne?", "Vad har ni sparat
                    # för information om honom?"
                    r"|\b(vad|va|vilka)\b (har|ha|haller|sparar|lagrar) ni\b{{S}}{0,25}\b(\w*uppgift\w*|information\w*)\b{{S}}{0,10}\b(om|pa) (honom|henne)\b"
                    # ... or by a verb of keeping: "vad ni egentligen har sparat om honom" (what was thought of him is no record)
                    r"|\b(vad|va|vilka)\b{{S}}{0,10}\bni\b{{S}}{0,20}\b(sparat|lagrat|registrerat|samlat in|samlat)\b{{S}}{0,10}\b(om|pa) (honom|henne)\b"
                    # "skicka mig allt ni har sparat om mig": everything held, sent or shown
                    r"|\b(skicka|visa|ge|lamna|mejla|maila|fa se|fa ta del av)\w*\b{{S}}{0,10}\b(allt|allting)\b{{S}}{0,15}\b(sparat|lagrat|registrerat|har|vet)\b{{S}}{0,15}\b(om|pa) {{me}}\b"
                    # ("vilka marknadsföringspartner ni har lämnat ut min e-postadress till": the recipients named by a long noun, up to
                    # four words; in a followup, "vilka är de partner som ni har lämnat ut ..." chases the answer to the case's access)
                    r"|\b(vilka|vem|vilket|vilken) ((\w+ ){0,4}?ni\b|{{S}}{0,20}\bni\b){{S}}{0,10}\b(gett|gav|lamnat ut|lamnade ut|delat|delade|salt|salde|skickat|skickade)\b{{S}}{0,10}"
                    r"\b(mina|min|mitt)\b"
                    # the recipients asked from their side: "vilka företag som har fått mina uppgifter"
                    r"|\b(vilka|vem|vilket|vilken)\b{{S}}{0,25}\b(har fatt|fick|fatt|har tagit emot|tog emot|har kopt|kopte)\b{{S}}{0,10}"
                    r"\b(mina|min|mitt) (\w+ )?(\w*uppgift\w*|data|e-?post\w*|\w*adress\w*|\w*nummer|namn|kundregister\w*)\b",
         "in_question": True},
        # What is held, asked to be seen or known: "jag vill gärna se vad som faktiskt finns sparat från mina samtal",
        # "kan jag få veta vad som finns lagrat om mig"; the writer's own or the shop's record named, not a device's memory card
        {"right": "access", "name": "se-vad-som-finns-sparat",
         "pattern": r"\b(se|veta|fa se|fa veta)\b (vad|va|vilka uppgifter) (som )?(faktiskt |egentligen |overhuvudtaget |alls )?(finns|ligger|ar) "
                    r"(sparat|sparade|lagrat|lagrade|registrerat|registrerade)\b",
         "in_question": True,
         "needs": r"\b(om {{me}}|mina|mitt|min|hos er|i ert|i era|fran (de|dom) (dar|har)|samtal\w*|chatt\w*|kundregist\w*|register\w*)\b"},
        # The data behind a decision about the writer (Art. 15(1)(h)): "vilka uppgifter beslutet grundade sig på".
        {"right": "access", "name": "uppgifter-bakom-beslut",
         "pattern": r"\b(vilka|vad for|vad)\b{{S}}{0,10}\b(\w*uppgift\w*|information|data)\b{{S}}{0,40}\b(grundade?|baserade?|bygg(de|er))\b",
         "in_question": True},
        {"right": "access", "name": "tillgang-till",
         "pattern": r"\b(tillgang till|utdrag (ur|av|pa)|en lista (over|pa)|(en )?(sammanstallning|oversikt|forteckning) (av|over|pa))\b{{S}}{0,25}\b(mina|min|mitt|\w*uppgift\w*|personuppgift\w*|registret|data)\b"},
        # A recording of the writer's own calls, asked for: "kan jag få inspelningen av samtalet".
        {"right": "access", "name": "inspelning-av-samtal",
         "pattern": r"\b(fa|skicka|kopia)\b{{S}}{0,30}\b(\w*inspelning\w*|chattlogg\w*)\b",
         "in_question": True,
         "unless": r"^(?![^\n]*\b(samtal\w*|chatt\w*|kundtjanst\w*)\b)"},
        # The notes and history kept of the writer's contacts with customer service, asked for: "en kopia av de anteckningar ni har
        # från samtalet", "skicka mig min kontakthistorik" (an installer's notes on where the alarm sits are no record of contacts)
        {"right": "access", "name": "kontakthistorik",
         "pattern": r"\b(fa|fa se|fa ut|skicka|sand|mejla|maila|kopia (av|pa)|ta del av|se)\b{{S}}{0,30}\b(anteckning\w*|kontakthistorik\w*|arendehistorik\w*)\b",
         "in_question": True,
         "unless": r"^(?![^\n]*\b(samtal\w*|chatt\w*|kundtjanst\w*|kontakthistorik\w*|arendehistorik\w*|om {{me}})\b)"},
        # The log of the writer's account asked out: "jag vill få ut inloggningshistoriken för mitt konto", "skicka mig en
        # lista över alla inloggningar på mitt konto" (where the app shows it is a question about the app)
        {"right": "access", "name": "inloggningshistorik",
         "pattern": r"\b(fa ut|fa se|fa en kopia av|fa tillgang till|skicka|sand|mejla|maila|begar ut|begara ut|ta del av|lista (over|pa)|kopia (av|pa)|utdrag (av|ur|pa))\b"
                    r"{{S}}{0,40}\b(inloggningshistorik\w*|inloggningslogg\w*|inloggningar(na)?|\w*loggen|\w*loggarna|ip-adress\w*)",
         "in_question": True,
         "needs": r"\b(mitt|min|mina|vart|vara) (\w+ )?\w*konto\w*|\bkontot\b"},
        # --- rectification ---
        {"right": "rectification", "name": "ratta",
         "pattern": r"\b(ratta|uppdatera|fixa|korrigera)\w*\b{{S}}{0,40}?\b(min|mitt|mina|adress\w*|namn\w*|telefon\w*|e-?post\w*)\b"},
        {"right": "rectification", "name": "andra",
         "pattern": r"\bandra (min|mitt|mina|adress\w*|namn\w*|e-?post\w*|telefon\w*)\b|"
                    # a detail of the one the writer speaks for: "ändra hans adress i ert register"
                    r"\b(andra|ratta|uppdatera|korrigera) (hans|hennes|deras) \w*(adress|namn|nummer|numret|e-?post|telefon)\w*\b|"
                    r"\b(byt|byta|byter|andra|andrar)\b (ut )?(mitt |min |mina )?\w*(namn|namnet|adress|adressen|nummer|numret|e-?post|e-?postadressen)\b{{S}}{0,10}\btill\b|\bandra\b{{S}}{0,30}\bi (mina|min) kund\w*"
                    # "ersätter min hemadress i kundregistret med min boxadress"
                    r"|\b(ersatt|ersatter|ersatta|byt ut|byter ut|byta ut)\b (mitt |min |mina |den |det )?\w*(namn|namnet|adress|adressen|nummer|numret|e-?post\w*)\b{{S}}{0,40}\bmed\b"},
        # the correction asked in the passive, the detail first: "att de felaktiga uppgifterna som kopplats till mitt namn rättas",
        # "mitt efternamn är felstavat och jag vill att det korrigeras"
        {"right": "rectification", "name": "rattas",
         "pattern": r"\b(\w*uppgift\w*|\w*adress\w*|\w*namn\w*|\w*nummer|\w*numret|e-?post\w*|det|den|de|dom|dessa)\b{{S}}{0,60}?\b(rattas|korrigeras|rattas till)\b",
         "needs": r"\b(min|mitt|mina|\w*uppgift\w*|\w*register\w*|\w*konto\w*)\b"},
        # a detail on the account that is not the writer's: "den främmande adressen tas bort från mitt konto, den är inte min",
        # "Telefonnumret på mitt konto är inte mitt"
        {"right": "rectification", "name": "inte-min-uppgift",
         # (held on the account or in the register: details used in a fraudulent order that are "inte mitt" ask nothing)
         "pattern": r"\b\w*(adress|nummer|numret|e-?post|mejladress|mailadress|namn|namnet)\w*\b{{S}}{0,40}\b(pa|i|fran|ur) (mitt|min|ert|er|vart) "
                    r"\w*(konto|kontot|register|registret|kundregist\w*|system|systemet|profil\w*|kundkort\w*|kunduppgift\w*)\b{{S}}{0,40}\b((ar|var) (inte|int|ej)|(inte|int|ej) (ar|var)) (min|mitt|mina)\b"
                    r"|\b(ar|var) (inte|int|ej) (min|mitt|mina)\b{{S}}{0,20}\bska (inte|int|ej) (sta|finnas) (dar|kvar|pa|i)\b",
         "negatable": False},
        {"right": "rectification", "name": "fel",
         "pattern": r"\bstavat\b{{S}}{0,30}\bfel\b|\b(min|mitt|mina|hennes|hans|deras|vart|var) (\w+ )?\w*(namn|adress|efternamn|fornamn)\w* fel ?stavad?t?\b|\bfel (namn|adress|telefonnummer|nummer|efternamn|personnummer|fodelsedatum|fodelsedag|e-?postadress|mejladress|gatunummer|husnummer|postnummer|gatuadress|postadress|hemadress)\b|(?<!\binget )(?<!\binget annat )(?<!\bingenting )(?<!\bingenting annat )\b(ar|star) fel\b"
                    # the Ostrobothnian "e" for "är", its subject the writer's detail: "hennes adress e fel i ert kundregister"
                    r"|\b\w*(adress|namn|nummer|numret|e-?post|mejl|fodelsedatum)\w*( (pa|i|hos) (mitt|min|ert|er|era) \w+)? e fel\b"
                    # the verb first after an adverb, the record named: "Sen e hennes adress fel i ert kundregister", "nu står mitt nummer fel i kontot"
                    # ... the detail in the definite form, after an adverb: "sen e adressen fel, ni skickar ännu till gamla stället"
                    r"|\b(sen|nu|och|dessutom|ocksa|aven) (ar|e|star) (adressen|namnet|efternamnet|numret|telefonnumret|e-?postadressen|mejladressen) (ocksa |aven )?fel\b"
                    r"|\b(ar|e|star) (min|mitt|mina|hennes|hans|deras|vart|var) (\w+ )?\w*(adress|namn|nummer|numret|e-?post|mejl|fodelsedatum)\w* fel "
                    r"(i|pa|hos) (ert|er|era|erat|kontot|systemet|registret|mitt|min|hennes|hans|fakturor\w*|fakturan|kundregist\w*|kundkort\w*)\b",
         # "Faktura som är fel", "beloppet är fel": a bill or a parcel wrong is a dispute about the order, not the record
         "unless": r"\b(faktura\w*|rakning\w*|belopp\w*|summa\w*|paket\w*|leverans\w*|bestallning\w*|order\w*|kvitto\w*|pris\w*) (som )?(ar|star|e|var) fel\b|{{product_named}}"},
        {"right": "rectification", "name": "ratt-varde-ar",
         "pattern": r"\b(ratt|korrekt|riktig|ny|nya|nuvarande) (\w+ )?(adress\w*|nummer|numret|namn\w*|efternamn\w*|e-?post\w*|mejladress\w*|"
                    r"telefonnummer) (ar|blir|e)\b"
                    r"|\b(har|jag har) bytt (namn|efternamn|adress|nummer|telefonnummer|e-?post\w*|mejladress)\b|\bfelstavat\b"
                    # the name as it is written, a misspelling quoted: 'mitt namn står som "Mikael Granback"' (a role is no value)
                    r"|(\b(min|mitt|hennes|hans) (\w+ )?(namn|efternamn|fornamn)\w* (star|stod|ar skrivet|skrivs|stavas)|\b(star|stod) (min|mitt|hennes|hans) (\w+ )?(namn|efternamn|fornamn)\w*) som\b"
                    r"(?! (\w+ )?(mottagare|avsandare|bestallare|kontaktperson|agare|betalare|kund|referens|ansvarig|innehavare|anvandare|medlem)\b)"
                    # the details given under a heading: "Rätt uppgifter:", "Korrekta uppgifter:"
                    r"|\b(ratt|ratta|korrekt|korrekta|riktiga|mina nya|mina ratta|aktuella) (kontakt|kund|adress|person)?uppgifter(na)?( ar)?:"
                    # "min adress har (förresten) ändrats": the writer's own detail changed
                    r"|\b(min|mitt|mina) (\w+)?(adress|namn|efternamn|nummer|telefonnummer|e-?postadress|mejladress)\w* (har )?(\w+ )?(andrats|forandrats|bytts)\b"
                    # "mitt telefonnummer har ändrats", "min adress har bytts": the record is out of date
                    r"|\b(mitt|min|mina) (\w+ )?\w*(adress|nummer|namn|e-?post)\w* (har )?(andrats|bytts|andrat sig)\b"
                    # "i mitt konto står det att jag bor i Esbo, men jag har flyttat": what is held, then what is true
                    # ... "i ert kundregister står vår adress fortfarande som Storgatan 12, men vi flyttade till ..."
                    r"|\b(star( det)?|ni har)\b{{S}}{0,40}\b(bor|adress\w*|heter)\b{{S}}{0,40}\b(men|fast)\b{{S}}{0,20}\b((jag|ja|vi) (har )?(flyttat|flyttade)|(jag|vi) bor (nu|numera)|jag heter (nu|numera))\b"
                    # a number with its digits wrong: "mitt telefonnummer slutar på 48, inte 84"
                    r"|\b(mitt|min|vart|var|hans|hennes) (\w+ )?\w*(nummer|numret)\w* (slutar|borjar) (pa|med) [\d ]{1,12},? (och )?(inte|int|ej) (pa |med )?\d"
                    r"|\b(min|mitt|mina|den|det) (gamla|gammal|tidigare|felaktiga?) (\w+ )?(adress\w*|nummer|numret|namn\w*|efternamn\w*|e-?post\w*|"
                    r"telefonnummer)\b",
         # an account named by its old detail ("ett konto med min gamla e-post", "kontot under mitt gamla nummer"): no correction
         "unless": r"\b(\w*konto\w*|profil\w*) (\w+ )?(med|under|pa|via|registrerat pa) (min|mitt|mina) (gamla|gammal|tidigare|forra)\b"
                   r"|\b(ett|en) (med|under) (min|mitt|mina) (gamla|gammal|tidigare|forra)\b"
                   # "Det ena är registrerat på min gamla e-postadress", "ett konto som är kopplat till mitt gamla nummer"
                   r"|\b(registrerat|registrerad|registrerades|kopplat|kopplad|kopplades|skapat|skapad|skapades|oppnat|oppnades) (pa|med|under|till|via) (min|mitt|mina) (gamla|gammal|tidigare|forra)\b"
                   r"|{{product_named}}"},
        # The record to be made right, told as the value it should hold: "se till att mitt konto har rätt adress",
        # "kan ni se till att ni har rätt telefonnummer till mig". A parcel sent right is no record.
        {"right": "rectification", "name": "se-till-att-ratt-uppgift",
         "pattern": r"\b(se till att|forsakra er om att|kontrollera att)\b{{S}}{0,30}\b(har|visar|innehaller|anvander|star)\b{{S}}{0,10}\b"
                    r"(ratt|korrekt|korrekta|riktig|riktiga|nuvarande|aktuell|aktuella|min nya|mitt nya|mina nya)\b{{S}}{0,10}\b"
                    r"(\w*adress\w*|namn\w*|efternamn\w*|\w*nummer|\w*numret|e-?post\w*|mejl\w*|uppgift\w*|fodelsedatum)\b",
         # the writer's own promise ("jag ska se till att ni har rätt adress") asks nothing
         "unless": r"\b(jag|ja|vi) (ska|kommer att|kan) (se till|forsakra|kontrollera att)\b",
         "needs": r"se till|forsakra|kontrollera att"},
        # The detail named in a pronoun, its new value given: "kan ni byta den till den här gmail-adressen",
        # "ändra det till 040 123 4567"; the detail said in the sentence before ("Min e-postadress hos er är den gamla.")
        {"right": "rectification", "name": "byt-den-till-ny-uppgift",
         "pattern": r"\b(byt|byta|byter|andra|andrar|uppdatera|uppdaterar|ratta|rattar)\b (den|det|dem|dom) (till|mot)\b{{S}}{0,40}"
                    r"\b(\w*adress\w*|\w*nummer\w*|\w*numret|[\d ]{6,}|\w*gatan|\w*vagen|\w*namn\w*)",
         "needs": r"\b(\w*adress\w*|\w*nummer\w*|\w*numret|e-?post\w*|namn\w*|efternamn\w*)\b"},
        # A detail of the record stated wrong, with what it should be: "det står husnummer 41, det ska vara 14".
        {"right": "rectification", "name": "ska-vara",
         "pattern": r"\b(?!(order|bestallnings|faktura|referens|sparnings|kolli|serie|artikel|modell|produkt|arende|reklamations|garanti|kvitto|paket)\w*)"
                    # an order, invoice or serial number hedged ("Ordernumret ska vara AS-2026-1040") refers to the order, no record
                    r"\w*(adress|namn|nummer|numret|e-?post|fodelsedatum)\w*\b{{S}}{0,40}\b(ska|skulle) (vara|sta)\b"
                    # "det nya kontot med den här adressen ska vara kvar": what is to remain, no value
                    r"(?! (kvar|oforandrad\w*|orord\w*|aktiv\w*|mojligt|ok|okej|enkelt|latt|bra|fint|klart|giltig\w*|densamma|detsamma|samma)\b)"
                    # a name as it is spelt, then what it should be, far apart: 'mitt efternamn är stavat "Grönros" i era utskick
                    # och på fakturan, det ska vara Grönroos'
                    r"|\b(stavat|stavad|stavas|stavats)\b{{S}}{0,60}?\b(det|den|de|dom) (ska|skulle) (vara|va|sta|stavas)\b",
         # (a product's name misspelt on the shop's page is no record of the writer's)
         "unless": r"{{product_named}}"},
        # A correction wished in the passive: "jag vill att uppgiften rättas", "jag ber att min adress korrigeras".
        # Someone else's details on the writer's account, replaced by the writer's own: "byt ut hans adress mot min".
        {"right": "rectification", "name": "byt-ut-mot-mina",
         "pattern": r"\b(byt|byta|ersatt|ersatta)\w*( ut)?\b{{S}}{0,15}\b(hans|hennes|deras|den gamla|det gamla|de gamla|min exs?)\b{{S}}{0,15}"
                    r"\b\w*(namn|adress|nummer|numret|uppgift|e-?post)\w*\b{{S}}{0,30}\b(mot|till|med) (mina|min|mitt|mina egna)\b"
                    r"|\bgor\b{{S}}{0,10}\b(kontot|det) (till )?(mitt|mitt eget) (igen)?\b"
                    # "sätt in mitt eget nummer i stället": the writer's detail in place of another's
                    r"|\b(satt|lagg)\w*( in| dit| upp)? (mitt|min|mina)( egna?| eget| nya| nytt)? \w*(nummer|numret|adress|namn|e-?post)\w*\b{{S}}{0,40}\b(i stallet|istallet)\b"},
        # A detail of the writer's seen to being changed: "kan du se till att mitt namn ändras", "... att e-posten byts".
        {"right": "rectification", "name": "se-till-att-uppgiften-andras",
         "pattern": r"\b(se till|forsakra er om|ordna)\b (att|sa att)\b{{S}}{0,25}\b(min|mitt|mina|adressen|namnet|efternamnet|numret|telefonnumret|e-?posten|e-?postadressen|mejladressen)\b"
                    r"{{S}}{0,25}?\b(rattas|korrigeras|uppdateras|andras|byts|byts ut|ersatts)\b",
         "unless": r"\b(jag|ja|vi) (ska|kommer att|kan) (se till|forsakra|ordna)\b",
         "needs": r"rattas|korrigeras|uppdateras|andras|byts|ersatts"},
        {"right": "rectification", "name": "uppgiften-rattas",
         "pattern": r"\b(vill|ber|onskar|begar|kraver)\b{{S}}{0,12}\batt\b{{S}}{0,50}?\b(rattas|korrigeras|uppdateras|andras|rattades)\b",
         "needs": r"rattas|korrigeras|uppdateras|andras|rattades"},
        # En anteckning, markering eller flagga på kundens konto som ska rättas ("rätta anteckningen", "korrigera markeringen")
        {"right": "rectification", "name": "ratta-anteckningen-om-mig",
         "pattern": r"\b(ratta|rattar|korrigera|korrigerar|ta bort eller ratta|radera eller ratta)\b (den |denna |den har |den dar |den felaktiga |min )?"
                    r"(anteckning|markering|flagg|notering)\w*"
                    # "jag vill att ni rättar den uppgiften", "korrigera den felaktiga uppgiften": the detail pointed at
                    r"|\b(ratta|rattar|korrigera|korrigerar)\b (den|denna|den har|den dar|den felaktiga|de|dessa|de felaktiga) uppgift(en|erna)\b"},
        {"right": "rectification", "name": "ratta-det-i-registret",
         "pattern": r"\b(ratta|rattar|uppdatera|uppdaterar|korrigera|korrigerar|andra|andrar|fixa|fixar)\b( till)? (det|den|detta|dem|dessa|stavningen|namnet|"
                    r"adressen|numret|uppgiften|uppgifterna)\b{{S}}{0,25}\b(i|pa) (ert|era|er|erat|mitt|min|mina|kund\w*|registret|systemet|"
                    r"databasen|kontot)\b"
                    r"|\b(andra|ratta|uppdatera|korrigera)\w* (det|den|detta|dem|dessa) hos (er|ert)\b|\bfel(aktig)? stavning\b|\bfelstav\w*|\bstavas fel\b|\bstavat (mitt|min) \w+ fel\b"
                    r"|\b(namn\w*|adress\w*|efternamn\w*|nummer|numret|personnummer|e-?post\w*) (stammer|ar) inte (langre )?(ratt|korrekt|stamde)\b",
         "needs": r"ratt|uppdater|korriger|andra|fixa|stav|stammer|ar inte",
         "unless": r"{{product_named}}"},
        {"right": "rectification", "name": "annans-uppgift-bort-fran-kontot",
         "pattern": r"{{others_detail_off}}"},
        # --- restriction (these cues carry their own negation) ---
        # "behåll uppgifterna men använd dem inte", "frys mina uppgifter"
        {"right": "restriction", "name": "behall-men-anvand-inte",
         "pattern": r"\b(behall|spara|behalla)\b{{S}}{0,30}\b\w*uppgift\w*{{S}}{0,20}\bmen\b{{S}}{0,20}\b(inte|ej|sluta)\b{{S}}{0,10}\b(anvand|behandla)\w*"
                    r"|\bmen\b{{S}}{0,10}\b(anvand|behandla) (dem|dom|dessa|uppgifterna) (inte|ej)\b|\bfrys\w* (mina|min|mitt|hans|hennes)\b",
         "negatable": False, "needs": r"\bmen\b|frys"},
        {"right": "restriction", "name": "begransa",
         # (a block told as done, "kontot har spärrats", "spärrat konto", asks for nothing: "spärra", "spärras", "spärrar" do)
         "pattern": r"\b(begrans\w*|sparra(r|s|nde)?|sparrning\w*|pausa\w*)\b{{S}}{0,40}\b(behandling|uppgift|konto)\w*|\bbehandling\w*\b{{S}}{0,50}\bbegrans(as|ades|ad|at|ning)\b|\bbehandling\w*\b{{S}}{0,20}\bbegrans\w*"
                    r"|\bfrys\w*\b{{S}}{0,30}\b(konto|uppgift)",
         "negatable": False},
        {"right": "restriction", "name": "inte-anvand-tills",
         "pattern": r"\b(inte|int)\b{{S}}{0,8}\b(anvand\w*|behandla\w*|overlamna\w*|skicka\w*|lamna ut)\b{{S}}{0,70}\b(tills|forran|till dess|nagot annat)",
         "negatable": False,
         # what the shop must keep by law after an erasure, not used "till något annat", with no dispute to wait for: the erasure's
         # remainder ("Det ni enligt lag måste spara för bokföringen får ni inte använda till något annat")
         "unless": r"^(?![^\n]*\b(tills|forran|till dess|medan)\b)[^\n]*\b((maste|ar skyldiga att|ar tvungna att|behover) (spara|behalla|lagra|ha kvar)|bokforing\w*|skattelag\w*|enligt lag)\b"},
        # Art. 18 in the writer's words: "tills det här är utrett vill jag att ni inte använder mina uppgifter".
        {"right": "restriction", "name": "inte-anvanda-medan-tvist",
         "pattern": r"\b({{until}})\b{{S}}{0,90}\b({{no_use}})|\b({{no_use}}){{S}}{0,90}\b({{until}})\b",
         "negatable": False, "needs": r"{{until}}",
         "unless": r"\b(jag|vi)( kommer)? (inte|aldrig) (att )?(anvanda|anvander|handla|handlar|bestalla)\b|\b(jag|vi) (slutar|ska sluta) (att )?(anvanda|handla|bestalla)\b"},
        # Art. 18(1)(c): data kept from deletion for the writer's legal claims ("radera inte inspelningarna, jag behöver dem för att
        # kunna göra gällande mina rättsliga anspråk"), or held locked and unused while a dispute lasts
        {"right": "restriction", "name": "behovs-for-rattsliga-ansprak",
         "pattern": r"\b(jag|ja|vi) (behover|kommer att behova|kan behova|maste ha)\b{{S}}{0,60}\b(rattsliga? ansprak|ratts(process|tvist|sak)\w*|domstol\w*|rattegang\w*|stamning\w*"
                    r"|(faststalla|gora gallande|forsvara) (mina|vara|mitt|vart|ett|en) \w+)",
         "negatable": False,
         "needs": r"\b(radera|ta bort|forstor|kasta|gallra|rensa)\w* (inte|int|ej)\b|\b(inte|int|ej) (radera|ta bort|forstora|kasta|gallra)\b|\b(behall|behalla|spara|bevara|bevarar|behaller)\b"},
        # the data kept asked locked: "kräver jag att de uppgifter som blir kvar låses", "lås in mina uppgifter" (an account locked
        # by a wrong password, or a door, is no wish)
        {"right": "restriction", "name": "uppgifterna-lases",
         "pattern": r"\b(\w*uppgift\w*|data|information\w*|resten|det som (blir|finns|ar) kvar)\b{{S}}{0,40}?\b(lases|lasas|lases in|sparras|fryses)\b"
                    r"|\blas (in |fast )?(mina|min|mitt|resten av mina|de|dessa) (\w+ )?(\w*uppgift\w*|data|information\w*)\b",
         "negatable": False,
         "needs": r"\b(vill|onskar|ber|begar|kraver)\b{{S}}{0,20}\batt\b|^\W*las\b"},
        # ... or said with a modal while a case lasts: "tills polisen har utrett saken ska kontot och uppgifterna låsas", "mina
        # uppgifter bör frysas medan ärendet reds ut" (an account locked by a wrong password, reported, asks nothing)
        {"right": "restriction", "name": "ska-lasas-tills",
         "pattern": r"\b(\w*konto\w*|\w*uppgift\w*|data|information\w*)\b{{S}}{0,40}?\b(ska|skall|bor|maste)\b{{S}}{0,40}?\b(lasas|lases|sparras|fryses|frysas)\b"
                    r"|\b(ska|skall|bor|maste) (\w+ )?(\w*konto\w*|\w*uppgift\w*|data|information\w*)\b{{S}}{0,40}?\b(lasas|lases|sparras|fryses|frysas)\b",
         "negatable": False, "needs": r"\b({{until}})\b"},
        {"right": "restriction", "name": "hall-lasta-tills",
         "pattern": r"\b(hall|haller|behall|behalla|forvara|spara)\b{{S}}{0,40}\b(lasta|oanvand\w*|orord\w*|sparrad\w*|fryst\w*|frusna)\b{{S}}{0,40}\b(tills|till dess|medan|sa lange)\b",
         "negatable": False,
         "unless": r"\b(dorr\w*|lasen|laset|grind\w*|fonster\w*|garage\w*|kassaskap\w*|mat\w*|frys(en|boxen))\b"},
        # --- portability ---
        {"right": "portability", "name": "maskinlasbar",
         "pattern": r"\bmaskinlasbar\w*|\b\w*uppgift\w*\b{{S}}{0,30}\bsom (en )?(data)?fil\b",
         "unless": r"\bpdf\w*|\bpapper\w*|\butskrift\w*"},
        {"right": "portability", "name": "flytta-uppgifter",
         "pattern": r"\b(flytta|overfor|overfora|skicka|overlamna)\w*\b{{S}}{0,40}\b(\w*uppgift\w*|data)\b{{S}}{0,40}\b(annan|ny|nya|annat)\b{{S}}{0,15}"
                    r"\b(leverantor|tjanst|foretag|butik|aktor)\w*|\bstrukturerat,? (allmant anvant|vanligt)\b"},
        # --- marketing ban (stops carry the negation themselves) ---
        # "beställningen stoppades": a stop the writer reports (a participle) is no stop asked; "hon ska inte få några
        # fler säljsamtal": the wish, for the writer or someone they speak for, in "ska inte få"
        # "avregistrera mig" alone, as "unsubscribe me" is: the mailing list's word, no register named
        {"right": "marketing_ban", "name": "avregistrera-mig",
         "pattern": r"^\W*((jag vill|jag onskar|kan ni|vanligen|snalla|var snall och|var vanlig och) )?avregistrera {{me}}"
                    r"( fran (allt|alltihop|alla utskick|era utskick|listan|er lista|era listor))?(\W+(tack|nu|direkt|omgaende|genast))*\W*$",
         "needs": r"avregistrera"},
        {"right": "marketing_ban", "name": "sluta-reklam",
         "pattern": r"\b(sluta\w*|avsluta\w*|stoppa(?!d|t)\w*|(upphor|upphora) med|vill (inte|int)( heller)? (ha|fa)|(ska|skall|behover) (inte|int|aldrig)( langre)? (ha|fa)|(inte|int) (langre|mer|mera|meir)(?!,)|(inga|inte|int|inte heller)( na| nan| nagon| nagra| naga)? (fler|mer|mera|meir)|ta bort {{me}}|"
                    r"avregistrera\w*|avanmal\w*|undanber|slippa|slipper)\b{{S}}{0,40}?\b{{marketing_kinds}}"
                    r"|\b{{marketing_kinds}}\b{{S}}{0,30}?\b(sluta\w*|avsluta\w*|stoppa\w*)\b"
                    # "ta bort mej från era listor": the mailing lists, named as the writer's own lists of them
                    r"|\b(ta|tar|stryk|plocka) bort {{me}} (fran|ur) (era|er|eran|alla|samtliga|era olika) (\w+)?listor(na)?\b"
                    # "sms:en med erbjudanden måste upphöra", "era säljsamtal ska sluta": the mailings, then a modal end
                    r"|\b{{marketing_kinds}}\b{{S}}{0,30}?\b(maste|ska|skall|far|bor) (\w+ )?(upphora|sluta|stoppas|avslutas|ta slut)\b"
                    # the mailings put first: "era nyhetsbrev vill jag inte ha längre"
                    r"|\b{{marketing_kinds}} (vill|ska) (jag|ja|vi) (for ovrigt |dessutom |egentligen |sjalv |heller )?(inte|int|aldrig)( alls| langre| heller| mer| mera){0,2} (ha|fa)\b|\bsluta (skicka|ringa|ring|maila|mejla|sms|spamma|kontakta)\w*\b(?!{{S}}{0,20}\b(enkat\w*|kundundersokning\w*|undersokning\w*|feedback\w*))"
                    r"|\b(avregistrera|avregistrerar|avanmal|avanmaler|stryk|stryker|ta bort|tar bort|radera|raderar) ({{me}}|min \w+|mitt \w+|mina \w+)\b{{S}}{0,20}?\b(fran|ur|ifran|pa|i|av)\b{{S}}{0,20}?\b(\w*lista\w*|utskick\w*|nyhetsbrev\w*|register for)"
                    r"|\b(skicka|ring|ringa|maila|mejla|kontakta)( {{me}})? (inte|int|aldrig)( {{me}})? (mer|mera|meir|fler|langre|nagot mer|igen)\b|\bavsluta (min )?prenumeration\w*"
                    # "ring mig inte och erbjud nya produkter", "ring inte mej för att sälja": calls refused with what they sell
                    r"|\b(ring|ringa|ringer|kontakta|kontaktar|mejla|maila)( {{me}})? (inte|int|aldrig|ej)( {{me}})?( mer| mera| igen| langre)?\b{{S}}{0,10}\b(och|for att) (erbjud|salj|marknadsfor)\w*"
                    # "Jag förbjuder all direktmarknadsföring till mig", "härmed förbjuder jag er att skicka reklam": marketing forbidden
                    r"|\b((jag|ja|vi) (harmed |ocksa |aven |harmed ocksa )?forbjuder|forbjuder (jag|ja|vi))\b(?! (inte|int|ej)\b){{S}}{0,40}?\b{{marketing_kinds}}"
                    # "att ni aldrig mer skickar något till mig": nothing more sent is the marketing stopped
                    r"|\b(aldrig (mer|mera|igen)|inte (mer|mera|langre)) (skickar|skicka|skickas|mejlar|mailar)\b{{S}}{0,10}\b(nagot|nanting|nat|nagonting)\b"
                    r"|\batt (det )?(inte|aldrig|int) (kommer|skickas)\b{{S}}{0,25}\b{{marketing_kinds}}"
                    # "jag ber er ... att ni inte skickar henne någon reklam": the shop's sending, wished away
                    r"|\b(ber|vill|onskar|begar|kraver)\b{{S}}{0,80}\batt ni (inte|aldrig|int)( langre| mer| heller)? (skickar|mejlar|mailar|ringer|kontaktar)\b{{S}}{0,25}\b{{marketing_kinds}}"
                    # "ni får inte ringa mig i säljsyfte igen": contact refused for a sales purpose
                    r"|\b(inte|int|aldrig|ej|sluta)\b{{S}}{0,25}\b(ring|ringa|ringer|kontakta|kontaktar|mejla|maila|skicka)\w*\b{{S}}{0,25}\b((i )?(forsaljnings|salj|marknadsforings|reklam)syfte\b|for att (erbjud|salj|marknadsfor)\w*)"
                    # a verbless sentence of its own: "Ingen mer reklam åt honom tack", "Inga kataloger och ingen reklam heller"
                    r"|(^|[.!?] )\W*(inga|ingen) (mer |mera |meir |fler )?{{marketing_kinds}}( (och|eller) (inga|ingen) (mer |mera |meir |fler )?{{marketing_kinds}})?"
                    r"( (fran|at|till) \w+)?(,? (heller|tack|langre|mer|mera))*[ \t]*([.!,;]|$)"
                    # the wish that the mailings end: "jag vill bara att nyhetsbreven upphör"
                    r"|\b(vill|onskar|begar|ber)\b{{S}}{0,15}\batt\b{{S}}{0,20}?\b{{marketing_kinds}}\b{{S}}{0,10}\b(upphor|slutar|tar slut|stoppas)\b"
                    # refusing to be put on a list at all: "lägg inte till mig på någon e-postlista", "jag vill inte bli tillagd"
                    r"|(\b(lagg|satt|skriv) (inte|aldrig|int) (till |upp |in )?({{me}}|min \w+|mitt \w+)|\b(vill|onskar) (inte|ej|int) (bli|vara) "
                    r"(tillagd|tillagda|uppskriven|uppsatt|anmald|registrerad|prenumerant))\b{{S}}{0,25}\b({{marketing_kinds}}|\w*list\w*)"
                    # not wanting to be called with offers, in the passive: "jag vill inte bli uppringd med erbjudanden mera",
                    # "jag vill slippa bli kontaktad i säljsyfte" (a call from the installer, wished for, is no refusal)
                    r"|\b(vill|onskar) ((inte|int|ej)( langre| mer| mera| heller)?|slippa) bli (uppringd|uppringda|kontaktad|kontaktade|stord|storda)\b"
                    # (by what the calls carry: "inte bli uppringd, mejla hellre" is how to reach the writer, no ban)
                    r"{{S}}{0,40}?\b(erbjudand\w*|\w*reklam(?!at|er)\w*|marknadsforing\w*|kampanj\w*|nyhetsbrev\w*|salj\w*|telefonforsalj\w*|(forsaljnings|marknadsforings|reklam)syfte)",
         "negatable": False,
         # the mailing kept, its stop negated: "jag vill inte heller avsluta nyhetsbrevet", "nyhetsbrevet tänker jag inte avsluta"
         "unless": r"\b((inte|int|ej|aldrig)( heller)? (vill|tanker|behover|onskar)( (jag|ja|vi))?|(vill|tanker|behover|onskar) (jag |ja |vi )?(inte|int|ej|aldrig))( heller)? "
                   r"(avsluta|stoppa|sluta|saga upp)\w* (mitt |min |mina |era |ert |er |prenumerationen pa )?{{marketing_kinds}}"
                   r"|\b{{marketing_kinds}} (vill|tanker|behover|onskar) (jag|ja|vi) (inte|int|ej|aldrig)( heller)? (avsluta|stoppa|saga upp)\b",
         "needs": r"slut|stopp|upphor|inte|\bint\b|inga|ingen|ta bort|tar bort|avregistr|avanm|undanb|stryk|aldrig|prenum|slippa|forbjud"},
        # the writer's data refused to marketing partners from now on: "Ge inte mina uppgifter till era marknadsföringspartner",
        # "åt nå marknadsföringspartner ska ni int ge dem i fortsättningen heller" (the policy's sharing, reported, refuses nothing)
        # ... or to sellers and marketers: "sälj int mina uppgifter åt sådana där försäljare mera" (a reseller of ours is no marketer)
        {"right": "marketing_ban", "name": "inte-till-marknadsforingspartner",
         "pattern": r"\b(inte|int|aldrig|ej|sluta)\b{{S}}{0,30}\b(ge|ger|lamna ut|lamnar ut|dela|delar|salja|saljer|skicka|skickar|overlata|overlater)\b{{S}}{0,40}\b{{marketers}}"
                    r"|\b(ge|lamna|dela|salj|skicka)\w* (inte|int|aldrig|ej)( ut)?\b{{S}}{0,40}\b{{marketers}}"
                    r"|\b{{marketers}}\b{{S}}{0,30}\b(ska|skall|far) (ni|du) (inte|int|aldrig|ej)\b{{S}}{0,10}\b(ge|lamna ut|dela|salja|skicka|overlata)\b",
         "negatable": False, "needs": r"partner|saljare|forsaljning|marknadsfor|reklamforetag|telemarketing"},
        {"right": "marketing_ban", "name": "inte-anvanda-for-reklam",
         "pattern": r"\b(vill|onskar|accepterar|godkanner|tillater)( absolut)? (inte|ej)\b{{S}}{0,12}\batt ni\b{{S}}{0,10}\b(anvander|anvanda|delar|dela|"
                    r"laddar upp|skickar|for over)\b{{S}}{0,60}\b(reklam\w*|marknadsforing\w*|riktad\w*|annons\w*|nyhetsbrev\w*|utskick\w*|kampanj\w*|"
                    r"erbjudand\w*|custom audience\w*|retargeting)"
                    # the same in the passive: "att min e-postadress laddas upp till Facebook för riktad annonsering"
                    r"|\b((vill|onskar|accepterar|godkanner|tillater)( absolut)? (inte|ej)|(jag|ja|vi) (forbjuder|forbjuda))\b{{S}}{0,12}\batt (min|mitt|mina)\b{{S}}{0,40}\b(anvands|delas|laddas upp|skickas|fors over)\b"
                    r"{{S}}{0,60}\b(\w*reklam\w*|\w*marknadsforing\w*|riktad\w*|annons\w*|kampanj\w*|custom audience\w*|retargeting)"
                    r"|\b(anvand|anvanda|anvander) (inte|aldrig|ej)\b{{S}}{0,40}\b(for|till|i)\b{{S}}{0,15}\b(reklam\w*|marknadsforing\w*|riktad\w*|annons\w*)"
                    # "sluta använda min e-post och mitt köpbeteende för riktade annonser": the use for ads stopped
                    r"|\b(sluta|upphor med att|upphora med att)\b{{S}}{0,15}\b(anvanda|anvand)\b{{S}}{0,60}\b(for|till)\b{{S}}{0,15}\b(reklam\w*|marknadsforing\w*|riktad\w*|annons\w*)"
                    r"|\b(avbestall\w*|saga upp|sager upp|sag upp)\b{{S}}{0,30}\b(nyhetsbrev\w*|utskick\w*|prenumeration\w*|reklam\w*|sms\w*|"
                    r"erbjudand\w*|mejl\w*)",
         "negatable": False,
         "needs": r"reklam|marknadsf|riktad|annons|nyhetsbrev|utskick|kampanj|erbjud|audience|retarget|prenum|sms|mejl"},
        # --- consent withdrawal ---
        # "ta bort mitt sparade kort", "jag vill inte att kortuppgifterna finns kvar hos er": a card kept by the writer's consent
        # (a box ticked at checkout), taken back; SCHEMA: the withdrawal only
        {"right": "consent_withdrawal", "name": "ta-bort-sparat-kort",
         "pattern": r"\b(ta bort|tar bort|radera\w*|plocka bort|plockar bort|stryk|stryker) (\w+ ){0,2}?((sparade?|lagrade?) (bank|betal|kredit)?kort\w*|kortuppgift\w*)"
                    r"|\b((sparade?|lagrade?) (bank|betal|kredit)?kort\w*|kortuppgift\w*) (\w+ ){0,2}?(tas bort|raderas)\b",
         "needs": r"kort"},
        {"right": "consent_withdrawal", "name": "kortet-inte-kvar",
         "pattern": r"\b(vill|onskar) (inte|int|ej) att (mina |mitt |min )?((sparade?|lagrade?) (bank|betal|kredit)?kort\w*|kortuppgift\w*) (finns kvar|sparas|lagras|ligger kvar)\b",
         "negatable": False, "needs": r"kort"},
        {"right": "consent_withdrawal", "name": "aterkallar-samtycke",
         "pattern": r"\b(aterkall\w*|(drar|dra|tar|ta)( (jag|ja|vi))?( (alltsa|darfor|harmed|nu|hardmed|harmed harmed|harigenom|harmed ocksa|ocksa|aven|hellre))? tillbaka|drar in|dra in|tar jag tillbaka|drar jag tillbaka|aterta\w*)\b{{S}}{0,50}?"
                    # "vi tar tillbaka lovet att använda bilden": the permission ("lov", "tillåtelse") given; the "ok" or "ja" said to it,
                    # "jag tar tillbaka mitt ok att ni använder bilden"
                    r"\b(\w*samtyck\w*|tillstand\w*|medgivande\w*|godkannande\w*|tillatelse\w*|lovet\b|(mitt|vart|ert) lov\b|lov att\b|(mitt|vart|ert) (ok|okej|okey|okay|ja)\b(?= (till|att|pa|for)\b))"
                    r"|\b(samtyck\w*|tillstand\w*|medgivande\w*|tillatelse\w*|lovet)\b{{S}}{0,30}?"
                    # ("samtycker inte längre" is read by ger-inte-langre-samtycke, whose negation is the withdrawal)
                    r"\b(aterkall\w*|tillbaka)"
                    r"|\b(angrar|angra|angrat)\b{{S}}{0,20}\b(samtyck\w*|tillstand\w*|medgivande\w*|godkannande\w*)"
                    # a consent given by a tick or a yes, regretted: "jag kryssade nog i det men ångrar mig", "sa ja ..., men nu ångrar jag det"
                    r"|\b(kryssade|kryssat|bockade|bockat|klickade i|klickat i|sa ja|sagt ja|tackade ja|tackat ja)\b{{S}}{0,60}?\b(angrar|angrat|angrade|(har |hade )?andrat {{me}}|andrade {{me}})\b"
                    r"|\b(angrar|angrade|angrat)( {{me}})? (att|at) (jag |ja )?(kryssade|bockade|klickade i|sa ja|tackade ja)\b"},
        # "jag ger inte längre mitt samtycke": the negation is the withdrawal.
        {"right": "consent_withdrawal", "name": "ger-inte-langre-samtycke",
         "pattern": r"\b(ger|lamnar) (inte|ej) (langre|langer|mer) (mitt |ert |nagot )?(samtycke|tillstand)\b|\bsamtycker inte (langre|langer|mer)\b",
         "negatable": False, "needs": r"samty|tillstand"},
        # --- objection ---
        {"right": "objection", "name": "motsatter",
         # "jag har läst att man har rätt att invända": the right known in general, not used
         "pattern": r"\bmotsatter (jag |ja |vi )?({{me}}|oss)\b|(?<!man har ratt att )(?<!man har ratten att )\binvand\w*\b(?! (nedan|ovan|langre ner))"},
        {"right": "objection", "name": "sluta-profilera",
         "pattern": r"\b(sluta\w*|vill inte att|inte (langre )?(vill|accepterar) att)\b{{S}}{0,60}\b(profiler\w*|analyser\w*|sparning\w*|profil (pa|om|av|over) {{me}}|"
                    r"kartlagg\w*|poangsatt\w*|riskbedom\w*|kreditbedom\w*|kreditprov\w*|automatisk\w* (beslut|bedomning|prov)\w*)"
                    # "send it, but without profiling me"
                    r"|\butan (nagon )?(profilering|sparning|kartlaggning)\b|\butan att (profilera|spara|kartlagga|analysera) {{me}}\b"
                    # "skapa ingen profil om mig för riktad marknadsföring"
                    r"|\b(skapa|bygg|gor)\w* (ingen|inte nagon|inte en|aldrig nagon) (\w+ )?profil (pa|om|av|over) {{me}}\b",
         "negatable": False},
        # Tracking of what the writer opens or clicks, refused ("jag vill inte att ni registrerar när jag öppnar breven").
        # "Profilera inte mig", "använd inte min köphistorik till statistik": an objection to the purpose (Art. 21).
        {"right": "objection", "name": "anvand-inte-till-statistik",
         "pattern": r"\b(profilera|analysera|kartlagg)\w* (inte|aldrig) ({{me}}|mina|min|mitt)\b"
                    r"|\b(anvand|anvanda|anvander) (inte|aldrig|ej)\b{{S}}{0,40}\b(for|till|i)\b{{S}}{0,15}\b(statistik\w*|analys\w*|profilering\w*|ai|traning\w*)\b",
         "negatable": False},
        {"right": "objection", "name": "inte-spara-oppningar",
         "pattern": r"\b(vill inte|inte)\b{{S}}{0,20}\b(registrer|spar|mat|folj)\w*\b{{S}}{0,40}\b(oppn|klick)\w*",
         "negatable": False},
        # ... or told to stop: "jag vill att ni slutar registrera om jag öppnar breven", "sluta spåra vad jag klickar på i era mejl";
        # the shop's mail named, so a door sensor that "slutar registrera när jag öppnar dörren" is no objection
        {"right": "objection", "name": "sluta-spara-oppningar",
         "pattern": r"\b(sluta|ni slutar|ni ska sluta|upphor med att|upphora med att)\b{{S}}{0,20}\b(registrer|spar|mat|folj)\w*\b{{S}}{0,40}\b(oppn|klick)\w*",
         "negatable": False,
         "needs": r"\b(\w*brev\w*|mejl\w*|mail\w*|e-?post\w*|utskick\w*|lank\w*|sms\w*)\b"},
        # "jag vill inte att mina uppgifter används för att träna AI" / "... används till något sådant": the
        # purpose named, or pointed back to (a marketing purpose makes it a marketing ban, mapping.py)
        {"right": "objection", "name": "inte-anvandas-till",
         "pattern": r"\b(vill|onskar|accepterar|godkanner) (inte|ej)\b{{S}}{0,12}\batt (mina|min|mitt)\b{{S}}{0,60}\b(anvands|anvandas|behandlas)\b{{S}}{0,5}\b(for|till)\b"
                    r"({{S}}{0,40}\b(ai|ki|traning\w*|trana\w*|lara upp|statistik\w*|analys\w*|utveckl\w*|profilering\w*)\b| (nagot sadant|sadant|det|detta|sadana syften)\b)",
         "negatable": False, "needs": r"anvand|behandl"},
        {"right": "objection", "name": "accepterar-inte-anvandning",
         "pattern": r"\b(accepterar|godkanner|tillater|gar) (inte|ej)( med pa)?\b{{S}}{0,20}\b(anvand\w*|mata\w*|trana\w*)\b{{S}}{0,20}\b(mina|min|mitt|vara)\b"
                    r"|\b(mata\w*|trana\w*)\b{{S}}{0,40}\b(ai|ki|traningsdata)\b{{S}}{0,40}\b(inte ok|vill inte)\b",
         "negatable": False},
    ),
    "quoting": {
        "wrote": r"(den\b|\d|[a-zåäö]{2,4}\b).{0,200}\bskrev\b.{0,200}:",
        "wrote_alone": r"skrev:",
        "separator": r"ursprungligt meddelande|vidarebefordrat meddelande|vidarebefordrat brev:?",
        "forward_words": r"vidarebefordrat",
        "header_from": r"från",
        "header_other": r"skickat|datum|till|kopia|ämne",
        "forward_subject": r"vb",
        "reply_subject": r"sv|ang",
        "client_footer": r"skickat från (min )?\w+|hämta outlook för",
        # "Detta meddelande kan innehålla konfidentiell information", "Om du av misstag har mottagit detta meddelande ...":
        # its "radera det" is the sender's boilerplate
        "disclaimer": (
            r"detta (e-post)?meddelande .{0,60}(konfidentiell|sekretess)"
            r"|om du (av misstag |felaktigt )?(har )?(fått|mottagit|erhållit) (detta|det här|meddelandet|mejlet)( \S+)? (av misstag|felaktigt|i misstag)"
        ),
    },
    "screening": {
        "bounce_subject": r"olevererbart|kunde inte levereras",
        "bounce_text": r"kunde inte levereras",
        "auto_subject": r"autosvar|automatiskt svar|frånvaromeddelande|frånvaro",
        "auto_text": (
            r"\bjag är (ledig|på semester|bortrest|tjänstledig|föräldraledig|borta|frånvarande)|"
            r"begränsad tillgång till e-post|detta är ett automatiskt|automatiskt svar|"
            r"\bvi har (tagit emot|mottagit) ditt (meddelande|mejl|mail|ärende)|"
            r"\bjag är tillbaka (på kontoret )?(den |måndag|tisdag|onsdag|torsdag|fredag|\d)|"
            r"\b(denna|den här) (brevlåda|e-postadress|adress)(n|en)? (bevakas|läses|används) (inte|ej)( längre)?|"
            r"\bjag är (sjukskriven|sjukledig)\b|\b(läser|kontrollerar) (inte|ej) (min )?(e-post|mejl|mail)|"
            r"\bkommer (inte|ej) att (läsa|kontrollera|svara på) (min )?(e-post|mejl|mail)"
        ),
        "unsubscribe_footer": (
            r"\bsvara\W{1,3}[\"'“”«]?(stopp|stop|nej)\b|"
            r"\bavsluta (din )?prenumeration(en)? (här|genom|via)|"
            r"\bdu får (det här|detta) (mejl|mail|e-post|nyhetsbrev|utskick)\w* (eftersom|för att|då)|"
            r"\bvill du inte (få|ha) fler (mejl|mail|e-post|utskick|meddelanden)( från oss)?"
        ),
        "phishing_threat": (
            r"(konto\w*|brevlåd\w*) (har )?(stängs|raderas|spärras)|(ditt|ert) konto (kommer att|kommer|att) (stängas|raderas|spärras|låsas)|(brevlåd\w*|lagringsutrymme\w*)\W+(\w+\W+){0,4}?(full|överskri\w*)|"
            # the storage full or at its limit: "Din molnlagring är full", "Din e-postlagring har nått sin gräns"
            r"lagring\w*\W+(\w+\W+){0,4}?(full|överskri\w*)|(lagring\w*|brevlåd\w*|inkorg\w*|e-?postlåd\w*) har nått (sin|din|er) (\w*gräns|\w*kapacitet)|"
            # the mailbox full, new mail to be rejected: "Din e-postlåda har nått 99% av sin lagringskvot"
            r"(e-?postlåd\w*|inkorg\w*)\W+(\w+\W+){0,4}?(full|överskri\w*)|\b\d{2,3} ?% av (sin|din|er) (lagrings)?kvot|lagringskvot(en)? (är |har )?(nåtts|nådd|överskri\w*)|"
            r"(inkommande |nya )?(meddelanden|e-post|mejl)\w* (kommer att |kommer )?(avvisas|studsa)|"
            r"tullavgift|(24|48|72) timmar|\bom betalning(en)? (inte|ej) (har )?(inkommit|inkommer|kommit in|är oss tillhanda)|sista (påminnelsen|varningen)|betala (idag|omgående|senast idag|direkt|senast \d)|inkassoavgift|"
            r"avstängning av (tjänsten|kontot|ert konto)|lösenord\w* (för .{0,40})?(upphör|går ut|löper ut|slutar gälla)|"
            r"(bankid|lösenord|certifikat|licens)\w* har (gått ut|löpt ut|upphört)|"
            # "ditt BankID upphör att gälla den 13 november", "att dina betalningar stoppas": a credential or payments about to end
            r"(bankid|certifikat|e-legitimation)\w* (upphör|går ut|löper ut|slutar gälla)|(betalning\w*|kort(et)?|konto\w*) (kommer att )?(stoppas|spärras|blockeras|låses)|(kontonummer|bankkonto|bankgiro|bankuppgifter)\w* (har )?(ändrats|bytts)|nytt (kontonummer|bankkonto|bankgiro)|session\w* har (gått ut|löpt ut)|"
            r"(ovanlig|misstänkt|okänd)\w* (aktivitet|inloggning)|"
            # "vi har tillfälligt spärrat dina kort", "ditt kort har spärrats": the bank's voice, a block already in place
            r"(har )?(tillfälligt )?spärrat (dina|ditt|ert|era) (kort|konto|bankkort|internetbank)\w*|(kort(et)?|konto(t)?) har (tillfälligt )?(spärrats|låsts|blockerats)|inloggning (på ditt konto )?från ett (okänt|nytt)|förfall\w*:? (idag|i dag)|"
            # an authority's voice: a statement demanded within days under a sanction ("svar krävs inom 7 dagar",
            # "kan en administrativ sanktionsavgift påföras"); a real authority's letter has it too, but never the lure
            r"(svar|yttrande|utredning|redogörelse)\w* (krävs|ska lämnas|måste lämnas|begärs) (in )?inom \d+ (dagar|timmar)|ska (ni )?(lämna|inkomma med|ge in) (en |ett )?(skriftlig\w* )?(utredning|yttrande|svar|redogörelse) inom \d+ (dagar|timmar)|"
            r"sanktionsavgift\w* (kan |kommer att |att )?(påföras|påförs|tas ut|utdömas|dömas ut)|påför(s|as)? (en |er )?(administrativ\w* )?sanktionsavgift|"
            # a domain's or an account's details to be verified by a date: "måste verifieras före den 23 januari"
            r"(måste|ska|behöver) (\w+ )?(verifieras|bekräftas|valideras|uppdateras) (på nytt |igen )?(före|senast|inom) (den )?\d|"
            r"(domän\w*|webbplats\w*|webbutik\w*|butik\w*) (kommer att |att )?(stängas|spärras|raderas|avregistreras|inaktiveras)|"
            # the verb put first after "annars", "om ni inte gör det": "Annars spärras ditt konto", "låses ert konto"
            r"\b(stängs|spärras|låses|inaktiveras|raderas|blockeras|avslutas) (ditt|ert) (\w+)?konto\b"
        ),
        "phishing_lure": (
            # "Uppgradera gratis din lagring", "Öka lagringen nu": the full mailbox's button
            r"(uppgradera|öka|utöka)\w* (gratis )?(din |er |ditt |ert )?(lagring\w*|kvot\w*|lagringsutrymme\w*|e-?postlåd\w*)|"
            r"(uppdatera|bekräfta) (dina (uppgifter|leveransuppgifter)|leveransuppgifterna|din leveransadress)|"
            # the block comes "om du inte bekräftar dina uppgifter": the reader is to follow their link
            r"om (du|ni) inte (bekräftar|verifierar|uppdaterar|loggar in|identifierar|uppgraderar|förnyar)|verifiera(r)? (din|er) identitet|"
            # the reader's own data kept only by following them: "Klicka nedan för att behålla dina data"
            r"(klicka|tryck) nedan|för att behålla (dina|ditt|din|era|ert) (data|meddelanden|e-?post\w*|mejl|filer|foton|dokument|konto|brevlåda|lagring)\b|"
            r"(logga in|verifiera|bekräfta) (här|ditt konto|din identitet)|"
            # "verifiera dina uppgifter med BankID", "verifiera dig med BankID här"
            r"verifiera (dig|dina uppgifter|dina kontouppgifter)( med bankid)?|"
            r"(bekräfta|ange|verifiera) ditt (nuvarande |gamla )?lösenord|behåll (samma|nuvarande) lösenord|"
            r"(uppdatera|bekräfta) din (leverans)?adress|"
            r"logga in för att (förnya|bekräfta|verifiera|behålla|undvika|återställa)|"
            # ... also with a deadline put between, an order opening its sentence: "Logga in inom 48 timmar för att undvika att
            # dina uppgifter raderas" (a customer telling of such a mail writes "att jag ska logga in inom 48 timmar")
            r"(^|[.!:] )[ \t]*logga in inom \d+ (timmar|dagar|h) för att (förnya|bekräfta|verifiera|behålla|undvika|återställa)|"
            r"klicka (här|på länken)|logga in igen\b|förnya (det|den|ditt \w+|din \w+) via länken|(se|öppna) (den )?bifogade? fakturan?\b|bekräfta (era|dina) \w*uppgifter|(öppna|visa|se) (fakturan|dokumentet|filen) (via|på|i) länken|länken nedan|"
            # "know your customer" phishing: the shop's own details confirmed on a link to get access back
            r"bekräfta (företagets|bolagets|ert företags) (uppgifter|information)|för att återställa (full )?(åtkomst(en)?|tillgång(en)?|kontot)|"
            # the reader's own mail password asked on someone else's page: "Inloggning sker med företagets e-postadress och
            # lösenord", "logga in med er e-postadress och ert lösenord"
            r"(inloggning (sker )?|logga in |loggar in |logga på )(med|via) (företagets |bolagets |din |ditt |er |ert |era )?(e-post\w*|mejl\w*|mail\w*|användarnamn)( och| samt) (\w+ )?lösenord|"
            r"(vår|vårt|den) säkra (dokumenttjänst|dokumentportal|portal|meddelandetjänst|filtjänst)\w*|"
            # every user told to verify their own details: "måste alla användare verifiera sina personuppgifter",
            # "kräver att alla kontoinnehavare uppdaterar sina uppgifter"
            r"\b(måste|ska|behöver) (alla|samtliga) (användare|kunder|kontoinnehavare|medlemmar) (\w+ )?(verifiera|bekräfta|uppdatera|validera) (sina|sitt|sin)\b|"
            r"\bkräver att (alla|samtliga) (användare|kunder|kontoinnehavare|medlemmar) (\w+ )?(verifierar|bekräftar|uppdaterar|validerar) (sina|sitt|sin)\b|"
            # the button, a line of its own in the reader's voice: "Verifiera mina uppgifter", "Bekräfta mitt konto"
            r"^[ \t]*(verifiera|bekräfta|uppdatera|validera) (mina|mitt|min) (\w*uppgifter|konto|identitet)[ \t]*$|"
            # ... or the order with "now": "Verifiera nu", "Logga in nu", a button whose link only the HTML holds
            r"^[ \t]*(verifiera|bekräfta|uppdatera|validera|logga in)( dig| ditt konto| dina uppgifter)? (nu|här|direkt|i dag|idag)[ \t]*[.!]?[ \t]*$|"
            # ... or two orders on it: "Logga in och betala", "Logga in och förnya nu"
            r"^[ \t]*(logga in|verifiera|bekräfta) och (betala|förnya|verifiera|bekräfta|uppdatera)( nu| här| direkt)?[ \t]*[.!]?[ \t]*$"
        ),
        # ... or disputed there: "Se fakturan och bestrid den här: http://..."
        "pay_verbs": r"\b(betala|logga in|bekräfta|förnya|verifiera|bestrid|bestrida)\b",
        "get_rich": r"\bkrypto\w*|\blån (på )?upp till\b|\butan säkerhet\b|\bskatteåterbäring\w*|\b\d[\d,. ]{0,12}% avkastning|\bdu har vunnit\b|\bdu har (valts ut|blivit utvald)\w*|\bvinna en (ny )?(iphone|ipad|presentkort\w*|bil|resa)\b|\barvtagare",
        "pressure": r"\bregistrera dig (nu|idag)\b|\bbetala (nu|idag)\b|\bhämta (ditt|din) (pris|vinst|belöning)\b|\b(beställ|boka|köp|ansök) (före|senast|innan|idag|nu)\b|\b\d+ ?% rabatt\b|\bbegränsat antal\b|\bmissa inte\b|\bpassa på\b|\bbörja med (bara|endast) \d+|\bse (dem|pengarna|dina pengar) växa\b",
        "greeting": r"hej|bästa|kära",
        "generic_addressee": r"(kund|användare|vän|skattebetalare|företagare|domäninnehavare|domänägare|webbplatsägare)",
        "sales_offer": r"\bvi (erbjuder|hjälper|har hjälpt|kan hjälpa|kan ge er|kan ge dig)\b|\b(upp till|hela) \d+ ?% rabatt\b|\blagerrensning\w*|\bvi är en (\w+ ){0,3}(tillverkare|leverantör|grossist)\b|\bsöker återförsäljare\b|\b(skulle|är) ni (vara )?intresserade|\b(fördubbla|öka|tredubbla) (er |din )?(försäljning|omsättning|trafik)",
        "sales_cta": (
            r"\bboka (ett|en) (kostnadsfri|kostnadsfritt|gratis|kort|snabb)?\s?(möte|samtal|demo|genomgång|konsultation)|"
            r"\b(kostnadsfri|kostnadsfritt|gratis) (seo-?|webb-?)?(analys|genomgång|demo|konsultation|granskning)|\bär det (ok|okej|okay) om jag skickar\b|\bprova (på )?(gratis|kostnadsfritt)\b|"
            r"\bsvara\W{1,3}[\"'“”«]?ja\b|\bhar (du|ni) \d+ minuter\b|\btesta (gratis|kostnadsfritt)\b|\bska vi ta ett (kort |snabbt )?samtal\b|\bvad (skulle ni|vill ni) (vilja )?ha för (den|det|domänen)\b|\b(hör av (dig|er)|begär) (för )?(en )?offert\b|\bgratis webbinar\w*|\bintresserade av (ett )?samarbete\b"
        ),
        "cold_opener": (
            r"\bjag har (tittat|kollat|sett) på (er|din) (webbshop|webbplats|sajt|hemsida|nätbutik|e-handel)|"
            r"\b(er|din) (hemsida|webbplats|sajt|webbshop|nätbutik) (syns|rankar|hamnar|laddar) (inte|dåligt|långsamt)\b|"
            r"\bvi har (tittat|kollat|sett) på (er|din)|\bvi har (skannat|granskat|analyserat|testat) (er|din|[\w-]+\.(fi|se|com|net|eu|shop)\b)|"
            r"\b(jag|vi) (tittade|kollade|besökte|såg) på [\w-]+\.(fi|se|com|net|eu|shop),? och (märkte|såg|noterade|gillade)\b"
            # "Jag besökte butiken.fi i dag och märkte att ni inte syns på första sidan på Google"
            r"|\b(jag|vi) (besökte|såg|tittade på|kollade på) ([\w-]+\.(fi|se|com|net|eu|shop)|er (webbshop|webbplats|sajt|hemsida|nätbutik))( (i dag|idag|igår|nyss|häromdagen))?,? och (märkte|såg|noterade)\b"
            r"|\bni (inte )?(syns|rankar|hamnar|finns) (inte )?(på|i) (första sidan|google|topp)"
        ),
        "domain_scam": r"domän\w*\W+(\w+\W+){0,6}?(förny\w*|löper ut|går ut)|\bköpa (er |din )?domän\w*|sökmotorregistrering\w*|\bwhois\b|(ägar|innehavar|registrant)uppgift\w* (för|till|om) (er |din )?(domän\w*|[\w-]+\.(fi|se|com|net|eu)\b)",
        "your_parcel": r"\b(din (försändelse|leverans|paket)|ditt paket)\b",
        # ... or a small sum to pay: "betala 1,99 EUR", "betala 19 kr"
        "parcel_fee": r"\b(obetald\w*|returneras till avsändaren|(ny )?leveransavgift\w*|omleveransavgift\w*|betala (en )?(liten )?avgift|betala \d{1,4}([,.]\d{1,2})? ?(eur|euro|kr|kronor|sek))\b",
        "payment_account": r"\b(bankgiro|plusgiro|kontonummer)\b",
        "payment_due": r"\b(förfallo\w*|ocr)\b",
        "directory_scam": r"företagsregist\w*|företagskatalog\w*|företagsguide\w*|\bannonsering i \w*(guide|katalog|register)\w*|\w*registrering\w*\W+(\w+\W+){0,6}?avgift\w*|\bavgift \d[\d ]* kr (per|om) år\b|\b(detta|det här) är (\w+ ){0,5}?(och )?(inte en|ingen|ej en) faktura\b",
        "gdpr_fear": r"\b(er|din) (webbplats|hemsida|webbshop|nätbutik|sajt)\b.{0,30}\b(uppfyller inte|följer inte)\b|\bregistrera (ert|ditt) företag (på|i|hos)\b|\bhanteringsavgift\w*|\bdataskydd\w*[- ](granskning\w*|utbildning\w*)|\b(vanligaste |vanlig |vanliga )?(orsak\w*|skäl\w*) till (sanktioner|böter)\b|\b(böter|sanktionsavgift\w*) på upp till|\b20 miljoner"
        # new rules said to oblige every user: "På grund av nya EU-regler (GDPR) måste alla användare ..."
        r"|\b(nya|ny|den nya) [\w-]*(regler|förordning\w*|lag\w*)\b.{0,20}?\b(måste|ska|behöver|kräver att) (alla|samtliga) (användare|kunder|kontoinnehavare|medlemmar)\b"
        # ... or the sender's duty to check the reader's details: "På grund av nya GDPR-regler måste vi uppdatera dina personuppgifter"
        r"|\b(nya|ny|den nya) [\w-]*(regler|förordning\w*|lag\w*)\b.{0,20}?\b(måste|ska|behöver) vi (\w+ )?(uppdatera|verifiera|bekräfta|validera|kontrollera) (dina|ditt|din|era|ert)\b",
    },
}
