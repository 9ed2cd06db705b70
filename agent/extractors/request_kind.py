"""What kind of message a ticket is: a support request at all, and one concrete enough to act on.

A sales pitch, a newsletter or a forwarded notice is not a support request; a lone "help pls" is too
vague. Neither makes a criterion: they tell the policy and a reviewer how to route the ticket.
"""

from __future__ import annotations

from .detectors import Found, Scan
from .fault_words import FAULT
from .reopt import compile_fast

_SALES = compile_fast(
    r"unsubscribe|opt[- ]out|\d+ ?% off\b|helps saas (?:vendors|companies)|offer your (?:enterprise )?customers|"
    r"(?:twenty|thirty|fifteen|ten|\d+)[- ]minute (?:call|chat|conversation)|welcome the opportunity to (?:review|"
    r"discuss|present|show)|present options|underinsured|your current cover\b|"
    r"explore a (?:\w+ )?partnership|co-?marketing|head of partnerships|calendly\.com|we help (?:\w+ ){0,4}(?:cut|"
    r"reduce|save|grow|increase|boost|double)\b|"
    r"discounted (?:\w+ )?(?:health check|audit|assessment)|missing out on|high-intent keywords|organic traffic|"
    r"has helped \d+\+? "
    r"(?:saas )?(?:brands|companies|clients)|exhibit at|exhibition packages?|sponsorship (?:prospectus|packages?|"
    r"opportunit\w*)|invite your company to|special pricing (?:until|through|ends|if)|would you have (?:\d+|a few) "
    r"minutes|i noticed your (?:team|company|organi[sz]ation)|our platform automates|automate your|first page (?:of|on|"
    r"in) google|(?:bring|get|put|rank) your (?:website|site)|"
    r"our (?:packages|price list)\b|digital marketing|marketing agency|audit gratuit|free audit|netlinking|"
    r"referencement naturel|"
    r"echange de \d+ minutes|echanger (?:\d+|quelques) minutes|seriez-vous disponible|(?:\d+|"
    r"a few) minutes (?:next week|this week)|account executive|"
    r"(?:\d+|twenty|thirty|fifteen) minutes on your calendar|online reputation|reputation management|crisis dashboard|"
    r"companies like (?:yours|teamflow)|if you book (?:before|by)|grab (?:\d+|a few) minutes|"
    r"with whoever (?:owns|runs|handles)|companies like yours|i'?d love to (?:show|schedule|set up|hop on|chat|connect|"
    r"share)|book (?:a |your )?"
    r"(?:quick |free |short )?(?:demo|call|meeting)|\b(?:15|20|30)[- ]min(?:ute)? (?:call|chat|demo)|"
    r"we (?:help|helped|enable|'ve helped|have helped) (?:\d+\+? )?(?:companies|teams|businesses|saas|brands|startups)|"
    r"our (?:agency|firm|team|"
    r"company) (?:specializes|specialises|helps|offers|provides)|would you be (?:open|interested)|partnership "
    r"(?:opportunity|proposal)|guest post|backlinks?|\bseo\b|lead generation|increase your (?:revenue|sales|"
    r"conversions|traffic|leads)|reply (?:stop|no|yes)|google rankings?|one-time fee|(?:competitors|rivals) are "
    r"overtaking|hurting your (?:google|seo|search|rankings?|traffic)|limited[- ]time offer|special (?:offer|"
    r"discount|pricing) for "
    r"you|dedicated developers|hire (?:our|dedicated)|press release|sponsor|(?:i'?m|i am) reaching out "
    r"(?:from|on behalf)|quick question for you|decision[- ]maker|free (?:trial|audit|consultation) of our|"
    r"our (?:solution|platform|tool|services?) (?:can|will|helps)|(?:grow|scale) your (?:business|pipeline)|"
    r"(?:\d+|a few) min(?:ute)?s? (?:next week|this week)|(?:free|quick|short|intro|discovery|scoping) "
    r"(?:\w+ )?call\b|book (?:\d+|a few|some) minutes|(?:\d+|a few) minutes with (?:you|your)|show you (?:a |"
    r"our )?(?:sample|demo|"
    r"quick|short)|sample report|before attackers do|(?:at|here at) [a-z]+,? we (?:run|offer|provide|help|build)|"
    r"webinar|newsletter|this is an automated|do not reply to this|(?<![\w.-])no-?reply(?![@\w.-])|reply to book|"
    r"start(?:s|ing)? at "
    r"\$|as-a-service|free (?:[\w-]+ ){0,3}(?:scan|audit|assessment|consultation|check|report)|register now|"
    r"(?:do you have|have you got|could you spare|can you spare) (?:\d+|a few|fifteen|twenty|thirty) min|"
    r"(?:web ?apps|apps|products|platforms|tools|businesses|teams|vendors) like yours|"
    r"for products in the [\w-]+(?: [\w-]+)? space|"
    # a trial offered is a pitch; "both on free trials" is the customer's own plan
    r"(?:our|your|start a|start your|offer (?:you )?a) free (?:\w+ ){0,2}trial|"
    r"seats are limited|manage preferences|out of (?:the )?office|automatic reply|auto-?reply|limited access to "
    r"e-?mail|(?:i am|i'm) away|on (?:annual |parental )?leave|could we chat|coverage in|24/7 coverage|"
    r"(?:will|would) not be forwarded|(?:is|are) not (?:being )?forwarded|no access to (?:my )?e-?mail|"
    r"for urgent matters|"
    r"our (?:managed|outsourced) |case stud|schedule a (?:call|demo|meeting)|we'?d love to offer you|"
    r"discounted (?:\w+ )?(?:pen ?test|penetration test)|"
    # pitches in the other languages read: "kostenlosen externen Schwachstellen-Scan ... unverbindlich"
    r"kostenlos\w* (?:[\w-]+ ){0,3}(?:[\w-]*scan|[\w-]*check|audit|analyse|beratung|erstgesprach)|unverbindlich|"
    r"kennenlerngesprach|termin buchen|\d+ minuten fur ein|(?:audit|diagnostic|scan) gratuit|(?:auditoria|analisis|"
    r"diagnostico|escaneo) gratuit|(?:gratis|vrijblijvend) (?:\w+ )?(?:scan|audit|gesprek|kennismakingsgesprek)|"
    r"(?:analise|auditoria|diagnostico) gratuit|(?:analisi|audit|scansione) gratuit|"
    # unsubscribe lines and offered audits: "Pour ne plus recevoir nos messages, répondez STOP", "audit complet offert"
    r"pour ne plus recevoir|para (?:no recibir|dejar de recibir)|um keine (?:weiteren )?(?:e-?mails|nachrichten)|"
    r"para (?:nao receber|deixar de receber)|per non ricevere|om geen (?:berichten|e-?mails) meer|"
    r"(?:repondez|responde|responda|rispondi|rispondete|antworten sie(?: mit)?|antwoord) stop|business developer|"
    r"(?:audit|analyse|diagnostic) (?:\w+ ){0,2}offert|(?:auditoria|analisis|diagnostico) (?:\w+ ){0,2}(?:gratis|"
    r"sin coste)|(?:audit|analisi) (?:\w+ ){0,2}(?:gratuito|omaggio)|"
    # "Zullen we volgende week een kwartiertje bellen? Plan direct een afspraak"; "Wij helpen SaaS-bedrijven"
    r"zullen we (?:\w+ ){0,4}(?:bellen|afspreken)|call conoscitiva|chiamata conoscitiva|incontro conoscitivo|"
    r"llamada de presentacion|"
    r"appel de decouverte|(?:assessment|penetration test|pentest|test di sicurezza|valutazione) (?:\w+ ){0,3}"
    r"gratuit\w*|per i nuovi clienti offriamo|para (?:los )?nuevos clientes ofrecemos|pour les nouveaux clients|"
    r"fur neukunden|para novos clientes|voor nieuwe klanten|business development|(?:discount|rabatt|descuento|remise|"
    r"sconto|"
    r"desconto|korting) (?:on|sur|sul|en|no|"
    r"op|auf) (?:the |your |le |il |el |o |de |den |ihr )?(?:first|premier|primo|primer|primeiro|eerste|erste)\b|"
    r"(?:happy|glad|pleased) to offer you a free|introductiekorting|einfuhrungsrabatt|descuento de lanzamiento|"
    r"remise de lancement|sconto di lancio|desconto de lancamento|introductory discount|plan (?:direct |"
    r"hier )?een afspraak|wij helpen (?:\w+ ){0,3}"
    r"(?:bedrijven|ondernemers)|wir helfen (?:\w+ ){0,3}(?:unternehmen|firmen)|nous aidons (?:\w+ ){0,3}(?:entreprises|"
    r"editeurs)|ayudamos a (?:\w+ ){0,3}(?:empresas|negocios)|ajudamos (?:\w+ ){0,3}(?:empresas|negocios)|"
    r"aiutiamo (?:\w+ ){0,3}aziende|google ads|online marketing|"
    # "una auditoría completa sin compromiso ... ¿Les va bien una llamada de 15 minutos el jueves?"
    r"sin compromiso|sem compromisso|senza impegno|sans engagement|vrijblijvend|trafico organico|trafego organico|"
    r"traffico organico|trafic organique|organisch\w* (?:verkeer|traffic)|(?:llamada|chamada|videollamada) de \d+ "
    r"minutos|(?:chiamata|call) di \d+ minuti|(?:appel|echange) de \d+ minutes|gesprek van \d+ minuten|"
    r"reserven? aqui|reserve (?:aqui|ja)|prenotate qui|reservez ici|"
    # "Il nostro servizio ... ha aiutato campeggi ... a migliorare"; "Vi andrebbe una call ... per presentarvi la
    # nostra"
    r"\b(?:ha|hanno|abbiamo) aiutato (?:\w+ ){0,6}a (?:migliorare|aumentare|ridurre|crescere)\b|"
    r"\bpresentarvi la nostra\b|"
    r"\bvi andrebbe (?:una|un) (?:call|chiamata|incontro)\b|\b(?:hemos|ha) ayudado a (?:\w+ ){0,6}a (?:mejorar|"
    r"aumentar|"
    r"reducir)\b|\bnous avons aide (?:\w+ ){0,6}a (?:ameliorer|augmenter|reduire)\b|\bagenzia di web reputation\b|"
    # a recruiter's pitch: "cabinet de recrutement ... trois candidats expérimentés"
    r"\bcabinet de recrutement\b|\brecruitment (?:agency|firm)\b|\bagencia de (?:reclutamiento|recrutamento)\b|"
    r"\bpersonalberatung\b|\bagenzia di selezione\b|\bwervingsbureau\b|\bcandidats? experimentes?\b|"
    r"\bexperienced candidates\b|"
    # a job application: "I came across your posting for 'Senior Security Engineer' ... where to send my CV"
    r"\byour (?:job )?(?:posting|vacancy|job ad(?:vert)?) for\b|\bwhere to send my (?:cv|resume)\b|\bhiring manager\b|"
    r"\b(?:i'?d|i would) love to be considered\b|\bmy (?:cv|resume) (?:is )?attached\b|"
    r"\bapply(?:ing)? for the (?:\w+ ){0,4}"
    r"(?:role|position|job)\b|"
    # "com 20% de desconto para empresas que fechem contrato"; "Tem 15 minutos esta semana para uma chamada?"
    r"\d+ ?% de (?:desconto|descuento|remise|reduction)|(?:sconto|descuento|desconto|remise|rabatt|korting|discount) "
    r"(?:del|de|van|von|of) \d+ ?%|(?:il )?listino (?:prezzi|per)\b|lista de precios para|tarifs de groupe|"
    r"(?:ricevere|recibir|receber|recevoir) (?:il|el|o|le) (?:programma|programa|programme)|iscrizioni entro|"
    r"inscripciones (?:antes|hasta)|inscriptions avant|\d+ ?% (?:di sconto|rabatt|korting)|(?:tem|tiene|tienen|"
    r"avez-vous|auriez-vous|hatten sie|haben sie|avete|ha|heeft u|hebt u|tendrian|tendria|teriam|avreste|"
    r"zou u) (?:\d+|quinze|quince|dieci|quinze|vijftien) "
    r"(?:minutos|minutes|minuten|minuti)\b|"
    # "Vi andrebbe una call gratuita di 20 minuti?"; "numa call de 20 minutos"; "prima pagina di Google"
    r"(?:call|chiamata|llamada|appel|chamada) gratuit\w*|kostenlose[ns]? (?:call|gesprach)|gratis (?:call|gesprek)|"
    r"call (?:de|di) \d+ minut\w*|apresentar (?:os )?nossos servicos|executiv[oa] de contas|melhor horario para|"
    r"prima pagina di google|primera pagina de google|premiere page de google|erste seite (?:bei|von) google|"
    r"primeira pagina do google|eerste pagina van google|"
    # "Gern zeigen wir Ihnen in einem 20-minütigen Gespräch ... Passt Ihnen Donnerstag um 10 Uhr?"
    r"\d+-minutig\w* (?:gesprach|telefonat|call)|passt (?:es )?ihnen (?:\w+ ){0,3}um \d|google-ranking|"
    r"growth consultant|growth hacker|"
    # "sono il responsabile commerciale di CyberScudo ... a prezzi dedicati alle aziende del vostro settore"
    r"responsabile commerciale|responsable commercial|directeur commercial|directora? comercial|diretora? comercial|"
    # "Les comparto nuestro portafolio y precios sin compromiso"
    r"(?:nuestro|our|notre|unser|nosso|il nostro|ons) (?:portafolio|portfolio|portefeuille|portfolio)\b|"
    r"vertriebsleiter\w*|commercieel (?:directeur|manager)|prezzi dedicati|precios especiales para|"
    r"prix preferentiels|precos especiais|sonderkonditionen|speciale prijzen|aziende del vostro settore|"
    r"empresas de (?:su|vuestro) sector|entreprises de votre secteur|empresas do (?:seu|vosso) setor|"
    r"unternehmen ihrer branche|bedrijven in uw sector|companies in your (?:sector|industry)|"
    # a candidate's questions: "He visto en LinkedIn vuestra oferta de empleo ... ¿Hasta cuándo se pueden enviar
    # candidaturas?"
    r"oferta de (?:empleo|emprego|trabajo)|offre d'emploi|stellenanzeige|stellenangebot|vaga de emprego|"
    r"offerta di lavoro|annuncio di lavoro|\bvacature\b|job (?:opening|offer)|enviar (?:mi |las )?candidaturas?|"
    r"envoyer (?:ma |les )?candidatures?|bewerbung (?:schicken|senden|einreichen)|sollicitatie (?:sturen|insturen)|"
    r"inviare (?:la mia |le )?candidatur\w*|"
    # out-of-office replies in the other languages read
    r"nicht im buro|abwesenheitsnotiz|automatische antwort|absent du bureau|reponse automatique|"
    r"fuera de la oficina|respuesta automatica|fora do escritorio|resposta automatica|fuori (?:sede|ufficio)|"
    r"risposta automatica|afwezigheidsbericht|automatisch antwoord|niet op kantoor|buiten kantoor")
#: Cues a customer's own message also shows ("we're a payments firm", "the outsourcing review"): they
#: only count next to a clear pitch cue.
_SALES_WEAK = compile_fast(r"we(?:'re| are) an? (?:\w+ ){0,3}(?:provider|agency|company|firm|consultancy|vendor|"
                           r"partner)|outsourc|per month|/month|\broi\b|i noticed (?:on|that)")
#: The writer forwards a report that bounced off an out-of-office reply.
_PASSED_ON = compile_fast(r"(?:i'?m|i am|we'?re|we are) (?:sending|forwarding|passing) (?:this|it) (?:on )?to you|"
                          r"(?:sending|forwarding) (?:this|it) to you instead|please (?:get|pass|forward) (?:it|this) "
                          r"(?:on )?to your")
#: An official's request: statute and appointment, which no pitch cites.
_OFFICIAL = compile_fast(r"appointed by the|skilled person|pursuant to|under (?:section|article|art\.?) \d+|"
                         r"(?:case|file) (?:number|reference|no\.?)\b")
_SETTING_QUESTION = compile_fast(r"is there an? (?:[\w-]+ ){0,3}setting|setting somewhere|or do i just")
_ACTIVE_PROBLEM = compile_fast(FAULT + r"|refund|invoice|charged|my account|our account|our workspace|can'?t log|"
                               r"(?:our|my) (?:\w+ ){0,3}(?:board|project|workspace|data|tasks|files|client list)\b|"
                               r"what (?:i|we) need|(?:i|we) need (?:to know|an explanation|you to)")


def support_request(scan: Scan, hits: dict[str, Found], footer: str = "") -> bool:
    """False for a sales pitch or marketing mail: two sales cues and no problem of our own.

    ``footer`` is the folded signature block: a pitch's "répondez STOP" line sits below the sign-off.
    """
    if not scan.allows(_SALES):
        return True
    if scan.doc(_PASSED_ON):
        return True  # "our account manager is on leave (auto-reply below), so I'm sending this to you instead"
    if scan.doc(_OFFICIAL):
        return True  # "appointed by the Financial Conduct Authority as skilled person ... schedule a short call"
    if scan.doc(_SETTING_QUESTION):
        return True  # "I'm going on leave ... Is there an out-of-office setting somewhere?" asks about the product
    cues = {m.group() for m in _SALES.finditer(scan.doc_text)}
    if not cues:
        return True
    cues |= {m.group() for m in _SALES.finditer(footer)}
    if scan.allows(_SALES_WEAK):
        cues |= {m.group() for m in _SALES_WEAK.finditer(scan.doc_text)}
    if len(cues) < 2:
        return True
    return scan.doc(_ACTIVE_PROBLEM) and len(cues) < 3


_GENERIC = frozenset([
    "hi", "hello", "hey", "dear", "team", "support", "teamflow", "i", "i'm", "im", "we", "we're", "were", "am",
    "are", "is", "was", "be", "been", "being", "have", "having", "has", "had", "a", "an", "the", "some", "any",
    "my", "our", "your", "this", "that", "it", "its", "it's", "there", "here", "can", "could", "would", "will",
    "you", "me", "us", "please", "pls", "help", "helping", "assist", "assistance", "need", "needs", "needed",
    "trouble", "troubles", "problem", "problems", "issue", "issues", "something", "anything", "wrong", "working",
    "work", "works", "worked", "not", "doesn't", "doesnt", "dont", "don't", "isn't", "isnt", "cant", "can't",
    "cannot", "thanks", "thank", "regards", "best", "cheers", "urgent", "urgently", "asap", "quickly", "soon",
    "question", "questions", "with", "about", "on", "in", "to", "for", "of", "and", "or", "but", "so", "just",
    "really", "again", "still", "app", "application", "account", "platform", "tool", "product", "service", "site",
    "get", "got", "getting", "experiencing", "facing", "seems", "seem", "right", "now", "today", "anyone",
    "someone", "somebody", "everything", "nothing", "going", "happening", "fix", "fixed", "sort", "out", "look",
    "into", "what", "how", "why", "ok", "okay", "do", "does", "did", "thing", "things", "stuff", "hola", "ayuda",
    "problema", "tengo", "un", "una", "con", "mi", "cuenta", "por", "favor", "bonjour", "aide", "probleme", "j'ai",
    "avec", "mon", "compte", "svp", "hallo", "hilfe", "ich", "habe", "ein", "mit", "meinem", "konto", "bitte",
    "ola", "ajuda", "tenho", "um", "minha", "conta", "ciao", "aiuto", "ho", "il", "mio", "hulp", "ik", "heb",
    "een", "met", "mijn", "no", "yes", "off", "advise", "weird", "strange", "odd", "funny", "souci", "vous",
    "pouvez", "m'aider", "aider", "pourriez", "besoin", "d'aide", "aiuto", "aiutarmi", "potete", "ayudarme",
    "pueden", "podem", "ajudar", "konnen", "helfen", "sie", "mir", "kunnen", "helpen", "jullie", "mij", "seems",
    "something's", "since", "morning", "afternoon", "evening", "yesterday", "lately", "recently", "week", "some",
    "out", "thx", "ty", "can't", "able",
    # who passes the plea on ("the boss asked me to get in touch") adds nothing to act on
    "boss", "asked", "ask", "asking", "touch", "behalf", "writing", "contact", "contacting", "reach", "reaching",
    "told", "tell", "critical", "call", "back", "ring",
    # "it's doing that thing again where it wont let me. tried a few times. sent from my phone"
    "its", "doing", "where", "wont", "let", "lets", "tried", "try", "few", "times", "time", "keeps", "keep", "when",
    "sent", "from", "phone", "iphone", "android", "mobile",
    # the same filler in the other languages read
    "preciso", "necesito", "necessito", "besoin", "brauche", "bisogno", "nodig", "de", "da", "du", "des", "la", "le",
    "el", "los", "las", "der", "die", "das", "dem", "den", "mein", "meine", "meiner", "mia", "mio", "ma", "mes",
    "moi", "je", "tu", "yo", "eu", "io", "com", "por", "per", "para", "pour", "fur", "voor", "s'il", "plait",
    "plaît", "favore", "alstublieft", "algo", "quelque", "chose", "etwas", "qualcosa", "iets", "problemas",
    "problemes", "probleme", "probleem", "problemen", "funciona", "fonctionne", "funktioniert", "funziona", "werkt",
    "nicht", "pas", "nao", "non", "niet", "ne", "n'est", "urgente", "dringend", "urgent", "tengo", "tenemos",
    "temos", "abbiamo", "hebben", "haben", "avons", "ayudar", "ajude", "aiutate", "helpt", "gracias", "merci",
    "obrigado", "obrigada", "grazie", "danke", "bedankt", "olá", "ola", "hola", "bonjour", "salut", "buongiorno",
    "moin", "hoi", "dag", "nuestra", "nuestro", "notre", "nossa", "nosso", "nostro", "nostra", "unser", "unsere",
    "onze", "ons",
    # "it doesn't work as it should since yesterday", in the other languages read
    "problemi", "dei", "delle", "ieri", "va", "come", "dovrebbe", "potete", "aiutarmi", "desde", "ayer", "como",
    "deberia",
    "bien", "depuis", "hier", "marche", "comme", "devrait", "seit", "gestern", "geht", "wie", "sollte", "richtig",
    "ontem", "deveria", "bem", "sinds", "gisteren", "gaat", "zoals", "zou", "moeten", "goed", "hoe", "het",
    "its", "doing", "supposed", "should", "meant", "behaving", "acting",
    # "when you get a chance"
    "when", "whenever", "chance", "possible", "convenient", "moment", "sometime",
    # phone shorthand ("having some trouble, can u help")
    "u", "ur", "having", "plz", "pls",
    # what a channel writes into the subject ("Message from TeamFlow mobile app")
    "message", "from", "sent", "via", "mobile",
    # "having a bit of a mare, can someone give us a hand? Ta."
    "bit", "mare", "nightmare", "hand", "give", "ta",
    # "having trouble with it again, same as before"
    "same", "as", "before", "previously", "earlier", "usual",
    # "no me va bien lo de la app desde ayer, me podeis ayudar porfa? Enviado desde mi iPhone"
    "me", "lo", "podeis", "podrias", "puedes", "porfa", "porfi", "enviado", "envoye", "gesendet", "inviato",
    "verstuurd", "hoy", "ya", "last",
    # "hola buenas no me deja hacerlo otra vez, me pueden ayudar??"
    "buenas", "deja", "hacerlo", "otra", "vez", "nuevo", "encore", "ancora", "nuovo", "wieder", "outra", "deixa",
    "fazer", "faire", "machen", "fare", "doen", "again",
])
_WORD_RE = compile_fast(r"[a-z][a-z']*")
_TROUBLE = compile_fast(r"trouble|problem|issue|help|not working|doesn'?t work|isn'?t working|wrong|broken|stuck|"
                      r"assist|ayuda|probleme|aide|hilfe|ajuda|aiuto|hulp|fix|\boff\b|advise|weird|strange|"
                      r"\bodd\b|something|souci")


def vague(scan: Scan, hits: dict[str, Found]) -> bool:
    """Nothing concrete to act on: every word is a greeting, a plea for help or a generic complaint."""
    if hits or len(scan.doc_text) > 320:
        return False
    words = _WORD_RE.findall(scan.doc_text)
    if not words or len(words) > 40:
        return False
    specific = [w for w in words if w not in _GENERIC]
    return len(specific) <= 1 and (len(words) <= 3 or scan.doc(_TROUBLE))
