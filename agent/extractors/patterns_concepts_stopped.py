"""Concept rules for background services that stopped for other customers too (OUT3): file storage, saving,
sign-in codes. Kept apart from ``patterns_concepts_ops``, which holds the other outage concepts they share words with.
"""

from __future__ import annotations

from .lexicon import Rule, rule, words
from .patterns_concepts_ops import OTHER_COMPANIES
from .patterns_outage import RESOLVED

#: Two or more sites of the same customer: "our Berlin and Chicago teams both see it".
_SITES = (r"(?:both|all|two|three|four|several|multiple|each of) (?:of )?(?:our |the )?(?:\w+ )?(?:teams|offices|"
          r"locations|sites|branches|stores|shops|clinics|schools)\b|\b[a-z]+ and [a-z]+ (?:teams|offices|branches|"
          r"sites|locations|stores) (?:both|all|alike|too)\b|(?:in|at) (?:every|each) (?:office|branch|site|location)")

CONCEPT_STOPPED: tuple[Rule, ...] = (
    # "nothing in the background works for our account ... Our Berlin and Chicago teams both see it": the
    # platform's job system, down for more than one location (the interpretation page's "named component")
    rule("OUT3", words("nothing in the background|nothing runs in the background|background jobs|background work|"
                       "background processing|nothing automatic|all the automatic|nothing happens on its own|"
                       "nothing happening on its own|anything happening on its own"),
         need=r"nothing|\bno\b|not|n'?t\b|stopped|dead|halted",
         # ... or at another company: "our sister company across town ... have exactly the same"
         doc_need=_SITES + r"|" + OTHER_COMPANIES,
         unless=RESOLVED + r"|how (?:do|can)|\?|(?:one|a single|only one) (?:automation|rule|reminder|report)",
         guard="hypo", negatable=False, name="OUT3-background-work-stopped-at-sites"),
    rule("OUT3", words("sign-in loop|login loop|log-in loop|same loop|back on the sign-in page|"
                       "back to the sign-in page|"
                       "back on the login page|back to the login page"),
         doc_need=OTHER_COMPANIES,
         unless=RESOLVED + r"|how (?:do|can)|\?|only (?:me|my|for me)|one (?:user|person)|my laptop|"
                r"(?:on|in|with) my \w+ only",
         doc_unless=r"one of our users|everyone else is fine|only (?:one|her|him|me)\b|"
                    r"every(?:one|body) else\b[^.!?]{0,40}(?:fine|works|normally)",
         guard="hypo", negatable=False, name="OUT3-sign-in-loops-for-others"),
    rule("OUT3", words("tarefas automaticas|tareas automaticas|taches automatiques|automatische aufgaben|"
                       "attivita automatiche|automatische taken|relatorios automaticos|informes automaticos|"
                       "rapports automatiques|relatorios semanais|informes semanales|rapports hebdomadaires"),
         need=r"atrasad|retrasad|en retard|verzogert|in ritardo|vertraagd|nao chegaram|no llegaron|ne sont pas arrive|"
              r"sind nicht angekommen|non sono arrivat|zijn niet aangekomen|delayed|didn'?t arrive",
         doc_need=OTHER_COMPANIES,
         unless=RESOLVED + r"|how (?:do|can)|\?", guard="hypo", negatable=False, name="OUT3-automatic-work-late"),
    # "every picture and attachment shows 'file unavailable'", at the other schools of the group too: file storage
    rule("OUT3", words("file unavailable|files unavailable|every file|every single file|all files|all the files|"
                       "all our files|every attachment|all attachments|all the attachments|todos los archivos|"
                       "tous les fichiers|toutes les pieces jointes|alle dateien|alle anhange|todos os arquivos|"
                       "tutti i file|tutti gli allegati|alle bestanden|alle bijlagen"),
         need=r"unavailable|can'?t (?:be )?open|cannot (?:be )?open|won'?t open|(?:grey|gray) square|broken|error|not "
              r"load|fail|indisponible|no disponible|nicht verfugbar|indisponivel|non disponibil|niet beschikbaar|"
              r"no se (?:abre|abren)|ne s'ouvre|offnen sich nicht|nao abre|non si apr|openen niet",
         doc_need=OTHER_COMPANIES,
         unless=RESOLVED + r"|how (?:do|can)|\?|(?:our|my) (?:own )?(?:server|drive|computer|laptop|network)",
         # one person's uploads: "The rest of us can attach files on the same tasks without a problem"
         doc_unless=r"the rest of us can|everyone else (?:can|in the team)|others can (?:attach|upload|open)",
         guard="hypo", negatable=False, name="OUT3-storage-down"),
    rule("OUT3", words("changes are waiting|waiting to be saved|will be saved shortly|nothing saves|nothing is saving|"
                       "nothing gets saved|nothing we save|everything we save|anything we save|not saving|"
                       "isn't saving|aren't saving|won't save"),
         need=r"gone|lost|disappear|vanish|back to how|revert|waiting|pending|not saved|never saved",
         doc_need=OTHER_COMPANIES,
         unless=RESOLVED + r"|how (?:do|can)|\?|only (?:me|mine|my|for me)|one (?:user|teacher|colleague)",
         doc_unless=r"everyone else(?: is)? fine|only (?:me|mine|for me)|just me\b|(?:my )?colleagues (?:are )?fine",
         guard="hypo", negatable=False, name="OUT3-saves-not-kept"),
    rule("OUT3", words("codice via sms|codigo por sms|code par sms|sms-code|codigo via sms|sms code|verification code|"
                       "codice di verifica|code de verification|codigo de verificacion|bestatigungscode|"
                       "verificatiecode|login code|codice per entrare|sign-in code|codigo de acceso|code de connexion"),
         need=r"non arriva|no llega|n'arrive|kommt nicht|nao chega|komt niet|not arriving|(?:doesn'?t|does not|never) "
              r"(?:arrive|come)|nessuno riceve|nadie recibe|personne ne recoit|niemand bekommt|ninguem recebe|"
              r"niemand krijgt|nobody gets|isn'?t coming",
         doc_need=OTHER_COMPANIES,
         unless=RESOLVED + r"|how (?:do|can)|\?|(?:my|our) (?:own )?(?:phone|number|sim)|new (?:phone|number)",
         guard="hypo", negatable=False, name="OUT3-sign-in-codes-stopped"),
)
