"""Phrase rules for tickets written in Swedish: the immediate criteria and a few common standard ones.

Swedish puts "inte" after the verb ("kommer inte in"), and "ingen" is often the report itself ("ingen kan logga
in"), so these rules never use the negation guard; each one lists the questions, drills and denials that take it
back in ``unless``. Anchors are written folded (å, ä and ö read as a and o).
"""

from __future__ import annotations

from .lexicon import Rule, rule, words

#: A question, a plan or a denial: "Hur gör vi ...?", "om det skulle hända", "övning", "inget intrång".
_NOT_NOW = (r"\?|\bhur (?:gor|kan|ska)\b|\bom (?:det|ni|vi) (?:skulle|blir)\b|\bovning\b|\bscenario\b|"
            r"\binget (?:intrang|fel|problem)\b|\binte (?:ett|nagot) (?:intrang|fel)\b|\bfalskt alarm\b|"
            r"\bloste sig\b|\bfungerar igen\b")
#: Everyone, not one user: "ingen av våra 300 användare", "hela företaget", "alla kontor".
_EVERYONE = (r"\bingen\b|\bhela\b|\balla\b|\bsamtliga\b|\boverallt\b|\bkontoren\b|\d{2,} (?:anvandare|medarbetare|"
             r"anstallda)")

SWEDISH: tuple[Rule, ...] = (
    rule("OUT1", words("kommer inte in|kan inte logga in|utelast|utelasta|gar inte att na|gar inte att oppna|ar nere|"
                       "ligger nere"),
         need=_EVERYONE, unless=_NOT_NOW, negatable=False, guard="none", name="OUT1-sv-everyone-locked-out"),
    # "Ingen av våra ca 300 användare kommer in i TeamFlow"
    rule("OUT1", words("kommer in|kan logga in"), need=r"\bingen\b", unless=_NOT_NOW, negatable=False, guard="none",
         name="OUT1-sv-nobody-gets-in"),
    rule("SEC1", words("intrang|dataintrang|obehorig|obehoriga|nagon okand|okand person|okand anvandare|"
                       "datalacka|lackt ut|lackta|kapat|kapats|kapad"),
         unless=_NOT_NOW, negatable=False, guard="none", name="SEC1-sv-intrusion"),
    # 'mejl från er om "ny inloggning från São Paulo" ... Ingen av oss har varit i Brasilien'
    rule("SEC1", words("ny inloggning|inloggning fran|inloggningar fran"),
         doc_need=r"\bingen av oss har varit\b|\bhar aldrig varit\b|\binte vi\b|\bvar inte vi\b|\bingen av oss\b",
         unless=r"\bhur (?:gor|kan|ska)\b|\bovning\b", negatable=False, guard="none",
         name="SEC1-sv-sign-in-from-elsewhere"),
    rule("SEC1", words("loggat in|laddat ner|exporterat"),
         need=r"\bnagon\b|\bokand\w*|\bfore detta\b|\bf\.d\.|\bslutat\b|\bsom ingen\b",
         unless=_NOT_NOW + r"|\b(?:jag|vi) (?:har )?(?:loggat|laddat|exporterat)\b", negatable=False, guard="none",
         name="SEC1-sv-someone-got-in"),
    rule("SEC4", words("forsvunnit|forsvann|ar borta|raderats|raderades|korrupt|skadade filer|gar inte att aterstalla"),
         need=r"uppgift|projekt|fil|data|kommentar|bilag|tavla|tavlan|lista|kort",
         unless=_NOT_NOW + r"|\bfilter\b|\b(?:jag|vi) (?:har )?raderade\b|(?:hittade|hittat|fanns|ligger) (?:\w+ )?i "
                          r"papperskorgen", negatable=False, guard="none",
         name="SEC4-sv-data-gone"),
    # stored text garbled or emptied across many tasks: "Beskrivningarna ... är bara konstiga tecken nu ...
    # kommentarerna
    # ... är tomma. Det gäller ungefär 140 uppgifter."
    rule("SEC4", words("konstiga tecken|ar tomma|blivit tomma|fatt datumet"),
         need=r"uppgift|beskrivning|kommentar|datum",
         doc_need=r"\b(?:alla|samtliga)\b|\b\d{2,} uppgifter\b",
         unless=_NOT_NOW + r"|\bexport\w*|\bcsv\b|\bexcel\b", negatable=False, guard="none",
         name="SEC4-sv-records-garbled"),
    # "hon kunde se en annan kunds namn och telefonnummer"
    rule("SEC1", words("en annan kunds|andra kunders|ett annat foretags|andra foretags|en annan organisations"),
         need=r"\b(?:se|ser|sag|syns|syntes|visas|visades|kunde se|fick se)\b", unless=_NOT_NOW, negatable=False,
         guard="none", name="SEC1-sv-someone-elses-records"),
    # background jobs stopped for everyone: "inga e-postpåminnelser ..., våra automatiseringar står still ... en
    # annan byrå ... har exakt samma sak"
    rule("OUT3", words("automatiseringar|automatiseringarna|paminnelser|paminnelserna|aterkommande uppgifter"),
         need=r"\b(?:inga|ingenting|stannat|star still|dott|dog|fungerar inte|skapades aldrig|har slutat|slutat)\b",
         doc_need=r"\bsamma sak\b|\bocksa\b|\balla (?:vara )?(?:workspaces|arbetsytor)\b|\bnagot av vara\b|\bandra "
                  r"(?:foretag|kunder|byraer)\b",
         unless=_NOT_NOW, negatable=False, guard="none", name="OUT3-sv-background-jobs-stopped"),
    # our records handed out: "personuppgifter om våra patienter har lämnats ut"; "de fått datan via ..."
    rule("SEC1", words("lamnats ut|lamnades ut|lamnat ut|delats med|fatt datan|fick datan|fatt tag pa|utdrag ur var"),
         need=r"\b(?:personuppgift\w*|patient\w*|kund\w*|namn|adress\w*|data\w*|var\w* (?:lista|export|projekt))",
         unless=_NOT_NOW + r"|\b(?:vi|jag) (?:har )?(?:lamnat|delat)\b", negatable=False, guard="none",
         name="SEC1-sv-records-handed-out"),
    rule("SEC5", words("bryter mot gdpr|brott mot gdpr|strider mot gdpr|bryter mot dataskydds|brott mot dataskydds|"
                       "i strid med gdpr|i strid med dataskydds"),
         unless=_NOT_NOW, negatable=False, guard="none", name="SEC5-sv-violation"),
    rule("LEG1", words("advokat|advokaten|stamma er|stammer er|stamning|rattsliga atgarder|domstol|tingsratten"),
         unless=_NOT_NOW + r"|\badvokatbyra\b[^.!?]{0,40}\b(?:anvander|arbetar)\b", negatable=False, guard="none",
         name="LEG1-sv-legal-action"),
    rule("LEG2", words("integritetsskyddsmyndigheten|datainspektionen|tillsynsmyndighet"),
         doc_need=r"begar|begart|krav|fraga|fragor|utredning|granskning|tillsyn|svar|redovisa|klagomal|yttrande|"
                  r"diarienummer|\bdnr\b",
         unless=r"\?|\bom (?:det|ni|vi) (?:skulle|blir)\b",
         negatable=False, guard="none", name="LEG2-sv-regulator"),
    rule("FIN3", words("aterbetalning|aterbetala|pengarna tillbaka|tillbaka pengarna|betala tillbaka|"
                       "fa tillbaka"), unless=r"\bhur\b|\bpolicy\b",
         negatable=False, guard="none", name="FIN3-sv-refund"),
    # a flaw shown by editing the address: "ändrar sista delen av adressen (projekt-id:t) ... öppnas även det andra
    # projektet, fast det är privat"
    rule("SEC2", words("sakerhetsbrist|sakerhetshal|sista delen av adressen|andrar id|andra id:t|byter id|"
                       "ett annat id"),
         doc_need=r"\bprivat\w*|\binte delat\b|\boppnas (?:aven|ocksa)\b|\bandras (?:data|projekt)\b|\butan "
                  r"inloggning\b|\bkommer at\b",
         unless=_NOT_NOW, negatable=False, guard="none", name="SEC2-sv-flaw-by-address"),
    # the card payment itself fails, card after card: "Betalningsleverantören svarade inte ... tre olika kort"
    rule("FIN2", words("betalningsleverantor|betalningstjanst|kortbetalning|kan inte betala|gar inte att betala|"
                       "betalningen gar inte igenom|betalningen misslyckades|betalningarna misslyckas"),
         doc_need=r"betalningsleverantor|betalningstjanst|\b(?:tva|tre|fyra|flera|alla|olika) (?:olika |vara )?kort\b|"
                  r"\bbada (?:bankerna|korten)\b|\bandra kort\b|\bnekade\b",
         unless=_NOT_NOW + r"|\bbyta\b|\bbyter\b", negatable=False, guard="none", name="FIN2-sv-payments-fail"),
    # the public API fails for several customers: "HTTP 500 på varje anrop ... Det gäller alla tre kundernas"
    rule("OUT2", words("varje anrop|alla anrop|api-anrop|vart api|ert api|ert publika api"),
         need=r"\b5\d\d\b|\bfel\b|timeout|svarar inte|fungerar inte|misslyckas",
         doc_need=r"\balla (?:tre|fyra|\d+) kunder\w*|kundernas|\bflera kunder\w*|\bandra foretag\b|\bandra kunder\b|"
                  r"\bocksa for\b",
         unless=_NOT_NOW, negatable=False, guard="none", name="OUT2-sv-api-down"),
    # a change to the agreement itself: "gå över från månadsfakturering till årsfakturering ... minska antalet licenser"
    rule("FIN5", words("andringar i vart abonnemang|andring av vart avtal|andra vart avtal|uppdatera avtalet|"
                       "ga over fran manadsfakturering|ga over till arsfakturering|minska antalet licenser|"
                       "oka antalet licenser|minska antalet anvandare|oka antalet anvandare"),
         unless=r"\bvad (?:kostar|skulle|blir)\b|\bhur mycket\b|\bpris\w*", negatable=False, guard="none",
         name="FIN5-sv-agreement-change"),
    rule("TEC5", words("langsam|langsamt|langsamma|seg|segt|tar evigheter"),
         need=r"sida|sidor|tavla|tavlan|laddar|ladda|oppna|projekt|appen",
         unless=_NOT_NOW + r"|\bsvar\b|\bsupport\b", negatable=False, guard="none", name="TEC5-sv-slow"),
    # "CSV-exporten förstör å, ä och ö ... konstiga tecken"
    rule("TEC3", words("konstiga tecken|fungerar inte|gar inte att|oanvandbar|forstor"),
         need=r"export|csv|uppgift|projekt|tavla|kommentar|\bfil|bilag|avisering|notis|inloggning|kalender",
         unless=_NOT_NOW + r"|integration|slack|google|teams|outlook", negatable=False, guard="none",
         name="TEC3-sv-core-bug"),
    # "skriver jag en recension på G2 och ett inlägg på LinkedIn"
    rule("SAT4", words("recension pa|inlagg pa|skriver pa linkedin|skriver pa facebook|skriva pa linkedin"),
         need=r"linkedin|facebook|twitter|instagram|\bg2\b|capterra|trustpilot|google|\bx\b",
         unless=r"\?", negatable=False, guard="none", name="SAT4-sv-public-post"),
    rule("SAT5", words("det vore bra om|skulle vara bra om|vi onskar oss|onskemal|kan ni lagga till|"
                       "saknar en funktion|funktionsforslag"),
         unless=r"\binte\b", negatable=False, guard="none", name="SAT5-sv-feature-wish"),
    rule("SAT2", words("prata med en chef|tala med en chef|prata med er chef|tala med er chef|prata med chefen|"
                       "prata med ansvarig"),
         unless=r"\binte\b", negatable=False, guard="none", name="SAT2-sv-manager"),
)
