"""A sign-in nobody on the team made: from far away, at night, on a device nobody owns, while everyone was elsewhere.

Told by what an activity log, a session list or a sign-in alert shows ("città Bucarest", "às 3h12 da madrugada",
"a Windows PC in Singapore") next to why it cannot be one of us ("nessuno di noi ha un iPad", "she was asleep").
Kept apart from ``patterns_concepts_flaws``, which gathers this rule in its place.
"""

from __future__ import annotations

from .lexicon import Rule, rule, words

#: A sign-in or live session ...
SIGN_IN = words(
    "aktivitatsprotokoll|activiteitenlog|"
    "sign-in|sign-ins|signed in|signins|logins|log-ins|logged in|login from|session|sessions|connexion|connexions|"
    "sign_in|signin$|login_success|login success|inicios de sesion|"
    "sign in$|"
    "connecte|sesion|sesiones|inicio de sesion|sitzung|sitzungen|anmeldung|anmeldungen|angemeldet|sessao|sessoes|"
    "login|logins|sessione|sessioni|accesso|accessi|sessie|sessies|aanmelding|ingelogd|collegato|collegata|connesso|"
    "connessa|conectado|conectada|acceso|accesos|abierto nuestra cuenta|abierto la cuenta|ouvert notre compte|"
    "unser konto geoffnet|"
    "aberta a nossa conta|aperto il nostro account|ons account geopend|"
    # "às 3h12 da madrugada tem um acesso com a conta do Rodrigo ... a partir de um dispositivo na Romênia"
    "acesso com a conta|acesso a conta|acceso con la cuenta|connexion avec le compte|zugriff mit dem konto|"
    "accesso con l'account|toegang met het account|access with the account")
#: Countries sign-in alerts commonly name, after "from" in the languages read; and "abroad".
_FAR_AWAY = (r"(?:from|desde|depuis|aus|dal|dalla|da|vanuit|vanaf|in|en|em|no|na|au|aux|"
             # a session list's own field: "città Bucarest", "Standort: Minsk"
             r"citta|ciudad|ville|stadt|cidade|stad|city|location|standort|localizacao|locatie|ubicacion|posizione)"
             r"\b:? ['\"]?(?:l'|la |le |el |"
             r"der |den |"
             r"dem |o |a |het )?(?:[a-z]+, )?(?:russ?ia|russie|russland|rusland|china|chine|cina|vietnam|viet nam|"
             r"indonesi\w*|"
             r"nigeria|brazil\w*|bresil|brasil\w*|india|inde|indien|ukrain\w*|ucrania|romani\w*|roumanie|rumani\w*|"
             r"north korea|coree du nord|corea del norte|nordkorea|iran|pakistan|philippines|filipinas|filippine|"
             r"thailand\w*|tailandia|turkey|turquie|turquia|turkei|turchia|turkije|singapo\w*|kazakhstan|belarus|"
             r"bangladesh|egypt\w*|morocco|maroc|marruecos|marokko|marocco|kenya|ghana|hong kong|taiwan|"
             r"ho chi minh|hanoi|jakarta|lagos|moscow|moscou|moskau|beijing|pekin|shanghai|manila|bangkok|karachi|"
             r"mumbai|delhi|istanbul|minsk|almaty|bucharest|bucarest|bukarest|boekarest|bucareste|kyiv|kiev|"
             r"sofia|belgrade|tirana|tehran|dhaka|cairo|caracas|rumania|romenia|sao paulo|rio de janeiro|buenos aires|"
             r"bogota|mexico city|johannesburg|dubai|seoul|tokyo|sydney|lima)\b|\b(?:abroad|a l'etranger|"
             r"en el extranjero|im ausland|"
             r"no exterior|all'estero|in het buitenland)\b")
#: A sign-in in the small hours, or with a browser nobody uses.
_AT_NIGHT = (r"\b(?:\d{1,2}[:.h]\d{2} (?:am )?(?:de (?:la|esta) madrugada|du matin|uhr nachts|da manha|di notte|"
             r"'s nachts)|\b(?:0?[0-5]|2[2-3])[:.]\d{2} uhr\b|"
             r"(?:esta|de) madrugada|cette nuit|(?:heute|letzte) nacht|in der nacht|esta noite|stanotte|questa notte|"
             r"vannacht|afgelopen nacht|in the middle of the night|overnight|at (?:[0-6]|0[0-6])[:.]\d{2} ?am)\b|"
             r"(?:browser|device|machine|computer|laptop|pc|phone)s? (?:that )?(?:neither|none|nobody|"
             r"no one) (?:of us )?"
             r"(?:uses?|owns?|has|have)\b|"
             r"(?:browser|navegador|navigateur|navigator) (?:que no uso|que je n'utilise pas|(?:i|we) (?:don'?t|"
             r"never) use|"
             r"den (?:ich|wir) nicht (?:nutze|nutzen|verwende|verwenden)|que (?:eu )?nao uso|che non uso|"
             r"dat ik niet gebruik)")
#: ... from a place or device the team does not have ...
_AWAY = (r"(?:four|three|two|several|different|\d+) countries|pays differents|paises distintos|verschiedenen landern|"
         r"paises diferentes|paesi diversi|verschillende landen|source ip|\bips? \d|vps|hosting (?:provider|range)|"
         r"tor (?:exit|node)|data ?cent(?:er|re)|\bas\d+|whois|(?:einem|a|un|une|um) (?:hoster|hosting-anbieter|"
         r"hosting company|hebergeur|proveedor de hosting)|"
         r"python-requests|curl/|geoloc|\bfrom \w+ (?:and|then) (?:again )?(?:at \d{1,2}[:.]\d{2} )?from \w+|"
         r"(?:a partir de|desde|depuis|from|von|da|vanaf) (?:um|uma|un|une|a|an|einem|einer|een) (?:dispositivo|"
         r"appareil|"
         r"device|gerat|apparaat) (?:na|no|en|in|au|em|aus|uit|from)\b|"
         r"adresses? ip situees?|direcciones ip (?:en|de)|ip-adressen (?:in|uit|aus)|"
         r"enderecos ip (?:no|na|em)|indirizzi ip (?:in|dal|dalla)|(?:desde|depuis|von|vanaf|da) (?:una |une |einer |"
         r"um |uma |un |een )?"
         r"(?:direccion |adresse |endereco |indirizzo |adres )?ip\b|\bip ?[=:] ?\d|location ?[=:]|locali[sz]|"
         r"lokalisiert|localizad|localizzat|"
         r"gelokaliseerd|(?:ip|address|device|"
         r"pc|computer|laptop|"
         r"phone) (?:in|from|located|a|em|te)\b|(?:from|in) (?:an? )?(?:ip|address) (?:in|that|located)|unknown device|"
         r"unrecogni[sz]ed device|new device|depuis un (?:pc|appareil|ordinateur|telephone|mac)|appareil inconnu|"
         r"desde un (?:pc|dispositivo|ordenador|movil)|dispositivo desconocido|von einem (?:unbekannten )?(?:gerat|"
         r"pc|rechner|handy)|unbekannte(?:s|m)? gerat|de um (?:pc|dispositivo|computador|celular)|dispositivo "
         r"desconhecido|da un (?:pc|dispositivo|computer|telefono|cellulare|smartphone)|dispositivo sconosciuto|"
         r"desde un (?:telefono|celular)|de um telefone|von einem telefon|vanaf een telefoon|"
         r"vanaf een (?:onbekend )?(?:pc|"
         r"apparaat|computer)|onbekend apparaat|vreemd apparaat|appareil (?:etranger|bizarre)|dispositivo (?:extrano|"
         r"estranho|strano)|fremde[sm]? gerat|(?:strange|weird|odd|foreign) device|\blinux\b|"
         # "um novo inicio de sessao num dispositivo Windows em Singapura"
         r"num (?:novo )?dispositivo|num (?:windows|linux|pc|computador|telemovel)|a partir de (?!agora|hoje|amanha|"
         r"ontem|entao|quando|que)\w+|novo dispositivo|nuevo dispositivo|nouvel appareil|neue[sm]? gerat|"
         r"nuovo dispositivo|nieuw apparaat|(?:on|from) a (?:new )?(?:windows|linux|android) (?:pc|device|computer|"
         r"laptop|phone)|" + _FAR_AWAY + r"|" + _AT_NIGHT)
#: ... while everyone is elsewhere or asleep.
NOT_OURS = (r"on (?:parental |maternity |paternity |sick |medical )?(?:leave|holiday|vacation)|"
             # "Jonas is at his desk in Oslo on Windows" while the session is in Jakarta
             r"(?:is|was|sat|sits|am|were) at (?:his|her|my|their|our) desks? in\b|"
             r"(?:i|we) only (?:use|have|own) (?:my|a|an|one|our)\b|a dormir|nao tem nenhum|no tiene ningun|"
             r"so usa (?:um )?mac|solo usa (?:un )?mac|n'utilise qu'un mac|usa solo (?:un )?mac|"
             r"gebruikt alleen (?:een )?mac|"
             r"n'a aucun|hat keinen|non ha nessun|heeft geen|"
             r"(?:hasn'?t|has not|haven'?t|have not|didn'?t|did not) travel|"
             r"no ha viajado|n'a pas voyage|ist nicht verreist|nao viajou|non ha viaggiato|is niet op reis|(?:was|"
             r"is) not (?:her|him|them|us|me)|wasn'?t (?:her|him|them|me)|no fui yo|ce n'etait pas moi|war ich nicht|"
             r"nao fui eu|non ero io|was ik niet|no es mio|not mine|pas le mien|nicht meins|nao e meu|non e mio|"
             r"niet van mij|non e (?:nostro|nostra|mio|mia)\b|no es (?:nuestro|nuestra)\b|n'est pas (?:a nous|"
             r"le notre)|"
             r"ist nicht (?:unser|unseres)\b|nao e (?:nosso|nossa)\b|is niet van ons|non abbiamo nessuno|"
             r"no tenemos a nadie|nous n'avons personne|wir haben niemanden|nao temos ninguem|we hebben niemand|"
             r"nobody|no ?one|none of us|neither of us|(?:it'?s|its) not (?:her|him|them|us|me)\b|"
             r"none of our (?:people|staff|team|employees|users|colleagues)|not us|"
             r"wasn'?t us|asleep|at home|elternzeit|war es nicht|no son mios|no son mias|ne sont pas les miens|"
             # "escritos ... cuando yo estaba dormido ... yo nunca he salido de Guadalajara"
             r"estaba dormid[oa]|estava dormindo|etais endormi|stavo dormendo|nunca he salido de|nunca sai de|"
             r"never (?:been|left|gone) (?:out of|outside|abroad)|jamais quitte|nie (?:\w+ )?verlassen|"
             r"mai uscit[oa] da|"
             r"sind nicht meine|nao sao meus|"
             r"non sono miei|geschlafen|zu hause|benutze nur|nur einen mac|only use a mac|im bett|in bed|"
             r"au lit|en la cama|na cama|a letto|weder ich noch|ni moi ni|"
             r"ni yo ni|nem eu nem|ne io ne|noch ik noch|(?:was|were|etait|estaba|war|estava|era|"
             r"zat) (?:\w+ ){0,3}(?:next to|beside|"
             r"a cote de|al lado de|neben|ao lado de|accanto a|naast) (?:me|moi|mi|mir|mim)\b|(?:in|at) a meeting|"
             r"en reunion|in einer (?:besprechung|sitzung)|em reuniao|in riunione|in een vergadering|"
             r"ne voyage pas|no viaja|reist nicht|nao viaja|"
             r"non viaggia|reist niet|dormait|dormais|durmiendo|dormia|schlief|"
             r"dormindo|dormiva|dormivo|sliep|never (?:been|travel)|doesn'?t travel|"
             r"war nie|nie in|nie dort|nunca estuvo|jamais ete|nunca esteve|mai stato|nooit in|was never in|"
             r"don'?t travel|(?:whole|entire) team is|all of us are|we (?:only|all) (?:work|use)|only (?:work|use) "
             r"(?:on )?(?:macs?|windows|iphones?)|toute l'equipe est|personne (?:chez nous|de nous|ici)|aucun de nous|"
             r"uniquement sur|todo el equipo (?:esta|trabaja)|nadie|ninguno de|solo (?:usamos|trabajamos)|das ganze "
             r"team (?:ist|sitzt|arbeitet)|niemand|keiner von|nur (?:mit|auf) |toda a equipe (?:esta|trabalha)|"
             r"ninguem|nenhum de|so (?:usamos|trabalhamos)|tutto il team (?:e|lavora)|nessuno|solo (?:mac|windows)|"
             r"het hele team (?:zit|is|werkt)|niemand van|alleen (?:op|met) |"
             # "she swears it wasn't her, she was asleep and her laptop was off"
             r"durmiendo|dormait|dormiva|schlief|dormindo|sliep|no ha sido (?:el|ella)|n'etait pas (?:lui|elle)|"
             r"war nicht (?:er|sie)|nao foi (?:ele|ela)|non e stat[oa] (?:lui|lei)|was (?:hij|zij) niet|swears|"
             r"\bjura\b|schwort|\bjure\b|\bgiura\b|zweert|(?:laptop|computer|phone|pc|portatil|ordinateur|"
             r"rechner|notebook|computador|portatile) (?:\w+ )?(?:was|were|estaba|etait|war|estava|era|stond) "
             r"(?:\w+ )?(?:off|apagado|eteint|ausgeschaltet|desligado|spento|uit)\b|"
             # on holiday, in the other languages read; without a laptop
             r"im urlaub|in urlaub|de vacaciones|en vacances|de ferias|em ferias|in ferie|in vacanza|op vakantie|"
             r"keinen laptop dabei|no laptop with|without (?:his|her|a) laptop|sin (?:su )?portatil|sans (?:son )?"
             r"ordinateur")

SIGN_INS: tuple[Rule, ...] = (
    rule("SEC1", SIGN_IN, need=_AWAY, doc_need=NOT_OURS,
         unless=r"how (?:do|can)|(?:can|could|should) (?:i|we)\b[^.!?]*\?|(?:i|we) (?:am|are|was|were) (?:travel|"
                r"abroad|on holiday|on vacation)|(?:my|our) (?:own )?(?:new )?(?:laptop|phone|device|vpn)"
                r"(?! (?:pinged|buzzed|beeped|rang|lit up|vibrated|showed|got|received|woke))",
         doc_unless=r"panic over|false alarm|(?:haven'?t|have not|wasn'?t|were not|weren'?t) (?:been )?hacked|"
                    r"(?:was|were) (?:just )?(?:our|my) (?:own )?(?:\w+ ){0,3}(?:on holiday|on vacation|travelling|"
                    r"abroad)",
         negatable=False, name="SEC1-sign-in-from-elsewhere"),
)
