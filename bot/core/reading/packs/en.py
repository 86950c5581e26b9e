"""English. Literal data only; `bot.core.reading.vocabulary` says what each key means and checks it.

`fragments`, `words`, `right_names`, `cues` and the reading keys run on folded text (lower case,
no diacritics); `quoting` and `screening` on the mail's own text, case-insensitively.
"""

PACK = {
    "code": "en",
    "name": "English",
    "covered": True,
    "stop_words": (
        "the and to of a in is it that for you my me i please this with have on be not are your all "
        "from we would like can could do don't dont any what was thanks hi hello regards dear"
    ),
    "negation": r"\b(not|don'?t|dont|do not|does not|doesn'?t|never|no need|without|nothing)\b",
    # A polite command starts a clause of its own: "its anna.k not ana.k can u fix it" (the "not" is the value's).
    # "I don't want that anymore so I'm withdrawing my permission": a "so" before the writer's own words starts a clause
    "clause_breaks": r"\b(but|just|only|instead|however|please|pls|(can|could) (you|u))\b|\bso (?=(i|i'?m|im|i'?ve|i'?ll|we|please|pls)\b)",
    # "don't send me offers and delete my account": the "and" starts a new, positive command.
    "new_clause_and": r"\band (then |also |please |just |pls )?$",
    # The polite modal may follow a lead-in clause: "While you're at it, could you also ...".
    "polite": (
        # ... also after a connective: "Additionally could you ...", "In addition could you ...", or a dash: "before you do
        # that - could you ..."
        r"(^|[,;:]|\s[-\u2013\u2014]|\b(also|and|but|so|then|now|ok|okay|meantime|meanwhile|btw|additionally|furthermore|moreover|besides|in addition|secondly|lastly|finally|plus))\W*(could|can|would|will|may|might) (you|u|i|we|someone)\b{{not_tell_if}}|"
        r"\bplease\b{{not_tell_if}}|\bpls\b|^\W*how (would|do|can|could) i\b|\bwould it be possible|\bis it possible|"
        r"\bi would like|\bi want|\bi'd like"
    ),
    # ... or did it themselves: "I unsubscribed last week" (and it worked, or you still send: request_done says which)
    "past_request": r"\b(i (have |had )?(already )?(asked|requested)|i'?ve (already )?asked|i('ve| have| had)? (already |just |accidentally |mistakenly )?(unsubscribed|opted out)"
                     # "I closed my account last month": the writer's own act, reported
                     r"|i('ve| have| had)? (already |just )?(closed|deleted|cancell?ed|deactivated|terminated) (my|our) (own )?(\w+ )?(account|profile|membership))\b",
    "fragments": {
        # contact for surveys, interviews or a customer panel (SCHEMA: not marketing)
        "survey_kinds": (
            r"(surveys?|questionnaires?|interviews?|(customer|research|feedback|user|consumer|test|testing) panels?|panel (list|members?\w*)|"
            r"customer (experience|satisfaction|feedback|research) (calls?|interviews?|surveys?|research|programmes?|programs?)|feedback (calls?|interviews?|requests?))"
        ),
        # the rest of a declining clause, up to a comma or a new command ("..., but I won't, so please delete it")
        # "could you tell me if my data is deleted after 5 years?": an indirect question, asked politely, is still a question
        # ("could you tell me if you can delete my account?" asks for the deletion)
        "not_tell_if": r"(?! (please )?tell (me|us) (if|whether|when|how long|for how long|after how long)\b(?! (you|u) (can|could|would|will)\b| (it'?s|it is) possible\b))",
        # the calls or mails of a survey ("no more survey calls or survey emails"): contact for surveys, no marketing
        "not_survey": r"(?<!survey )(?<!surveys )(?<!feedback )(?<!research )(?<!interview )(?<!panel )(?<!questionnaire )",
        "declined_tail": r"(?:(?!\b(but|so|please|pls|instead|rather|just|only|then)\b)[^,;:.!?\n]){0,80}",
        # The writer's data or account. Common misspellings too ("acount", "detials"). Contact
        # details count only when no mailing list follows: "remove my e-mail from your list" is
        # a marketing ban, not erasure.
        # ... nor when an advertising audience or a marketing database follows ("remove my address from any advertising audiences")
        "not_list": r"(?![^.!?\n]{0,30}\b(list|lists|newsletter|mailings?|listalta|postituslist\w*|utskick\w*|nyhetsbrev\w*|audiences?|"
                    r"(marketing|advertising|ad|ads) (database|databases|lists?|register|files|system))\b)",
        "data": (
            r"(accounts?|acount|accout|acct|accnt|accaunt|acc|profile|data|informations?|informaton|info|infos|details|detials|"
            r"detales|records?|personal \w+|everything|membership|reviews?|testimonials?|customer (account|profile|record)|call recordings?|"
            r"recordings? of (my|our|the|that|this) (phone )?(call|calls|conversation)|"
            # a job applicant's papers: "please delete my application, CV and references"
            r"(my|job) applications?|application (materials|documents|papers)|(my|the) cvs?|cvs?(?= and\b)|(my|the) resumes?|cover letters?|"
            r"(my|her|his) ((e-?mail|postal|home) )?address(es)?{{not_list}}|(my|her|his) ((tele)?phone |mobile |cell )?number{{not_list}})"
        ),
        # What marketing arrives as; misspelt mail words ("emales", "emials") included.
        "marketing_kinds": (
            r"(newsletters?|marketing|ads|advert\w*|promo\w*|offers|deals|e-?mails|emales|emials|mails|texts|text messages|"
            r"sms|messages|mailings?|targeting|targeted (ads|advertising|marketing)|retargeting|remarketing|custom audiences?|"
            # ("no future calls with me recorded": the recording of calls, a consent, no marketing)
            r"lookalike audiences?|personali[sz]ed (ads|advertising|offers|(product )?(recommendations?|suggestions?))|product recommendations?|spam|junk( mail)?|calls(?! (\w+ ){0,3}?(be |being )?recorded\b)|catalog\w*|leaflets?|"
            r"flyers?|brochures?|mailers?|campaigns?)"
        ),
        "until": (
            r"until|pending|while (you|we) (check|look into|investigate|review|sort out|handle|verify)\w*|"
            # "while we sort this out", "while you are sorting it out"
            r"while (you|we)( are|'re)? (sort|sorting|figure|figuring|clear|clearing) (this|it|that|things|the matter) (out|up)\b|"
            r"while (this|it|that|the \w+|my \w+) (is|are) (being )?"
            r"(investigated|resolved|disputed|checked|sorted|handled|settled|open)|as long as (this|it|the \w+) (is|remains)"
        ),
        "no_use": (
            r"(don'?t|do not|not|never|stop|no)\b[^.!?\n]{0,40}\b(use|used|using|process|processed|processing|pass\w*|"
            r"shar\w*|disclos\w*|hand\w* (over|on)|forward\w*)\b"
        ),
    },
    "words": {
        "order_context": r"\b(order|delivery|shipment|parcel)\b",
        "record_context": (
            r"\b(account|record|customer (data|details|record)|profile|future orders|stored|saved|on file|(order|purchase) history)\b"
            # "fix this in your system so the next delivery goes correctly", "... before my next order": the record, for
            # the orders to come (one order's "before it ships" is still the order's)
            r"|\b(next|future|upcoming|coming|later) (orders?|deliver(y|ies)|parcels?|packages?|shipments?|purchases?)\b"
            # "every time I order, the code goes to my old number": a detail wrong in all orders is the record's
            r"|\b(every time|each time|whenever) (i|we) (order|buy|shop|purchase)\w*\b"
            # "it's wrong in your system, I must have typed it wrong when I registered": a detail given at sign-up
            # (an order's address "wrong in your system" alone is still the order's)
            r"|\bwhen (i|we) (first )?(registered|signed up|created (my|our|the|an) account|opened (my|our|the|an) account)\b"
        ),
        "article_words": r"art\.?|article",
        "marketing": r"direct marketing|marketing|newsletter|advert|\bads\b|targeting|custom audience|retarget|remarket|tracking pixel|sms|unsubscrib",
        "offers": r"\b(offers|promo\w*|spam\w*)",
        "non_marketing": (
            r"analy[sz]|analytic|statisti|browsing|session|recording|fraud|scoring|risk|\bai\b|artificial|"
            r"machine learning|sharing|shar(e|ing) [^\n]{0,20}partner|partners|legitimate interest|segment|survey|credit check|"
            r"automated decision"
        ),
        "marketing_purpose": r"\b(for|to) (direct )?(marketing|advertising|ad targeting)( purposes)?\b|\bmarketing purposes\b",
        # ... and so is passing the data to "marketing partners" under that purpose
        "profiling_methods": r"\banaly[sz]\w*|\bsegment\w*|\bbrowsing\b|\b(shar|pass|disclos|giv|sell)\w*\b[^.\n]{0,40}?\bmarketing partners?\b",
        "marketing_tracking": (
            r"\b(track\w*|monitor\w*|measur\w*)\W+(\w+\W+){0,4}?(opens?|openings?|clicks?)\b"
            r"|\b(opens?|clicks?)\W+(\w+\W+){0,4}?(track\w*|monitor\w*)|\btracking pixels?"
        ),
        "marketing_cookies": r"\b(marketing|advertising)[- ]?cookies?",
        "consent_word": r"\b(consent\w*|permission|opt-?in)",
        "consent_given": (
            r"\b(said yes|agreed|accepted|allowed|ok'?d|clicked (yes|ok|accept\w*)|ticked|opted in)\b[^.!?\n]{0,40}"
            r"\b(cookie\w*|tracking)"
            # "I agreed to the call being recorded", "said yes to my call being recorded"
            r"|\b(said yes|agreed|accepted|allowed|consented|pressed \d)\b[^.!?\n]{0,40}\b(recorded|recording)\b"
            # a box ticked at checkout or sign-up is a consent, whatever it was for ("ticked the box to save my card")
            r"|\b(ticked|checked|clicked|marked|selected) (the|a|that) (check ?|tick ?)?box\b"
            # a box that came ticked ("it was pre-ticked"), or a yes to saving a card or a detail ("I said yes to 'save card'")
            r"|\bpre-?(ticked|checked|selected)\b|\bsaid yes to\b[^.!?\n]{0,40}\b(save|saving|store|storing|keep|keeping)\b"
        ),
        # ... or a consent named by what it let us do with a photo, a name or a review ("I withdraw my permission for you to
        # use the photo and my name"): not a marketing consent, whatever messages the sentence also speaks of
        "consent_not_marketing": r"cookie|\b(survey|feedback|research|interview|panel|questionnaire) (calls?|e-?mails?|mails?|messages?|texts?|contact)\b|\b(consent|permission|approval)\b[^.!?\n]{0,30}\b(to|for)( you to| us to)? (use|using|show|showing|publish|publishing|post|posting|display|displaying) "
                                 r"(the|my|that|this|those|these|our) (photos?|pictures?|images?|videos?|name|reviews?|testimonials?|story)\b",
        "withdraw_pronoun": (
            r"\b(withdraw\w*|revok\w*|retract\w*|cancel\w*|take back)\b (it|this|that|them|the same)\b"
            r"|\b(take|taking) (it|this|that|them) back\b"
        ),
        "consent_for_mail": r"\b(e-?mails|mails|texts|text messages|messages|offers|sms)\b",
        "consent_pointed_back": r"\b(that|this|the same|those) (consent|permission|opt-?in|approval)",
        "not_this_but": r"\b(instead of|rather than|not for)\b",
        "erase_pronoun": (
            r"\b(delete|erase|wipe|remove|purge|destroy|scrub|get rid of)\b (it|them|that|this|all of it|it all|everything|mine)\b"
            r"|\b(want|need|would like)\b (it|them|all of it|it all|everything|all that|all of that|the (whole )?lot|(that|the|this) recording) (gone|deleted|erased|removed|wiped)\b"
            # "You hold my details in your customer database. I want to be removed from it."
            r"|\b(be|being|get|getting) (taken|removed|deleted|erased|wiped) (off|from|out of) (it|that|this|them)\b"
            # "I have two accounts with you. Please remove the older one."
            r"|\b(delete|erase|wipe|remove|purge|close|deactivate)\b (the|that) (\w+ ){0,2}one\b"
        ),
        "off_pronoun": r"\b(take|taking|remove|removing|drop|dropping|strike|scratch) me (off|out of|from) (it|that|this|them|those|there)\b"
                       r"|\b(be|being|get|getting|been) (taken|removed|dropped|struck) (off|out of|from) (it|that|this|them|those|there)\b",
        "survey_contact": r"\b{{survey_kinds}}\b",
        "correct_pronoun": r"\b(correct|fix|amend|rectify|update|change)\b (it|that|this|them)\b(?! (for|to) me\b)",
        "data_named": r"\b(data|information|info|details|records?|accounts?|profile|"
                      # a contact detail the writer would rather we did not have: "I'd rather you didn't have a phone number for me. Delete it"
                      r"(phone|mobile|telephone|cell) number|e-?mail address|home address|(hold|holds|have|has|keep|keeps|store|stores)( got)? on me|about me|whatever you('ve| have)? got"
                      # "what you collected from her": the data named by how it was gathered
                      r"|what (\w+ ){0,2}?you('ve| have)? (collected|gathered|stored|saved|recorded|have on file|keep on file|(hold|keep)(?! (in stock|for sale|on sale|in the shop|in store)\b))"
                      # ... or the writer's call, said to be recorded: "the call was recorded", "you recorded my call"
                      r"|\bcalls?\b[^.!?\n]{0,40}\b(was|were|got|being|been) recorded|recorded (the|my|our) calls?)\b",
        "pronoun_not_data": r"\b(orders?|items?|products?|basket|cart|parcel|package|reviews?|comments?|photos?|(isn'?t|is not|aren'?t|are not) (mine|my own))\b",
        "stop_pronoun": (
            r"^\W*(please |pls |so |just )?(no more|not any ?more)\b\W*(please|pls|thanks?|thank you)?\W*$"
            r"|\b(stop|end|cut out|quit) (it|that|this|them|those|these)\b|\bmake (it|them) stop\b"
            r"|\bi (don'?t|do not) want (these|them|those|this|it) (any ?more|any longer)\b|\b(remove|take) me (off|from) (this|it|these|that|them)\b"
            r"|\b(be|being|get|getting) (taken|removed) (off|from) (this|it|these|that|them)\b"
        ),
        # ... or "mine" for the data named before ("Your policy says I can check the data you hold. I'd like to check mine.")
        "copy_pronoun": r"\b(copy|copies|printout|list|overview) of (it|them|those|that|all of it|all of them)\b"
                        # "ask for a copy of what a company has on me before they delete it, so could you send me that first?"
                        r"|\b(send|e-?mail|mail|give|forward) (me|us) (that|it|this|those|them)( over)? (first|beforehand|before (that|you delete|deleting|the deletion|deletion|it is deleted|you do))\b"
                        r"|\b(check|see|view|access|get|receive|ask(ing)? for|request(ing)?|have a look at) (mine\b|my own\b(?! \w))",
        "picture_of_me": r"\b(pictures?|photos?|photographs?|images?|videos?) of (me|my|our|us)\b|\bmy (picture|photo|image)\b"
                         # "the fourth picture on your page is my house", "one of the photos shows my home"
                         r"|\b(pictures?|photos?|photographs?|images?)\b[^.!?\n]{0,40}\b(is|shows|showing) (me|my|our|us)\b",
        "take_down_pronoun": r"\b(take|get) (it|them|that|this) (down|off)\b|\b(remove|delete) (it|them|that|this)\b",
        # "Remove me from everything" after the mailings named, or under our newsletter: off them all (mapping.py)
        "off_everything": r"\b(remove|take|delete|unsubscribe) me (off|from) (everything|it all|all of it|all of this|all of them)\b",
        "bare_stop": (
            r"^\W*(please |pls |just )?(stop|unsubscribe|opt out|remove me|take me off|no more|no thanks|no thank you)"
            r"( (it|this|that|them|these|now|please|thanks|thank you|immediately))*\W*$"
        ),
        "request_done": (
            r"\b(you (did|have done|deleted|removed|closed|corrected) (it|them|that)|(it|they|that) (was|were|has been|have been) "
            r"(done|deleted|removed|closed|corrected)|thanks? (you )?for (that|doing (it|that))|(it|that|this) (worked|went through)|worked (fine|perfectly|great|well)"
            # an unsubscribe made by mistake happened: nothing left to stop
            r"|(accidentally|mistakenly) (unsubscribed|opted out)|(unsubscribed|opted out) (by (mistake|accident))"
            # "no need to keep the newsletter either, I've already unsubscribed": done by the writer, nothing asked
            r"|no need\b[^.!?\n]{0,60}\balready (unsubscribed|opted out)|already (unsubscribed|opted out)\b[^.!?\n]{0,30}\b(so )?no need)\b"
        ),
        "thanked_for": r"\bthanks? (you )?(so much |a lot )?for (deleting|removing|erasing|closing|correcting|updating|sending|unsubscribing|the (copy|export|file|overview|report) of my)\b"
                       # "thanks for getting back to me so fast and for the CSV": the file thanked for beside something else
                       r"|\bthanks? (you )?[^.!?\n]{0,60}?\band (for )?(the|your|my) (\w+ )?(csv|json|xml|xlsx|excel|export|file|copy)( file| export)?\b"
                       # "Got the CSV, thanks", "I received the JSON file, thank you": the file arrived
                       r"|\b(got|received|downloaded|opened)( \w+)? (the|your) (\w+ )?(csv|json|xml|xlsx|excel|export|file|copy)( file| export)?\b,?( and)?( \w+)? (thanks?|thank you|cheers|it (opened|imported|worked|looks))\b"
                       # "I got the confirmation that my account was deleted": done, and told so
                       r"|\b(?<!never )(?<!not )(?<!n't )(got|received)( \w+){0,2}? (the|a|your) confirmation( e-?mail| message)? that\b",
        "shown_by_consent": r"\b(reviews?|testimonials?)\b",
        "stored_card": r"\b(saved|stored) (payment |credit |debit |bank )?cards?\b|\bcard (details|number|data)\b|\bpayment cards?\b"
                       # "I allowed you to save my card for next time": the card kept, said with the verb
                       r"|\b(save|saving|store|storing|keep|keeping|remember|remembering) (my|the) (payment |credit |debit |bank )?card\b",
        "other_account": (
            r"\b(my other|the other|another|a second|my second|that other|that|this other|one more|an extra|an additional|an older) (account|e-?mail( address)?|address|profile|login)\b"
            # "I also made an account years ago with my old work address": a second account told as a story
            r"|\b(also|too)\b{{S}}{0,20}\b(made|created|opened|set up|registered|have|had) (an|a second|another|one more) account\b"
            r"|\ban account\b{{S}}{0,30}\b(with|under|using|on) (my|an) (old|other|former|work|second|previous|older)\b"
        ),
        "we_wrote": (
            r"\bi (got|received|had) (an? |your )?(e-?mail|message|letter|mail|notice|notification|sms|text)\b[^.!?\n]{0,30}\b(from you|saying|that said|telling me|stating)\b"
            r"|\byou (wrote|told me|informed me|notified me|warned me|said in your (e-?mail|message|letter))\b"
            # "what you sent was only a list of my orders": what our answer held, described
            r"|\bwhat you (sent|gave|provided|e-?mailed|mailed)( me| us)? (was|is|were|are|contains|contained)( only| just| merely)?\b"
            # our policy or site, reported or quoted ('your policy says "..." and that I can object'): its rights are ours
            r"|\b(your|the|its) (privacy )?(policy|notice|statement|terms|website|site|faq|confirmation|confirmation e-?mail|e-?mail|message|letter|notification|receipt)\b{{S}}{0,15}\b(says?|said|states?|stated|reads|mentions|promises)\b"
            r"|^{{S}}{0,10}\bit (says|states|mentions)\b"
            # "I read in your privacy policy that I can ask for erasure": the policy read and reported
            r"|\bi (read|saw|noticed|see|found|learned|learnt)\b{{S}}{0,10}\b(in|on) (your|the|its) (privacy )?(policy|notice|statement|terms|website|site|faq)\b"
        ),
        "not_only": r"\bnot (only|just|merely)\b",
        # "till" only before a subject: Swedish "till" is "to" ("flyttat från Borgå till Ekenäs")
        "condition_clause": r"\b(until|once|as soon as|before)\b|\btill (you|we|i|it|they|then|the|my|our|this|that)\b",
        # the policy's list of rights known ("I have the right to rectification, erasure, portability and ..."): named, not asked
        # ... or the list a policy "lists", "sets out" or "mentions" ("lists the right of access, rectification, ...")
        "rights_listed": (
            r"\b((have|has) (the |a )?|(lists?|listed|names?|mentions?|sets? out|describes?|explains?) (the |my |your |our )?)"
            r"rights? (to|of) \w+( \w+)?, \w+( \w+)?(,| and) [^.!?\n;:]*"
            # "your privacy policy lists the following rights: right of access, right to rectification, ..."
            r"|\b(lists?|listed|names?|mentions?|sets? out|describes?|explains?|gives?)( the| these| those| its| your| our| my)?( following| these| six| five| four| eight)? rights\b ?: [^.!?\n;:]*"
            # rights as examples of requests in general: "data subject requests (access, erasure, etc.)",
            # "GDPR requests such as access, erasure and portability"
            r"|\b(requests?|rights)\b ?\((e\.?g\.?,? )?\w+( \w+)?(, \w+( \w+)?)+,?( etc\.?| and so on| or \w+| and \w+)?\)"
            r"|\b(requests?|rights)\b,? (such as|like|e\.?g\.?|for example|including) \w+( \w+)?(, \w+( \w+)?)*,? (and|or|etc\b)[^.!?\n;:]*"
        ),
        "declined": (
            # "Can I ask you to delete my data later?": whether the writer may ask some day, not asked now
            r"\b(can|could|may|might) (i|we) (\w+ )?(ask|request)\b{{S}}{0,80}\b(later|in the future|at a later (date|stage|point|time)|some ?day|one day)\b{{S}}{0,60}\?|"
            r"\b(i|we) (\w+ ){0,4}?(could|can|might)\b{{S}}{0,120}\b(but (i|we) (won'?t|will not|am not going to|"
            r"are not going to|don'?t want to|do not want to|choose not to|"
            # "I know I could ask for a copy of the data first, but I don't need it"
            r"don'?t need (it|that|one|them|to)|do not need (it|that|one|them|to)|have no need (for|of))\b{{declined_tail}}"
            # "..., and to be clear I'm NOT asking for that": an aside between the "and" and the refusal
            # ... also with an adverb before the refusal: "but I am explicitly NOT asking that"
            r"|(and|but),?( (to be (clear|honest|sure)|just to be clear|to clarify|frankly|honestly),?)? (i'?m|i am|we'?re|we are)( (explicitly|expressly|specifically|definitely|certainly|really|simply))? not "
            r"(doing|going to do|asking( for)?|requesting) (that|this|it|so|any of (that|this|it|them))\b)"
            # "I'm not asking you to delete my account", "... to stop the newsletter either": the right named, declined
            r"|\b(i'?m|im|i am|we'?re|we are) not (asking|requesting|demanding|telling)( (for|you|that you))?( to)?\b{{declined_tail}}"
            # "I am not at this stage exercising my right to erasure, rectification or objection": the rights named, declined,
            # the whole list of them up to a new command
            r"|\b(i'?m|im|i am|we'?re|we are) not( \w+){0,4}? (exercising|invoking|making use of|using)( (my|our|the|any))? rights?\b"
            r"(?:(?!\b(but|so|please|pls|instead|rather|just|only|then)\b)[^;:.!?\n]){0,100}"
            # "I know I can ask for erasure or rectification, but that's not what I'm after"
            r"|\b(i|we) (\w+ ){0,4}?(could|can|might|have the right)\b{{S}}{0,120}\bbut (that'?s|that is|this is|it'?s|it is) not what (i|we)('m| am|'re| are)? (after|want|asking for|looking for|need)\b"
            # "I was going to ask you to delete my account, but please don't do that yet": meant, then held off
            r"|\b(i|we) ((was|were|had been) going|(had )?(meant|planned|intended)) to\b{{S}}{0,100}\bbut (please )?(don'?t|do not) (do|delete|erase|remove) (that|it|this|anything)\b"
            # "I might still do that at some point, but for now I just want ...": put off, not asked
            r"|\b(i|we) (\w+ ){0,4}?(know|have|realise|realize|understand|could|can|might|may)\b{{S}}{0,120}?\b(i|we) (might|may|could)( still| well)? do (that|this|it|so)\b{{S}}{0,30}\b(later|at some point|some day|someday|in the future|eventually)\b,? but (for now|right now|at the moment|today)\b"
            # "this letter is not, at this stage, a request for erasure or restriction" (not "... but for a copy")
            r"|\b(letter|e-?mail|mail|message|this) is not\b,?( (yet|now|at (this|present) (stage|time|point)|for now|at present),?)? (a|an|any) request (for|of|to)\b{{declined_tail}}"
            # "I may want it all deleted later, but not now": put off, not asked (the whole sentence)
            r"|^{{S}}*\b(later|eventually|probably|maybe|perhaps|one day|some day|in the future)\b{{S}}{0,80},? but not (now|yet|at this (stage|point|time)|for now)\W*$"
            # "I reserve the right to request rectification or erasure at a later stage": kept for later, not asked
            # "I understand that I may also ask for my data to be deleted, and I may do so later, but at this stage I am only
            # requesting access": a right known and put off, the one asked named after "but ... only"
            r"|\b(i|we) (\w+ ){0,4}?(know|realise|realize|understand|am aware|could|can|might|may)\b(?:(?!(?<!\bdo )\bso\b|\b(please|pls|then)\b)[^.!?\n]){0,120}?"
            r"\b(also|later|at some point|some day|someday|in the future|eventually|as well)\b(?:(?!(?<!\bdo )\bso\b|\b(please|pls|then)\b)[^.!?\n]){0,80}?\bbut\b,?"
            r"( (for now|right now|at the moment|at this (stage|point|time)|for the time being|today|currently|now),?)? (i|we)('m| am|'re| are)? (only|just) "
            r"(asking|requesting|want|wanting|writing|need)\b"
            r"|\b(i|we) (hereby )?reserve (the|my|our) rights? to\b(?:(?!\b(but|and (hereby|now|also|then|meanwhile)|please|pls)\b)[^;:.!?\n]){0,160}"
        ),
        # "I know I have the right to ask you to delete my data. I don't want that, ...": a right known, declined by the
        # sentence after
        "form_sender": r"^(e-?mail|e-?mail address|your e-?mail)$",
        "declined_next": (
            r"\b(i|we) (\w+ ){0,4}?(could|can|might|may|have the right|had the right|am entitled|'m entitled)\b[^|]{0,160}\|\| (but )?"
            r"((i|we) (don'?t|do not) (want|need) (that|to( do that)?)|(i'?m|i am|we'?re|we are) not (going to|gonna) (do|ask for|request) (that|this|it|so)"
            r"|that'?s not what (i|we) want|(i|we) (won'?t|will not) (do that|be doing that))(,? though|,? however)?(?=\s*([.,!;]|$))"
        ),
        # "If the refund isn't here by Friday I'm going to ask you to delete my data": a right held over the shop
        # under a condition is announced, not asked; a person reads it (it may be a fallback request). "..., and then
        # I will also demand ...": the condition may carry a first consequence before the right.
        "threatened": (
            r"\b(if|unless|otherwise)\b{{S}}{0,80}\b(i|we)('ll| will| shall|'?m going to| am going to|'re going to| are going to|'?m gonna)( also| then| even| additionally)?"
            # ... "I will complain to the ombudsman and demand ...": a first consequence, then the right
            r"(( \w+){1,8}?,? and( also| then)?)?"
            # ... also in the progressive: "I'll be asking you to delete my account altogether"
            r"( be)? (ask|request|demand|file|make|submit|asking|requesting|demanding|filing|making|submitting)\b{{declined_tail}}"
        ),
        # "If I delete my account, will I lose the warranty?": the writer's own act in a condition, up to the clause's
        # end ("if I could get a copy" asks, so a modal does not open one)
        "own_act_if": (
            r"\bif (i|we) (?!(could|can|may|might|would)\b)(\w+ ){0,3}?(delete|deleted|deleting|close|closed|cancel|cancell?ed|remove|removed|"
            r"erase|erased|unsubscribe|unsubscribed|opt out|opted out|withdraw|withdrew|deactivate|deactivated|terminate|terminated|"
            r"ask|asked|request|requested)\b[^,;:.!?\n]{0,80}"
        ),
        # "Delete my account - but first, what data do you have on me?": a clause that opens so is a question, the one
        # before the break a command (rights_asked._question_from); read at the clause's start
        "question_opening": (r"(how|what|which|why|when|where|who|whom|whose|whether|if|or|is|are|am|was|were|do|does|did|can|could|"
                             r"should|shall|will|would|may|might|must|have|has|had|isn'?t|aren'?t|don'?t|doesn'?t|won'?t|shouldn'?t)\b"),
        "break_after_comma": r"(but|and also|also|plus)\b",
        "attachment_pointer": (
            r"\b(see|find|read|in|refer to)\b[^.!?\n]{0,20}\battach\w*|\battached (is|are|please find|you will find)\b"
            r"|\b(request|letter|details|form) (is |are )?attached\b"
        ),
        # a bare "i" is Swedish for "in": the English one is known by the verb after it
        "first_person": (
            r"\b(i'm|i've|i'd|i'll|me|my|mine|myself|we|us|our)\b|\bi (am|have|had|want|would|think|do|did|don'?t|didn'?t|was|need|"
            r"never|ordered|bought|asked|received|got|see|saw|noticed|believe|can|could|will|wish|object|request|withdraw|just|only|also)\b"
        ),
        "only_asking": (
            # (not "just curious if you have tips": the curiosity is about the product, a request beside it still asks)
            r"\b(just|only) (asking|curious|wondering|trying to understand)\b(?! (if|whether) (you|u) (have|know|could give|can give|could share) (any )?(tips|advice|ideas|suggestions|recommendations|tricks)\b)|\b(just|only) want to understand\b{{S}}{0,20}\bbefore (i|we) (order|buy|shop|sign up|register)\b|\bi'?m not (asking|requesting) (you )?(for |to do )?anything\b"
            # ("I'm not asking you to delete anything": one right declined, a question beside it still asks)
            r"|\bin general\b|\bgeneral question\b|\bnot a customer\b"
            # "I don't need anything right now, I was just curious"
            r"|\bi (don'?t|do not) need anything (right now|at the moment|at this point|for now|now)\b|\bi was (just|only) curious\b"
            # "Not a request, just feedback" (not "not a request for erasure but for a copy")
            r"|\b(not|isn'?t|isnt) an? (\w+ )?request\b(?! (for|to|under|of)\b)|\b(just|only) a (general )?question\b|\b(just|only) (some )?feedback\b"
        ),
        "privacy_strong": r"\b(personal (data|information|details)|data protection|data privacy|privacy (law|rights?|policy))",
        "privacy_topic": (
            r"\b((my|her|his|our) (own )?(personal )?(data|information|info|details|records?|"
            r"customer (account|profile|record|data)|profile)|(your|the) (customer )?(register|registry|database|records|files|crm)|"
            r"mailing ?lists?|e-?mail lists?|consent\w*|profil(ing|ed)|newsletters?|direct marketing|marketing)"
        ),
        "about_me": r"\b((about|on) me|under my name)\b",
        "privacy_have": r"\b(have|has|got|hold\w*|held|know|kept|keep\w*|stor\w*|collect\w*)\b",
        "privacy_action": (
            r"\b(delet\w*|eras\w*|remov\w*|wip\w*|forget|correct\w*|rectif\w*|fix|amend\w*|updat\w*|stop\w*|use|using|used|"
            r"shar\w*|sell|sold|pass\w*|keep\w*|kept|stor\w*|hold\w*|held|see|view|copy|send|sent|object\w*|"
            r"withdraw\w*|revok\w*|unsubscrib\w*|opt\w* out|access|process\w*|collect\w*|"
            # saying the data is wrong asks, in effect, to correct it
            r"wrong|incorrect|outdated|out of date)\b"
        ),
        "own_detail": (
            r"\b(my|mine|our|his|her|the old|my old|my new) (\w+ )?(phone ?number|mobile ?number|number|e-?mail( address)?|"
            r"address|surname|last name|name|date of birth|year of birth|birth ?date|birthday)\b"
        ),
        # ... or told as it stands: "my name is spelled Tremblya", "the flat number is missing"
        "detail_change": r"\b(chang\w*|updat\w*|replac\w*|correct\w*|wrong|incorrect|no longer|not mine|anymore|moved|old|"
                         r"(is|are|was|were) (spelled|spelt|written|missing)|misspel\w*)\b",
        "detail_held": r"\b(account|profile|your (list|lists|system|systems|database|records?|files?)|on file|in your system|still)\b",
        "kept_about_me": (
            r"\b(notes? on (my|the|her|his) (file|account|record)|(an |the )?entry (on|in) my|call recordings?|"
            r"recordings? of (my|the|our) (call|calls|conversation)|(my|our) (chats?|chat (logs?|history|messages)|conversations|"
            r"messages) (with you|to you)|(my|our) (chats?|chat (logs?|history))|"
            # recordings only of calls and chats: a camera shop's customers talk about camera recordings
            r"(calls?|chat\w*)\b[^.!?\n]{0,60}\brecording\w*|recording\w*\b[^.!?\n]{0,60}\b(calls?|chat\w*))\b"
        ),
        "kept_action": r"\b(us\w*|shar\w*|pass\w*|transfer\w*|send|sent|see|get|copy|listen|feed\w*|train\w*)\b",
        "ai_training": r"\b(training data|(train|training|teach) (an |the |your )?(ai|model|language model|chatbot)|ai training)\b",
        "dont_keep": (
            r"\b((do not|don't|dont) want (you|your company|{{controller}}) to (have|keep|store|hold|know|use)|"
            r"(take|get) (my|our) (\w+ )?(number|e-?mail|address|name|details|info\w*|data) (off|out of) (your|the))\b"
        ),
        "death": r"\b(passed away|died|deceased|late (husband|wife|mother|father)|estate of)\b",
        "death_action": (
            r"\b(account|profile|newsletter\w*|mail\w*|letters?|marketing|details|data|delet\w*|remov\w*|clos\w*|stop\w*)\b"
        ),
        "held_on_someone": (
            r"\b((information|data|details|info) (you|that you|which you|do you) (\w+ )?(hold|have|keep|store|collect\w*|held|kept)|"
            r"(what|which) (information|data|details|info) (do |does |did )?(you|your company|{{controller}}) (\w+ )?"
            r"(hold|have|keep|store|collect)|"
            r"(hold|have|keep|store) (on|about) (her|him|us|them|my (mother|father|wife|husband|son|daughter|child)))\b"
        ),
    },
    "right_names": {
        "erasure": r"\b(erasure|deletion) (request|of (my|all))\b|\brequest for (erasure|deletion)\b|\berasure\b",
        "access": r"\b(subject )?access request\b|\bright (of|to) access\b|\bdsar\b",
        "rectification": r"\brectif\w*",
        "portability": r"\bportabil\w*",
    },
    "cues": (
        # --- erasure ---
        {"right": "erasure", "name": "delete-my-data",
         "pattern": r"\b(delet|delte|dlete|erase|remo+v|wipe|purge|destroy|close|deactivate|terminate|get rid of|take down|scrub|expunge|anonymi[sz]|nuke|trash|scrap|ditch|"
                    r"discard|cancel\w* (?=\w+ (account|profile|membership)))\w*\b{{S}}{0,40}?"
                    r"(?<!from )(?<!from my )(?<!from the )(?<!from your )(?<!in my )(?<!on my )\b{{data}}\b"
                    # the data named by what is held on the writer: "erase the risk score and the analytics data you hold on me"
                    r"|\b(delet|erase|remo+v|wipe|purge)\w*\b{{S}}{0,60}?\b(data|information|info|details)\b (that |which )?you (currently )?(hold|have|keep|store)\w*( stored)? (on|about) (me|her|him)\b"
                    # an erasure named beside another request: "apart from closing my account I'd also like ..."
                    r"|\b(apart from|besides|as well as|in addition to|on top of) (\w+ )?(deleting|closing|erasing|removing|wiping|cancell?ing|terminating|deactivating) (my|our) (\w+ )?{{data}}\b"},
        {"right": "erasure", "name": "removed-from-database",
         "pattern": r"\b(take|remo+v|delet|eras|purg|wip|get)\w*\b(?! (it|them|that|this|the (order|item|product|parcel)s?)\b)"
                    r"{{S}}{0,30}?\b(from|off|out of) (your|the|all your|all|any of your|you'?re|ur) "
                    # ("take me off your customer survey list": survey contact, a consent taken back: off-survey-contact)
                    r"(?!(\w+ )?{{survey_kinds}}\b)(database|databases|system|systems|records|register|registry|files|servers|crm|customer \w+)"},
        # "please delete that recording altogether": a recording, deleted at the shop (a camera's or the app's is a product question)
        {"right": "erasure", "name": "delete-the-recording",
         "pattern": r"\b(delete|erase|wipe|remove|destroy|purge|get rid of)\b (that|the|this|my|those|these|any|all( the)?) (\w+ )?recordings?\b"
                    # "please delete the chat transcripts from last October": a chat kept at the shop
                    r"|\b(delete|erase|wipe|remove|destroy|purge|get rid of)\b (that|the|this|my|those|these|any|all( the| my)?) (\w+ )?(chat|call|support|conversation) (transcripts?|logs?|histor(y|ies))\b",
         "unless": r"\b(camera|cam|cams|doorbell|sd|memory card|app|footage|video|videos|cctv|clips?|phone'?s)\b"},
        # "Delete me." - the writer as the object; off a mailing list it is a marketing ban instead.
        {"right": "erasure", "name": "delete-me",
         "pattern": r"\b(delete|erase|remove|forget) (me|myself)\b",
         "unless": r"\b(list|lists|newsletter|mailing|subscri\w*|marketing)\b|\b(from|off) (this|it|these|that|them)\b"},
        {"right": "erasure", "name": "data-deleted",
         # ... an aside in brackets between ("my customer account (jo@example.com) deleted")
         "pattern": r"\b(my|her|his|all|the|any)\b{{S}}{0,20}\b{{data}}\b( ?\([^()\n]{0,80}\))?{{S}}{0,30}?"
                    r"\b(deleted|erased|removed|closed|wiped|purged|destroyed|anonymi[sz]ed)\b"},
        {"right": "erasure", "name": "off-your-system",
         "pattern": r"\b(take|get|remove) (me|her|him) (off|from) (your|their|the) (system|database|records|register)"},
        # A picture of the writer or their home that we published, asked taken down.
        {"right": "erasure", "name": "take-picture-down", "yields_to": "consent_withdrawal",
         "pattern": r"\b(take|remove|delete|get)\w* (down |off )?(the|that|this|my|our|those|these) (pictures?|photos?|photographs?|images?)\b"
                    r"{{S}}{0,40}\b(off|from|down)\b(?! (my|the) (basket|cart|order))"
                    r"|\b(pictures?|photos?|photographs?|images?) of (me|my|our|us)\b{{S}}{0,40}\b(remov|delet|tak)\w*"},
        {"right": "erasure", "name": "forget-me",
         "pattern": r"\bforget (about )?me\b|\bright to (erasure|be forgotten|deletion)\b",
         "ref": True},
        # Wanting out of the register without a delete verb: "I don't want to be in your system
        # anymore", "stop keeping my data". The negation is the request itself; a mailing list as
        # the place is a marketing ban instead.
        {"right": "erasure", "name": "not-in-your-system",
         "pattern": r"\b(don'?t|do not|no longer|never) (want|wish)\b{{S}}{0,30}\b(be|exist|remain|stay|appear|be kept|be stored|be listed)\b"
                    r"{{S}}{0,15}\b(in|on|part of) (your|the|any of your|ur|their|{{controller}}'?s?) (\w+ )?(system|systems|database|databases|"
                    r"records|register|registry|files|books|crm|customer (register|database|records|base|list))\b"
                    r"|\b(don'?t|do not|no longer) (want|wish|allow)\b{{S}}{0,10}\b(you|{{controller}}|your company)\b{{S}}{0,10}\b(to )?"
                    r"(have|keep|hold|store|retain|save)\b{{S}}{0,15}\b(my|any of my|her|his|any)\b{{S}}{0,10}\b(data|information|info|details|records)\b"
                    r"|\b(stop|quit|cease) (storing|keeping|holding|retaining|saving)\b{{S}}{0,10}\b(my|any of my|her|his)\b{{S}}{0,15}"
                    r"\b(data|information|info|details|records)\b"
                    r"|\b(want|wish|like|ask) (to be|myself|me|that i be|that i am) (removed|deleted|erased|forgotten|taken off|wiped)\b"
                    # (off "it": what was named before says what - the data, a list of offers, a survey panel)
                    r"(?! (off |from |out of )?(it|that|this|them|those|there)\b)",
         "negatable": False,
         "unless": r"\b(mailing ?list|lists|newsletters?|subscri\w*|marketing|sms list)\b",
         "needs": r"system|database|record|regist|files|books|crm|customer|data|info|detail|removed|deleted|erased|forgotten|taken off|wiped"},
        # --- access ---
        {"right": "access", "name": "copy-of-data",
         "pattern": r"\bcopy of (all |everything|whatever|the |my |our |any )?(of )?(my |the |our )?(personal )?(data|information|info|everything|whatever|all|records)"
                    # "a copy of what you have on me": the data named by what is kept
                    r"|\bcopy of (what|whatever|everything|all)( that)? (you|u|{{controller}})\b{{S}}{0,20}\b(have|hold|keep|store|got)\b"
                    # "a copy of what's on file", "a copy of whatever is on record for me": the data named by where it is kept
                    r"|\bcopy of (what|whatever|everything|all)( that)?('s| is| are)( (currently|still))? on (file|record)\b"},
        # "I would like a copy of that recording (or the transcript)": a recording of a call, asked for (a camera's or the
        # app's is a product question)
        {"right": "access", "name": "copy-of-the-recording",
         "pattern": r"\b(copy|copies) of (that|the|this|my|those|these) (\w+ )?(recordings?|transcripts?)\b"
                    r"|\b(send|give|e-?mail|forward) (me|us) (that|the|this|my) (\w+ )?(recording|transcript)\b",
         "unless": r"\b(camera|cam|cams|doorbell|sd|memory card|app|footage|video|videos|cctv|clips?|phone'?s|lecture|webinar|podcast)\b"},
        {"right": "access", "name": "what-data-about-me",
         "pattern": r"\b(what|wat|wot)\b{{S}}{0,15}\b(data|information|info|details)\b{{S}}{0,50}\b(about|on|for|of) (me|file)\b"
                    # a learner's "from me" for "about me", with a verb of keeping ("what data you have from me, all what is saved")
                    r"|\b(what|wat|which)\b{{S}}{0,15}\b(data|informations?|info|details)\b{{S}}{0,30}\b(have|has|hold|keep|kept|saved|stored|collected|got)\b{{S}}{0,10}\bfrom me\b"
                    # "which of my details do you keep?"
                    r"|\b(what|which) of (my|our) (personal )?(data|info|information|details)\b (do|does|did|have|has) (you|u|{{controller}}) (still )?"
                    r"(keep|kept|hold|held|store|stored|have|had|save|saved|process|processed)\b",
         "in_question": True},
        # "what data did u even collect", "who did you give my details to": what was collected (the past tense makes it
        # the writer's own) and its recipients (Art. 15(1)(c))
        {"right": "access", "name": "what-you-collected",
         "pattern": r"\b(what|which|wat)\b (\w+ ){0,2}?(data|info|information|details|personal \w+)\b (did|have|has) (you|u|{{controller}}) (\w+ ){0,2}?"
                    r"(collect|gather|store|save|record|obtain)\w*"
                    # ... also as an indirect question with no auxiliary: "tell us ... who you gave it to"
                    r"|\bwho ((did|have|has) )?(you|u|{{controller}})('ve| have| had)? (\w+ ){0,2}?(give|gave|given|shar\w*|pass\w*|sell|sold|hand\w*|disclos\w*|send|sent|"
                    r"transferr?\w*|leak\w*) (my|our|her|his|it|them|this|that|those)\b{{S}}{0,25}\b(to|with)\b"
                    # the data put first, as an indirect question: "tell me what personal data of mine you have shared with your
                    # marketing partners", "which details you've passed on to third parties"
                    r"|\b(what|which) (\w+ ){0,2}?(data|info|information|details)( of mine| about me| on me)? (you|u|{{controller}})('ve| have| had)? "
                    r"(shared|given|passed on|disclosed|sold|sent|transferred|handed over|handed on)\b",
         "unless": r"\b(orders?|parcels?|packages?|items?|products?|deliver\w*|refunds?|vouchers?|gift cards?|complaints?|tickets?|feedback|reviews?)\b",
         "in_question": True},
        {"right": "access", "name": "where-did-you-get",
         "pattern": r"\bwhere (did|do|have) you (get|got|obtain\w*|find|found|source\w*|collect\w*|buy|bought) (hold of )?(my|her|his)\b"
                    r"|\bhow (did|do|have) you (get|got|obtain\w*|come to have) (hold of )?(my|her|his)\b"
                    # the indirect question, no auxiliary: "I'd like to know where you got my mobile number from"
                    r"|\b(where|how) (you|{{controller}}) (got|obtained|found|sourced|collected|bought|came to have) (hold of )?(my|her|his)\b",
         "in_question": True},
        {"right": "access", "name": "data-you-hold",
         "pattern": r"\b(all|any|which|whatever|the|what)\b{{S}}{0,15}\b(personal )?(data|informations?|info|details|records)\b{{S}}{0,40}"
                    r"\b(about|on|of|concerning|regarding) (me|myself|file|her|him)\b",
         "in_question": True, "yields_to": "portability",
         # void when the data named is what another right acts on ("delete all the data you hold about me",
         # "delete my account and all personal data you hold about me", "erase my old loyalty club account and all ..."),
         # not when another right is asked in a clause of its own ("update my address and tell me what you hold")
         # "I object to my chats and any other data about me being used to train AI": the objection's object
         # "I contest the accuracy of the data you hold about me": the data held, disputed
         "unless": r"\bhow long\b|\b(delete|erase|remove|correct|update|erasure|deletion|removal|correction|rectification|object|objection|"
                   r"contest|dispute|accuracy|"
                   # "restrict the processing of all personal data you still hold about me", "freeze all the data you have on me"
                   r"restrict|restriction|freeze|limit|block|lock)\b( of)? ((?!and\b)\w+ ){0,5}?(and )?"
                   r"(all|any|which|whatever|the|what)\b{{S}}{0,15}\b(personal )?(data|informations?|info|details|records)\b"
                   # ... or after it, in the passive: "all the personal data you hold about her to be deleted", "any data you keep on me removed"
                   r"|\b(about|on|of|concerning|regarding) (me|myself|file|her|him) (to be |be |being )?(deleted|erased|removed|wiped|anonymi[sz]ed|corrected|updated)\b"},
        # "could you send over whatever you've got on file for me?": the record asked, named by where it is kept
        # "if you've got any profile data tied to my account I'd like to see that as well": the data named by what it is
        # linked to, then asked to be seen (a product the writer would like to see is no data)
        {"right": "access", "name": "data-tied-to-me-to-see",
         "pattern": r"\b(any|all|the|whatever)\b{{S}}{0,30}\b(data|informations?|info)\b (tied|linked|connected|associated|attached) (to|with) "
                    r"(me|my (account|profile|e-?mail( address)?|name|customer number))\b{{S}}{0,20}"
                    r"\b(i'?d|i would|i want|i wish|i'?d also)( like| love)?( to)? (see|view|have|get|receive|a copy of) (it|that|them|those|this|these|a copy)\b"},
        {"right": "access", "name": "what-you-have-on-file",
         "pattern": r"\b(whatever|everything|all|what) (you'?ve|you have|you'?ve got|you got|you hold|you keep|you'?re holding)( got)? on (file|record) "
                    r"(for|about|on|of) (me|myself|her|him)\b",
         "in_question": True,
         "unless": r"\b(delete|erase|remove|correct|update|restrict|freeze)\b"},
        {"right": "access", "name": "access-to-my-data",
         "pattern": r"\baccess to\b{{S}}{0,12}\b(my|her|his|the)\b{{S}}{0,12}\b(personal )?(data|information|info|records|details)\b",
         "unless": r"\b(who|which (staff|employees|people|partners)|lost|log ?in|password)\b"},
        {"right": "access", "name": "list-of-data",
         "pattern": r"\b(overview|list|summary|printout|report|extract) of\b{{S}}{0,20}\b(my|her|his|the)\b{{S}}{0,15}\b(personal )?(data|information|info|details)\b"
                    # "a list of what information you have for him": the data named by who holds it
                    r"|\b(overview|list|summary|printout|report|extract) of (what|which|whatever|all( the)?|the) (personal )?(data|information|info|details)\b"
                    r"{{S}}{0,10}\b(you|u|{{controller}})('ve| have| hold| keep| store)\b"},
        # What the writer, or the one they speak for, ordered over time, as a list of the record ("a list of what he ordered
        # from you and when"); an invoice or a stock list is no access
        {"right": "access", "name": "list-of-what-i-ordered",
         "pattern": r"\b(list|overview|summary|record|history) of (all |everything )?(what |that )?(i|he|she|we|they|my \w+)( have| has| had)? "
                    r"(ever )?(ordered|bought|purchased)\b|\b(list|overview|summary|copy) of (my|his|her|our) (orders|purchases|order history|purchase history)\b",
         "yields_to": "portability"},
        {"right": "access", "name": "who-shared",
         "pattern": r"\b(who|whom)\b{{S}}{0,10}\b(you )?(have )?(you )?(shared|disclosed|passed(?! away\b)|given|sold)\b"
                    # the recipients asked by kind: "which companies have received my personal data", "what partners got my details"
                    r"|\b(which|what) (other )?(companies|firms|partners|third parties|recipients|organi[sz]ations|businesses)\b{{S}}{0,20}"
                    r"\b(received|got|been given|been sent|had access to|have access to|been given access to)\b{{S}}{0,10}\b(my|her|his)\b"
                    # ... the kind with a word before it and the controller as the subject: "which marketing partners you have shared
                    # my e-mail with", "which third parties have you sold my number to"
                    r"|\b(which|what) (\w+ )?(companies|firms|partners|third parties|recipients|organi[sz]ations|businesses)"
                    r"( (have|has|did) (you|u|{{controller}})| (you|u|{{controller}})('ve| have| had)?) "
                    r"(shared|given|passed on|sold|disclosed|sent|transferred|handed over|share|give|pass|sell|disclose|send|transfer) (my|her|his)\b",
         "in_question": True},
        {"right": "access", "name": "see-my-data",
         # ("I request erasure of my personal data", "I request that you delete my data": another right's noun or verb is what is requested)
         "pattern": r"(?<!in my )(?<!in our )\b(see|view|download|obtain|receive|get|know|request(?! (the |an? |that you |you to |to |for (the )?)?(erasure|deletion|"
                    r"removal|correction|rectification|restriction|anonymi[sz]ation|blocking|transfer|erase|delete|remove|correct|rectify|restrict|"
                    r"update|anonymi[sz]e|transfer)\b))\b{{S}}{0,20}\b(my|all (the |of )?my|all the)\b"
                    r"{{S}}{0,15}\b(personal )?(data|information|info)\b"
                    # "I would like to see my file": the file a shop keeps on its customer
                    r"|\b(see|view|read|look at)\b (\w+ ){0,2}?my (customer )?file\b"
                    # "I'd also like to see the data (you hold)": the data, at a clause's end (not "the data sheet")
                    r"|\b(like|want|wish) to (also )?(see|view|get|have a look at) (the|that) (personal )?data\b(?=\s*([.!,;]|$|\b(too|as well|also|first|before|you (hold|have|keep|store)\w*)\b))",
         "yields_to": "portability",
         # "before buying the camera I'd like to know where my data goes": a buyer's question about practice
         # ... "this isn't a request about my own data": the noun, denied
         "unless": r"\b(when|by when)\b|\bbefore (i |we )?(buy|buying|order|ordering|purchas\w*|sign(ing)? up|subscrib\w*)\b|\b(not|isn'?t|isnt) an? (\w+ )?request\b"},
        {"right": "access", "name": "know-about-me",
         "pattern": r"\bwhat (do|does) (you|{{controller}})\b{{S}}{0,15}\b(know|hold|have|store|keep)\b{{S}}{0,15}\babout me\b",
         "in_question": True},
        # Indirect: "what have you got on me?", "what's in your system under my name".
        {"right": "access", "name": "what-you-have-on-me",
         "pattern": r"\bwhat('?s| is| do you| have you| does \w+| you'?ve| you)\b{{S}}{0,20}\b(got|have|hold|keep|store|shared|disclosed|sold|passed on|in your (system|database|records|files|crm))\b"
                    r"{{S}}{0,25}\b(on|about|for|under) (me|my name|file (for|about) me)\b"
                    # the one the writer speaks for: "I'd like to see what you hold about him", "what you have on file about her"
                    r"|\bwhat('?s| is| do you| have you| you'?ve| you)\b{{S}}{0,12}\b(got|have|hold|keep|store)\b( on file| on record)?{{S}}{0,12}\b(on|about) (him|her)\b"
                    # "what exactly is registered under my name and email", "what is stored under my name"
                    # ... the data named first, and the place a profile or the customer record: "what information is registered under my
                    # name", "what else is stored on my profile"
                    r"|\bwhat(( exactly| precisely| else| actually)?( (personal )?(data|information|info|details))? (is|are|has been|have been)|'s)"
                    r"( (actually|exactly|currently|still))? (registered|stored|held|saved|recorded|kept|on file|on record)\b{{S}}{0,10}?"
                    r"\b(under|about|on|for|in) (me|my (customer )?(name|e-?mail( address)?|(phone )?number|address|account|profile|records?|file))\b"
                    # ... with no verb of keeping, the place being the record itself: "what's actually in my customer record"
                    r"|\bwhat(( exactly| else| actually)?( (personal )?(data|information|info|details))? (is|are)|'s)( (actually|exactly|currently|still))? "
                    r"(in|on) my (customer (records?|profile|file|account)|records?|profile|file)\b"
                    # "what information you have connected to my email address"
                    r"|\bwhat (personal )?((data|information|info|details|records?|else) )?(do )?(you|u) (have|hold|keep|store|'ve got|have got)\b{{S}}{0,10}?"
                    r"\b(connected|linked|tied|attached|associated|registered) (to|with) (my|her|his) (e-?mail( address)?|name|(phone )?number|address|account)\b",
         "in_question": True,
         "unless": r"\b(how long|delete|erase|remove)\b",
         "needs": r"(on|about|for|under|to|with|in) (me|him|her|my (customer )?(name|e-?mail|address|phone|number|account|profile|record)|my file|file)"},
        # "send me everything you guys have on me": what is held about the writer, asked for.
        {"right": "access", "name": "send-me-what-you-have",
         "pattern": r"\b(send|give|email|e-mail|mail|forward) me\b{{S}}{0,15}\b(everything|all|whatever|what)\b{{S}}{0,25}"
                    r"\b(you|u|{{controller}})\b{{S}}{0,15}\b(have|hold|keep|store|got|collected)\b{{S}}{0,20}\b(on|about) me\b",
         "in_question": True},
        # "I want to see what was written about me", "what data the decision was based on" (Art. 15(1)(h)).
        {"right": "access", "name": "see-what-about-me",
         "pattern": r"\b(see|know|read|find out|learn|understand)\b{{S}}{0,10}\bwhat\b{{S}}{0,40}\b(about|on) me\b"
                    r"|\b(know|see|understand|find out)\b{{S}}{0,10}\b(what|which) (personal )?(data|information|details|info)\b{{S}}{0,50}"
                    r"\b(based on|used (for|in|to)|behind)\b"
                    # "I'd like to know exactly what you collected from her", "tell me what you gathered about me"
                    r"|\b(see|know|find out|learn|tell me|tell us)\b{{S}}{0,10}\bwhat (\w+ ){0,2}?you('ve| have)? (collected|gathered|stored|saved|recorded)\b{{S}}{0,20}\b(about|on|from) (me|her|him|us|my \w+)\b"
                    # the data named after "what" with other words between, the holder after it, the clause ending there or on
                    # whom it is about: "I want to see what address and other informations you have saved about me", "I'd like to
                    # know what details of his you have and ..." (not "what details you have to have", "what information you have
                    # about the camera")
                    # (a right to see it, asked about in general, is no request: "does a customer have the right to see what data you hold")
                    r"|(?<!right )(?<!rights )\b(to (see|know|find out|learn|check)|tell (me|us)|show (me|us)|let (me|us) know) (exactly )?(what|which) (\w+ ){0,3}?"
                    r"(data|informations?|info|details)( (of|about) (his|hers|mine|ours|me|him|her))? (you|u|{{controller}})( still| currently)?"
                    r"( have| hold| keep| store|'ve got| have got| got)\b(?! to\b)( (saved|stored|kept|on file|on record))?"
                    r"(?=\s*([.,;!?]|$|\b(about|on|of|for) (me|him|her|us|my \w+)\b|and\b))",
         "in_question": True},
        {"right": "access", "name": "send-me-my-data",
         "pattern": r"\b(send|give|provide|email) me\b{{S}}{0,20}\b(my|all)\b{{S}}{0,15}\b(data|information|info)\b",
         "yields_to": "portability"},
        # A recording or log of the writer's own calls or chats, asked for; camera recordings are a product question.
        {"right": "access", "name": "copy-of-recording",
         "pattern": r"\b(get|receive|send me|copy of)\b{{S}}{0,30}\b(recordings?|transcripts?|chat (logs?|history|transcripts?)|(call |case |service )?notes)\b",
         "in_question": True,
         "unless": r"^(?![^\n]*\b(chat\w*|calls?|phone calls?|customer service)\b)"},
        # The login history of the writer's account asked for: "send me the login history of my account", "a list of all
        # logins to my account" (where the app shows it is a question about the app)
        {"right": "access", "name": "login-history",
         "pattern": r"\b(send|give|provide|e-?mail|get|receive|copy of|list of|record of|log of|logs of|overview of|details of)\b{{S}}{0,30}\b(log-?ins?|sign-?ins?|logons?)( history| records?| logs?| data| activity)?\b",
         "needs": r"\b(my|our) (\w+ )?account\b"},
        # --- rectification ---
        {"right": "rectification", "name": "correct-my",
         "pattern": r"\b(correct|update|fix|amend|change|rectify)(?!e?d\b)\w*\b{{S}}{0,40}?\b(my|her|his)\b{{S}}{0,25}?"
                    # "fix my account" is a login problem; the account's details are the record
                    r"\b(name|surname|address|e-?mail|phone|number|details|record|date of birth|(purchase|order|payment|transaction|billing) history)\b"
                    r"|\b(correct|update|fix|amend|change)(?!e?d\b)\w* (the|that) (\w+ )?(address|name|surname|e-?mail( address)?|"
                    r"phone number|date of birth)\b"
                    # the new details listed: "could you please update the account as follows:", "amend my details like this"
                    r"|\b(correct|update|amend|change)(?!e?d\b)\w* (the|my|our) (account|profile|record|details|customer (record|details))\b( for me)? "
                    r"(as follows|like this|like so|with the following|to the following|to read)\b"
                    # ... or "to" and a colon, the new details on the lines below: "Could you update my account to:"
                    r"|\b(correct|update|amend|change)(?!e?d\b)\w* (the|my|our|her|his) (customer )?(account|profile|record|details)( details)? (to|with) ?:"},
        {"right": "rectification", "name": "is-wrong",
         # "so I can check nothing else is out of date" says no detail is wrong: neither asked nor negated
         "pattern": r"(?<!\bnothing )(?<!\bnothing else )(?<!\bnone of it )(?<!\bnone of them )"
                    r"\b(is|are|was) (spelled |spelt |written )?(wrong|incorrect|misspelled|misspelt|mistyped|out of date|outdated)\b"
                    r"|\bspelled wrong\b|\bmisspel\w*|\bisn'?t (mine|correct|right)\b|\bis missing the (apartment|flat|house|street)"
                    r"|\b(is|are|was|were|has been|have been) (listed|spelled|spelt|written|recorded|registered|entered|shown|stored|saved|typed) "
                    r"(wrong(ly)?|incorrectly)\b",
         # a guess about a stranger's record ("I think his e-mail address has been typed wrong somewhere"): told, not asked
         "unless": r"\b(i think|i guess|i suspect|i believe|probably|maybe|perhaps)\b{{S}}{0,10}\b(his|her|their)\b (\w+ ){0,2}(e-?mail|address|name|surname|number|details)\b"
                   r"|\b(his|her|their) (\w+ ){0,2}(e-?mail|address|name|surname|number|details)\b{{S}}{0,60}\bsomewhere\b"},
        # The value held quoted as it stands on the record: 'My name on my account is spelt "Siobahn". It's Siobhán',
        # 'the surname on my invoices is written as "Whitlok"'; a name spelt out for something else names no record
        {"right": "rectification", "name": "held-value-quoted",
         "pattern": r"\b(name|surname|first name|last name|street|address|e-?mail( address)?|phone number|number)\b{{S}}{0,70}?"
                    r"\b(is|are|was|were|has been) (spelt|spelled|written|listed|shown|showing|printed|typed|entered)( as)? [\"“']",
         "needs": r"\b(on|in) (my|the|your) (account|profile|system|records?|invoices?|labels?|customer (record|register|details)|database)\b"},
        # "please update your records": the writer's record, corrected.
        # Someone else's details on the writer's account, to be replaced by the writer's own: "make it mine
        # again: my name ..., my phone ...", "replace his address on the account with mine".
        {"right": "rectification", "name": "details-made-mine",
         "pattern": r"\b(make|put|change|switch|turn|set)\b{{S}}{0,15}\b(it|account|profile|details)\b (\w+ )?(mine|back to me|into my name|in my name)\b"
                    r"|\b(replace|swap|change|switch)\b{{S}}{0,15}\b(his|her|their|the old|the previous|my ex'?s)\b{{S}}{0,15}"
                    r"\b(names?|address(es)?|phone|numbers?|details|e-?mails?)\b{{S}}{0,40}\b(with|to|for|by) (mine|my own|my)\b"
                    # "put my own number on it instead (and take his off)": the writer's detail in place of another's
                    r"|\b(put|add|set)\b (my|my own|my new|my current|my correct)( own)? (\w+ )?(numbers?|phone( number)?|mobile( number)?|"
                    r"address|e-?mail( address)?|name|surname)\b{{S}}{0,40}\b(instead|in (its|his|her|their) place)\b"
                    # ... or the other person's, in place of the writer's: "take my number off Chloe's account and put hers
                    # instead", "take it off and put his own number there instead"
                    r"|\b(put|use|add|set|enter)( in)? (hers|his|theirs|(her|his|their) (own )?(\w+ )?(numbers?|phone( number)?|mobile( number)?|"
                    r"address|e-?mail( address)?|name|surname|details))( in| there| on it| on there)?,? (instead|in (its|my) place)\b"
                    # details someone else changed, put back: "I need the name and phone on the account put back to mine",
                    # "change them back to mine", "set the address back to my own", "restore my original details"
                    r"|\b(names?|surname|address(es)?|e-?mails?|phone|numbers?|details)\b{{S}}{0,40}\b(put|changed?|set|switched|turned|restored|reverted|swapped) back "
                    r"(to|into) (mine|my own|me)\b"
                    r"|\b(put|change|set|switch|turn|restore|revert|swap)\w* (it|them|everything|the (\w+ )?(details|name|surname|address|number|phone|e-?mail)|"
                    r"my (\w+ )?(details|name|surname|address|number|phone|e-?mail)) back (to (mine|my own|me|my (original|old|correct|real) \w+)|as (it|they) (was|were))\b"
                    r"|\b(restore|reinstate)\w* (my|the) (original|old|correct|own|real) (contact )?(details|name|surname|address|number|phone( number)?|e-?mail( address)?)\b"},
        # A note, marking or flag kept on the writer's account, to be put right ("please remove or correct this marking");
        # a delivery or credit note is a document of an order, never matched ("the delivery note" has a word between)
        {"right": "rectification", "name": "correct-the-note-on-me",
         "pattern": r"\b(correct|rectify|amend|fix|remove or correct|delete or correct|correct or remove)\b (this|that|the|my|these|those) "
                    r"((wrong|incorrect|false|inaccurate|mistaken|untrue) )?(notes?|markings?|markers?|flags?|remarks?|annotations?)\b"},
        {"right": "rectification", "name": "update-your-records",
         "pattern": r"\b(update|correct|amend|fix)(?!e?d\b)\w* (your|the) (records?|register|files|customer (records?|register|database|file))\b"},
        {"right": "rectification", "name": "has-changed",
         "pattern": r"\bmy (new )?(postal |home |e-?mail |last |first |family )?(address|name|surname|e-?mail|phone number|number) "
                    r"(has |have )?changed\b"
                    r"|\bi('ve| have) changed my (name|surname|address|e-?mail|number)\b"},
        # Stating the correct value asks to fix it: "the right one is 050..", "my new surname is ..".
        {"right": "rectification", "name": "right-value-is",
         "pattern": r"\b(the )?(right|correct|proper|current|actual) (one|number|address|e-?mail( address)?|name|surname|spelling|date|details?) "
                    r"(is|are|should be)\b"
                    r"|\bmy new (\w+ )?(name|surname|last name|address|e-?mail( address)?|phone number|number) is\b"
                    r"|\b(my|her|his) (\w+ )?(name|surname|last name|address|number) is now\b"
                    # "my name is now spelled correctly": the correction reported as done, no new value
                    r"(?! (spelled |spelt |written |shown |listed |showing |displayed )?(correct(ly)?|right|fixed|updated|ok|okay|fine|as it should be)\b)"
                    # ... held by the shop, not had by the writer ("I also have an account under my old email")
                    r"|(?<!\bi )(?<!\bi also )(?<!\bi still )(?<!\bwe )(?<!\bwe also )\b(still )?(shows?|showing|uses?|using|has|have|lists?|listing|got)\b{{S}}{0,20}\b(my|her|his) "
                    r"(old|previous|former|maiden|wrong|incorrect|outdated) (\w+ )?(name|surname|address|e-?mail( address)?|phone number|number)\b"
                    # "you have my surname as Smyth", "your system shows my first name as Ann": the value held, quoted
                    r"|\b(have|has|shows?|showing|lists?|listed|spell\w*|wrote|written|record\w*|register\w*) (my|her|his) "
                    r"(first |last |family |street |e-?mail |postal )?(name|surname|address|e-?mail|phone number|number|date of birth) (down )?(as|like)\b"
                    # "you have me down as born in 1954": the writer held with a wrong detail
                    r"|\b(have|has|got|show\w*|list\w*|record\w*|register\w*) (me|her|him) (down )?as (born|living|aged|resident)\b",
         # a person who has the writer's old number or address (an ex, a relative, the number's new owner) holds no record of ours
         "unless": r"\b(my (ex|ex-\w+|former (partner|husband|wife)|son|daughter|kids?|child|wife|husband|partner|friend|brother|sister|"
                   r"mother|father|mum|mom|dad|neighbou?r|colleague|flatmate|roommate)|he|she|someone( else)?|somebody( else)?|"
                   r"another (person|customer)|the new owner)\b( \w+){0,3}? (still )?(has|have|got|uses?|using)\b{{S}}{0,20}\bmy (old|previous|former)\b"},
        # The record asked to carry the new value: "could your records reflect my new name from now on?", "can my account
        # show my new address"; or said to still hold the old one: "my customer details with you still have the old one"
        # The held detail told with its value, and the right one after a bare "correct is": 'my name in your system is
        # "Ma Christina" but correct is Ma. Cristina', "the name in your register is Jon, the correct is John". The
        # detail is the writer's or the record's (a price "but correct is 25 euro" is no record). The span may cross the
        # dots of an e-mail address ("anna.k@example.com but correct is ..."): the sentence's end is already found.
        {"right": "rectification", "name": "held-detail-correct-is",
         "pattern": r"\b(my|her|his|the) (\w+ )?(name|surname|first name|last name|address|e-?mail( address)?|phone( number)?|number(?! of\b)|"
                    r"date of birth|birthday|spelling)\b[^!?\n]{0,80}?(\bbut|\bwhile|\bwhereas|[,;]| -)( the)? (correct|right|real) "
                    r"(is|would be|should be)\b(?! (that|to|not)\b)",
         "needs": r"(correct|right|real) (is|would|should)"},
        {"right": "rectification", "name": "record-to-reflect-new-value",
         "pattern": r"\b(could|can|would|will|please|pls|have|make)\b{{S}}{0,15}\b(records?|account|profile|system|customer (record|details|data)|register|file)\b{{S}}{0,5}?"
                    r"\b(reflect|show|say|read|carry|display)\b (my|her|his|our|the) (new|correct|current|right|married|updated|changed|actual) (\w+ )?"
                    r"(name|surname|last name|address|e-?mail( address)?|phone( number)?|number|details)\b"
                    r"|\b(details|account|profile|records?|system|register|file)\b( with you| in your (system|records?))? still (has|have|shows?|lists?|says?|holds?|contains?) "
                    r"(the|my|her|his) (old|previous|former|outdated|wrong|earlier) (one|name|surname|last name|address|e-?mail( address)?|phone( number)?|number|details)\b",
         "in_question": True,
         "unless": r"\b(now|already) (shows?|reflects?|has|have|lists?)\b"},
        # The record to be made right, told as the value it should hold: "please make sure my account has the
        # right address", "see to it that you have my current number". A parcel sent right is no record.
        {"right": "rectification", "name": "make-sure-record-is-right",
         "pattern": r"\b(make sure|ensure|see to it that|check that)\b{{S}}{0,30}\b((my|your|ur|the|her|his) (customer )?(account|profile|records?|system|file|"
                    r"database|register|details)|you|u)\b{{S}}{0,20}\b(has|have|shows?|lists?|contains?|uses?|holds?)\b{{S}}{0,10}\b(the |my |her |his )?"
                    r"(right|correct|current|new|up-to-date|up to date|proper|accurate)\b{{S}}{0,10}\b(name|surname|address|e-?mail|phone|number|"
                    r"date of birth|details?)\b",
         # the writer's own promise ("when I register I'll make sure you have my correct details") asks nothing
         "unless": r"\b(i|we)('ll| will| shall| can| would| am going to|'m going to)? (make sure|ensure|see to it|check that)\b",
         "needs": r"make sure|ensure|see to it|check that"},
        # A detail of the record stated wrong, with what it should be: "the house number on my account should be 14".
        {"right": "rectification", "name": "should-be",
         "pattern": r"\b(my|the|our|her|his)\b{{S}}{0,30}\b(name|surname|address|house number|flat number|number|date of birth|details|spelling|e-?mail)\b"
                    # "my surname on the account and on any future deliveries should be Salo"
                    r"[^.!?\n,;]{0,50}\b(should|must|ought to)( now| instead)? (be|read|say)\b"
                    # "... should be enough", "should be fine": a judgement, not a value
                    r"(?! (enough|fine|ok|okay|sufficient|possible|easy|done|there|visible|able|clear|valid|the same|verified|checked|confirmed|approved)\b)"
                    # "my date of birth in your system is 12/03/1990; it should be 03/12/1990"
                    r"|\b(name|surname|address|house number|number|date of birth|e-?mail|spelling)\b[^!?\n]{0,60}[;,] ?(it|this|that) (should|must|ought to) "
                    r"(be|read|say)\b(?! (enough|fine|ok|okay|sufficient|possible|easy|done|there|visible|able|clear|valid|the same|verified|checked|confirmed|approved)\b)"},
        # A correction asked in the subjunctive passive, of a detail of the writer's record: "we request that the
        # inaccurate marker on his account be corrected", "I ask that my address be updated". An invoice is no record.
        {"right": "rectification", "name": "asked-that-detail-be-corrected",
         "pattern": r"\b(request|ask|demand|require|insist|propose|asking|requesting|demanding|requiring|insisting)\w*\b{{S}}{0,10}\bthat\b{{S}}{0,40}?"
                    r"\b(name|surname|address|e-?mail|phone|number|date of birth|details|records?|entry|entries|marker|note|flag|data|information|account|profile)\b"
                    r"{{S}}{0,40}?\bbe (corrected|rectified|amended|updated|fixed|changed)\b"
                    # ... the "we request that:" above a list: "(a) the inaccurate marker on his account be corrected" (no modal before "be")
                    r"|^\W{0,3}(\(?[a-h1-9][).]\W{0,3})?(the|my|his|her|their|our client'?s)\b{{S}}{0,40}?"
                    r"\b(name|surname|address|e-?mail|phone|number|date of birth|details|records?|entry|entries|marker|note|flag|data|information|account|profile)\b"
                    r"{{S}}{0,40}?\b(?!(will|would|should|must|can|could|may|might|to|shall|cannot|not|never|also|already|just)\b)\w+ be (corrected|rectified|amended|updated|fixed|changed)\b",
         "needs": r"be (corrected|rectified|amended|updated|fixed|changed)"},
        # A pronoun for the value named before, fixed in the record: "please correct it in your records".
        {"right": "rectification", "name": "correct-it-in-records",
         "pattern": r"\b(correct|update|fix|amend|change|rectify)\w* (it|this|that|them|these|the spelling|the name|the address)\b{{S}}{0,25}"
                    r"\b(in|on) (your|the|my|our) (records?|system|database|register|registry|customer (records?|register|database|file|account|profile|details)|"
                    r"account|profile|files)\b"
                    r"|\b(wrong|incorrect|misspelled|outdated|old) (name|surname|last name|first name|spelling|date of birth|e-?mail address|"
                    r"phone number)\b{{S}}{0,30}\b(in|on) (your|the|my) (records?|system|database|register|account|profile|invoices?|files)\b"
                    r"|\b(your|the) (records?|system|database|register|account|profile|invoices?)\b{{S}}{0,20}\b(show|shows|has|have|list|lists|"
                    r"say|says)\b{{S}}{0,10}\b(the |a )?(wrong|incorrect|misspelled|misspelt|outdated|old)\b"
                    r"|\b(typo|spelling (mistake|error)|wrong spelling) in (my|her|his|the) (name|surname|last name|first name|address|e-?mail)",
         "needs": r"correct|update|fix|amend|change|rectif|wrong|incorrect|misspel|outdated|old|typo|spelling"},
        # --- restriction (these cues carry their own negation) ---
        {"right": "restriction", "name": "restrict-processing",
         "pattern": r"\brestrict\w*\b{{S}}{0,40}\b(processing|use|data)\b|\brestriction\b|\bprocessing\b{{S}}{0,20}\brestrict\w*"
                    # "can you restrict it until this is checked?": the detail named before, held while it is checked
                    r"|\brestrict (it|them|that|this|those|these|the (old |disputed )?(address|number|details|account|data))\b{{S}}{0,15}\b(until|while|pending|for now)\b"
                    # Art. 18(2) in the writer's words: "I want the processing of my data limited to just storing it"
                    r"|\b(processing|use)\b{{S}}{0,25}\b(limited|restricted|confined)\b to (just |only |merely |simply )?(storing|storage|keeping|holding|retaining)\b"
                    r"|\b(limit|restrict|confine)\w*\b{{S}}{0,40}\bto (just |only |merely |simply )?(storing|storage|keeping|holding|retaining)\b",
         "negatable": False},
        {"right": "restriction", "name": "on-hold",
         # "my order was put on hold (by your fraud check)": what happened, told in the passive, is not asked
         "pattern": r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bgot )\b(put|keep|place)\b{{S}}{0,40}\b(on hold|frozen)\b|\bblock (the )?(processing|use) of\b",
         "negatable": False},
        {"right": "restriction", "name": "suspend-processing",
         "pattern": r"\b(suspend|pause|halt|limit|freeze)\w*\b{{S}}{0,30}\b(processing|use|usage|handling)\b{{S}}{0,20}\b(of )?(my|her|his|the|this)\b",
         "negatable": False},
        {"right": "restriction", "name": "freeze",
         "pattern": r"\bfreez\w*\b{{S}}{0,30}\b(account|data|details|information|records)\b",
         "negatable": False},
        {"right": "restriction", "name": "dont-use-until",
         "pattern": r"\b(don'?t|do not|not to|stop)\b{{S}}{0,10}\b(use|using|process|processing|pass|share|hand|give|send|forward|disclose|transfer)\b"
                    r"{{S}}{0,70}\b(until|while|for anything (else|other)|anything other than|for any other)\b"
                    r"|\buntil\b{{S}}{0,40}\b(don'?t|do not)\b{{S}}{0,10}\b(use|process|pass)\b"
                    # "While you're checking which address is right, please don't use the Vantaa address for anything"
                    r"|\b(while|as long as) (you|u|we|it|the|this|that)\b{{S}}{0,40}\b(check|verif|investigat|resolv|decid|sort|clarif|look|review|confirm)\w*\b{{S}}{0,50}\b(don'?t|do not)\b{{S}}{0,10}\b(use|process|pass|share)\b"
                    # "I don't want that data used for anything else while the investigation is ongoing"
                    r"|\b(don'?t|do not|no longer) (want|wish)\b{{S}}{0,30}\bused\b{{S}}{0,50}\b(until|while|during|pending)\b",
         "negatable": False,
         # what the shop must keep by law after an erasure, "don't use it for anything else", with no dispute to wait for: the
         # erasure's remainder ("If you must keep something for accounting purposes, don't use it for anything else")
         "unless": r"^(?![^\n]*\b(until|while|pending|during)\b)[^\n]*\b((must|have to|need to|are (legally )?(obliged|required|bound) to|legally (obliged|required) to) "
                   r"(keep|retain|store|hold)|(accounting|bookkeeping|tax) (purposes|reasons|law|laws|rules|requirements|records)|(required|obliged) by law)\b"},
        # Art. 18 in the writer's words: a stop on use that lasts only while something is sorted out,
        # the time clause first or last. The writer's own boycott ("I won't use your shop until ...") is no request.
        {"right": "restriction", "name": "no-use-while-disputed",
         "pattern": r"\b({{until}})\b{{S}}{0,90}\b({{no_use}})|\b({{no_use}}){{S}}{0,90}\b({{until}})\b",
         "negatable": False, "needs": r"{{until}}",
         "unless": r"\b(i|we)\b( will| would| shall|'ll)? (not|never|won'?t|don'?t|do not|can'?t|cannot)\b( \w+)? (use|shop|order|buy)\b"},
        # Art. 18(1)(c): data kept from deletion for the writer's legal claims ("do not delete the footage, because I need it
        # to establish my legal claims"), or kept locked and unused until a dispute is resolved
        {"right": "restriction", "name": "needed-for-legal-claims",
         "pattern": r"\b(i|we) (will |may |might |could |still )?(need|require)\b{{S}}{0,50}\b(legal claims?|legal proceedings|court (case|proceedings)|lawsuit|litigation"
                    r"|(establish|exercise|defend)\w*,? (or defend )?(my|our|a|the) (legal )?(rights|claims?|case))\b",
         "negatable": False,
         "needs": r"\b(don'?t|do not|not to|never) (\w+ )?(delete|erase|destroy|remove|discard|dispose)|\b(preserve|retain|keep|hold on to)\b"},
        {"right": "restriction", "name": "kept-locked-unused",
         "pattern": r"\bkeep\b{{S}}{0,40}\b(unused|untouched|locked (away|up)?( and unused)?|sealed|blocked)\b{{S}}{0,40}\b(until|while|pending|during)\b",
         "negatable": False,
         "unless": r"\b(doors?|gates?|windows?|lock|locks|garage|car|safe|box|phone|screen)\b"},
        {"right": "restriction", "name": "keep-but-dont-use",
         "pattern": r"\b(keep|retain|hold on to|store)\b{{S}}{0,30}\b(data|information|details|records|account)\b{{S}}{0,20}\bbut\b{{S}}{0,15}"
                    r"\b(don'?t|do not|not|stop)\b{{S}}{0,10}\b(use|process|share|touch)\b"
                    # in the passive: "I'd ask that the records are simply kept as they are and not used for anything else"
                    r"|\b(data|information|details|records|account)\b{{S}}{0,30}\b(kept|stored|retained|held)\b{{S}}{0,30}\b(and|but) (are |be )?(not|never) (be )?(used|processed|shared|touched)\b",
         "negatable": False, "needs": r"but|and"},
        # "Please do NOT delete anything on my account until the insurance claim is settled": kept from deletion while a
        # claim or dispute runs (Art. 18(1)(c)); a plain "don't delete it yet" is not
        {"right": "restriction", "name": "dont-delete-until-claim",
         "pattern": r"\b(don'?t|do not|not to|never) (\w+ )?(delete|erase|destroy|remove|discard|dispose of)\b{{S}}{0,50}\b(until|while|pending|before)\b"
                    r"{{S}}{0,40}\b(claim|dispute|complaint|investigation|proceedings|lawsuit|litigation|court case)\b",
         "negatable": False, "needs": r"claim|dispute|complaint|investigation|proceedings|lawsuit|litigation|court"},
        # --- portability ---
        {"right": "portability", "name": "machine-readable",
         "pattern": r"\bmachine[- ]?readable|\bspreadsheet\b"},
        # Moving the data to another provider is Art. 20 whatever the format is called.
        {"right": "portability", "name": "to-another-provider",
         "pattern": r"\b(transfer|move|send|transmit|port|hand)\w*\b{{S}}{0,50}\b(directly )?to (another|a new|a different|my new|the new|an?other|"
                    r"a competing) (provider|service|company|controller|shop|store|retailer|supplier|platform)\b|\bstructured,? commonly used\b"},
        {"right": "portability", "name": "export",
         "pattern": r"\b(export|transfer|port)\w*\b{{S}}{0,30}\b(my|the)\b{{S}}{0,20}\b(data|account|order history|information)"
                    # the data as a file, not a printout: "all my data to myself as a file"
                    r"|\b(data|information|details|order history)\b{{S}}{0,30}\bas an? (data |digital )?file\b"
                    # Art. 20(2): straight to the new company ("send my customer data to them directly")
                    r"|\b(send|transfer|transmit|move|hand)\w*\b{{S}}{0,40}\b(data|information|details)\b{{S}}{0,30}\b(directly|to them|to the new)\b",
         # money moved between bank accounts is a payment, not the writer's data
         "unless": r"\b(bank|wire|money|sepa|credit) transfer\b|\bbank account\b|\bmoney\b|\bfunds\b|\bpaid\b"},
        # --- marketing ban (stops carry the negation themselves) ---
        # A newsletter's own footer ("click here to unsubscribe") is not the writer asking.
        {"right": "marketing_ban", "name": "unsubscribe",
         "pattern": r"\bunsubscrib\w*|\bopt(ed|ing)?[- ]out\b",
         "negatable": False,
         "unless": r"\b(click|tap) here to unsubscribe|\bto unsubscribe,? (click|visit|use|follow|reply)|\bunsubscribe (here|link below|at any time)|"
                   r"\b(you are|you're) receiving this|\bmanage (your )?(e-?mail )?preferences"
                   # the writer says they do not want to unsubscribe (the cue carries no negation of its own)
                   r"|\b(don'?t|do not|not) (want|wish|need|mean|intend|asking|planning) (you )?to ((\w+ ){1,3}?(or|nor) )?(unsubscribe|opt[- ]?out)\b"
                   # ... clipped: "Not unsubscribing, I like the deals", "I'm not unsubscribing", "no need to unsubscribe me"
                   # (a link that "did not unsubscribe me" is no refusal)
                   r"|(?<![\w ])not unsubscribing\b|\b(i'?m|i am|we'?re|we are) not unsubscribing\b|\bno need to (unsubscribe|opt[- ]?out)\b"
                   # a paid plan or service unsubscribed from is a contract cancelled, no marketing ("unsubscribe from the Cloud Plus plan")
                   # ... also named by its tier alone, as a subject does ("How do I unsubscribe from Cloud Plus?"), not a newsletter of that name
                   r"|\bunsubscrib\w* (me |us )?from (the |my |our |your |this |that )?(\w+ ){0,3}?(plan|contract|service|storage|membership|"
                   r"plus|premium|pro|subscription)\b(?! (tips|news|newsletters?|offers|e-?mails?|mails?|updates|list|mailing)\b)"},
        {"right": "marketing_ban", "name": "stop-sending",
         "pattern": r"\b(stop|quit|cease|halt|end) (sending|emailing|e-mailing|texting|spamming|calling|ringing|phoning|mailing|messaging|contacting|"
                    r"bombarding|bothering|pestering)\b|\bstop\b{{S}}{0,15}\bemailing me\b"
                    # ... the verbs in a pair too: "don't call or mail me with offers", "do not text or email me again"
                    r"|\b(don'?t|dont|do not|never) (ever )?(sen[dt]|email|e-mail|text|call|ring|phone|message|mail|contact)( (or|and|nor) (sen[dt]|email|e-mail|text|call|ring|phone|message|mail|contact))? (me|us) "
                    r"(again|any ?more|any longer|ever)\b"
                    # "don't send me any more surveys": a survey is no marketing (as in marketing-to-end)
                    r"(?! (\w+ )?(surveys?|questionnaires?|feedback|customer (experience|satisfaction)))"
                    # "please don't ring me with sales offers again": the calls named by what they carry
                    r"|\b(don'?t|dont|do not|never) (ever )?(sen[dt]|email|e-mail|text|call|ring|phone|message|mail|contact)( (or|and|nor) (sen[dt]|email|e-mail|text|call|ring|phone|message|mail|contact))? (me|us) (with|about)\b"
                    r"{{S}}{0,20}?\b{{marketing_kinds}}\b"
                    # the stop made sure of: "please make sure nobody calls her or sends her offers any more"
                    r"|\b(make sure|ensure|see to it)( that)? (nobody|no one|no-one|noone|none of your \w+)\b{{S}}{0,30}?\b(calls?|rings?|phones?|contacts?|e-?mails?|texts?|sends?|mails?)\b"
                    r"{{S}}{0,40}?\b({{marketing_kinds}}|sales\w*|telemarketing)\b",
         "negatable": False},
        {"right": "marketing_ban", "name": "stop-marketing",
         "pattern": r"\b(stop|quit|halt|end|cease|no more|no further|not (want|wish) (to (receive|get) )?any( more)?|(don'?t|dont|do not) "
                    r"(sen[dt]|want|wish|need)|stop using my \w+ for"
                    # ... or for the one written for: "she doesn't want the offer texts at all", "my father does not wish to receive ..."
                    r"|(she|he|they|\w+) (doesn'?t|does not) (want|wish))\b{{S}}{0,30}?{{not_survey}}\b{{marketing_kinds}}\b"
                    # the writer or a relative they write for ("take her off every mailing list")
                    r"|\b(take|remove|delete|drop|strike|scratch) (me|him|her|them|us|my (e-?mail( address)?|address|number|name)|(my|our) (late )?(mother|father|mum|mom|dad|husband|wife|son|daughter|parents?)('s (e-?mail( address)?|address|name))?)\b{{S}}{0,30}"
                    r"(?<!survey )(?<!panel )(?<!interview )(?<!feedback )(?<!research )\b(list|lists|mailing|newsletter|subscribers?|marketing|database for|"
                    # an advertising audience the address was uploaded to: "remove my address from any advertising audiences"
                    r"(custom|advertising|ad|lookalike|target) audiences?)\b"
                    # off the list, made sure of or wanted: "make sure I'm off the mailing list", "I want to be off your newsletter list"
                    r"|\b(make sure|ensure|see to it)( that)? (i'?m|i am|i'?ll be|i will be|we'?re|we are|(my|her|his) (e-?mail( address)?|address|number|name)( is)?) "
                    r"(off|removed from|taken off|no longer on|not on)\b{{S}}{0,25}?\b(lists?|mailing\w*|newsletters?|marketing)\b"
                    r"|\b(want|wish|like|need) (to be|me|myself|her|him) off (your|the|any|all|every|this|that) (\w+ ){0,2}?(lists?|mailing\w*|newsletters?)\b"
                    # refusing to be put on a list at all ("please don't add me to any mailing list")
                    r"|\b(don'?t|dont|do not|never) (add|put|sign|subscribe|enrol\w*|enroll\w*|include|register|opt) (me|my (e-?mail( address)?|address|number))\b"
                    r"{{S}}{0,25}\b(lists?|mailing\w*|newsletters?|marketing|subscri\w*)\b"
                    # a stop asked in the polite past: "I'd be grateful if you stopped the text message offers",
                    # "I'd appreciate it if you could stop sending the newsletter"
                    r"|\b(grateful|appreciate it|appreciated|nice|good|helpful|prefer it|rather) if you (could |would |just |please )*(stopped|stop|ceased|cease|ended|end)\b"
                    r"( (sending|emailing|e-mailing|texting|mailing|calling))?( me)?{{S}}{0,30}?\b{{marketing_kinds}}\b"
                    # "just no personalised recommendations please", "no ads, thanks"
                    r"|\bno {{marketing_kinds}}\b,? (please|pls|thanks|thank you)\b",
         "negatable": False,
         # "I don't want my past chats and emails used to train it": the writer's own mails, used for something
         "unless": r"\b(my|our) (\w+ ){0,4}?(e-?mails|messages|chats?|texts)\b{{S}}{0,50}\bused\b"},
        {"right": "marketing_ban", "name": "marketing-to-end",
         "pattern": r"\b{{marketing_kinds}}\b{{S}}{0,20}\b(to )?(end|stop|cease)\b|\b(don'?t|do not|never) (call|text|email|e-mail|contact) me\b"
                    r"(?! (for|about|with|regarding) (\w+ )?(surveys?|questionnaires?|feedback|research|customer (experience|satisfaction)))"
                    # "please do not contact me about this order again, it arrived": one order's errand, no marketing
                    r"(?! (about|regarding|over|on) (this|that|the|my|our) (\w+ )?(orders?|deliver(y|ies)|parcels?|packages?|shipments?|returns?|refunds?|invoices?|repairs?|complaints?|tickets?)\b)"
                    # "please don't call me before 9", "... during working hours": when to call, not a ban on marketing
                    r"(?! (before|after|until|till|between|during|early|late|so early|so late|at (night|work|this hour|\d)|on (weekends?|weekdays|sundays?|saturdays?|my \w+)|in the (morning|evening|afternoon)|\d))"
                    # "you still have me down for SMS offers - I want those stopped"
                    r"|\b{{marketing_kinds}}\b{{S}}{0,25}\b(want|like|need) (those|them|these|it|that) (stopped|ended|cancelled|canceled)\b",
         "negatable": False, "needs": r"end|stop|cease|n'?t|not|never"},
        # "I don't want you to use my phone number for ads", "do not use my data for marketing".
        # "keep it, but don't use it for anything else (marketing, analytics) until ...": marketing named
        # inside a restriction is the restriction's scope, not a ban of its own
        {"right": "marketing_ban", "name": "dont-use-for-marketing", "yields_to": "restriction",
         "pattern": r"\b((don'?t|do not|no longer) (want|wish|allow|permit|accept)\b{{S}}{0,15}\b(you|{{controller}}|your company)\b{{S}}{0,10}\b(to )?|"
                    # ... or given out for sales: "stop giving my details out for sales calls", "don't hand my number to partners for telemarketing"
                    r"(don'?t|do not|never|stop|quit) |"
                    # the writer's details, not to be handed on: "I don't want my email uploaded to Facebook for custom audiences"
                    r"(don'?t|do not|no longer) (want|wish|allow|permit)\b (my|her|his|our|any of my) {{S}}{0,40}?(to )?(be )?)(use|used|using|share|shared|uploaded|passed|given|handed|sold|disclosed|sent|"
                    r"share|sharing|upload\w*|pass\w*|giv(e|ing) (\w+ ){0,3}?(out|away|to)|hand\w*|sell\w*|disclos\w*)\b{{S}}{0,50}\b(for|in|to|with)\b{{S}}{0,60}?"
                    r"\b(marketing|advertis\w*|ads|targeting|targeted|retargeting|remarketing|custom audiences?|newsletters?|promotions?|campaigns?|"
                    r"sales (calls?|purposes|pitches|offers)|telemarketing|telesales|cold[- ]?call\w*)\b"
                    # the details kept from others: "please keep my details to yourselves as far as any marketing goes"
                    r"|\bkeep (my|her|his|our|their) (\w+ ){0,2}?(details|data|information|info|address|e-?mail( address)?|number)\b{{S}}{0,10}?"
                    r"\b(to yourselves|to yourself|in-house|in house|within (the|your) company)\b{{S}}{0,40}?\b(marketing|advertis\w*|ads)\b",
         "negatable": False,
         "needs": r"marketing|advertis|ads|target|audience|newsletter|promotion|campaign|sales|cold[- ]?call"},
        # Not to be contacted for marketing, said in the passive: "I do not want to be contacted by them, or by you, for
        # marketing", "I do not wish to be approached for sales". Contact about an order or a survey is no marketing.
        {"right": "marketing_ban", "name": "not-contacted-for-marketing",
         "pattern": r"\b(don'?t|do not|no longer|never|not) (want|wish|agree|like|consent)( \w+)? to be (contacted|approached|called|phoned|rung|"
                    r"e-?mailed|texted|messaged|targeted|bothered)\b{{S}}{0,40}?\b(for|with|about|regarding|by) (\w+,? ){0,3}?"
                    r"(direct marketing|marketing|advertis\w*|ads|sales|telemarketing|telesales|promotion\w*|offers|newsletters?)\b",
         "negatable": False, "needs": r"to be"},
        {"right": "marketing_ban", "name": "direct-marketing",
         "pattern": r"\bdirect marketing\b|\bmarketing (purposes|profiling)\b"},
        # --- consent withdrawal ---
        # "Please remove my saved card", "I don't want you to keep my card details": a card kept by the writer's consent (a
        # box ticked at checkout), taken back; SCHEMA: the withdrawal only
        {"right": "consent_withdrawal", "name": "remove-saved-card",
         "pattern": r"\b(remove|delete|erase|wipe|forget|drop|get rid of|take off|unsave|unlink)\b (\w+ ){0,3}?((saved|stored) (payment |credit |debit |bank )?cards?|card (details|number|data))\b",
         "needs": r"card"},
        {"right": "consent_withdrawal", "name": "card-not-kept",
         "pattern": r"\b(don'?t|do not) want (you|{{controller}}|your company) to (keep|store|hold|save|have) (\w+ ){0,2}?((saved|stored) (payment |credit |debit |bank )?cards?|card (details|number|data))\b",
         "negatable": False, "needs": r"card"},
        {"right": "consent_withdrawal", "name": "withdraw-consent",
         "pattern": r"\b(withdraw\w*|revok\w*|retract\w*|take back|taking back|cancel\w*|rescind\w*|pull\w*|undo\w*)\b{{S}}{0,50}?"
                    r"\b(consents?|permissions?|opt-?ins?|authori[sz]ations?|approval)\b"
                    # the object between: "I'd like to take that consent back", "I'm taking my cookie permission back"
                    r"|\b(take|taking|took|takes) (my|that|the|this|those|these|our|her|his|all my|any) (\w+ )?(consents?|permissions?|opt-?ins?|approval) back\b"
                    r"|\b(consents?|permissions?|opt-?ins?)\b{{S}}{0,40}?\b(withdraw\w*|revok\w*|rescind\w*)"
                    r"|\b(changed|change) my mind\b{{S}}{0,60}\b(consent\w*|permission|opt-?in|agreed|ticked|checked the box|said yes|accepted)\b"
                    r"|\b(consent\w*|permission|opt-?in|agreed|ticked|checked the box|said yes|accepted|opted in)\b{{S}}{0,60}\b(changed my mind)\b"
                    # "I ticked 'save card' at checkout but I regret it": a tick or a yes, regretted
                    r"|\b(ticked|checked the box|said yes|opted in|agreed)\b{{S}}{0,60}?\bi (now )?regret (it|that|this|doing so|ticking|saying)\b"
                    r"|\bi (now )?regret (ticking|checking|saying yes|agreeing|opting in)\b"
                    r"|\b(consent|permission) (is|are) (hereby )?(withdrawn|revoked|cancelled|canceled)\b"
                    # "Whatever I clicked 'I agree' on, consider it withdrawn", "consider my consent withdrawn": what was agreed, declared withdrawn
                    r"|\b(agree\w*|consent\w*|opted in|said yes)\b{{S}}{0,60}?\b(consider|treat|regard|take) (it|them|that|those|this|these|it all|all of it|all of them)( as)? (withdrawn|revoked|rescinded)\b"
                    r"|\b(consider|treat|regard) (my |any |all my |all )?(consents?|permissions?|opt-?ins?)( as)? (withdrawn|revoked|rescinded)\b"
                    # "I'm withdrawing my OK for that", "I take back my yes": a consent called by its plain word
                    r"|\b(withdraw\w*|revok\w*|retract\w*|take back|taking back|rescind\w*)\b (my|our) (ok|okay|yes|go-?ahead)\b"
                    # "two things I agreed to at checkout which I'd like to take back": what was agreed, taken back
                    r"|\b(i|we) (agreed|said yes|ticked|opted in|signed up)\b{{S}}{0,50}?\b(take|taking) (it |them |that |those |these )?back\b"
                    r"|\b(take|taking) back\b{{S}}{0,20}\b(what|the things?|everything) (i|we) (agreed|said yes|ticked|opted in|signed up)\b"},
        # Off the survey or interview list: contact for surveys is no marketing (SCHEMA), so the consent to it is taken back
        # ("please take me off your customer survey list", "remove me from the feedback panel")
        {"right": "consent_withdrawal", "name": "off-survey-contact",
         "pattern": r"\b(take|taking|remove|removing|drop|dropping|strike|scratch|opt|unsubscribe|delete) (me|myself|my (name|number|e-?mail( address)?))( out)? (off|out of|from)\b{{S}}{0,30}?"
                    r"\b{{survey_kinds}}\b"
                    r"|\b(be|being|get|getting|been) (taken|removed|dropped|struck) (off|out of|from)\b{{S}}{0,30}?\b{{survey_kinds}}\b",
         "needs": r"survey|questionnaire|interview|panel|feedback|research"},
        # "I no longer consent": the negation is the withdrawal.
        {"right": "consent_withdrawal", "name": "consent-no-longer-given",
         "pattern": r"\bno longer (give (you )?my |give (you )?|have my )?(consent|permission)\b"
                    r"|\b(do not|don'?t|no longer) (consent|agree) (any ?more|any longer|to (this|that|it|you) any ?more)\b",
         "negatable": False, "needs": r"consent|agree|permission"},
        # --- objection (a marketing ban when the sentence is about marketing: see bot.core.reading.mapping) ---
        {"right": "objection", "name": "i-object",
         "pattern": r"\b(i|we|she|he) (also |hereby |strongly )?(object|oppose)\b|\bobjection\b(?! (below|above|further down|set out below))|\bright to object\b|\bobject(ing)? to\b"},
        {"right": "objection", "name": "stop-analysing",
         # "stop paying for the premium monitoring": a paid alarm-monitoring plan ended, no processing objected to
         "pattern": r"\b(stop|quit|cease|end|opt out of|exclude me from)\b(?! paying\b| the payments?\b| my payments?\b){{S}}{0,25}"
                    r"\b(analys\w*|analyz\w*|analytic\w*|statistic\w*|profil\w*|tracking|track|recording|scoring|monitoring)\b"
                    # "stop sharing my data with your partners": legitimate-interest sharing (Art. 21(1))
                    r"|\b(stop|quit|cease|end)\b{{S}}{0,10}\bshar\w*\b{{S}}{0,30}\b(with|to) (your |any |other |third )?(partners?|third part(y|ies)|affiliates|advertisers|other companies)\b"},
        # "I don't want you to profile me": the negation is the request itself.
        {"right": "objection", "name": "dont-want-profiling",
         "pattern": r"\b((don'?t|do not|no longer) (want|wish|allow|accept|agree to)|(i'?m|i am|we'?re|we are) not (ok|okay|fine|happy|comfortable) with)\b{{S}}{0,60}"
                    r"\b(profil\w*|analys\w*|analyz\w*|analytic\w*|statistic\w*|stats|track\w*|monitor\w*|scor\w*|used (for|to train)|"
                    r"risk assess\w*|credit check\w*|automated decision\w*)\b"
                    # "I don't agree with my browsing being analysed and compiled into statistics"
                    r"|\b(don'?t|do not|no longer) agree with\b{{S}}{0,60}\bbeing (analys|analyz|profil|track|monitor|scor|compil|segment)\w*",
         # "the account can stay in my name, I just don't want my own contact details being used for it": where the
         # shop writes to, a detail to change, no purpose objected to
         "unless": r"\bcontact (details|info\w*|numbers?|e-?mails?|addresses)\b{{S}}{0,15}\bused for (it|the account|that account|this account|the company|deliveries|orders)\b"
                   # "I don't accept that the chat transcripts and the browsing profile fall under the Accounting Act": a legal
                   # ground disputed, the profile a thing kept, no purpose objected to
                   r"|\b(don'?t|do not) accept that\b{{S}}{0,90}\b(falls?|comes?|counts?|is|are) (under|within|covered by|part of|exempt|required by)\b",
         "negatable": False, "yields_to": "restriction"},
        # "Do not profile me", "don't use my purchase history for statistics": an objection to the purpose (Art. 21).
        {"right": "objection", "name": "dont-profile-me",
         "pattern": r"\b(don'?t|do not|never|stop) (profile|track|analy[sz]e|monitor|segment|score)\w* (me|my)\b"
                    # "I'd rather you didn't profile my orders for that": the same wish, softened
                    r"|\b(rather|prefer(red)? (it )?if) you (didn'?t|did not|wouldn'?t|would not) (profile|track|analy[sz]e|monitor|segment|score)\w* (me|my)\b"
                    r"|\b(don'?t|do not|never) (use|process)\w*\b{{S}}{0,40}\b(for|in|to train)\b{{S}}{0,20}"
                    r"\b(statistic\w*|analytic\w*|analys\w*|profiling|scoring|ai|training|research|product development)\b",
         "negatable": False},
        # "We do not accept you using our support tickets to train a model"; feeding mine to an AI, refused.
        {"right": "objection", "name": "refuse-use-of-mine",
         "pattern": r"\b(don'?t|do not|won'?t|will not) (accept|agree to|allow|consent to)\b{{S}}{0,20}\b(us\w*|feed\w*|train\w*)\b{{S}}{0,20}\b(my|our)\b"
                    r"|\b(feed\w*|train\w*)\b{{S}}{0,40}\b(ai|model\w*)\b{{S}}{0,40}\b(not ok(ay)?|no way|i object)\b",
         "negatable": False},
    ),
    "quoting": {
        "wrote": r"on\b.{3,200}\bwrote:",
        "wrote_alone": r"wrote:",
        "separator": r"original message|forwarded message|begin forwarded message:?",
        "forward_words": r"forwarded",
        "header_from": r"from",
        "header_other": r"sent|date|to|cc|subject",
        "forward_subject": r"fwd?|fw",
        "reply_subject": r"re",
        "client_footer": r"sent from (my )?\w+|sent with proton ?mail|sent from yahoo mail|get outlook for",
        "disclaimer": (
            r"this (e-?mail|message)( and any (files|attachments)( transmitted with it)?)? (is|are|may be|may contain|might contain|contains) (confidential|intended|privileged)"
            # "If you have received this e-mail in error, please notify the sender and delete it": the sender's boilerplate
            r"|if you (have )?(received|got) this (e-?mail|message|communication) (in error|by mistake)|if you are not the intended recipient"
            r"|confidentiality notice|disclaimer:"
        ),
    },
    "screening": {
        "bounce_subject": (
            r"undeliver(ed|able)|delivery (status notification|failure|has failed)|returned mail|"
            r"mail delivery (failed|failure|subsystem)|failure notice|delivery failed|non[- ]?delivery|delayed mail|"
            r"warning: message .{0,80} delayed"
        ),
        "bounce_text": (
            r"could not be delivered|delivery to the following recipient|permanent (fatal )?error|user unknown|"
            r"mailbox (is )?(full|unavailable)|recipient address rejected|message (was not|wasn't|could not be) delivered"
        ),
        "auto_subject": (
            r"automatic reply|auto(matic)?[- ]?reply|autoreply|auto[- ]?response|out of (the )?office|vacation|on vacation|away from"
        ),
        "auto_text": (
            r"\bout of (the )?office\b|\bi am (currently )?(away|out|on (annual |parental |sick )?leave|on holiday|on vacation)\b|"  # "I am outside the EU" is no auto-reply
            r"\bi'?m (currently )?(away|out of the office|on (annual |parental )?leave|on holiday|on vacation)|"
            # ("the automated message asked whether ...", "I only got an automated reply": a machine in the writer's story)
            # ("nothing but this automated acknowledgement", "all I got was this automatic reply", "apart from this automated
            # response": the writer chasing a case names our receipt; "please do not reply to this automatic message" is the machine)
            r"(?<!\bthe )(?<!\ban )(?<!\ba )(?<!\byour )(?<!\btheir )(?<!\bbut this )(?<!\bbut that )(?<!\bwas this )(?<!\bwas that )"
            r"(?<!\bfrom this )(?<!\bfrom that )(?<!\bthan this )(?<!\bthan that )(?<!\bexcept this )(?<!\bexcept that )(?<!\bbeyond this )(?<!\bbeyond that )"
            # ... or our receipt of it: "This is an automatic confirmation that we have received your message"
            r"\b(this is an? )?automat(ed|ic) (response|reply|message|acknowledg|confirmation|receipt)|"
            # "this is an automatic vacation reply", "an automated out-of-office response": a kind between the words
            r"\bthis is an? automat(ed|ic) [\w-]+( [\w-]+)? (response|reply|message)\b|"
            # "I'm travelling until 4 January": away till a date, said by the mailbox
            r"\b(i'?m|i am) (currently )?travell?ing (until|till)\b|"
            # "I'm hiking in Lapland with no signal until 10 August. I'll reply when I'm back."
            r"\bwith no (phone |mobile )?(signal|reception|coverage|internet|connection|wi-?fi) (until|till)\b|\bi('ll| will) (reply|respond|answer|get back to you)( to your (e-?mail|message))? (when|once|as soon as) i'?m back\.|"
            r"\bwill (not|be unable to) (be )?(check|read|respond|access)\w* (my )?e-?mails?|limited access to e-?mail|"
            # helpdesk acknowledgements: the message itself says it is a receipt
            r"\b(we have|we've) received your (e-?mail|message|request|enquiry|inquiry|ticket)\b.{0,200}\b(ticket|case|reference) (number|no|id|#)|"
            r"\bi (will|'ll) be back (in the office )?on\b|\bback in the office on\b|"
            # retired or unattended mailboxes answer by themselves
            r"\b(this|the) (mailbox|e-?mail address|address|inbox) is (no longer|not) (monitored|in use|read|checked|active)\b|"
            r"\byour (message|e-?mail) (has not been|was not|will not be) (read|forwarded)\b"
        ),
        "unsubscribe_footer": (
            r"\b(reply|respond|answer)\W{1,3}(with\W{1,3})?[\"'“”«]?(stop|remove|unsubscribe)\b|"
            r"\b(click|tap) (here )?to unsubscribe|\bto unsubscribe,? (click|reply|visit|send|use|follow)|\bunsubscribe (here|link|below)\b|"
            r"\bmanage (your )?(e-?mail )?(preferences|subscriptions?)|\bupdate your (e-?mail )?preferences|"
            r"\b(you are|you're) receiving this (e-?mail|message|newsletter|mail)|\bthis (e-?mail|message) was sent to [\w.+-]+@|"
            r"\bif you (no longer )?(wish|want) (not )?to receive (these|our|further|more|any)"
        ),
        "phishing_threat": (
            # ... the writer's own ("I don't want my account closed") is no threat: phishing says "your account"
            r"password (for .{0,40})?expire|(?<!\bmy )(?<!\bour )(account|mailbox) (will be |has been )?(suspend|restrict|lock|block|clos|delet|deactivat)\w*|"
            r"(within|in|after) (24|48|72) (hours|hrs)|(suspension|deactivation|closure|deletion|termination|lock(ing)?) of your "
            r"(account|mailbox|e-?mail|store|shop|web ?shop|listing)|deadline:? (24|48|72) (hours|hrs)|(mailbox|storage|quota)\W+(\w+\W+){0,4}?(exceeded|full|limit)|customs (fee|duty|charge)|"
            r"final (notice|warning)|copyright infringement|(take|taking) legal action|"
            # the penalty in the sender's voice for not following them: "Failure to respond within the statutory period may
            # result in penalties" (a customer's deadline threat names a complaint, not penalties or a suspension)
            r"\bfailure to (respond|reply|comply|act|verify|confirm|complete|review|sign)\b[^.!?\n]{0,60}\b(may|will|shall|could|can) result in "
            r"(penalt(y|ies)|(administrative )?fines?|(the )?(suspension|deactivation|termination|closure|deletion|loss|removal))\b|"
            r"to avoid (a |the )?(suspension|deactivation|closure|deletion|return|collection fees|late fees|additional (fees|charges))|"
            r"to avoid your (shipment|parcel|package|delivery|account|mailbox|service) (being |getting )?(returned|suspended|closed|deleted|cancell?ed|held|destroyed)|"
            r"(unusual|suspicious) (activity|sign-?in|log-?in)|sign-?in (attempt )?from (a new|an unknown)|"
            # business e-mail compromise: "our bank details have changed", and expired webmail sessions
            r"(bank|account|payment) (details|account|information) (have|has) (been )?changed|(use|to) (the|our) new (iban|bank account|account number)|"
            r"session (has )?expired|to continue receiving (your )?(messages|e-?mails|mail)|"
            # bank phishing: payments or banking "suspended" in the bank's voice, a deadline of any hours, and what failing brings
            r"within \d{1,2} (hours|hrs)|(payments?|transfers?|cards?|online banking|banking|access)\b{{S}}{0,40}\b(have|has) been (temporarily |permanently )?"
            r"(suspended|restricted|blocked|frozen|locked|disabled)|(permanent|temporary) (restriction|suspension|closure|deactivation|blocking) of your|"
            r"failure to (verify|confirm|comply|respond|update) (will|may|shall) result in|"
            # mailbox "re-confirmation" phishing in the voice of IT: unconfirmed mailboxes deleted, ownership re-confirmed
            r"(mailbox(es)?|accounts?)\b{{S}}{0,30}\bnot (be )?(re-?)?(confirmed|verified|validated)\b{{S}}{0,60}\b(deleted|suspended|closed|deactivated|disabled|removed)\b|"
            r"\bmust (re-?)?(confirm|verify|validate) (their |your |the )?(mailbox |account )?ownership\b|"
            # an authority's voice: a statement demanded within days under a fine; a real authority's letter has it too,
            # but never the lure
            r"\b(administrative )?(fine|penalty|sanction)s? (may|will|can|could|shall) be (imposed|issued|levied)\b|"
            r"\b(must|shall|are required to) (submit|provide|send|file) (a |an |your )?(written )?(statement|response|reply|explanation) within \d+ (days|hours)\b|"
            # a domain's or an account's details to be verified by a date: "must be re-verified before 23 January"
            r"\b(must|has to|have to|needs? to) be (re-?)?(verified|confirmed|validated|updated)( again)? (before|by|within|no later than) (the )?\d|"
            r"\b(domain|website|web ?shop|online store) (will be|may be|is going to be) (suspended|deactivated|deleted|closed|disabled|blocked|removed)\b"
        ),
        "phishing_lure": (
            r"verify your (identity|account|e-?mail|mailbox|listing|business|profile)|"
            # the storage's threat made the reader's to avert by following them: "deleted ... unless you upgrade",
            # "click below to keep your data"
            r"\bunless you (upgrade|renew|verify|confirm|log ?in|sign ?in|validate)\b|\b(click|tap) below\b|\bto keep your (data|files|messages|e-?mails|mail|photos|documents|mailbox|storage)\b|"
            # mailbox-password phishing: "confirm your current password below", "KEEP SAME PASSWORD"
            r"(confirm|verify|enter|validate|re-?enter) your (current |existing |old )?password|keep (the |my )?same password|"
            # "to keep using your current password, confirm it below": the password kept by following their link
            r"keep (using )?(your )?(current|existing|old) password|confirm (it|them) (below|here|now)|"
            # parcel scams: "update your delivery details" in the sender's (second-person) voice
            r"(update|confirm|verify) your (delivery|shipping|address) (details|information|address)|"
            r"confirm your (identity|account|details|payment)|update your (payment|billing|card) (details|information|method)|"
            r"secure (document|message|link)|access code|click (here|the (link|button))|(button|link) below|"
            r"log ?in to (renew|verify|keep|avoid|restore|reactivate|review|approve|view|respond)|"
            # voicemail and file-share lures, and "download the evidence" of a fake legal notice
            r"new voice ?(mail|message)|listen to (the|your) (voice ?)?(message|mail)|shared (a |the )?(file|document|folder)s? with you|"
            r"sent you (a|the) (file|document)|download the (evidence|proof|photos|images|report|file|document|label|invoice)s?|"
            r"confirm the (pickup|pick-up|delivery) (address|date|time)|click here to (secure|verify|confirm|unlock)|"
            r"sign in (again|to continue)|(see|open) the attached invoice|process (the )?payment at your earliest|"
            # "know your customer" phishing: the shop's own details confirmed on a link to get access back
            r"(confirm|verify|validate|complete) (the verification of )?your (company|business|merchant|corporate|billing) "
            r"(details|information|data|profile|verification)|to restore (full access|your (full )?(access|account|service))\b|"
            # the reader's own mail password asked on someone else's page: "sign in with your company email address and password"
            r"\b(sign|log) ?(in|on)( to (the|our) [\w-]+( [\w-]+)?)? (with|using) your (company |business |work |corporate |own )?"
            r"(e-?mail|mailbox|microsoft|office ?365|outlook)( address)? (and|&) password|\b(e-?mail|mailbox) (login )?credentials\b|"
            # a button's label on a line of its own: "Verify account", "Confirm now", "Restore access" (a person writes a sentence)
            r"^[ \t]*(verify|confirm|validate|reactivate|restore|unlock|secure|re-?activate) (my |your )?"
            r"(account|identity|now|access|store|shop|mailbox|details|profile)[ \t]*$"
        ),
        "pay_verbs": r"\b(pay|payment|verify|log ?in|claim|upgrade|renew)\b",
        "get_rich": (
            r"\b(bitcoin|btc|crypto\s?(currency|currencies|trading|coins?)?|forex|trading (bot|robot|platform|signals?))\b|"
            r"\b\d[\d,. ]{0,12}% (return|returns|profit|roi)|guaranteed (returns?|profits?|income)|passive income|"
            r"\byou('ve| have) (won|been selected)|\b(was|were|has been|have been) (selected|chosen) for (our|the|an?)\b|\btax refund|\bloans? (of )?up to\b|\bwithout collateral\b|\b(lottery|sweepstake\w*|inheritance|beneficiary)\b|"
            # advance-fee fraud: a stranger's millions waiting for a "next of kin"
            r"\b(next of kin|dormant (bank )?account|unclaimed (funds?|sums?|deposit)|transfer of (the )?funds|"
            r"(usd|us\$|eur|gbp|\$|€)\s?\d{1,3}([,. ]\d{3}){2,}|\d{1,3}(\.\d+)? million (us )?(dollars|usd|euros?|eur|pounds))"
        ),
        "pressure": (
            r"\b(register|sign up|join|act|claim|apply|invest) (now|today|immediately)\b|\blimited (time|spaces|spots|places|seats)\b|"
            r"\b(spaces|spots|places|seats) are limited\b|\bonly \d+ (spots|places|seats|spaces) left\b|\bdon'?t miss (the|this|out)\b|"
            r"\bbefore the offer expires\b|\bshop now\b|\boffer ends (tonight|today|soon|at midnight)\b|\bblack friday\b|\bby (the )?end of (the )?(day|today)\b|\bpay (the outstanding amount|now|today)\b|\b(donate|hire me) (now|today)\b"
            # investment bait's push: a small stake now, watch it grow, shared with only a few
            r"|\b(start|begin) with (just|only) (€|\$|eur |usd )?\d+|\bwatch (it|your money|your (investment|savings|stake)) grow\b"
            r"|\bi only share (it|this) with a (few|handful|select)\b"
        ),
        "greeting": r"dear|hello|hi",
        "generic_addressee": r"(dear |valued |beloved )?(friend|customer|user|account holder|beneficiary|taxpayer|business owner|merchant|(store|shop|web ?shop|online (store|shop)|e-?shop) owner|domain (owner|holder|administrator)|registrant|"
                             r"(site |website )?owner|(purchasing|sales|marketing|hiring) manager)",
        "sales_offer": (
            r"\bwe (offer|provide|can (help|bring|offer|get)|help (online|web|e-?commerce|small)? ?(shops|stores|retailers|businesses|companies))|"
            r"would you be interested|100% guarantee|\d+% off\b|price list|"
            # ... a policy's "to improve our services", "use of our services" quoted by a customer is no pitch
            r"(?<!improve )(?<!improving )(?<!provide )(?<!providing )(?<!of )(?<!use )(our|fixed-price) (services|packages|audit|team of)|\bSEO\b|"
            r"verified (consumer |b2b )?contacts|deliverability|buyers? (list|database)|lead generation|"
            r"\b(double|triple|boost|grow|increase) (your )?(sales|revenue|traffic|conversions)|"
            # "we've helped 200+ stores 3x their organic traffic"
            r"\b(\d+x|double|triple|quadruple|boost|grow|increase) (your|their) (organic |website |search |web )?(sales|revenue|traffic|conversions|leads)\b|"
            r"\bwe are (a|an) (\w+ ){0,3}(manufacturer|factory|supplier|wholesaler|distributor)\b|\blooking for (distributors|resellers|dealers)\b|"
            r"\b(qualified|b2b) leads\b|\bpromote your (products|brand|shop|store)\b|\bin exchange for free (products|items|samples)\b|\b\d+k followers\b|"
            r"\b(services|rates?) (at|from) (\$|€|eur|usd)\s?\d+ ?(/ ?|per |an? )(hour|hr|month)\b|\bcheck (out )?my portfolio\b|"
            r"\bguest (post|article)s?\b|\bsponsored (post|article)s?\b|\bpaid placements?\b|\bdo-?follow\b|\bbacklinks?\b|\b(OEM|ODM)\b"
        ),
        "sales_cta": (
            r"free (audit|trial|sample|consultation|website audit|\d+-minute)|\btry (it )?(for )?free\b|\bfree for \d+ days\b|book a (free |short |quick )?(\d+-minute )?(call|demo|meeting)|"
            r"reply .?(yes|no|remove)\b|to opt out,? reply|you received this (e-?mail|message) because your business|"
            r"\b(let me know|let us know|reply|tell me|contact (me|us)) if you('re| are) interested|"
            r"\bcan i send you (some |a few )?(case stud(y|ies)|examples|samples|a proposal)\b|"
            r"\b(want|shall|should) (me|i) (to )?send (you )?(the|a|my) (full )?(report|proposal|audit)\b|\bname your price\b|"
            r"\bif you('re| are) interested,? (please )?(reply|let me know|let us know|contact|book|call|get in touch|just)\b|let me know your (target|budget)|\bfree webinar\b|send (you )?(counts|pricing)|"
            r"\b(do|would) you have \d+ minutes\b|"
            # "Would you be open to a quick 15-minute call this week?"
            r"\b(would|are) you (be )?open to (a|an) (quick |short |brief )?(\d+[- ]?min(ute)?s? )?(call|chat|meeting|demo|video call|zoom)\b|\binterested in (a |an )?(collaboration|partnership|cooperation)\b|\b(reply|respond|send me|tell me) (with )?your budget\b"
        ),
        "cold_opener": (
            r"\bwe (noticed|saw|reviewed|checked|analy[sz]ed|came across|looked at) your (web ?site|web ?shop|site|online (store|shop)|store|shop)|"
            r"\bi (noticed|saw|reviewed|checked|came across|looked at|have looked at|visited) your (web ?site|web ?shop|site|online (store|shop)|store|shop)|"
            r"\byour (web ?site|site|web ?shop|online (store|shop)) (is not|isn't|does not|doesn't) (rank\w*|show\w*|appear\w*) (on|in) (the first page|google)\b|"
            r"\bi'?m reaching out (from|on behalf of)\b|"
            # "I was checking out example.fi and noticed ...", and the search ranking the pitch is about
            r"\bi was (checking out|looking at|browsing|visiting|reviewing|on) (your (web ?site|web ?shop|site|online (store|shop)|store|shop)|[\w-]+\.(fi|se|com|net|eu|shop))\b,? and (i )?(noticed|saw|found|reali[sz]ed|it)\b|"
            r"\b(isn'?t|is not|aren'?t|are not|not) (ranking|showing up|appearing) (on|in) (page (1|one)|the first page|the top (\d+ )?(results|spots)|google)\b|\b(ran|did|made) an? (quick |free )?audit of your (web ?site|site|shop|store)\b|"
            r"\bi (came across|stumbled upon|checked out|looked at|visited|found) [\w-]+\.(fi|se|com|net|eu|shop),? and (i )?"
            r"(noticed|saw|loved|enjoyed|liked|really (enjoyed|liked|loved)|was impressed)\b"
        ),
        "domain_scam": (
            r"(domain( name)?)\W+(\w+\W+){0,6}?(expir\w*|renew\w*)|search engine (registration|submission)|"
            r"this (notice|letter|offer) is not an invoice|solicitation for (an )?(optional )?service|"
            r"(buy|buying|purchase|purchasing|acquire|acquiring) (the |your )?domain|domain (name )?(is )?for sale|"
            # a registrar's "verification" of the domain's owner data
            r"\bwhois\b|\bregistrant (details|data|information)\b|\b(registration|ownership) (data|details) (of|for) (your |the )?(domain|[\w-]+\.(fi|se|com|net|eu)\b)"
        ),
        "your_parcel": r"\byour (parcel|package|shipment|delivery)\b",
        "parcel_fee": r"\b(unpaid|outstanding|returned to (the )?sender|(small |a )?(delivery|shipping|customs|redelivery) (fee|charge))\b",
        "payment_account": r"\b(iban|account (number|no))\b",
        "payment_due": r"\b(due (date|by)|payment reference)\b",
        "directory_scam": r"business (directory|register|listing)|company (directory|register|listing)|trade (directory|register)|b2b (directory|register)",
        "details_wanted": (
            r"\b(reply|respond|send|provide|forward|get back)\b[^.!?\n]{0,25}\b(with )?your (full name|full names|private (phone|telephone|number|e-?mail)|"
            r"bank (details|account)|date of birth|passport|id (card|copy)|home address|telephone number|phone number)"
        ),
        "gdpr_fear": (
            r"\bfines? (of )?up to\b|\b(4|four) ?% of (your )?(annual|global)|\b20 million|"
            r"\bgdpr[- ](compliance|audit\w*|training|certifi\w*)|\bcompliance (portal|program\w*|platform)|"
            r"\bregister your (company|business|store|shop) (on|with|in)\b|\bprocessing fee\b|"
            r"\b(will be|are being) (forwarded|reported|escalated) to the (supervisory|data protection) authorit\w*"
        ),
    },
}
