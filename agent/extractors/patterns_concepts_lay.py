"""Concept rules for the immediate tier as people outside IT tell it: what they saw, not what it is called.

A teacher finds her lesson plans "word for word" in a template gallery and never gave permission (LEG5);
a treasurer mistypes a reset code twenty times and "it just kept letting me try" (SEC2); a volunteer's
account posts a "re-enter your login here" link while "she swears she didn't write anything" (SEC1, SEC3);
a parent wants her daughter's details "permanently deleted from your systems" (LEG4); a member "none of
us invited" is in the workspace (SEC1); every description now "just says 'Untitled'" (SEC4); another
firm's customer board shows up in the sidebar: "this wasn't ours" (SEC1).
"""

from __future__ import annotations

from .lexicon import Rule, rule, words

#: The owner never allowed the use: the second half of "this is my work".
_NO_PERMISSION = (r"never (?:gave|given|granted) (?:\w+ ){0,2}permission|without (?:my|our|any) (?:permission|consent|"
                  r"licen[cs]e)|never (?:licensed|agreed|authori[sz]ed|consented)|(?:taken|take (?:it|them|this)) "
                  r"down|remove (?:it|them) from|not (?:allowed|authori[sz]ed) to (?:publish|use|sell|share)|"
                  r"jamais autorise|nunca (?:lo |la )?autorice|nie (?:erlaubt|genehmigt)|nunca autorizei|"
                  r"mai autorizzato|nooit toestemming|sans (?:mon|notre) (?:autorisation|accord)|sin (?:mi|nuestro) "
                  r"permiso|ohne (?:meine|unsere) (?:erlaubnis|zustimmung)|sem (?:minha|nossa) autorizacao|senza "
                  r"(?:il mio|il nostro) (?:permesso|consenso)|zonder (?:mijn|onze) toestemming")
#: Someone acted through a member's account and the member denies it.
_THROUGH_AN_ACCOUNT = (r"(?:from|via|using|under|through) (?:[\w']+ ){0,3}(?:account|login)\b|(?:account|login) "
                       r"(?:posted|sent|wrote|added|left)|(?:posted|sent|written|added) (?:as|by) (?:her|him|them)")

CONCEPT_LAY: tuple[Rule, ...] = (
    rule("LEG5", words("is my work|is our work|are my work|are our work|is my own work|is our own work|"
                       "my work, word for word|our work, word for word|i wrote it|i wrote that|we wrote it|"
                       "i drew them|i drew it|i made it myself|exact copy of my|exact copy of our|a l'identique|"
                       "identique a mon|identique a notre|identico al mio|identico al nostro|identisch mit meinem|"
                       "identisch mit unserem|identico ao meu|identico ao nosso|identiek aan mijn|identiek aan ons|"
                       "copie conforme|mes modeles|mis plantillas|meine vorlagen|meus modelos|i miei modelli|"
                       "mijn sjablonen"),
         doc_need=_NO_PERMISSION,
         unless=r"how (?:do|can)|\?|(?:our|my) own (?:board|workspace|account)", guard="hypo", negatable=False,
         name="LEG5-my-work-used"),
    rule("SEC2", words("kept letting me try|keeps letting me try|kept letting me|let me keep trying|lets you keep "
                       "trying|lets anyone keep trying|try every number|try every code|try every combination|"
                       "every possible code|unlimited attempts|unlimited tries|no limit on attempts|no limit on tries|"
                       "no limit to the attempts|never locks|never locked me out|didn't lock me out|"
                       "did not lock me out|"
                       "doesn't lock the account|does not lock the account"),
         doc_need=r"code|password|\bpin\b|log ?in|sign[- ]?in|account",
         unless=r"how (?:do|can)|\?|(?:should|could) (?:you|we) (?:add|set)", guard="hypo", negatable=False,
         name="SEC2-guessing-never-stopped"),
    rule("SEC1", words("didn't write anything|did not write anything|didn't write any of|did not write any of|"
                       "didn't post anything|did not post anything|didn't post any of|did not post any of|"
                       "didn't send anything|did not send anything|never wrote any|never posted any|never sent any|"
                       "swears she didn't|swears he didn't|swears they didn't|says she didn't write|"
                       "says he didn't write|wasn't her|wasn't him|it wasn't me"),
         doc_need=_THROUGH_AN_ACCOUNT,
         unless=r"how (?:do|can)|\?|(?:our|the) (?:bot|automation|integration|import|script)", guard="hypo",
         negatable=False, name="SEC1-account-used-by-someone-else"),
    rule("SEC3", words("re-enter your login|re-enter your password|re-enter your details|re-enter your credentials|"
                       "enter your login here|enter your password here|confirm your login here|"
                       "verify your login here|access expires today|account expires today"),
         need=r"link|here\b|click|http",
         unless=r"how (?:do|can)|(?:do|does|did) (?:you|teamflow) send", guard="hypo", negatable=False,
         name="SEC3-login-harvesting-post"),
    # "enlazan a una página idéntica a vuestro login, pero en otro dominio"
    rule("SEC3", words("pagina identica|page identique|identische seite|identieke pagina|identical page|"
                       "identical to your login|en otro dominio|sur un autre domaine|auf einer anderen domain|"
                       "em outro dominio|su un altro dominio|op een ander domein|on another domain|"
                       "on a different domain"),
         need=r"login|inicio de sesion|connexion|anmelde|sign-?in|log-?in|password|contrasena|senha|wachtwoord|"
              r"passwort|mot de passe|enlaz|link|lien|enlace|comment|comentario|commentaire|kommentar|commento|"
              r"opmerking",
         doc_need=r"\b(?:otro|otra|autre|anderen|outro|altro|ander|another|different)\b (?:\w+ )?(?:domain|dominio|"
                  r"domaine|domein)|gmail|hotmail|(?:metido|introducido|entered|typed|saisi|eingegeben|digitaram|"
                  r"inserito|ingevuld) (?:\w+ )?(?:su |sus |their |leur |ihr |a sua |la loro |hun )?(?:contrasena|"
                  r"password|mot de passe|passwort|senha|wachtwoord)",
         unless=r"how (?:do|can)|\?|(?:our|nuestro|notre|unser|nosso|nostro|ons) (?:\w+ )?(?:portal|branded|de "
                r"marca)|custom domain",
         guard="hypo", negatable=False, name="SEC3-copied-login-page"),
    rule("LEG4", words("permanently deleted|permanently erased|permanently removed|deleted from your systems|"
                       "deleted from your system|erased from your systems|removed from your systems|"
                       "wiped from your systems|deleted from your servers|erased from your servers"),
         need=r"(?:i'?d|i would|we'?d|we would) like|\bi want|\bwe want|please|(?:i|we) (?:ask|request)|"
              r"want (?:\w+ ){0,4}(?:deleted|erased|removed)|should be|must be|need (?:\w+ ){0,4}(?:deleted|erased)",
         doc_need=r"data protection|gdpr|entitled|right to|personal|date of birth|details|information about|"
                  r"my (?:son|daughter|child)",
         unless=r"how (?:do|can)|\?|(?:were|was|have been|has been|got) (?:\w+ ){0,3}(?:permanently )?(?:deleted|"
                r"erased|removed|wiped)\b(?! from your)|(?:task|project|board|comment|file)s? (?:\w+ ){0,3}"
                r"permanently",
         guard="hypo", negatable=False, name="LEG4-erase-from-your-systems"),
    rule("SEC1", words("invited him|invited her|invited them|added him|added her|added them"),
         need=r"\b(?:none of|nobody|no ?one|neither of)\b",
         doc_need=r"member|account|user|joined|workspace|gmail|hotmail|yahoo|outlook\.com",
         unless=r"how (?:do|can)|\?|(?:asked|asks) (?:\w+ ){0,3}(?:if|whether)", guard="hypo", negatable=False,
         name="SEC1-member-nobody-invited"),
    rule("SEC4", words("same word in every|same text in every|same word in each|same text in each|"
                       "every single description|every description|all the descriptions|all our descriptions|"
                       "all my descriptions|every task description|every card description|every single note|"
                       "all my notes|all our notes|every single title|every title"),
         need=r"(?:just |now |only )?(?:says?|reads?|shows?|contains?)\b|replaced|overwritten|changed to|turned "
              r"into|untitled|blank|empty",
         doc_need=r"history|version|gone|lost|overwr|replac|same word|same text|(?:haven'?t|didn'?t|did not|"
                  r"have not) (?:typed|changed|edited|touched)",
         unless=r"how (?:do|can)|\?|template|by default|default (?:text|title)|(?:i|we) (?:renamed|replaced|"
                r"changed|bulk)",
         guard="hypo", negatable=False, name="SEC4-every-text-overwritten"),
    # "he says he got in and will publish everything unless we pay 2,000 dollars in bitcoin"
    rule("SEC1", words("bitcoin|in bitcoin|em bitcoin|en bitcoin|btc$|ransom|rescate|rancon|losegeld|riscatto|"
                       "resgate|losgeld|extortion|extorsion|erpressung|estorsione|afpersing|extorsao"),
         need=r"\bpay|pagar|payer|paie|zahlen|pagare|paghi|betalen|publish|publicar|publier|veroffentlich|pubblic|"
              r"publiceren|leak|vazar|filtrar|divulg|unless|\bsi\b|\bse\b|\bwenn\b|\bals\b",
         doc_need=r"\b(?:our|nuestr\w*|notre|nos|unser\w*|nosso|nossa|nossos|nostr\w*|onze|ons)\b",
         unless=r"how (?:do|can)|(?:do|does) (?:you|teamflow) accept|pay (?:\w+ )?(?:invoice|subscription|plan) "
                r"(?:in|with)|\?",
         guard="hypo", negatable=False, name="SEC1-extortion-with-our-data"),
    rule("SEC1", words("someone else's stuff|somebody else's stuff|someone else's data|someone else's board|"
                       "someone else's customers|wasn't ours|isn't ours|aren't ours|weren't ours|not our board|"
                       "not our data|not our customers"),
         doc_need=r"board|project|customers|clients|names|addresses|phone|numbers|records|notes",
         unless=r"how (?:do|can)|\?|(?:we|i) (?:shared|were invited|joined|was invited)|guest|template|"
                r"(?:invoice|charge|payment|card)s?\b",
         guard="hypo", negatable=False, name="SEC1-another-firms-board-in-our-list"),
)
