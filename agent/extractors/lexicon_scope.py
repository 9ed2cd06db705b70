"""Shared phrase pieces about who is affected and by what: inability ("can't"), many users, strong
outage words, data nouns, general problem words, competitors and partner products.

Split out of ``lexicon`` to keep it small; ``lexicon`` re-exports every name.
"""

from __future__ import annotations

CANT = (r"(?:\bcan'?t|\bcannot|\bcan not|could ?n'?t|could not|unable to|not able to|no longer able to|"
        r"(?:is|are)n'?t able to|(?:is|are) not able to|impossible to|fail(?:s|ing|ed)? to|won'?t let (?:us|me|"
        r"anyone))")

SCOPE_MANY = (
    r"(?:todo el mundo|tout le monde|todo mundo|iedereen|ninguna de nuestras|ninguno de nuestros|aucune de nos|"
    r"aucun de nos|keine unserer|keiner unserer|nenhuma das nossas|nenhum dos nossos|nessuna delle nostre|"
    r"nessuno dei nostri|geen van onze|"
    r"nobody|no ?one|none of|every ?(?:one|body)|all (?:of )?(?:us|our|the|my)\b|all (?:\w+ )?(?:users|staff|"
    r"employees|colleagues|members|people|offices|locations|accounts|customers|clients|teams)|"
    r"(?:whole|entire) (?:team|company|org\w*|office|workspace|department|staff|account|business)|"
    r"(?:my|our) (?:colleagues|coworkers|co-workers|teammates)|coworkers|co-workers|anyone else|anybody else|"
    r"is it just (?:me|us)|other (?:people|users) (?:too|as well)|(?:our|the) (?:\w+ )?offices?\b|"
    r"(?:multiple|several|many|other|different|various|both|some of (?:our|my|the)) (?:of (?:our|my|the) )?(?:\w+ )?"
    r"(?:users|people|colleagues|team ?mates|team ?members|members|offices|locations|sites|browsers|devices|"
    r"networks|computers|machines|regions|countries|accounts|customers|employees)|company[- ]wide|"
    r"org(?:ani[sz]ation)?[- ]wide|across (?:the|our|all|every) |\d+ (?:\w+ )?(?:users|people|employees|colleagues|"
    r"team ?members|of us|offices|locations|staff|workers|agents|nurses|teachers|engineers|accountants)|"
    r"not one of (?:us|our)|in (?:every|each|any) office|(?:every|each|all) (?:of )?(?:our )?offices|for (?:all|"
    r"everyone|everybody|anyone)|(?:my|our) (?:whole |entire )?"
    r"(?:team|company|office|staff|organi[sz]ation)\b|the (?:whole|entire) |nadie|todos|todo el equipo|"
    r"toda la empresa|personne|tout le monde|toute l'equipe|tous nos|niemand|keiner|alle\b|ganze|ninguem|"
    r"toda a equipe|nessuno|tutti|tutto il team|iedereen|het hele team|niemand|"
    # Polish: everyone in the company, nobody, all of us, two offices
    r"kazdy w firmie|wszyscy|nikt\b|cala firma|caly zespol|dwa biura|\d+ osob|"
    r"(?:equipos?|oficinas?|equipes?|bureaux?|buros?|uffici[oi]?|escritorios?|kantor(?:en)?|standorte?|sedes?|"
    r"sedi|filial\w*|teams?|offices?|sites?) (?:de|en|in|di|da|van|von|a|at) \w+ (?:y|et|und|e|en|and|&|as well as)\b|"
    r"(?:ambos|ambas|les deux|beide|entrambi|allebei|dos|deux|zwei|duas|due|twee|tres|trois|drei|tre|drie|varios|"
    r"plusieurs|mehrere|varios|diversi|meerdere) (?:de nuestros |de nos |unserer |dos nossos |dei nostri |van onze )?"
    r"(?:equipos|oficinas|bureaux|equipes|teams|buros|standorte|escritorios|uffici|sedi|kantoren|sites|sedes|"
    r"usuarios|utilisateurs|nutzer|benutzer|utenti|gebruikers|colegas|collegues|kollegen|colleghi|collega'?s)|"
    r"(?:otros|autres|andere|anderen|outros|altri) (?:usuarios|utilisateurs|nutzer|benutzer|utenti|gebruikers|"
    r"colegas|collegues|kollegen|colleghi|collega'?s))"
)

#: Past problems the writer says were each put right: "each was eventually resolved by your team".
EACH_FIXED = (r"(?:each|all|both|every one) (?:of them |of these )?(?:was|were) (?:eventually |later |quickly |"
              r"promptly )?(?:resolved|fixed|sorted)")

STRONG_DOWN = (
    r"(?:\bdown\b|offline|unreachable|unavailable|inaccessible|not reachable|not available|not accessible|"
    r"not responding|isn'?t responding|aren'?t responding|unresponsive|outage|went dark|dead\b|"
    r"connection refused|refus(?:es|ing) (?:the )?connections?|\b50[234]s?\b|bad gateway|service unavailable|"
    r"(?:non e|no esta|nao esta|n'est pas|ist nicht|is niet) (?:\w+ )?(?:raggiungibile|disponibile|accessibile|"
    r"disponible|accesible|disponivel|acessivel|accessible|erreichbar|verfugbar|bereikbaar|beschikbaar)|"
    r"gateway time-?out|not loading|won'?t load|doesn'?t load|does not load|fails? to load|can'?t be reached|"
    r"caid[oa]s?|fuera de servicio|fuera de linea|no responde|no carga|inaccesible|en panne|hors service|"
    r"hors ligne|indisponible|ne repond (?:pas|plus)|ne (?:se )?charge pas|nicht erreichbar|ausgefallen|ausser betrieb|"
    r"nicht verfugbar|antwortet nicht|ladt nicht|fora do ar|\b(?:ta|esta|estao|tao) fora\b(?! de)|indisponivel|"
    r"inacessivel|nao responde|nao carrega|"
    r"fuori servizio|irraggiungibile|non raggiungibile|non disponibile|non risponde|non si carica|"
    r"onbereikbaar|niet bereikbaar|niet beschikbaar|reageert niet|laadt niet|plat\b|uit de lucht)"
)

#: A filter that may hide the missing items, not one the writer rules out ("no filters on", "checked the filter").
FILTER_MAY_HIDE = (r"(?<!no )(?<!not a )(?<!not the )(?<!any )(?<!checked the )(?<!checked )(?<!cleared the )"
                   r"(?<!cleared all )(?<!removed the )(?<!removed all )filter(?!s? (?:are|is|were|was|have been) "
                   r"(?:cleared|off|reset|removed))(?!s? (?:thing )?(?:twice|already))")

DATA_NOUN = (
    r"(?:\bdata\b|datos|donnees|daten|dados|\bdati\b|gegevens|tasks?\b|tareas|taches|aufgaben|tarefas|attivita|"
    r"appointments|\bcitas\b|rendez-vous|\btermine\b|agendamentos|appuntamenti|afspraken|"
    r"\btaken\b|projects?\b|proyectos?|projets?|projekte?|projetos?|progett[oi]|projecten|boards?\b|tableros?|"
    r"tableaux?|\bfiles?\b|archivos|fichiers|dateien|arquivos|bestanden|comments?\b|comentarios|commentaires|"
    r"kommentare|commenti|opmerkingen|reacties|attachments?|adjuntos|pieces jointes|anhange|anexos|allegati|"
    r"bijlagen|\bannexes?\b|\bdossiers\b|\bphotos\b|\bpictures\b|history|\bbundles\b|earlier versions|\brotas\b|"
    r"previous versions|"
    r"historial|historique|verlauf|historico|cronologia|records\b|documents?\b|documentos|dokumente|documenti|"
    r"\bnotes\b|\bcontent\b|entries|\bcards\b|\bfolders?\b|tarjetas|\bcartes\b|\bkarten\b|cartoes|\bschede\b|kaarten|"
    r"subtasks|"
    r"columns|workspace|everything|\btodo\b|\btout\b|\balles\b|"
    r"\btudo\b|\btutto\b|time entries|timesheets?|custom fields|calendar events|database|uppgifter|projekt|filer|"
    r"bilagor|zadania|projekty|pliki|dane|zalaczniki|spreadsheets?)"
)

PROBLEM = (r"(?:fail|broke|broken|error|not (?:working|syncing|running|loading)|stopped|\bdown\b|issue|problem|bug|"
           r"no ha pasado|no aparece|n'apparait|erscheint nicht|nao aparece|non compare|verschijnt niet|"
           r"crash|isn'?t|doesn'?t|won'?t|can'?t|cannot|timeout|timing out|missing|wrong|duplicat|no longer|"
           r"outage|thrown|throws|throwing|\b[45]\d\d\b|\b[45]\d\ds\b|revert|reset|changed back|defaults?\b|"
           r"instead of|mismatch|falla|dejo de|ya no\b|ne fonctionne|panne|funktioniert nicht|fehler|nao funciona|"
           r"parou|\berro|non funziona|errore|werkt niet|\bfout|(?:has|have) not (?:created|run|synced|sent|fired|"
           r"imported|pushed|produced|worked)|(?:hasn'?t|haven'?t) (?:created|run|synced|sent|fired|imported|"
           r"pushed|produced|worked))")

COMPETITORS = (r"(?:asana|monday\.com|monday work management|trello|clickup|click up|notion|basecamp|wrike|"
               r"smartsheet|airtable|microsoft planner|ms planner|teamwork\.com|zoho projects|todoist|teamgantt|"
               r"proofhub|nifty|linear\.app|jira work management|hive\.com)")

PARTNERS = (r"(?:github|gitlab|bitbucket|slack|salesforce|\bjira\b|confluence|google (?:calendar|drive|sheets|"
            r"docs|workspace|meet|kalender|agenda|calendario)|(?:kalender|calendario|agenda|calendrier) (?:von |de |"
            r"do |"
            r"di |van )?google|gmail|outlook|office ?365|microsoft 365|\bo365\b|microsoft teams|ms teams|"
            r"teams (?:integration|app|channel|bot|notifications?)|onedrive|sharepoint|dropbox|box\.com|"
            r"\bzapier\b|make\.com|integromat|ifttt|hubspot|zendesk|intercom|freshdesk|figma|\bmiro\b|"
            r"zoom (?:integration|meeting|link|app)|\bwebex\b|\bokta\b|azure ad|entra id|onelogin|quickbooks|"
            r"\bxero\b|shopify|calendly|discord|twilio|mailchimp|sendgrid|icloud|apple calendar|\bical\b|"
            r"trello|asana|notion|clickup|google sso|sign in with google)")
