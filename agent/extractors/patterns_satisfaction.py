"""Rules of the standard tier's Customer Satisfaction group (SAT1-5).

Complaints about how support treated someone, requests for a manager, churn talk, public posts
that need an answer and feature requests. SAT5 fires for any feature request; the policy keeps it
only for Pro customers; its rules are in ``patterns_feature_requests``. Technical Issues (TEC3-5) are in
``patterns_standard``.
"""

from __future__ import annotations

from .lexicon import Rule, rule, words
from .patterns_feature_requests import FEATURE_REQUESTS

_AGENT = (r"(?:chatbot|\bbot\b|chatmedewerker|medewerker|mitarbeiter|empleado|funcionario|collaboratore|support|"
          r"your team|your staff|agents?|customer service|customer care|helpdesk|help desk|service desk|"
          r"representatives?|\breps?\b|you guys|your company|the person|the guy|the lady|whoever|atencion|soporte|"
          r"servicio|service client|assistance|kundenservice|kundendienst|atendimento|suporte|assistenza|"
          r"supporto|klantenservice|klantendienst)")
_BAD = (r"(?:terrible|awful|horrible|useless|unhelpful|rude|slow|pathetic|appalling|poor|bad|unacceptable|"
        r"disappointing|abysmal|lousy|incompetent|unprofessional|dismissive|condescending|a joke|non-?existent|"
        r"lacking|worst|frustrating|ridiculous|shameful|disgraceful|pesim[oa]|lamentable|inutil|nul|deplorable|"
        r"inexistant|catastrophique|inadmissible|schlecht|miserabel|unverschamt|nutzlos|katastrophal|enttauscht|"
        r"frechheit|pessimo|horrivel|terrivel|lamentavel|pessim[oa]|terribile|inutile|vergognos[oa]|"
        r"slecht|waardeloos|belachelijk|exhausting|tiring|in a row|didn'?t (?:even )?read|did not (?:even )?read|"
        r"(?:asked|asks|asking) (?:me )?(?:the same|again)|disappeared|vanished|left the chat|without a word|"
        r"never came back|ghosted|hung up|hing (?:gewoon )?op|colgo|a raccroche|legte auf|desligou|ha riattaccato|"
        r"closed the chat|fechou o chat|cerro el chat|a ferme le chat|(?:esperando|waiting for|attends?|"
        r"warte(?:n)? auf|aguardando|aspett\w*|wacht(?:en)? op) "
        r"(?:una |an |une |eine |uma |un |een )?(?:respuesta|answer|reply|response|reponse|antwort|resposta|risposta|"
        r"antwoord)|nutteloze|nutteloos|wat een klantenservice|quel service client|menudo servicio|"
        r"\b(?:est|es|ist|e|is) (?:une |una |ein |uma |een |a )?(?:vaste |total |completa |complete |absolute )?"
        r"(?:blague|broma|witz|piada|barzelletta|grap)|"
        r"desaparec|disparu|verschwunden|sumiu|sparit|verdwenen)")

SATISFACTION: tuple[Rule, ...] = (
    # "two replies, each a pasted paragraph ... clearly a macro without anyone reading the ticket"
    rule("SAT3", words("a macro|canned reply|canned replies|canned response|canned responses|pasted paragraph|"
                       "copy-pasted|copy and paste answer|without anyone reading|nobody read|no one read|"
                       "actually read my|actually read the|bot-like answer|generic reply|generic replies|"
                       "missed the point|nothing to do with it|nothing to do with my question|ticket was closed|"
                       "closed my ticket|closed the ticket"),
         need=r"repl|answer|respon|support|ticket|question|\bread",
         unless=r"how (?:do|can)|(?:set ?up|create|build|use|add|edit) (?:a |our |the )?(?:macro|canned)|"
                r"macros? (?:feature|in teamflow|for)|"
                # the customer's own staff: "our IT had forced a password reset ... and nobody read the email"
                r"\b(?:our|their) (?:it|team|staff|colleagues|people)\b[^.!?]{0,80}(?:nobody|no one) read",
         name="SAT3-not-read"),
    rule("SAT1", words("formal complaint|official complaint|formally complain|lodge a complaint|file a complaint|"
                       "filing a complaint|register a complaint|raise a complaint|make a complaint|"
                       "submit a complaint|complaint|complain|complaining|queja formal|reclamacion formal|"
                       "queja|reclamacion|plainte formelle|reclamation formelle|reclamation|plainte|"
                       "formelle beschwerde|offizielle beschwerde|beschwerde|reclamacao formal|reclamacao|"
                       "reclamo formale|reclamo|formele klacht|klacht|dissatisfaction|mecontentement|"
                       "insatisfaccion|unzufriedenheit|insatisfacao|insoddisfazione|ontevredenheid|grievance|"
                       "grievances|descontento|malcontento|ongenoegen|unmut|descontentamento|"
                       # "Hiermit beschweren wir uns förmlich"
                       "beschweren wir uns|beschweren uns|beschwere mich|nous nous plaignons|nos quejamos|"
                       "reclamamos formalmente|ci lamentiamo|dienen wij een klacht in"),
         need=r"formal|official|formally|officially|(?:file|lodge|register|raise|make|submit|open|escalate)\w* "
              r"(?:a |this |my |our )?(?:formal |official )?(?:complaint|queja|plainte|beschwerde|reclama|"
              r"reclamo|klacht)|(?:this|consider this|treat this|please accept this|take this|my|our) (?:\w+ )?"
              r"(?:as )?(?:a |an )?(?:formal |official )?(?:complaint|queja|reclamacion|plainte|reclamation|"
              r"beschwerde|reclamacao|reclamo|klacht)|complain\w* about (?:the|your) (?:service|support|quality|"
              r"experience)|(?:i|we) (?:want|wish|would like|need) to complain|formel|formell|oficial|"
              r"ufficiale|formele|presentar|deposer|einreichen|registrar|presentare|indienen|formlich|offiziell|"
              r"officiel|formale|formal|registre des reclamations|registro de (?:quejas|reclamaciones|reclamacoes)|"
              r"beschwerderegister|registro dei reclami|klachtenregister|complaints? (?:register|log)|"
              r"accuser reception|acuse de recibo|eingangsbestatigung|aviso de recebimento|ricevuta di ricezione|"
              r"ontvangstbevestiging|acknowledge (?:receipt|this complaint)",
         unless=r"(?:customers?|clients?|users?|employees?|they|people) (?:\w+ ){0,3}complain|complaints? "
                r"(?:from|by) (?:our|my)|(?:not|no) (?:a )?complain|can'?t complain|"
                # the customer's own complaints handling: "we log parental complaints on a board"
                r"(?:parental|parents'?|patients?'?|pupils?'?|students?'?|residents?'?|tenants?'?|customers?'?|"
                r"clients?'?|members?'?|public) complaints|complaints (?:&|and) concerns|(?<!your )(?<!formal )"
                r"complaints? (?:board|procedure|process|policy|form|team|officer|handler)s?\b(?! (?:about|against) "
                r"(?:you|teamflow))|(?:log|track|record|handle|manage)s? (?:\w+ ){0,2}complaints",
         name="SAT1-complaint"),
    rule("SAT2", words("van de leiding|iemand van de directie|de la direction|de la direccion|von der leitung|"
                       "da direcao|della direzione|manager|supervisor|management|someone senior|somebody senior|senior|"
                       "head of|director|"
                       "ceo$|boss|superior|in charge|higher up|higher-up|team lead|executive|gerente|jefe|"
                       "encargado|responsable|superieur|directeur|vorgesetzt|vorgesetzten|verantwortlichen|"
                       "chef$|responsavel|responsabile|dirigente|leidinggevende|verantwoordelijke|teamleider|"
                       "teamleiter|jefe de equipo|chef d'equipe|responsabile del team|lider da equipa|lider de equipe"),
         need=r"(?:speak|talk|chat|get on a call|call|meet|be contacted|hear from|connect(?:ed)?|put me through|put|"
              r"(?:be )?put (?:me |us )?in touch|in touch with|connect (?:me|us) with|"
              r"escalat\w*|transfer(?:red)?|forward(?:ed)?|bring in|loop in|involve|want|need|demand|request|"
              r"see|like|get me|contact|hablar|parler|sprechen|falar|parlare|spreken|contactar|contacter|"
              r"kontaktieren|contatar|contattare|contact opnemen|wants|wanted|wil|willen|quiero|quisiera|veux|voudrais|"
              r"solicit\w*|rogamos|pedimos|demandons|bitten|chiediamo|verzoeken|peco|pido|chiedo|je demande|"
              r"ich bitte|ik vraag|"
              r"mochte|quero|gostaria|gostava|queria|vorrei|voglio|exijo|exige|venisse presa|fosse presa|"
              r"preso in mano)\b[^.!?]{0,50}(?:manager|supervisor|"
              r"management|senior|head of|director|ceo|boss|superior|in charge|higher[- ]up|team lead|"
              r"executive|gerente|jefe|encargado|responsable|superieur|directeur|vorgesetzt|verantwortlich|"
              r"chef|responsavel|responsabile|dirigente|leidinggevende|verantwoordelijke|piu in alto|more senior|"
              r"teamleider|teamleiter|jefe de equipo|chef d'equipe|responsabile del team|lider da equipa|"
              r"lider de equipe|higher up|mas arriba|plus haut place|hoher gestellt|mais acima|hoger geplaatst|"
              # "Ik wil nu graag dat iemand van de leiding mij belt"
              r"van de leiding|der geschaftsleitung|de la direccion|de la direction|da direcao|della direzione)",
         unless=r"\b(?:their|his|her|the (?:contractor|firm|company|agency)'?s?) (?:supervisor|manager|boss) to (?:see|"
                # someone else's supervisor given access: "I'd like their supervisor to see the 'Site Security Rota'"
                r"view|access|have|get|edit|join)\b|"
                r"(?:account|success|project|product|office|it|hiring|password|community|property|"
                r"engineering|finance|billing|marketing|sales|operations|support) manager(?! (?:on|to|of) "
                r"(?:your|the) (?:support )?team)|(?:my|our) (?:manager|boss|director|ceo|supervisor|management|"
                r"team lead|head of)(?! asked me| wants me| told me| would like me)|"
                # the writer's own boss: "le mandó a nuestra directora por WhatsApp tres capturas"
                r"(?:nuestr[oa]|notre|nostr[oa]|noss[oa]|unsere[rnm]?|onze|mi|mon|ma|mio|mia|minha|meu|mein[e]?|mijn) "
                r"(?:director[a]?|directeur|directrice|direttor[ea]|diretor[a]?|direktor\w*|directeur|jefe|jefa|chef\w*|"
                r"capo|gerente|responsable|manager|teamleider|teamleiter|jefe de equipo|chef d'equipe)\b|"
                r"manager (?:role|permissions?|view|access)|as (?:a|the) manager|"
                r"senior (?:developer|engineer|designer|specialist|technical|tech)|(?:board|project) "
                r"(?:manager|director)|chef de projet|jefe de proyecto|projektleiter|capo progetto|gerente de projeto|"
                r"responsable del? proyecto|responsable du projet|responsabile (?:del )?progetto|responsavel (?:do|"
                r"pelo) projeto|projectverantwoordelijke|"
                r"(?:board|project) "
                r"(?:manager|director)|director (?:role|permissions?)|in charge of (?:our|my)|management "
                r"(?:report|reporting|meeting|dashboard|review|summary)|(?:don'?t|do not) need (?:a call or )?"
                r"(?:anyone|someone|a manager)|"
                # "vorrei segnalarvi un problema in modo responsabile": responsibly, not a person in charge
                r"\b(?:in modo|in maniera|de manera|de forma|de maneira|de facon) responsab\w*|"
                r"segnalazione responsabile|"
                r"divulgazione responsabile|divulgacion responsable",
         name="SAT2-manager"),
    # "que me llame la persona que dirige ese equipo, no otro técnico"
    rule("SAT2", words("la persona que dirige|quien dirige|la personne qui dirige|celui qui dirige|celle qui dirige|"
                       "wer das team leitet|wer dieses team leitet|die person, die das team leitet|"
                       "a pessoa que dirige|quem dirige|la persona che dirige|chi dirige|degene die het team leidt|"
                       "wie het team leidt|the person who runs|the person who leads|the person who heads|"
                       "whoever runs that team|whoever leads that team|whoever heads that team"),
         need=r"llame|llamen|hablar|call|ring|phone|speak|talk|contact|appelle|parler|anruf|sprechen|ligue|"
              r"falar|chiami|parlare|belt|bellen|spreken|no otro|not another|pas un autre|nicht noch|nao outro|"
              r"non un altro|niet weer",
         unless=r"how (?:do|can)|\?", negatable=False, name="SAT2-the-person-who-runs-it"),
    rule("SAT2", words("could a manager|can a manager|would a manager|could a supervisor|can a supervisor|"
                       "could someone senior|can someone senior"),
         need=r"get in touch|call|contact|reach out|phone|ring|email|e-mail|step in|look at",
         name="SAT2-manager-asked"),
    rule("SAT2", words("someone senior|somebody senior|someone more senior|somebody more senior|someone in charge|"
                       "manager|supervisor|management|director|boss|superior|escalate|someone above|somebody above|"
                       "anyone above|someone higher|somebody higher|someone with authority|someone who can decide|"
                       "someone who can actually|someone with the authority|somebody with the authority|"
                       "someone with more authority|whoever runs your support|whoever runs support|"
                       "the person in charge|"
                       "whoever is in charge"),
         need=r"(?:whoever runs (?:your )?support|whoever is in charge)\b[^.!?]{0,40}(?:call|ring|phone|contact|"
              r"email|get in touch)|not another agent|"
              r"(?:someone|somebody|anyone|a person) (?:more )?senior|(?:someone|somebody|anyone) (?:above|higher|"
              r"with (?:more |the )?authority|who can (?:actually )?(?:decide|make a decision))|(?:manager|supervisor|"
              r"management|director|"
              r"boss|superior|someone in charge|senior (?:person|staff|member|manager|support))[^.!?]{0,40}"
              r"(?:call|contact|speak|talk|reach out|get back|email|phone|step in|take over|look at this|"
              r"handle|get involved) (?:\w+ )?(?:me|us|this|my|our)?|escalat\w* (?:this |it |my \w+ |the \w+ )?"
              r"(?:to|with) (?:a |your |the |an? )?(?:manager|supervisor|management|director|senior|superior|"
              r"someone senior|higher)",
         unless=r"(?:account|success|project|product|office|it|hiring|password|community|property|"
                r"engineering|finance|billing|marketing|sales|operations) manager|(?:my|our) (?:\w+ )?(?:manager|boss|"
                r"director|supervisor|management)|manager (?:role|permissions?|view|access)|"
                # the supervisors are the ones the bug happens to: "for me and the 2 other supervisors, on phone"
                r"(?:me|us|i) and (?:the |my |our )?(?:\d+|two|three|four|five|other) (?:other )?(?:supervisors|"
                r"managers)\b|senior (?:on the )?(?:technical|tech) side|senior (?:engineer|developer|technician)",
         name="SAT2-senior-call"),
    rule("SAT3", words("llevo|dias esperando|days waiting|jours que j'attends|tage warte|giorni che aspetto|"
                       "dagen wacht"),
         need=r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|"
              r"deux|trois|quatre|cinq|sept|huit|neuf|dix|zwei|drei|vier|funf|sechs|sieben|acht|neun|zehn|duas|quatro|"
              r"due|tre|quattro|otto|nove|dieci|twee|drie|vijf|zes|zeven|negen|tien) (?:dias|days|jours|tage|giorni|"
              r"dagen)\b[^.!?]{0,40}(?:esperando|waiting|attend|wart|aguard|aspett|wacht)|(?:esperando|waiting|"
              r"attend|wart|aguard|aspett|wacht)\w* (?:\w+ ){0,3}(?:respuesta|answer|reply|response|reponse|antwort|"
              r"resposta|risposta|antwoord)",
         unless=r"how (?:do|can)", name="SAT3-days-waiting"),
    rule("SAT3", words("chatmedewerker|chatbot|support|your team|your staff|agent|agents|customer service|"
                       "customer care|helpdesk|"
                       "help desk|service desk|representative|you guys|atencion|soporte|service client|"
                       "kundenservice|kundendienst|atendimento|suporte|assistenza|supporto|klantenservice"),
         need=_AGENT + r"[^.!?]{0,40}" + _BAD + r"|" + _BAD + r"[^.!?]{0,25}" + _AGENT,
         unless=r"(?:support|supports|supported|supporting) (?:for|of|multiple|the|our|sso|\d)|"
                r"(?:doesn'?t|does not|don'?t|do not|no longer) support|bad (?:request|gateway)|slow (?:page|"
                r"load|board|app|site|api)", name="SAT3-bad-support"),
    # bounced between people: "the fourth time I explain it, to four different people"
    rule("SAT3", words("time i have to explain|time i've had to explain|time we have to explain|time i explain|"
                       "vez que tengo que explicar|vez que lo explico|fois que je dois expliquer|fois que j'explique|"
                       "mal, dass ich|mal dass ich|vez que tenho que explicar|volta che devo spiegare|"
                       "keer dat ik moet uitleggen|different people|personas distintas|personas diferentes|"
                       "personnes differentes|verschiedenen personen|verschiedene personen|pessoas diferentes|"
                       "persone diverse|verschillende mensen|"
                       # "dreimal im Chat erklärt, jedes Mal jemand anderem"
                       "jedes mal jemand anderem|jedes mal jemand anderes|jedes mal einem anderen|"
                       "someone different each time|someone new each time|a different person each time|"
                       "different person every time|cada vez a alguien distinto|cada vez alguien diferente|"
                       "chaque fois quelqu'un d'autre|chaque fois a une autre personne|ogni volta una persona diversa|"
                       "cada vez uma pessoa diferente|elke keer iemand anders"),
         need=r"explain|explic|expliqu|erklar|spieg|uitleg|from scratch|desde cero|depuis le debut|von vorne|"
              r"do zero|da capo|opnieuw|(?:your|vosso|vuestro|su|votre|eurem|ihrem|vostro|jullie) (?:\w+ )?(?:support|"
              r"apoio|soporte|suporte|assistenza|supporto|klantenservice|service|equipo|equipe|team|helpdesk)",
         unless=r"how (?:do|can)|\?", name="SAT3-bounced"),
    # someone with the power to decide, above whoever handled it so far
    rule("SAT2", words("capacidad de decision|pouvoir de decision|entscheidungsbefugnis|poder de decisao|"
                       "potere decisionale|beslissingsbevoegdheid|por encima de quien|au-dessus de la personne|"
                       "someone with authority|someone who can decide|decision-making power|someone above"),
         need=r"llame|llamen|call|contact|hable|speak|talk|appel|rappel|anruf|ruf|ligue|ligar|chiami|chiamare|bel|"
              r"zuruckgerufen|zuruckrufen|ruckruf|"
              r"escalat|escal",
         unless=r"how (?:do|can)", name="SAT2-someone-who-decides"),
    rule("SAT3", words("waited|waiting|wait$|been waiting"),
         need=r"(?:waited|waiting|wait|been waiting) (?:\w+ ){0,4}(?:for|on) (?:a |an |any |your )?(?:reply|"
              r"response|answer|callback|call back|update|someone to (?:reply|respond|answer|get back))|"
              r"(?:waited|waiting) (?:\w+ ){0,3}(?:\d+|two|three|four|five|six|seven|several|many) (?:hours|days|"
              r"weeks)[^.!?]{0,40}(?:reply|response|answer)",
         unless=r"(?:waiting|wait) for (?:a |the )?(?:reply|response) from (?:the |your )?(?:api|server|endpoint)",
         name="SAT3-waited"),
    rule("SAT3", words("non risponde|no responde|no contesta|ne repond pas|ne repond plus|antwortet nicht|"
                       "nao responde|nao respondem|reageert niet|nie odpowiada|svarar inte|risposta automatica|"
                       "respuesta automatica|reponse automatique|automatische antwort|resposta automatica|"
                       "only the auto-reply|only an auto-reply|only the automatic reply|only an automatic reply|"
                       "just the auto-reply|just an auto-reply|nothing but the auto-reply|only the automated reply|"
                       "automatisch antwoord|"
                       # "nous sommes jeudi et personne ne m'a répondu, même pas un accusé de réception"
                       "ne m'a repondu|ne nous a repondu|nadie me ha respondido|nadie nos ha respondido|"
                       "niemand hat geantwortet|niemand hat mir geantwortet|niemand hat uns geantwortet|"
                       "ninguem me respondeu|ninguem nos respondeu|nessuno mi ha risposto|nessuno ci ha risposto|"
                       "niemand heeft gereageerd|niemand heeft geantwoord|nobody has replied|no one has replied|"
                       "nobody replied|no one replied"),
         need=r"support|soporte|assistenza|supporto|service client|kundenservice|kundendienst|atendimento|"
              r"suporte|klantenservice|vostro|vuestro|votre|ihr\b|seu\b|jullie|nessuno|nadie|personne|niemand|"
              r"ninguem|nikt|ingen|equipo|equipe|team|inutil|inutile|nutzlos|auto-?reply|automat\w* reply",
         # an auto-reply is a complaint only when nothing else came: "rien depuis votre reponse automatique"
         also=r"\b(?:seulement|que|only|just|solo|sol[oa]mente|nur|apenas|alleen|toujours|still|rien|aucune?|nada|"
              r"nichts|niente|nulla|niets|keine?|nessun[oa]?|ningun[oa]?|nenhum[oa]?|sans|sin|ohne|sem|senza|zonder|"
              r"jamais|nunca|nie|mai|nooit|never|nothing|no|depuis|desde|seit|sinds|since|dal|dalla|ma|mas|aber|"
              r"but|pero|mais|maar|immer noch|ancora|nog steeds|ainda|todavia|encore|meme pas|not even|"
              r"ni siquiera|nicht einmal|nem sequer|neanche|nemmeno|niet eens|personne|nadie|niemand|ninguem|nessuno|"
              r"nobody|no one)\b",
         unless=r"\bapi\b|servidor|serveur|server|endpoint|pagina|page|seite|app\b",
         # "je n'ai toujours aucune nouvelle depuis votre reponse automatique": the "no" is the complaint
         negatable=False, name="SAT3-unanswered"),
    # "tardan mas de un dia en contestar", "me responde alguien diferente con el mismo articulo de ayuda"
    rule("SAT3", words("tardan mas de un dia en contestar|tardan dias en contestar|tardan mas de un dia en responder|"
                       "mettent plus d'un jour a repondre|mettez plus d'un jour a repondre|"
                       "mettent des jours a repondre|"
                       "demoram mais de um dia a responder|demoram dias a responder|ci mettono piu di un giorno a "
                       "rispondere|ci mettete giorni a rispondere|take more than a day to reply|take days to reply|"
                       "take days to answer|takes days to answer|el mismo articulo de ayuda|le meme article d'aide|"
                       "den gleichen hilfeartikel|denselben hilfeartikel|o mesmo artigo de ajuda|lo stesso articolo "
                       "di aiuto|hetzelfde hulpartikel|the same help article|the same help-center article"),
         unless=r"how (?:do|can)|\?", negatable=False, name="SAT3-slow-canned-replies"),
    # "ate agora ninguem de voces deu sinal de vida"
    rule("SAT3", words("deu sinal de vida|dio senales de vida|dado senales de vida|donne signe de vie|lebenszeichen|"
                       "dato segni di vita|teken van leven|sign of life"),
         need=r"ninguem|nadie|personne|kein|nessuno|geen|nobody|no one|not a|nem um|ni un|aucun",
         unless=r"how (?:do|can)|\?", negatable=False, name="SAT3-no-sign-of-life"),
    # "trois jours sans une reponse humaine": only machines have answered
    rule("SAT3", words("sans une reponse humaine|sans reponse humaine|sans aucune reponse humaine|"
                       "sin una respuesta humana|sin respuesta humana|ohne menschliche antwort|"
                       "ohne eine menschliche antwort|sem resposta humana|sem uma resposta humana|"
                       "senza una risposta umana|senza risposta umana|zonder menselijk antwoord|"
                       "without a human reply|without a human response|without a human answer|no human reply|"
                       "no human response|not a single human|nicht ein mensch|pas un seul humain|ni un solo humano"),
         unless=r"how (?:do|can)|chat ?bot (?:is|was) (?:fine|great|good)", negatable=False,
         name="SAT3-no-human-reply"),
    rule("SAT3", words("dismissive|condescending|rude|unhelpful|unprofessional|incompetent|useless|pathetic|"
                       "unacceptable|appalling|disgraceful|shameful|really poor|very poor|so poor|terrible|awful|"
                       "horrible|worst experience|worst support|worst service|"
                       "pesima|pesimo|lamentable|deplorable|inadmissible|miserabel|unverschamt|"
                       "pessima|pessimo|vergognos|waardeloos|belachelijk|not a way to treat|no way to treat|"
                       "not how you treat|no es manera de tratar|no es forma de tratar|pas une facon de traiter|"
                       "pas une maniere de traiter|keine art, kunden|keine art kunden|nao e maneira de tratar|"
                       "nao e forma de tratar|non e il modo di trattare|geen manier om klanten"),
         doc_need=_AGENT + r"|closed (?:the|my|our) (?:chat|ticket|case|conversation)|didn'?t (?:even )?read|"
                  r"experience|esperienza|experiencia|erfahrung|ervaring|experiencia",
         unless=r"(?:app|product|feature|ui|design|performance|update|release|editor|interface|export|"
                r"integration|sync|page|load)s? (?:is|are|was|were|has been) (?:\w+ )?(?:terrible|awful|horrible|"
                r"useless|pathetic|poor)|(?:terrible|awful|horrible|useless|poor) (?:ui|design|performance|app|"
                r"product|feature|update|release|editor|interface|export|integration|sync)",
         name="SAT3-bad-words"),
    # "una risposta copia-incolla che non c'entra nulla"; not the customer's own "on fait des copier-coller"
    rule("SAT3", words("copia-incolla|copia e incolla|copiar y pegar|copier-coller|copiar e colar|knip-en-plak"),
         need=r"rispost|respuesta|reponse|resposta|antwort|antwoord|\brepond|\brespond|risponde",
         unless=r"how (?:do|can)|(?:on|nous|je|wir|ich|we|ik|noi|io|nosotros|yo|nos|eu) (?:\w+ ){0,3}(?:fait|fais|"
                r"hacemos|hago|machen|mache|doen|doe|facciamo|faccio|fazemos|faco)\b", name="SAT3-pasted-answer"),
    rule("SAT3", words("without reading|without even reading|didn't read|did not read|not reading|doesn't read|"
                       "hasn't read|has not read|haven't read|have not read|hadn't read|help article|pasted an article|"
                       "pasted a link|pasting a link|pasting links|pasted the same|copy-pasted|sent me a link to|"
                       # "on me répond avec un lien vers la FAQ sans avoir lu mon message"
                       "sans avoir lu|sans lire|sin leer|sin haber leido|ohne zu lesen|ohne gelesen|sem ler|"
                       "sem ter lido|senza leggere|senza aver letto|zonder te lezen|zonder gelezen"),
         need=r"(?:what|the question|my question|my message|my ticket|my email|our question|what i|what we) (?:\w+ )?"
              r"(?:asked|wrote|said|sent|question|message|ticket|email)?|read (?:that|the|this) article|"
              r"same (?:article|link|answer)|in a row|again|(?:third|second|fourth) (?:reply|time|answer)|"
              r"\b(?:mon message|ma question|mon mail|mi mensaje|mi pregunta|mi correo|meine (?:nachricht|frage|mail)|"
              r"minha mensagem|minha pergunta|il mio messaggio|la mia domanda|mijn (?:bericht|vraag|mail)|faq)\b",
         unless=r"(?:api|server|endpoint|webhook|integration)", name="SAT3-not-read"),
    rule("TEC3", words("returns nothing|returned nothing|returns no results|returns no tasks|shows nothing|"
                       "comes back empty|came back empty|filter is empty|filter empty|view is empty|"
                       "no devuelve nada|ne renvoie rien|liefert nichts|nao retorna nada|non restituisce nulla|"
                       "geeft niets"),
         need=r"filter|view|search|report|vista|vue|filtro|filtre|ansicht|suche|weergave|zoek",
         unless=r"how (?:do|can)|\?", guard="hypo", negatable=False, name="TEC3-saved-filter-empty"),
    rule("TEC3", words("no bell|never find out|never get notified|don't get notified|do not get notified|"
                       "aren't notified|are not notified|not being notified|get no notification|no notification|"
                       "notifications never arrive|notifications don't arrive|notifications stopped"),
         need=r"mention|@|comment|assign|notif|bell|e-?mail|even though|settings|anyone|nobody|team",
         unless=r"how (?:do|can)|\?|(?:turn|switch)(?:ed)? off|(?:i|we) (?:disabled|muted)|(?:want|like) (?:no|to "
                r"stop)", guard="hypo", negatable=False, name="TEC3-notifications-never-arrive"),
    rule("SAT3", words("4th person|third person|fourth person|fifth person|nobody actually reads|nobody reads|"
                       "no one reads|nobody listens|no one listens|closed without an answer|closed without answer|"
                       "closed without a reply|closed the ticket without|anybody actually reading|"
                       "anyone actually reading|"
                       "about something else entirely|nadie lee|personne ne lit|niemand liest|"
                       "ninguem le|nessuno legge|niemand leest"),
         # "aqui nadie lee el correo": nobody reads e-mail at the salon, not our support
         unless=r"how (?:do|can)|nadie lee (?:el|los|su|sus) (?:correos?|e-?mails?|mensajes)|nobody (?:here )?reads "
                r"(?:their |the )?e-?mails?|personne ne lit (?:ses|les|leurs) (?:mails|e-mails|courriels)",
         name="SAT3-not-listened-to"),
    rule("SAT3", words("different person|different agent|different people|different rep|different staff|"
                       "different medewerker|verschillende medewerkers|diferentes agentes|personas diferentes|"
                       "agente diferente|agent different|anderer mitarbeiter|atendente diferente|agente diverso|"
                       "andere medewerker|"
                       "agents differents|personnes differentes|verschiedene mitarbeiter|andere mitarbeiter|"
                       "atendentes diferentes|pessoas diferentes|agenti diversi|persone diverse|bounced between|"
                       "bounced around|passed around|passed from one|ping-ponged|rimbalzat|van het kastje|"
                       "d'un agent a l'autre|d'une personne a l'autre|de un agente a otro|de una persona a otra|"
                       "von einem mitarbeiter zum|von einem agenten zum|de um atendente para outro|"
                       "de um agente para outro|"
                       "da un agente all'altro|da un operatore all'altro|van de ene medewerker naar"),
         need=r"each time|every time|(?:two|three|four|five|\d+) (?:different|times)|again|from scratch|start over|"
              r"cada vez|chaque fois|jedes mal|toda vez|ogni volta|elke keer|drie keer|twee keer|vier keer|"
              r"trois fois|tres veces|dreimal|tres vezes|tre volte|between|around|from one|rimbalzat|kastje|"
              r"a l'autre|a otro|a otra|zum (?:anderen|nachsten)|para outro|all'altro|naar de (?:andere|volgende)",
         also=r"repl|answer|respon|agent|support|ask(?:s|ed)? me|explain|ticket|medewerker|agente|atendente|"
              r"mitarbeiter|reponse|respuesta|spoke|talked|gesproken|bounced|passed|ping|kastje|rimbalz|renvoy|"
              r"pasaron|mandaron|weitergereicht|passaram|passato|doorgestuurd",
         unless=r"(?:api|server|endpoint|webhook|integration)|how (?:do|can)|\?", name="SAT3-bounced"),
    rule("SAT3", words("explained this|explained it|explained my|repeated myself|repeating myself|had to explain|"
                       "have to explain|having to explain|told you this|told you guys|said this|written this|"
                       "explain everything again|explain it all again|explain everything from scratch"),
         need=r"(?:\d+|two|three|four|five|six|several|many|multiple|countless|numerous) times|again and again|"
              r"over and over|every (?:single )?time|each time|(?:third|fourth|fifth|sixth|umpteenth|nth) time|"
              r"already|again|from scratch",
         unless=r"(?:api|server|endpoint|webhook|integration)|said this (?:morning|afternoon|evening|week|month)\b",
         name="SAT3-repeating"),
    # "É a quarta vez que escrevo ... alguém diferente pede-me para explicar tudo outra vez"
    rule("SAT3", words("quarta vez que|cuarta vez que|tercera vez que|terceira vez que|quinta vez que|"
                       "quatrieme fois que|troisieme fois que|vierte mal|dritte mal|quarta volta che|terza volta che|"
                       "vierde keer dat|"
                       "derde keer dat|explicar tudo outra vez|explicar todo otra vez|explicar todo de nuevo|"
                       "tout reexpliquer|tout expliquer a nouveau|alles noch mal erklaren|alles nochmal erklaren|"
                       "spiegare tutto di nuovo|alles opnieuw uitleggen"),
         # asking for the same thing again, not only writing again about a fault
         need=r"\bpeco\b|\bpido\b|pedir|demande|bitte|chied|vraag|explic|expliqu|erklar|spieg|uitleg|outra vez|"
              r"otra vez|de nuevo|a nouveau|noch ?mal|di nuovo|opnieuw",
         unless=r"(?:api|server|endpoint|webhook|integration)|\?", name="SAT3-asked-again-ml"),
    rule("SAT3", words("nobody has|no one has|noone has|nobody's|no one's|nobody ever|no one ever|nobody even|"
                       "no one even|fourth email|third email|fifth email|second email|fourth time|third time|"
                       "fifth time|fourth message|third message|umpteenth"),
         need=r"(?:answered|replied|responded|gotten back|got back|helped|called|contacted|reacted|looked|read|"
              r"bothered|acknowledged|said sorry|apologi[sz]ed)|(?:come|came) back to (?:me|us)|(?:email|message|time|"
              r"ticket|request)\b[^.!?]{0,60}(?:nobody|no one|no "
              r"(?:reply|response|answer)|still|again|ignored|without)",
         unless=r"(?:api|server|endpoint|webhook|integration)", name="SAT3-unanswered-en"),
    rule("SAT3", words("no response|no reply|no answer|"
                       "no one got back|nobody got back|nobody actually read|nobody read what i wrote|"
                       "no one read what i wrote|didn't read what i wrote|closed my conversation|"
                       "closed the conversation while|"
                       "three different answers|two different answers|three people, three|me passaram pra outro|"
                       "me passaram para outro|"
                       "pediu tudo de novo|"
                       "me pasaron a otro|me pidio todo de nuevo|de brincadeira|got nothing back|"
                       "nadie me ha contestado|"
                       "nadie nos ha contestado|nadie ha contestado|nadie me ha respondido|nadie nos ha respondido|"
                       "heard nothing back|"
                       "not even an auto reply|"
                       "not even an auto-reply|not even an automatic reply|no one has gotten back|haven't heard back|"
                       "have not heard back|haven't had a response|haven't received a response|"
                       "haven't received a reply|haven't gotten a response|never got a response|"
                       "never received a response|never heard back|still waiting for a response|"
                       "still waiting for a reply|still waiting for an answer|still no response|still no reply|"
                       "still no answer|without a response|without a reply|without any response|"
                       "without any reply|ghosted|being ignored|been ignored|ignoring us|ignoring me|"
                       "ignored us|ignored me|ignored my|ignored our|bounced|bouncing|"
                       "transferred|passed around|runaround|run-around|canned|copy-paste|copy paste|standaardantwoord|"
                       "respuesta estandar|reponse standard|standardantwort|resposta padrao|risposta standard|"
                       "terugbelafspraak niet|callback was not|call-back was not|promised call back never|"
                       "copy-pasted|generic response|generic answer|same answer|closed my ticket|"
                       "closed our ticket|closed the ticket|closed the chat|closed my chat|closed the case|"
                       "didn't even read|did not even read|didn't read my|marked as resolved|"
                       "sin respuesta|nadie me responde|nadie responde|nadie nos responde|"
                       "aucune reponse|personne ne repond|personne ne me repond|sans reponse|keine antwort|"
                       "niemand antwortet|niemand meldet sich|sem resposta|ninguem responde|ninguem me responde|"
                       "nessuna risposta|nessuno risponde|nessuno mi risponde|geen reactie|geen antwoord|"
                       "niemand reageert|reagiert niemand|niemand reagiert|keine reaktion|nadie reacciona|"
                       "personne ne reagit|ninguem reage|nessuno reagisce|nessuna reazione|geen reactie"),
         unless=r"(?:from|by) (?:the |your |our |my )?(?:api|server|endpoint|app|page|webhook|integration|database|"
                r"site)|(?:api|server|endpoint|app|page|webhook|site)s? (?:\w+ )?(?:gives?|returns?|is) no "
                r"response|ignored (?:by|in) (?:the )?(?:filter|sync|import|export|search)|(?:files?|rows?|"
                r"fields?|columns?|settings?|emails?) (?:are|were|is|was|get|gets) (?:being )?ignored|"
                r"bounced (?:emails?|back)|emails? (?:\w+ )?bounc|(?:payment|card|charge|cheque|check|"
                r"debit)s? (?:\w+ ){0,3}bounc|(?:stored|copied|moved) and transferred|transferred "
                r"(?:outside|abroad|overseas)|transferred (?:the |our |my )?(?:ownership|"
                r"project|board|tasks?|files?|data|account|workspace|contract|subscription)|"
                r"marked as resolved (?:in|on) (?:the )?(?:board|task)|"
                r"(?:set up|create|configure|make|add|instellen|aanmaken|crear|configurar|creer|einrichten|erstellen|"
                r"criar|impostare|creare) (?:a |an |een |una |un |une |eine |um |uma )?(?:canned|standaard|standard|"
                r"estandar|padrao)\w*|(?:standaard|standard)\w* (?:\w+ ){0,2}(?:instellen|aanmaken|einrichten|"
                r"erstellen)|"
                # waiting on the fix, not on the people: "still happening, no reply with a fix yet"
                r"no (?:reply|answer|response) (?:yet )?(?:with|about) (?:a |the )?(?:fix|solution|workaround|patch)|"
                # records handed over, not a caller bounced: "patient records have been transferred to a practice"
                r"(?:records|files|data|patients|accounts?|documents|ownership|licen[cs]es?) (?:have been|has been|"
                r"were|"
                r"was|are being) transferred|"
                # cards that spring back: "Kanban cards bouncing back!!"
                r"(?:cards?|tasks?|items?|columns?) (?:\w+ )?bounc\w* back|bounc\w* back to|"
                # an accounts-payable system that rejects an invoice: "Our AP system bounced it without one"
                r"(?:\bap|accounts payable|erp|accounting|finance) (?:\w+ )?(?:system|software|team|tool) bounced|"
                r"(?:e-?mail|mail) provider\b[^.!?]{0,60}\b(?:outage|down|bounced)|not you!|"
                # a call to a machine: "chaque appel à l'API reste sans réponse une trentaine de secondes"
                r"\b(?:api|serveur|server|servidor|endpoint|webhook)s?\b[^.!?]{0,20}(?:sans reponse|sin respuesta|"
                r"sem resposta|senza risposta|ohne antwort|zonder antwoord|unanswered)|(?:sans reponse|sin respuesta|"
                r"sem resposta|senza risposta|ohne antwort|zonder antwoord|unanswered)[^.!?]{0,40}(?:secondes|seconds|"
                r"segundos|secondi|sekunden|seconden|timeout|time-?out|expiration du delai|expirar|scadenza del)",
         name="SAT3-ignored"),
    # "emailed support 5 times ... nothing back": count of our messages, then silence
    # ("no replies", "no answers" are woken by the "no reply", "no answer" anchors of SAT3-ignored)
    rule("SAT3", words("nothing back|0 replies|zero replies|0 answers|zero answers|not one reply|not a single reply|"
                       "0 responses|zero responses"),
         doc_need=r"(?:emailed|e-mailed|wrote|written|messaged|contacted|called|rang|pinged|chased|asked|tried) "
                  r"(?:\w+ ){0,4}(?:\d+|two|three|four|five|six|several|many|multiple) times|\b(?:\d+|two|three|four|"
                  r"five|six|several|many|multiple) (?:e-?mails|messages|tickets|mails|calls|chats)|(?:emailed|"
                  r"wrote to|"
                  r"messaged|contacted|pinged) (?:your |the )?(?:support|team|helpdesk)",
         unless=r"(?:api|server|endpoint|webhook|integration|export|search|query|filter)|how (?:do|can)",
         name="SAT3-nothing-back"),
    # "nobody replied" counts when it is our own messages to support that went unanswered
    rule("SAT3", words("nobody replied|no one replied|nobody has replied|no one has replied|nobody answered|"
                       "no one answered|nobody responded|no one responded|nobody has responded|no one has responded|"
                       "nadie respondio|nadie contesto|nadie me respondio|personne n'a repondu|niemand hat geantwortet|"
                       "ninguem respondeu|nessuno ha risposto|niemand heeft geantwoord|niemand reageerde"),
         unless=r"(?:replied|answered|responded) to (?:the|a|an|our|my) (?:\w+ )?(?:survey|poll|invitation|invite|"
                r"newsletter|post|announcement|ad|advert|offer|questionnaire)|(?:our|my) own (?:clients|customers|"
                r"members|candidates|users)",
         name="SAT3-unanswered"),
    rule("SAT4", words("twitter|tweet|tweeted|tweeting|x.com|on x$|linkedin|reddit|facebook|instagram|tiktok|youtube|"
                       "trustpilot|g2$|g2.com|capterra|glassdoor|yelp|product hunt|hacker news|social media|"
                       "review site|review sites|public review|publicly|go public|going public|viral|"
                       "my followers|redes sociales|reseaux sociaux|sozialen medien|soziale medien|"
                       "redes sociais|social network|reddit thread|twitter thread|upvotes|subreddit|"
                       "front page of the sub|r/|your official account|google review|google reviews|review about your|"
                       "followers who|k followers|"
                       "putting up a review|leave a review|leaving a review|one-star review|1-star review|"
                       "review on google|review on facebook|review on trustpilot|review on yelp|one star|1 star|"
                       "one-star|1-star|"
                       # "ik heb gisteren op Google een review van 1 ster gezet"
                       "review van 1 ster|review van een ster|1 ster|een ster|1 stern|einen stern|1 estrella|"
                       "una estrella|1 etoile|une etoile|1 estrela|uma estrela|1 stella|una stella|"
                       # "Und bei Google schreib ich dann auch mal rein, was ich davon halte"
                       "bei google schreib|bei google eine bewertung|auf google schreib|op google zet|"
                       # "en X hay un hilo de otros usuarios quejándose"; "ya hay quejas públicas"
                       "en x$|sur x$|auf x$|su x$|no x$|op x$|quejas publicas|queixas publicas|plaintes publiques|tuit|"
                       "portal da queixa|"
                       "offentliche beschwerden|lamentele pubbliche|publieke klachten"),
         need=r"post|posted|posting|tweet|review|thread|wrote|write|writing|publish|share|sharing|shared|"
              r"comment|mention|complain|viral|followers|public|trending|blog|going to|(?:go|goes|going|"
              r"gone) (?:up )?on\b|\bwill\b|saw|seen|hear (?:exactly )?(?:how|about)|"
              r"screenshot|tagged|tagging|\bdm\b|reply|respond|rant|warn (?:others|people)|1[- ]star|one[- ]star|"
              r"\bscam\b|asking (?:if|whether) (?:teamflow|you)\b|"
              r"(?:putting|put|sticking|stick) (?:this|it|that|all of this|the whole (?:thing|story)) (?:up )?on\b|"
              r"(?:other|\w+) (?:\w+ )?(?:owners|customers|people|businesses) (?:should|need to|deserve to) know|"
              r"negative|bad review|publicar|publier|veroffentlich|pubblicar|posten|delen|compartir|partager|retuits|"
              # "Als ik morgen niks hoor zet ik het in de Facebookgroep"
              r"zet (?:ik )?(?:het|dit|alles) (?:in|op|online)|zet ik het|"
              r"teilen|compartilhar|condividere|resena|avis\b|bewertung|avaliacao|recensione|recensie|escribo|"
              # "Ik heb op Reddit een draadje geopend ... meer dan 60 reacties"
              r"draadje|\bdraad\b|reacties|\bhilo\b|fil de discussion|\bbeitrag\b|discussione|\btopico\b|"
              r"escribire|escrevo|vou escrever|vou expor|"
              r"lo cuento|j'ecris|je publie|ich schreibe|vou publicar|scrivo|ik schrijf|vou contar|vou partilhar|"
              r"schreib(?:e)? ich|schrijf ik|was ich davon halte|wat ik ervan vind|ce que j'en pense|lo que pienso|"
              r"vou postar|voy a contar|je vais raconter|marcando|tagging|etiquetad\w*|\bya hay\b|\bil y a deja\b|"
              r"\bja ha\b|"
              # "vou reclamar no Reclame Aqui e no LinkedIn"
              r"vou reclamar|voy a (?:quejarme|reclamar)|je vais me plaindre|ich werde mich (?:\w+ )?beschweren|"
              r"vado a lamentarmi|reclame ?aqui",
         unless=r"follow us on|connect with (?:me|us) on|find us on|linkedin\.com/in/|"
                r"(?:never|not) (?:been )?(?:shared|posted|made|published) (?:\w+ )?publicly|"
                r"(?:saw|seen|read|liked|loved) (?:your|the|teamflow'?s?) (?:\w+ )?(?:post|announcement|update|video)"
                r"(?![^.!?]*(?:complain|angry|terrible|awful|scam|worst|\bbad\b|negative))|"
                # a thread that praises the product, with no complaint in the sentence
                r"^(?![^.!?]*(?:hostage|piling|never|complain|angry|terrible|awful|scam|worst|\bbad\b|negative|"
                r"critici|slam|rant|warn|avoid|hate))[^.!?]*(?:recommending (?:teamflow|you)|praising|shout-?out|"
                r"(?:good|great|glowing|positive|5-star|five-star) (?:review|thread|post|things))|"
                r"link (?:our|the|a) google reviews?|"
                r"google reviews? (?:page|widget|integration)|(?:share|post)\w* (?:a |"
                r"this |the |our )?(?:task|board|project|update)s? (?:to|on|in|with) (?:slack|linkedin|teams)|"
                r"integration|sign in with|login with|log in with|(?:do|does) (?:you|teamflow) have|publicly "
                r"(?:available|shared|accessible|listed|visible)|public (?:link|board|page|api|holiday)",
         guard="none", negatable=False, name="SAT4-social"),
    *FEATURE_REQUESTS,
)
