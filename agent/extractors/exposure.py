"""Who saw the data (decides SEC1's owner) and how wide an outage is (OUT criteria's scope).

Kept apart from the account and refund facts in ``facts.py``: these read the incident itself.
"""

from __future__ import annotations

import re

from ..policy.signals import OutageScope
from .detectors import Found, Scan
from .lexicon import OPENED_BY_RECEIVER
from .patterns_concepts import REVOKED
from .reopt import compile_fast
from .textparse import evidence, negated

_ACTOR = (r"(?:someone|somebody|a stranger|an? (?:visitor|member of the public|passer-?by|patient'?s relative)|"
          r"an? (?:man|woman|person|guy|company|sender) (?:none of us|nobody here|no one here) knows?|a (?:person|"
          r"company|man|woman) we (?:have )?never (?:dealt|worked|"
          r"done business) with|(?:someone|somebody|a person|people) outside (?:our|the) (?:company|organi[sz]ation)|"
          r"your support (?:person|people|staff|team member)|unbekannte[rsn]? (?:benutzer|konto|nutzer|person)|"
          r"ein benutzer|"
          r"(?:un|una) (?:usuario|cuenta|persona) desconocid[oa]|un (?:utilisateur|compte) inconnu|"
          r"(?:um|uma) (?:usuario|utilizador|conta|pessoa) desconhecid[oa]|un (?:utente|account) sconosciuto|"
          r"een onbekende (?:gebruiker|account|persoon)|your (?:contractor|support engineer|engineer|employee|staff|"
          r"technician|"
          r"developer|admin|support agent|consultant)s?|one of your (?:employees|engineers|staff|agents|contractors)|"
          r"ex-werknemer|ex-medewerker|oud-werknemer|ex-?empleado|ancien (?:employe|salarie)|ex-mitarbeiter|"
          r"ehemaliger mitarbeiter|ex-?funcionario|ex-?dipendente|(?:the |a )?rival (?:team|club|company|agency|firm)|"
          r"an? (?:competing|rival) (?:agency|company|firm|"
          r"business|studio)|"
          r"(?:former|ex-|removed|offboarded|terminated) (?:\w+ )?(?:employee|"
          r"contractor|member|user|staff|freelancer|designer|consultant|colleague)|(?:employee|contractor|"
          r"freelancer|designer|consultant|member|user) (?:who|whose) (?:left|was removed|contract ended|was "
          r"terminated)|an outsider|an? intruder|attackers?|hackers?|third[- ]part(?:y|ies)|"
          r"alguien|quelqu'un|jemand|alguem|qualcuno|iemand|un tercero|un tiers|dritte|terceiros|ktos|nagon|"
          r"vendors?|contractors?|another (?:customer|company|client|tenant|organi[sz]ation)|other (?:customers|"
          r"companies|tenants)|(?:a |an )?(?:completely )?different (?:company|customer|tenant|organi[sz]ation)|"
          r"former employee|ex-employee|competitors?|unknown (?:user|person|account|party)|unauthori[sz]ed "
          r"(?:user|person|party|people)|people outside|outsiders|the public|the admin of|personnes exterieures|"
          r"personnes externes|des tiers|personas externas|externe personen|pessoas externas|persone esterne|"
          r"(?:our|my|the|an?) (?:external |outside )?auditors?|guests?|non-members?|(?:an? |the )?(?:external|"
          r"outside) (?:consultant|person|company|contractor|party|user|firm)|an? (?:journalist|reporter|competitor|"
          r"blogger)|(?:su |sus |leur |ihr |seu |suo |hun )?(?:competidor|concurrent|konkurrent|concorrente)\w*|"
          r"(?:un|una|une|ein|eine|um|uma|een) (?:periodista|journaliste|journalist|journalistin|jornalista|"
          r"giornalista|verslaggever|reporter)|(?:one|two|several) outsiders?|(?:a |one )?"
          r"(?:person|man|woman|guy|someone) (?:from|at) (?:one of )?(?:our|a|an|another) (?:suppliers?|clients?|"
          r"customers?|partners?|vendors?|compan\w+|agenc\w+|competing \w+|rival \w+)|an? (?:\w+ ){0,2}(?:manager|"
          r"employee|user|person|rep|representative) at (?:a|an|another) (?:different |other )?(?:firm|company|"
          r"business|organi[sz]ation|agency)|(?:un|una) (?:senor|senora|persona|hombre|mujer|empresa) que no "
          r"conoc\w*|(?:un|une) (?:monsieur|dame|personne|homme|femme|entreprise) que (?:nous ne|je ne) conn\w*|"
          r"(?:um|uma) (?:senhor|senhora|pessoa) que nao conhec\w*|(?:un|una) (?:signore|signora|persona) che non "
          r"conosc\w*|een (?:meneer|man|vrouw|persoon) die (?:we|ik) niet ken\w*)")
_DATA_OBJ = (r"(?:our|my|the|all|customer|client|personal|full|entire|complete|whole|nos|notre|nuestr\w*|unser\w*|"
             r"nosso|nossa|nostr\w*|onze|ons|la|le|les|die|den|os|as|it|them|this|that)\b[^.!?]{0,50}?(?:data|list|"
             r"records|files|information|"
             r"details|contacts?|e-?mails|documents?|projects?|tasks?|database|names|numbers|spreadsheet|boards?|bord|"
             r"plans|"
             r"drawings|"
             r"tablero|tableau|quadro|bacheca|"
             r"datos|donnees|daten|dados|dati|gegevens|lista|liste|clientes|clients|kunden|klanten|archivos|"
             r"fichiers|dateien|arquivos|bestanden|projets|proyectos|projekte|projetos|progetti|projecten|dane|"
             r"pliki|uppgifter|kunden\w*|klanten\w*|salar|payroll|roadmap|folder|offertes|quotes|presupuestos|devis|"
             r"angebote|orcamentos|preventivi|contracts?|contratos|contrats|vertrage|contratti|contracten|\bit\b|"
             r"them\b)")
_EXPOSED = compile_fast(
    _ACTOR + r"[^.!?]{0,150}?(?:viewed|opened|accessed|downloaded|exported|copied|stole|leaked|published|posted|shared|"
    r"received|\bsaw\b|has seen|have seen|read|exfiltrated|dumped|obtained|got (?:hold of|access to)|had access "
    r"to|could see|can see|(?:was|is|are|were) able to (?:see|view|download|access|read)|sold|is selling|emailed|"
    r"e-mailed|mailed|"
    r"sent us|send (?:me|us)|picture of|photo of|captura|capture d'ecran|foto (?:de|von|di|van)|schermafbeelding|"
    r"bildschirmfoto|screenshot|mailde ons|nos envio|nous a envoye|schickte uns|nos enviou|ci ha inviato|"
    r"pudo (?:abrir|ver|entrar|acceder)|pode (?:abrir|ver)|a pu (?:ouvrir|voir)|konnte (?:\w+ )?(?:offnen|sehen)|"
    r"ha potuto (?:aprire|vedere)|kon (?:\w+ )?(?:openen|zien)|"
    r"screenshots? of|(?:ont|a) pu (?:consulter|voir|acceder|telecharger)|consulter|descargo|descargaron|vio|vieron|"
    r"copio|copiaron|robo|robaron|exporto|exportaron|telecharge|"
    r"consulte|copie|vole|exporte|heruntergeladen|gesehen|kopiert|gestohlen|exportiert|baixou|baixaram|viu|viram|"
    r"copiou|roubou|exportou|scaricato|visto|copiato|rubato|esportato|gedownload|gezien|gekopieerd|gestolen|"
    r"geexporteerd|pobral|skopiowal|wyeksportowal|laddade ner|kopierade|exporterade)[^.!?]{0,20}?" + _DATA_OBJ +
    r"|(?:data|records|files|information|e-?mails?|details|pii|database|list|contacts|documents?|invoices?|"
    r"projects?|spreadsheet)\b[^.!?]{0,60}?(?:was|were|has been|have been|got|is being|are being|is|are)\s+(?:\w+\s+)?"
    r"(?:leaked|exposed|stolen|exfiltrated|published|posted|dumped|sold|shared with|sent to|e-?mailed to|visible "
    r"to|downloaded by|accessed by|viewed by|copied by|made public|seen by|showing up (?:in|inside)|visible (?:in|"
    r"inside))"
    r"|" + _ACTOR + r"[^.!?]{0,100}?" + _DATA_OBJ + r"[^.!?]{0,60}?(?:exportiert|heruntergeladen|kopiert|gestohlen|"
    r"gesehen|geschickt|weitergegeben|geexporteerd|gedownload|gekopieerd|gestolen|gezien|gestuurd|gedeeld|exporte|"
    r"telecharge|copie|vole|consulte|envoye)"
    r"|(?:people|someone|anyone|users?|guests?|strangers|who) (?:from )?outside (?:\w+ ){0,3}(?:have |has |"
    r"had )?(?:opened|"
    r"seen|viewed|read|received|downloaded|accessed)|(?:wrong|unintended|external) (?:person|people|recipients?)"
    r"[^.!?]{0,60}(?:opened|seen|viewed|read|received|downloaded|accessed|got)"
    r"|\b(?:er|sie|he|she|they|il|elle|ils|el|ella|ele|ela|lui|lei|hij|zij)\s+(?:hat|has|have|had|ha|a|heeft|hatte|"
    r"ont)\s+(?:\w+\s+){0,4}?(?:files|dateien|fichiers|archivos|arquivos|bestanden|documents|dokumente)\b[^.!?]{0,60}?"
    r"(?:heruntergeladen|exportiert|kopiert|downloaded|exported|copied|telecharge|descargado|baixado|scaricato|"
    r"gedownload)"
    r"|" + _ACTOR + r"\s+(?:hat|has|have|had|ha|a|heeft|hatte)\s+(?:\w+\s+){0,3}?(?:files|dateien|fichiers|archivos|"
    r"arquivos|bestanden|data|daten|donnees|datos|dados|dati|gegevens|documents|dokumente)\s+(?:heruntergeladen|"
    r"exportiert|kopiert|downloaded|exported|copied|telecharge|descargado|baixado|scaricato|gedownload)"
    r"|(?:outsiders?|journalists?|reporters?|strangers?|competitors?) (?:\w+ ){0,4}(?:has|have|had) (?:\w+ )?(?:read|"
    r"seen|viewed|opened|accessed) (?:it|them|this|that|the|our)\b"
    # "our client list got into the hands of some outside marketing company"
    r"|(?:got|get|gone|went|fell|fallen|ended up|landed|is|are|was|were|now) (?:in|into) (?:the )?hands of (?:some|an?|"
    r"the|another|other)\b[^.!?]{0,40}(?:company|companies|firm|agency|business|person|people|stranger|outsider|"
    r"competitor|marketer|spammer)|(?:en|a) (?:las )?manos de (?:una|un|otra|otro|alguna)\b|entre les mains d'?(?:une|"
    r"un|"
    r"une autre|autres)\b|in (?:die )?hande (?:einer|eines|einer anderen|fremder)\b|nas maos de (?:uma|um|outra)\b|"
    r"nelle mani di (?:una|un|un'|altr)|in handen van (?:een|andere)\b"
    # a file of ours that reached a wrong recipient
    r"|(?:received|got|recebeu|receberam|recibio|recibieron|a recu|ont recu|erhalten|bekommen|ricevuto|ontvangen)\b"
    r"[^.!?]{0,30}(?:by mistake|in error|por engano|por error|por equivocacion|par erreur|versehentlich|"
    r"irrtumlich|per errore|per sbaglio|per ongeluk|per abuis)"
    # "she could open it and read the salaries": a third person reading the records
    r"|\b(?:she|he|they)\s+(?:could|was able to|were able to|managed to)\s+(?:\w+\s+){0,3}?(?:open|read|see|view|"
    r"download)\b[^.!?]{0,60}(?:salar|names|data|files|clients?|customers?|records|details|candidates|information)"
    r"|(?:data|records|information|files|datos|donnees|daten|dados|dati|gegevens) (?:\w+ ){0,2}(?:goes|went|going|was "
    r"sent|were sent|is sent|are sent|is going) to (?:another|a third|an? (?:other|outside|external|unknown))"
    r"|(?:pudo|pudieron|a pu|ont pu|konnte|konnten|pode|puderam|ha potuto|hanno potuto|kon|konden) (?:\w+ ){0,2}"
    r"(?:abrir|ver|ouvrir|voir|offnen|sehen|aprire|vedere|openen|zien)\b[^.!?]{0,80}(?:nomina|sueldo|salar|datos|"
    r"donnees|daten|dados|dati|gegevens|client|carpeta|dossier|ordner|pasta|cartella|map\b)"
    r"|(?:got|received|been sent|was sent)\b[^.!?]{0,60}(?:listing|with|containing|showing|including)\b[^.!?]{0,60}"
    r"(?:private|internal|confidential|salar|payroll|personal|(?:all )?(?:my|our) clients|customers|names|phone "
    r"numbers|addresses|notes)"
    r"|(?:le llego|recibio|recibieron|a recu|ont recu|erhielt|erhalten|recebeu|ha ricevuto|kreeg|ontving)\b[^.!?]{0,60}"
    r"\b(?:con|avec|mit|com|met)\b[^.!?]{0,40}(?:notas internas|notes internes|interne notizen|note interne|"
    r"interne notities|datos|donnees|daten|dados|dati|gegevens|nombres|noms|namen|nomes|nomi)"
    # records that "are not ours" in front of this customer, or ours sent to a stranger
    r"|(?:got|get|received|arrived|opened|see|saw|seeing|shows?|showing|showed|contains?|containing|displays?|"
    r"displayed)\b[^.!?]{0,100}\b(?:(?:are|is|were|was) not|isn'?t|aren'?t|wasn'?t|weren'?t) (?:ours|our own)\b"
    r"|(?:datos|lista|donnees|liste|daten|dados|dati|gegevens|lijst|pacientes|patients|patienten|pazienti|clientes|"
    r"clients|kunden|klanten)\b[^.!?]{0,60}(?:no son (?:nuestr\w*|de nosotros)|ne sont pas (?:a nous|les notres)|"
    r"nicht (?:unsere|von uns)|nao sao (?:nossos|nossas)|non sono (?:nostri|nostre|i nostri|le nostre)|niet van ons)"
    r"|(?:went|go|goes|going|were sent|was sent|been sent|are sent|is sent|been going|delivered|forwarded) to "
    r"(?:a |an |some )?(?:stranger|random|unknown|wrong (?:person|company|customer|client|recipient))"
    r"|(?:invoices?|files?|documents?|records|pdfs?|data|details|projects?|tasks|contracts?)\b[^.!?]{0,30}\b(?:from|of|"
    r"belonging to|addressed to) (?:another|a different|some other) (?:company|customer|client|business|firm|"
    r"organi[sz]ation)\b[^.!?]{0,40}(?:showing|appear|visible|show(?:s|ed)? up|in (?:our|their|my|her|his))"
    r"|(?:inviato|inviano|inviati|enviado|enviaron|envian|envoye|envoient|gesendet|senden|enviaram|verstuurd|sturen|"
    r"sent|sending)\b[^.!?]{0,120}(?:endpoint|server|indirizzo|address|adresse|direccion|endereco|adres) (?:\w+ )?"
    r"(?:esterno|externo|externe|extern|external|exterieur|sconosciuto|desconocido|inconnu|unbekannt|onbekend|unknown)"
    r"|(?:transmis|transmise|transmitido|transmitida|ubermittelt|weitergegeben|trasmesso|trasmessa|doorgestuurd|"
    r"doorgegeven|passed on|handed over|forwarded|transmitted) (?:\w+ ){0,2}(?:a|an|to|aan|ad) (?:un |une |einen |uno |"
    r"een |a )?(?:tiers|tercero|terceiro|dritte\w*|terzi|derde\w*|third part\w*)"
    # our own slip ("sent the export to the agency by mistake"), then the receiver opened it
    r"|(?:per errore|per sbaglio|by mistake|por error|par erreur|versehentlich|per ongeluk|por engano|accidentally|"
    r"in error)\b[^.!?]{0,160}\b" + OPENED_BY_RECEIVER +
    r"|(?:sent|forwarded|emailed|mailed|gave|handed) (?:our|my) (?:\w+ ){0,3}(?:contracts?|files?|data|list|export|"
    r"documents?|records|proposals?|plans?) to (?:a |an |our |another |some )?(?:competitor|rival|another (?:agency|"
    r"company|customer|client|firm))"
    r"|\b(?:they|he|she|the agency|the company|the firm)\s+(?:had|have|has|got|holds?)\s+(?:an? )?(?:export|copy|dump|"
    r"spreadsheet|list) of (?:our|the|my|all)"
    r"|\b(?:they|he|she) (?:have|has) confirmed (?:receiving|they received|getting) (?:it|them|the)"
    r"|(?:e-?mailed|sent|delivered|forwarded)\b[^.!?]{0,80}\bopposing counsel"
    r"|(?:ended up|landed|was posted|got shared|was shared) in (?:a |the )?(?:\w+'?s? ){0,2}(?:whatsapp|facebook|"
    r"telegram|signal|discord) (?:group|chat|channel)"
    r"|(?:consulte|consultee|vue?|ouverte?|telecharge)e?s? par (?:une |un |des )?(?:personnes? exterieures?|tiers|"
    r"inconnus?|etrangers?)"
    r"|(?:turned up|showed up|surfaced|ended up) (?:at|with|in the hands of) (?:a |an |our |one of our )?(?:\w+ )?"
    r"(?:competitor|rival)"
    r"|(?:looking at|seeing|can see|could see|now see) (?:\w+ ){0,4}(?:from|of|belonging to) (?:a|another) (?:\w+ )?"
    r"(?:company|customer|client|organi[sz]ation)"
    r"|(?:quot\w+|citeerde|citeert|cito|citou|citait|a cite|zitierte|zitiert|citava|ha citato)\b[^.!?]{0,40}(?:word "
    r"for word|verbatim|woord voor woord|mot pour mot|palabra por palabra|wort fur wort|palavra por palavra|"
    r"parola per parola)"
    r"|\bexports?\b(?:\w+ ){0,6}?[^.!?]{0,40}\bunder (?:the|her|his|their) (?:account|login|credentials)"
    r"|(?:journalist|reporter|competitor|stranger)s?\b[^.!?]{0,150}(?:word for word|verbatim|line by line)"
    r"|(?:ne ho aperto|ho aperto|abri uno|abri um|j'en ai ouvert|j'ai ouvert|ich habe (?:eins|einen|es) geoffnet|"
    r"ik heb er een geopend)\b[^.!?]{0,60}(?:nomi|nombres|noms|namen|nomes|telefon|dati|datos|donnees|daten|dados|"
    r"gegevens|pazient|pacient|patient)"
    r"|\bi (?:clicked|opened)\b[^.!?]{0,40}\b(?:it|one|them) (?:and it )?opened\b[^.!?]{0,40}(?:names|phone|data|"
    r"records|patient|payroll|salar)"
    r"|public (?:slack )?(?:channel|community|forum|group)[^.!?]{0,60}\b(?:(?:outside|external) (?:members|people|"
    r"users)|\d[\d,.]* members)|(?:that|the) channel has (?:about |around |over )?\d[\d,.]* members"
    r"|(?:someone|somebody|people) outside (?:our|the) (?:company|organi[sz]ation|firm)\b[^.!?]{0,20}(?:now )?"
    r"(?:has|have|holds?) (?:our|the|all)"
    r"|\b(?:it|which|that|the e-?mail|the message) quotes\b[^.!?]{0,80}\bour\b[^.!?]{0,60}(?:internal|private|"
    r"confidential|board)"
    r"|(?:e-?mailed|sent|mailed|forwarded) (?:a copy of )?(?:our|my) (?:\w+ ){0,3}(?:list|data|file|export|records|"
    r"contacts)[^.!?]{0,40}to (?:the )?wrong (?:business|company|firm|person|recipient|client|customer|address)"
    r"|(?:are|is|were|was|being|gets?) sent to\b(?:[^.!?]|\.(?=\w)){0,60}\b(?:an? )?(?:outside|external|"
    r"third[- ]party|other) (?:\w+ )?(?:company|vendor|service|provider|firm)"
    # a file of the product's users in outside hands; downloads by people who are none of the team
    r"|(?:been sent|received|obtained|got hold of|posted|published|leaked|selling|sold)\b[^.!?]{0,80}(?:password "
    r"hashes|teamflow users|your users|user "
    r"records)|\b\d+ downloads?\b[^.!?]{0,80}(?:none of (?:them|which)|not (?:ours|us|hers|his|mine)|unknown)"
    r"|\b(?:someone|somebody|guests?|guest accounts?|vendors?|contractors?|consultants?|an? (?:attacker|intruder|"
    r"stranger))\b[^.!?]{0,40}\b(?:ran|run|started|triggered) "
    r"(?:\w+ ){0,4}exports?|export\.downloaded|(?:left|leaving) the building"
    r"|(?:data|information|details|records|names|titles) (?:\w+ ){0,3}(?:has|have) been (?:going|sent|shared|passed)\b"
    r"[^.!?]{0,80}\bto (?:a|an|another|some) (?:\w+ )?(?:company|vendor|third|service|firm)"
    r"|(?<!\bi )(?<!\bwe )(?:posted|published|attached|uploaded)\b[^.!?]{0,60}(?:public (?:thread|forum|post)|"
    r"community (?:forum|thread)|"
    r"community\.)|(?:public (?:thread|forum|post)|community (?:forum|thread))[^.!?]{0,60}(?:posted|published|"
    r"attached|uploaded)"
    r"|(?:riceve|ricevuto|recibe|recibimos|recoit|recevons|empfangt|erhalten|recebe|recebemos|ontvangt|ontvangen|"
    r"receives?|received)\b[^.!?]{0,60}(?:di un altro tenant|di un'altra azienda|de otra empresa|d'une autre "
    r"entreprise|einer anderen firma|de outra empresa|van een ander bedrijf|another (?:company|tenant|customer)|of "
    r"another (?:company|tenant|customer))"
    r"|(?:competitor|concurrent|competidor|konkurrent|concorrente|rival)\w*\b[^.!?]{0,80}(?:our|nuestr\w*|notre|"
    r"unser\w*|nosso|nostr\w*|onze) (?:own )?(?:\w+ )?(?:numbers|rates|prices|quote|proposal|budget|data|notes|"
    r"cronograma|planilha)"
    r"|export\w*\b[^.!?\n]{0,60}(?:@(?:gmx|gmail|hotmail|yahoo|outlook|proton)|extern\w*)"
    r"|exactly the columns|exactement les colonnes|exactamente las columnas|genau die spalten|exatamente as colunas|"
    r"esattamente le colonne|precies de kolommen"
    r"|\b(?:il|elle|he|she|they|el|ella|er|sie|ele|ela|lui|lei|hij|zij) (?:\w+ )?(?:a tout ouvert|opened everything|"
    r"lo abrio todo|hat alles geoffnet|abriu tudo|ha aperto tutto|heeft alles geopend)"
    r"|screenshots? of your\b|(?:found|saw|see|seeing|could see|can see) (?:another|a different|other) (?:company|"
    r"customer|client|tenant)(?:'s|s')"
    r"|\bleak(?:ed|s)?\b|stolen data|data (?:was |were )?stolen|exfiltrat|dark ?web|pastebin|for sale|"
    r"found (?:it|them|this|our \w+) online|public paste|paste site|keep quiet|blackmail|extort|ransom|chantaje|"
    r"chantage|erpress|ricatto|"
    r"chantagem|afpers|(?:appeared|"
    r"posted|published|circulating|available) (?:publicly |online|on (?:the internet|a forum|twitter|reddit|a public))"
    r"|(?:posted|published|shared|leaked) (?:in|on) (?:a |an )?public (?:discord|slack|telegram|server|channel|group|"
    r"forum)"
    r"|(?:posted|published|shared|uploaded|leaked) (?:\w+ ){0,4}(?:list|data|records|file|export|spreadsheet|"
    r"contacts|documents|screenshots?|details) (?:\w+ ){0,6}on (?:facebook|linkedin|instagram|tiktok|telegram|"
    r"x\b|twitter|reddit|social media|(?:a|his|her|their) (?:website|blog))"
    r"|read (?:out|me|us)\b[^.!?]{0,80}\b(?:from|in|on|of) (?:\w+ ){0,3}?(?:our|my) (?:\S+ ){0,5}(?:board|project|"
    r"workspace|files?|records|patients|clients|customers|members|pupils|students|staff|employees)"
    r"|quoting our (?:own )?(?:data|numbers|records|figures)"
    r"|(?:alguien de fuera|alguem de fora|quelqu'un de l'exterieur|jemand von aussen|qualcuno da fuori|"
    r"iemand van buiten|"
    r"someone (?:from )?outside) (?:\w+ )?(?:ha visto|viu|a vu|hat (?:\w+ )?gesehen|heeft (?:\w+ )?gezien|has seen|saw)"
    r"|(?:pubblicat\w*|publicad\w*|publie\w*|veroffentlich\w*|gepubliceerd|posted|published)\b[^.!?]{0,40}\b(?:gruppo|"
    r"grupo|groupe|gruppe|groep|group) (?:\w+ )?(?:facebook|whatsapp|telegram)\b[^.!?]{0,60}\b(?:elenco|lista|liste|"
    r"list|numeri|numbers|telefon\w*|datos|dati|data|gegevens|donnees)"
    r"|(?:facebook|whatsapp|telegram|instagram|linkedin)\b[^.!?]{0,80}\b(?:pubblicat\w*|publicad\w*|publie\w*|"
    r"veroffentlich\w*|gepubliceerd|posted|published)\b[^.!?]{0,60}\b(?:elenco|lista|liste|list|numeri|numbers|"
    r"telefon\w*|datos|dati|data|gegevens|donnees|addresses|indirizzi)"
    r"|(?:envoie|envoient|transmet|transmettent|envia|envian|sendet|senden|invia|inviano|stuurt|sturen)\b[^.!?]{0,100}"
    r"\b(?:a|an|ad|aan) (?:un|une|um|uma|una|einen|eine|een) (?:service|prestataire|tiers|tercero|servicio|proveedor|"
    r"dienst|anbieter|fornecedor|servico|fornitore|servizio|derde)"
    r"|(?:op een forum|op internet|en un foro|en internet|sur un forum|sur internet|in einem forum|im internet|"
    r"num forum|"
    r"na internet|su un forum|su internet) (?:\w+ )?(?:gezet|geplaatst|publicado|puesto|colgado|publie|mis|"
    r"veroffentlicht|gestellt|postado|pubblicato|messo)"
    r"|(?:gezet|geplaatst|publicado|colgado|publie|veroffentlicht|gestellt|postado|pubblicato) (?:\w+ ){0,2}(?:op een "
    r"forum|en un foro|sur un forum|in einem forum|num forum|su un forum|online)"
    r"|(?:never sent|never gave|nunca hemos enviado|nunca enviamos|n'avons jamais envoye|nie geschickt|"
    r"mai inviato|nooit) (?:\w+ ){0,3}(?:list|lista|liste|lijst|data|datos|donnees|daten|dados|dati|gegevens|export|"
    r"contacts|contactos|clientes|clients|kunden|klanten)\w*\b[^.!?]{0,40}\b(?:to|a|an|aan|al) (?:this|that|esta|"
    r"esa|cette|diese|essa|questa|dit|deze|the) (?:\w+ )?(?:company|empresa|entreprise|firma|societe|azienda|"
    r"bedrijf|agency|agencia|agence|agentur|agenzia|vendor|firm)"
    r"|(?:partner|vendor|affiliate|third[- ]party|subcontractor)'?\W? (?:\w+ ){0,2}(?:received|got|obtained|was sent|"
    r"has) (?:a |an |the )?(?:full |complete |whole |entire )?(?:export|copy|list|dump|file) of (?:our|my|all)"
    r"|(?:guests?|non-members?|(?:never|not) (?:been )?invited)[^.!?]{0,120}?(?:received|got|sees|saw|seen|"
    r"can see|could see|opened)"
    r"|(?:received|got|can see|seeing|saw|see|seen|viewed|contains?|containing|shows?|showing) (?:\w+ ){0,3}"
    r"(?:someone else'?s|another (?:customer|company|user|"
    r"organi[sz]ation)'?s?|other (?:customers|companies)'?) (?:\w+ ){0,2}(?:data|invoices?|projects?|tasks?|"
    r"files?|information|details|boards?)"
    r"|(?:found|see|saw|seeing|seen|can see|could see|shows?|showing|opened|contains?|containing)\b[^.!?]{0,80}"
    r"(?:belonging to|owned by|from|of) (?:\w+ ){0,2}(?:a |an |the )?(?:completely |totally |entirely )?"
    r"(?:different|another|other|unrelated) (?:\w+ )?(?:company|companies|firm|firms|practice|customer|customers|"
    r"client|clients|organi[sz]ation|business|agency|tenant)\b"
    r"|(?:sends?|sent|sending|shares?|shared|sharing|passes|passed|transmits?|transmitted|forwards?|forwarded|"
    r"uploads?|uploaded|discloses?|disclosed|exposes?|exposed|emails|emailing|e-mailing|leaks?|leaking)\b"
    r"[^.!?]{0,100}?(?:to|with) (?:an? |the |some )?(?:third[- ]party|external|outside|vendor|undisclosed|unknown|"
    r"ad[- ]?"
    r"tracking|ad[- ]tech|ad network|data broker|"
    r"unauthori[sz]ed|another|other|tracking|analytics|advertis|marketing|unapproved|rival|competing|competitor|"
    r"\w+ (?:domain|server|"
    r"company|provider) (?:we|i) never (?:approved|authori[sz]ed|agreed))|unauthori[sz]ed disclosure"
    r"|fuga de (?:datos|dados)|fuite de donnees|datenleck|vazamento de dados|fuga di dati|datalek|wyciek danych|"
    r"(?:datos|donnees|daten|dados|dati|gegevens) (?:\w+ ){0,3}(?:filtrad|robad|expuest|publicad|vendid|vole|"
    r"divulgu|publie|gestohlen|veroffentlicht|geleakt|abgeflossen|vazad|roubad|expost|rubat|trapelat|pubblicat|"
    r"gestolen|gelekt|gepubliceerd)"
    # another company's records seen in this workspace, said in the other languages read
    r"|(?:vi|veo|vemos|vimos|aparecen|aparecieron|vois|voyons|ai vu|avons vu|apparaissent|sehe|sehen|sah|sahen|"
    r"erscheinen|vejo|vemos|vimos|aparecem|vedo|vediamo|ho visto|abbiamo visto|compaiono|zie|zien|zag|zagen|"
    r"verschijnen)\b[^.!?]{0,80}(?:otra empresa|otro cliente|une autre (?:entreprise|societe)|un autre client|"
    r"(?:einer |eines )?anderen (?:firma|kunden|unternehmens)|outra empresa|outro cliente|un'altra azienda|"
    r"un altro cliente|een ander bedrijf|een andere klant)"
    # reading the records of an organisation one does not belong to
    r"|(?:podia|podiamos|could|pouvais|pouvions|konnte|konnten|potevo|potevamo|kon|konden) (?:\w+ )?(?:leer|read|"
    r"lire|lesen|ler|leggere|lezen|ver|voir|sehen|vedere|zien|open|abrir|ouvrir|aprire|openen)\b[^.!?]{0,20}"
    r"(?:sus|their|leurs|ihre|seus|suoi|loro|hun)\b")
#: A person whose access was taken away ("removed", "Rechte entzogen") ...
_REVOKED = compile_fast("|".join(re.escape(w) for w in REVOKED)
                        + r"|\bremoved \w+ from (?:our|the) (?:workspace|team|board|project|account)"
                          r"|\blet (?:\w+ ){0,3}go\b"
                          r"|\b(?:zugang|zugriff|konto|rechte|toegang|account)\b[^.!?]{0,120}\b(?:entfernt|entzogen|"
                          r"gesperrt|deaktiviert|verwijderd|ingetrokken|gedeactiveerd)\b")
#: ... or a person nobody on the team knows or invited ("Wij hebben geen J. Smit", "someone I don't know") ...
_STRANGER = compile_fast(
    r"(?:we|i) (?:have )?never connected|nunca (?:lo |la )?conectamos|jamais connecte|nie (?:\w+ )?verbunden|"
    r"mai collegat|nooit gekoppeld|(?:i|we) (?:have )?never met|none of us knows (?:him|her|them)|nunca se (?:la|lo|"
    r"los|las) dimos|"
    r"never gave (?:it|them|this|that) to|ne (?:la|le|les) leur avons jamais donne|nie (?:gegeben|weitergegeben)|"
    r"nunca (?:lhes )?(?:demos|entregamos)|non (?:gliel[ao]|l[ao]) abbiamo mai dat|nooit gegeven|"
    r"stranger|(?:we'?ve|we have|i'?ve|i have) never (?:dealt|done business) with|"
    r"someone (?:i|we) (?:don'?t|do not|didn'?t|did not) know|we never (?:added|invited) (?:him|her|them)|"
    r"nobody (?:here )?(?:invited|added|created|"
    r"knows)|no ?one (?:here )?(?:invited|added|created|knows)|none of us recogni[sz]e|nobody (?:here )?"
    r"recogni[sz]es|(?:a )?random (?:gmail|hotmail|yahoo|outlook|e-?mail)|(?:an? )?address (?:i|we) (?:don'?t|do not) "
    r"recogni[sz]e|we have no (?:\w+ ){0,2}(?:staff member|employee|user|colleague|one) (?:with|by|called|named)|"
    r"nobody from (?:\w+ ){1,3}(?:has|have) ever|com quem a gente nunca trabalhou|com quem nunca trabalhamos|"
    r"con (?:la|el) que nunca (?:hemos )?trabaj|avec (?:qui|laquelle) nous n'avons jamais travaill|"
    r"mit der wir nie (?:zusammen)?gearbeitet|con cui non abbiamo mai lavorat|waar we nooit mee|we (?:have )?never "
    r"worked with|(?:was|were) never invited to (?:it|that|this|the)|"
    r"we (?:don'?t|do not) have (?:a|an|"
    r"any) (?:\w+ )?"
    r"(?:called|named|by that name)|nobody by that name|(?:unknown|unfamiliar) (?:gmail |hotmail |yahoo |outlook |"
    r"e-?mail )?(?:sender|address|account|user|person)|niemand heeft (?:\w+ ){0,3}(?:uitgenodigd|toegevoegd)|"
    r"wij hebben geen|nadie (?:lo |la )?(?:invito|conoce|agrego|anadio)|no conocemos|personne (?:ne (?:le |la )?"
    r"connait|n'a invite)|nous ne connaissons pas|niemand hat (?:\w+ ){0,3}eingeladen|kennen wir nicht|"
    r"unbekannte[nrs]?\b[^.!?]{0,20}(?:adresse|absender|nummer|benutzer|person)|indirizzo sconosciuto|"
    r"adresse inconnue|direccion desconocida|endereco desconhecido|onbekend adres|ninguem (?:convidou|conhece)|"
    r"nao conhecemos|nessuno (?:qui |di noi )?(?:ha invitato|conosce)|non conosciamo|ninguem (?:aqui |de nos )"
    r"?(?:convidou|conhece)|nadie (?:aqui |de nosotros )(?:lo |la )?(?:invito|conoce)|personne (?:ici )?ne (?:le |la )?"
    r"conna[iî]t")
#: ... who then took or looked at the data (not merely signed in).
_TOOK = compile_fast(
    r"download(?:ed|ing|s)|export(?:ed|ing|s)|copied|pull(?:ed|ing)? (?:\w+ ){0,3}out|(?:continuano|"
    r"continua) a ricevere|"
    r"siguen recibiendo|continuent (?:a|de) recevoir|(?:erhalten|bekommen) (?:immer noch|weiterhin)|continuam (?:a )?"
    r"receb\w*|ontvangen nog steeds|still (?:get|gets|receive|receives) (?:our|the|their) (?:\w+ )?(?:reports?|data|"
    r"lists?|exports?|files?|digests?)|hanno ricevuto|viewed|opened (?:the|our|all)|"
    r"\bsaw\b|still see|screenshot|"
    r"baixad|descargad|scaricat|gedownload|"
    r"capture d'ecran|captura de pantalla|bildschirmfoto|captura de tela|schermafbeelding|"
    r"(?:still )?able to (?:see|open|view|access)|could see|could read|could open|photo of (?:his|her|their) "
    r"(?:phone|screen|laptop)|picture of (?:his|her|their) (?:phone|screen|laptop)|showing our|"
    r"heruntergeladen|exportiert|kopiert|angesehen|eingesehen|telecharge|exporte|copie|consulte|descargo|"
    r"descargaron|exporto|copio|consulto|baixou|baixaram|exportou|copiou|scaricato|esportato|copiato|"
    r"vede ancora|voit toujours|ve todavia|sieht immer noch|ve ainda|ziet nog|gedownload|geexporteerd|"
    r"gekopieerd|bekeken|printed|what else (?:he|she|they) took|descarreg\w*|levou|levaram|se llevo|a emporte|"
    r"mitgenommen|portato via|"
    r"meegenomen|saved (?:the|our|a|all)|pulled (?:\w+ ){0,3}(?:out|"
    r"down|list|data|records|files|"
    r"contacts)|gespeichert|gedruckt|imprime|enregistre|imprimio|guardo|"
    r"imprimiu|salvou|stampato|salvato|afgedrukt|opgeslagen")
#: ... or, for a stranger, received it.
_RECEIVED = compile_fast(r"received|bekommen|erhalten|recu|recibio|recibieron|recebeu|receberam|ricevuto|ontvangen|"
                         r"kreeg|nos (?:mando|mandaron|envio|enviaron|mandou|enviou|mandaram|enviaram)|adjunto|"
                         r"adjuntaron|"
                         r"a joint|ont joint|angehangt|anexou|anexaram|ha allegato|hanno allegato|bijgevoegd|attached|"
                         r"nous (?:a|ont) envoye|(?:hat|haben) uns (?:\w+ ){0,3}geschickt|schickte uns|"
                         r"ci (?:ha|hanno) (?:mandato|inviato)|(?:heeft|hebben) ons (?:\w+ ){0,3}gestuurd|"
                         r"sent (?:us|me|her|him|them|our \w+)\b|e-?mailed (?:us|me)\b|"
                         r"got an? e-?mail|"
                         r"forwarded (?:us|me)|attached (?:is|was)|landed in (?:my|our|her|his|their) inbox")
_NOT_EXPOSED = compile_fast(
    r"i can see (?:the|his|her|their|a|an) (?:active )?(?:session|sign-?in|login|device)|vulnerab|researcher|"
    r"proof of concept|\bpoc\b|\bidor\b|responsible disclosure|bug bounty|pentest|penetration|"
    r"enumerat|sequential|"
    r"no (?:sign|evidence|indication)|not (?:been )?(?:accessed|viewed|exported|downloaded|leaked|exposed)|"
    r"nothing (?:was|has been)|memory leak|(?<!quoting )(?:my|our) own (?:files|"
    r"accounts|data|"
    r"workspace)|haven'?t seen anyone|no one else|deletion request|requested deletion|still in (?:the |our )?"
    r"exports?|retention|\bdpa\b|leaked password|password list|leaked credentials|credential "
    r"stuffing|combo list|phishing|gift ?cards?|claim your|with the same link|comments? (?:was |were )?posted|(?:fake|"
    r"bogus|phony) (?:\w+ )?(?:portal|page|"
    r"site|login|form)|(?:posted|sent|spammed)\b (?:\w+ ){0,2}(?:messages?|comments?|links?|posts)\b|"
    r"messages? (?:were |was )?posted|(?:update|change|send|new|confirm|verify) (?:\w+ ){0,3}(?:bank details|iban)\b|"
    r"(?:invitations?|invites?|phishing|spam)\b[^.!?]{0,40}(?:sent|"
    r"going out)|sent (?:\w+ ){0,3}(?:invitations?|invites?|phishing|spam)\b")

#: The writer is not sure anyone saw the data; read near the report only (a dictated run-on sentence goes on for long).
_HEDGE = compile_fast(r"could (?:have|potentially)|\bmight\b|may have|possibl|potentially|could be|"
                      r"(?<!asking )(?<!asked )(?<!asks )(?<!wondering )\bif\b|whether|worried|afraid|concern(?!ing)")


#: A flaw shown by its reporter on their own accounts, under disclosure terms: nobody else's data was seen.
_FLAW_REPORT = compile_fast(r"responsible disclosure|coordinated disclosure|bug bounty|"
                            r"(?:have|has) not used it against|"
                            r"(?:haven'?t|hasn'?t) used it against|only (?:tried|tested) (?:it )?(?:on|with|between) "
                            r"(?:my|our) own|(?:on|with|between) (?:two of )?(?:my|our) own (?:test )?(?:tokens|"
                            r"accounts|"
                            r"workspaces)")


_HEDGE_BEFORE, _HEDGE_AFTER = 160, 80  # characters around the report where a hedge still counts


def data_exposed(scan: Scan) -> tuple[bool, str] | None:
    if scan.allows(_FLAW_REPORT) and scan.doc(_FLAW_REPORT):
        return None
    for sent in scan.sents.spans if scan.allows(_EXPOSED) else ():
        text = scan.sentence(sent)
        m = _EXPOSED.search(text)
        if m is None or negated(scan.folded, sent[0], sent[0] + m.start()):
            continue
        near = max(sent[0], sent[0] + m.start() - _HEDGE_BEFORE), min(sent[1], sent[0] + m.end() + _HEDGE_AFTER)
        if scan.has(_NOT_EXPOSED, sent) or _HEDGE.search(scan.folded, *near):
            continue
        return True, evidence(scan.text, sent, sent[0] + m.start(), sent[0] + m.end())
    stranger = scan.doc(_STRANGER)
    if stranger or (scan.doc(_REVOKED) and scan.allows(_TOOK)):
        for sent in scan.sents.spans:
            text = scan.sentence(sent)
            m = _TOOK.search(text) or (_RECEIVED.search(text) if stranger else None)
            if m is None or scan.has(_NOT_EXPOSED, sent) or scan.has(_HEDGE, sent):
                continue
            # "a firm we never worked with sent us ...": the stranger's own "never" denies nothing
            who = _STRANGER.search(text, 0, m.start()) if stranger else None
            if not negated(scan.folded, sent[0] + who.end() if who else sent[0], sent[0] + m.start()):
                return True, evidence(scan.text, sent, sent[0] + m.start(), sent[0] + m.end())
    return None


_SCOPES: tuple[tuple[OutageScope, re.Pattern[str]], ...] = (
    ("platform", compile_fast(r"everyone|every ?body|all (?:your |of your )?customers|platform[- ]wide|status page|"
                            r"worldwide|globally|entire (?:platform|service)|whole platform|other (?:customers|"
                            r"companies)|anyone else|across all (?:regions|customers)|is teamflow down|"
                            r"tout le monde|todo el mundo|alle kunden|todos os clientes|tutti i clienti")),
    ("organisation", compile_fast(r"(?:our|my) (?:whole |entire )?(?:team|company|org\w*|workspace|office|staff|"
                                r"account|employees)|nobody (?:in|on|at) our|no ?one (?:in|on|at) our|none of (?:us|"
                                r"our)|"
                                r"all (?:of )?our|whole (?:team|company|office)|entire (?:team|company|office)|"
                                r"nobody|no ?one|nadie|personne|niemand|ninguem|nessuno")),
    ("multiple_users", compile_fast(r"several|multiple|many|some (?:of )?(?:our )?users|colleagues|"
                                    r"\d+ (?:users|people)|"
                                  r"other users|two|three|offices|locations")),
    ("single_user", compile_fast(r"\bi (?:can'?t|cannot|am unable)|only me|just me|my account|for me\b")),
)


def outage_scope(scan: Scan, hits: dict[str, Found]) -> tuple[OutageScope, str] | None:
    outage = [f for cid, f in hits.items() if cid.startswith("OUT")]
    if not outage:
        return None
    for scope, pattern in _SCOPES:
        if scan.doc(pattern):
            return scope, outage[0].evidence
    return None
