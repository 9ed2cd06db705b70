"""Rules of Security & Data Incidents that read unauthorised access and breaches (SEC1).

Strangers, former members, guests and other tenants seeing, signing in to or taking customer data;
leaks and misdelivered records. Informational questions, hypotheticals and invitations keep them
precise. Data that went to the wrong people, former members and other tenants' records are read in
patterns_access_elsewhere.
"""

from __future__ import annotations

from .lexicon import (
    AVOID_INCIDENTS,
    CANT,
    DATA_NOUN,
    HACK_NICKNAME,
    JOB_TITLE,
    JOKING,
    JUST_PASTE,
    NEWS_ABOUT_OTHERS,
    NOT_ABOUT_TEAMFLOW,
    NOTHING_ODD,
    OTHER_SERVICE_HACKED,
    PHYSICAL_BREAK_IN,
    RETRACTED,
    Rule,
    rule,
    words,
)
from .patterns_access_continued import ACCESS_CONTINUED

#: "exposed" as a feature wish: "the limit exposed in the API so our dashboard can read it".
_EXPOSED_AS_FEATURE = (r"\bexposed (?:in|via|through|by|on|to) (?:the |our |your |an? )?(?:public |rest |v\d )?(?:api|"
                       r"endpoint|ui|interface|dashboard|settings|webhooks?|sdk|graphql|export)\b(?![^.!?]*(?:anyone|"
                       r"without|other (?:customers|workspaces|tenants)))")

ACCESS: tuple[Rule, ...] = (
    # SEC1: breach, hacking, unauthorised access
    rule("SEC1", words("breach$|breaches$|breached|data breach|security breach|brecha|violacion de datos|"
                       "violacion de seguridad|"
                       "violation de donnees|violation de securite|datenpanne|datenleck|datenschutzverletzung|"
                       "violacao de dados|vazamento|violazione dei dati|datalek|security incident|"
                       "incidente de seguridad|incident de securite|sicherheitsvorfall|incidente de seguranca|"
                       "incidente di sicurezza|beveiligingsincident"),
         unless=r"service[- ]level breach|sla breach|breach of (?:the |our )?sla|what we call|tag(?:ged)? '|"
                # a title: "an original musical called DATA BREACH", "DATA BREACH (the musical!)"
                r"(?:musical|play|show|comedy|drama|opera|sketch|novel|book|film|movie|song|podcast|game|course|talk|"
                r"workshop)\b(?:[^.!?]{0,20}(?:called|named|titled)| \W?data breach\b)|\(the (?:musical|play|show|"
                r"movie|film|book|game)\W*\)|condition breaches|breach(?:es)? of (?:contract|policy|conditions|"
                r"warranty)|"
                r"\bsla\b|service level|breach[- ]of[- ](?:the |our |your )?(?:contract|agreement|terms|sla|warranty)|"
                r"(?:write up|writes up|log|logs|record|records|document|documents) (?:\w+ ){0,4}(?:incidents?|"
                r"breach\w*)|after the fact|post-?mortems?|"
                r"contract breach|uptime|response time|(?:gdpr|hipaa|compliance) breach|commitment|objective|"
                r"\brto\b|\brpo\b|recovery time|guarantee|obligation|promise|closed on|last (?:month|week|year)|"
                r"confirmed nothing|nothing was (?:accessed|taken|exposed)|after the (?:security )?incident|"
                r"seal breach|(?:levee|dam|dike|dyke|water main|pipe|seawall|embankment|hull|containment) breach|"
                r"breach (?:of|in) the (?:levee|dam|dike|wall|hull)|in breach of (?:the |our |its |"
                r"your )?(?:\w+ ){0,3}(?:principle|agreement|contract|terms|obligation|duty|regulation|law|gdpr|dpa)|"
                r"breach(?:ed)? (?:of )?(?:the )?"
                r"seal|tamper|(?:log|logs|track|tracks|record|records) (?:a |an |the )?'?(?:seal )?breach'? task|"
                r"breach (?:response|notification|management|readiness|preparedness) (?:plan|template|process|"
                r"procedure|policy|playbook|checklist|drill|timeline|timeframe|window|period|clause|terms|sla|project|"
                r"board|workspace|obligations?|commitments?|deadlines?)s?|"
                # a training company's calendar: "our 'Phishing & Data Breach Awareness Month'", "Breach Drill"
                r"awareness (?:month|week|day|training|campaign)|breach drill|\bdrill\b|simulated (?:breach|attack|"
                r"phishing)|"
                # an uptime commitment missed: "Please confirm the breach and apply the service credits"
                r"service credits?|\bmsa\b|"
                # a vendor review's list: "your contractual breach notification timeline (we need 72h or less)"
                r"(?:contractual|your|teamflow'?s?) breach notification|"
                r"(?:security|vendor|risk) questionnaire|vendor (?:risk|security) (?:review|assessment)|"
                # "our cyber insurance renewal form has a question: 'If your ... vendor suffered a data breach'"
                r"insurance (?:\w+ ){0,2}(?:form|questionnaire|application)|(?:form|questionnaire) has a question|"
                # "Tivemos um vazamento no teto do deposito": a leaking roof
                r"\b(?:teto|telhado|cano|roof|ceiling|techo|tejado|tuberia|plafond|toit|dach|soffitto|tetto|"
                r"tubatura|waterleiding)\b|water (?:leak|damage)|fuite d'eau|fuga de agua|wasserschaden|"
                r"perdita d'acqua|vazamento de agua|infiltra|"
                # a feature for overdue tasks: "Bonus points if the breached ones could go into their own column"
                r"\bif (?:the )?breached\b|(?:the )?breached (?:ones|tasks|tickets|items|cards)\b|"
                r"(?:sla|deadline|due date)s?\b[^.!?]{0,30}\bbreach|about to breach (?:it|the sla|its sla)|"
                # a team's nickname: "our team literally calls itself the Breach Response Crew"
                r"breach response (?:crew|team|squad)|" + HACK_NICKNAME + "|"
                # another vendor's leak: "Vazamento em outra ferramenta - dúvida"
                r"(?:noutra|noutro|(?:em|en|in|at|dans|bei) (?:outra|outro|otra|otro|un autre|une autre|another|einem "
                r"anderen|einer anderen|un altro|un'altra|een andere|een ander)) "
                r"(?:[\w-]+ |\w+-)?(?:ferramenta|herramienta|outil|tool|app|strumento|plataforma|vendor|anbieter|"
                r"software|programa|logiciel|programm|programma)|"
                # a budget line: "we are about to breach our line for collaboration tools"
                r"breach (?:our|the|my|their) (?:\w+ )?(?:budget|line|limit|cap|threshold|ceiling|quota|target)\b|"
                + JOB_TITLE + r"|"
                # a vendor questionnaire: "The questionnaire also asks what your process is if a data breach ever
                # happens"
                r"(?:form|questionnaire|survey|checklist|assessment) (?:\w+ )?(?:asks|wants to know|has a question)|"
                # a break-in on a building site: "a site security breach ... (fence cut, two generators ... taken)"
                + PHYSICAL_BREAK_IN + r"|"
                # how to report one, asked for a runbook: "which address do we use to report a suspected security
                # incident to TeamFlow ... ?"
                r"\breport (?:a |an )?(?:suspected |possible |potential )?(?:security incident|data breach|breach)s?\b"
                r"(?=[^.!?]*\?)|"
                r"\bif (?:a |any |there is a |there'?s a )?(?:data |security )?breach (?:\w+ )?(?:ever )?(?:happens|"
                r"occurs|happened|occurred)|"
                + NEWS_ABOUT_OTHERS + r"|" + AVOID_INCIDENTS + r"|" + NOT_ABOUT_TEAMFLOW + r"|"
                # "After the breach at our old appointment-reminder company": another vendor's
                r"breach (?:at|with|of) (?:our|a|the) (?:old|former|previous|ex-?)\b|"
                # a title: "a heist thriller (working title BREACH ...)"
                r"\b(?:working title|titled|title|called|named|codename|code name)\W{0,2} ?\W?(?:data |"
                r"security )?breach\b|"
                # a game's theme: "a 'Data Breach' cyber-heist escape room weekend"
                r"escape room|cyber-heist|board ?games?\b|"
                # a product's name: "our Data Breach IPA"
                r"\bbreach\W? (?:ipa|ale|lager|stout|beer|porter|pils|cocktail|wine|burger|band|podcast|board game)\b|"
                # a template's checklist: 'een projectsjabloon met checklists als "datalek melden binnen 72 uur"'
                r"\b(?:checklists?|sjabloon|template|vorlage|plantilla|modele|modello|modelo)\b[^.!?]{0,60}\b(?:als|like|"
                r"such as|comme|como|wie|come)\b",
         name="SEC1-breach"),
    rule("SEC1", words("hacked|hacker|hackers|hacking|hack$|got hacked|hackeado|hackeada|hackearon|hackeo|pirate|"
                       "piratage|pirateo|gehackt|hackerato|hackerata|invadida|invadido|invadiram|invasao|"
                       "compromised|compromis|comprometida|comprometido|kompromittiert|compromessa|compromesso|"
                       "gecompromitteerd|account takeover|hijack"),
         unless=r"(?:pensent|pense|creen|cree|piensan|denken|glauben|acham|pensano|believe|believes) (?:qu'il s'agit "
                r"d'un |que |dass |che |dat |that )?(?:\w+ ){0,4}(?:piratage|hackeo|hackead\w*|hacked|pirate\w*|"
                r"gehackt|"
                r"hackerat\w*|invasao|invadid\w*)|(?:labels?|tags?|columns?|statuses) (?:\w+ ){0,3}(?:like|called|"
                r"named)|"
                r"(?:any|a|quick|simple|neat|little|clever|good) hacks? (?:to|for|with|using|that)\b|hacks? (?:to|"
                r"for) (?:\w+ing|bulk)|"
                r"hackathon|life ?hack|growth hack|hack ?day|hacky|hacked together|quick hack|hacker ?news|"
                r"(?:tag|label|column|status) (?:called|named)|awareness training|"
                r"(?:we|our (?:team|agency|company|firm)) (?:\w+ ){0,2}(?:clean|fix|repair|secure|recover|restore)\w* "
                r"(?:up )?(?:hacked|compromised|infected)|"
                r"compromise (?:on|between)|reach a compromise|no compromise|workaround|"
                # "Onze webshop is gehackt (niet bij jullie)"
                r"niet bij jullie|nicht bei (?:euch|ihnen)|pas chez vous|not (?:with|at) you\b|(?:nothing|niets|nichts|"
                r"rien|nada|niente) (?:\w+ ){0,2}(?:to do with you|met jullie|mit (?:euch|ihnen)|a voir avec vous|"
                r"que ver con (?:vosotros|ustedes)|a ver com (?:voces|vos)|a che fare con voi)|(?:onze|our|unser\w*|"
                r"notre|nuestr\w*|noss\w*|nostr\w*) (?:own |eigen\w* )?(?:web)?(?:shop|site|website|webwinkel|"
                r"tienda|loja|negozio|e-?mail|instagram|facebook)\b|(?:asking|ask|asked|wonder\w*) "
                r"(?:\w+ ){0,2}(?:whether|if) (?:we'?ve|we have|we'?d|they'?ve|i'?ve) been hacked|(?:think|thinks|"
                r"believe|"
                r"believes|worried|afraid|fear)s? (?:that )?(?:we'?ve|we have|we'?re|they'?ve|it'?s|it has) (?:been )?"
                r"(?:hacked|compromised)|(?:sur )?un site pirate|s'ils sont sur|"
                # the clients' fear in other languages: "achando que fomos hackeados", "creyendo que nos hackearon"
                r"(?:achando|acham|pensando|piensan|creen|creyendo|pensent|croient|pensant|croyant|denken|glauben|"
                r"pensano|credono|convinti|pensei|achei|pensava|dachte|pensavo|croyais|crei) (?:que |dass |che |dat )?"
                r"(?:\w+ ){0,2}(?:hacke|gehackt|pirat)|"
                # callers "a perguntar se fomos pirateados": their question, not a report
                r"(?:pergunt|pregunt|demand|frag|chie[ds]|domand|vrag|vraagt)\w* (?:\w+ ){0,2}(?:se|si|ob|"
                r"of) (?:\w+ ){0,3}(?:pirat|hacke|gehackt|invadid)|"
                # "keine Sorge, niemand hat sich in mein Konto gehackt"
                r"(?:niemand|nadie|personne|ninguem|nessuno|nobody|no one|niemand) (?:\w+ ){0,6}(?:gehackt|hackeado|"
                r"pirate|hackeou|hackerato|hacked)|keine sorge|no te preocupes|pas de panique|nao se preocupe|"
                r"niente paura|geen zorgen|don'?t worry|"
                # "quelqu'un pourrait-il pirater nos données ?": a worry asked about
                r"\b(?:pourrait|pourraient|podria|podrian|poderia|poderiam|konnte|konnten|potrebbe|potrebbero|zou|"
                r"zouden|could|would|might)\b[^.!?]{0,40}(?:pirat|hacke|gehackt|hack)\w*[^.!?]*\?|"
                # a conditional asked about: "y si a ustedes les hacen un hackeo, me avisan?"
                r"\b(?:si|if|se|wenn|falls|als|qualora) (?:[\w']+ ){0,5}(?:hackea\w*|hackeo|hacked|hack|pirat\w*|"
                r"gehackt|hackerat\w*|invadid\w*)\b[^.!?]*\?|"
                # a commitment, not a compromise: "bem abaixo do compromisso", "un compromis entre"
                r"compromisso|compromiso|compromesso|\bcompromis (?:de|d'|du|entre|avec|sur)\b|"
                # "in case it gets hacked", "what would happen if you did get hacked": a worry, not a report
                r"in case (?:it|we|you|they|i|something) (?:\w+ )?(?:gets?|is|are|were) hacked|(?:could|might|may) "
                r"(?:\w+ )?(?:get|be) hacked|"
                # one's own trick: 'mi sono inventata un mio "hack"'
                r"(?:un mio|my own|mon propre|mi propio|meu proprio|mein eigener|mijn eigen|a little|un piccolo|"
                r"un petit|un pequeno|um pequeno|ein kleiner|een klein|einen kleinen|einen|a quick|a small|a neat) "
                r"\W?hack\b|(?:such\w*|looking for|busco|cherche|procuro|cerco|zoek) (?:\w+ ){0,2}\W?hack\b|"
                # "alguien tiene algun hack o truquito para copiar un curso"
                r"\balgun hack\b|\bhack (?:o|or|ou|oder|of|ou um) (?:\w+ )?(?:truquito|truco|trick|tip|astuce|trucco|"
                r"truque)|"
                # "Hack für wiederkehrende Aufgaben?": a trick wanted
                r"\bhack (?:fur|for|para|pour|per|voor) (?:\w+ )?(?:wiederkehrende|recurring|repeating|tareas|taches|"
                r"tarefas|attivita|taken|aufgaben|tasks)|"
                # a do-it-yourself trick: "I finally 'hacked' the Gantt view to hide weekends"
                r"(?:i|we) (?:finally |have |just |kind of |sort of )?\W?hacked\W? (?:the|our|a|my|together) (?:\w+ )?"
                r"(?:view|gantt|layout|template|board|report|calendar|sheet|workflow|setup|dashboard|timeline|form)|"
                # a subject that names a question about someone else's hack: "Pregunta por el hackeo de Mercadix"
                r"\b(?:pregunta|question|frage|pergunta|domanda|vraag)\b (?:\w+ ){0,3}(?:hackeo|hack|breach|piratage|"
                r"angriff|ataque|attacco|hacking)|"
                # clients asking whether we were hacked: "Een paar klanten hebben al gebeld of we soms gehackt zijn"
                r"(?:gevraagd|gebeld|vragen|vroegen|asked|asking|ask|wondering|fragen|gefragt|demande\w*|pregunta\w*|"
                r"pergunta\w*|chiest\w*|chiedono) (?:\w+ ){0,3}(?:of|whether|if|ob|si|se) (?:we|wir|nous|nosotros|nos|"
                r"noi|they|it|het|ze) (?:\w+ ){0,2}(?:gehackt|hacked|hackeados|hackeado|pirates?|hackerati)|"
                # a security firm's offer: "adequação LGPD e testes de invasão para a TeamFlow"
                r"test(?:es|e|s)? de (?:invasao|intrusao|intrusion|penetracion|penetracao)|pen-?tests?|"
                r"penetrationstests?|test di penetrazione|"
                # a habit, not an event: "we use it with every client that gets hacked"
                r"(?:every|any|each|whichever) (?:\w+ )?(?:client|customer|company|firm)s? (?:that|who) (?:gets?|is|"
                r"are) "
                r"hacked|" + OTHER_SERVICE_HACKED + r"|" + NEWS_ABOUT_OTHERS + r"|" +
                # a nickname: "Onze jeugdtrainer noemt zichzelf de 'Excel-hacker' van de club"
                HACK_NICKNAME,
         doc_unless=JOKING + "|" + RETRACTED, name="SEC1-hacked"),
    rule("SEC1", words("ete changee|ete change|ete changees|ete modifiee|ete modifie|fue cambiado|sido cambiada|"
                       "were changed|was changed|has been changed|have been changed|got changed|wurde geandert|"
                       "wurden geandert|fue cambiada|fueron cambiados|a ete change|ont ete changes|foi alterada|"
                       "foram alterados|e stata cambiata|sono stati cambiati|is gewijzigd|zijn gewijzigd|foi alterado|"
                       "foram alteradas|ha sido cambiada|ha sido cambiado|se ha cambiado|ont ete modifies|"
                       "e stato cambiato|e stato modificato|e stata modificata|werd gewijzigd|werden gewijzigd"),
         need=r"password|passwort|contrasena|mot de passe|senha|wachtwoord|e-?mail|correo|adresse|endereco|"
              r"indirizzo|adres",
         doc_need=r"(?:didn'?t|did not|never|not) (?:change|changed|do (?:it|this|that))|(?:wasn'?t|was not|not) "
                  r"(?:me|her|him|us|them)\b|n'est pas (?:elle|lui|moi|nous)|n'est pas a l'origine|dans l'avion|"
                  r"on a plane|en el avion|im flugzeug|no aviao|in aereo|in het vliegtuig|im urlaub|ohne laptop|"
                  r"(?:die|den) keiner von uns kennt|n'a rien (?:envoye|fait|"
                  r"change)|"
                  r"no (?:fue|era) (?:ella|el|yo)|war (?:sie|er|ich) nicht|nao foi (?:ela|ele|eu)|non (?:e|"
                  r"era) stat[oa] "
                  r"(?:lei|lui|io)|was (?:zij|hij|ik) niet|holiday|vacation|on leave|(?:cannot|can'?t|could not|"
                  r"couldn'?t) "
                  r"(?:enter|log|sign|get)|locked out|nobody|no one|niemand|nadie|personne|ninguem|nessuno|"
                  r"(?:was|were) (?:sleeping|asleep)|someone else|nao fui eu|no fui yo|ce n'etait pas moi|geschlafen|"
                  r"(?:hab|habe) ich nicht (?:verschickt|gesendet|geschickt)|"
                  r"ce n'est pas moi|das war ich nicht|non sono stat[oa] io|ik was het niet|outra pessoa|otra persona|"
                  r"quelqu'un d'autre|jemand anderes|qualcun altro|iemand anders",
         unless=r"how (?:do|can)|\?|(?:i|we) (?:have |just )?changed|after (?:i|we) changed|(?:my|our) admin changed",
         negatable=False, name="SEC1-credentials-changed-by-someone"),
    # "on me dit que mon mot de passe est incorrect alors que je ne l'ai pas change"
    rule("SEC1", words("mot de passe est incorrect|mot de passe incorrect|password is wrong|password is incorrect|"
                       "senha ja nao funciona|minha senha nao funciona|mi contrasena ya no funciona|"
                       "mon mot de passe ne fonctionne plus|mein passwort funktioniert nicht mehr|"
                       "la mia password non funziona piu|mijn wachtwoord werkt niet meer|my password no longer works|"
                       "password was wrong|password was incorrect|contrasena es incorrecta|contrasena incorrecta|"
                       "senha esta incorreta|senha incorreta|password non e corretta|password errata|"
                       "wachtwoord is onjuist|wachtwoord onjuist|passwort ist falsch|falsches passwort|"
                       # "diz que a palavra-passe está errada mas ela não a mudou"
                       "palavra-passe esta errada|palavra-passe errada|senha errada|senha esta errada|"
                       "contrasena esta mal|mot de passe est faux|mot de passe incorrect|password sbagliata"),
         doc_need=r"(?:didn'?t|did not|never|haven'?t|have not|hasn'?t|has not) change(?:d)? (?:it|(?:my|his|her|"
                  r"their) "
                  r"password|the password)|"
                  # told of someone else: "le dice que la contraseña es incorrecta y él no la ha cambiado"
                  r"no (?:la|lo) ha cambiado|ne l'a pas change|hat es nicht geandert|nao (?:a|o) (?:mudou|alterou)|"
                  r"non l'ha (?:cambiata|modificata)|heeft het niet (?:veranderd|gewijzigd)|"
                  r"je ne l'ai pas change|sans (?:l'avoir|avoir) change|no (?:la|lo) he cambiado|sin haberla cambiado|"
                  r"nao (?:a|o) (?:mudei|alterei)|(?:ich )?habe es nicht geandert|ohne es zu andern|non l'ho "
                  r"(?:cambiata|modificata)|ik heb het niet (?:veranderd|gewijzigd)",
         unless=r"how (?:do|can)|(?:i|we) (?:forgot|mistyped|typed)|caps lock", negatable=False,
         name="SEC1-password-changed-behind-my-back"),
    rule("SEC1", words("taken over|took over|taking over"),
         need=r"account|session|workspace|admin|login|e-?mail address|profile|cuenta|compte|konto|conta",
         unless=r"(?:someone|somebody|who|anyone) (?:has )?taken over (?:our|the) account\b[^.!?]*\?|"
                # "who's taking over our account" from a success manager who left: a handover
                r"who(?:'s| is| will be) tak(?:ing|e) over|(?:is|will be) taking over (?:from|as)|"
                r"taking over (?:our |the )?(?:account )?(?:billing|management|admin\w*|responsibilit\w*|duties|role)|"
                r"took over (?:the|as|from|this|responsibility|ownership)|taken over (?:the|as|from|this|"
                r"responsibility|ownership)|taking over (?:the|as|from|this|responsibility|ownership)",
         name="SEC1-takeover"),
    rule("SEC1", words("unauthorized|unauthorised|no autorizado|no autorizada|non autorise|non autorisee|"
                       "nicht autorisiert|unbefugt|unberechtigt|nao autorizado|nao autorizada|non autorizzato|"
                       "non autorizzata|ongeautoriseerd|onbevoegd|without permission|without our permission|"
                       "without my permission|without authorization|without authorisation|sin permiso|"
                       "sans autorisation|ohne erlaubnis|ohne genehmigung|sem permissao|senza autorizzazione|"
                       "zonder toestemming"),
         need=r"access|log ?in|logins?|logged|sign[- ]?ins?|signed|session|\busers?\b|account|person|party|device|"
              r"\bips?\b|entry|changes?|activity|export|download|view|viewed|copied|shared|used|using|invite|added|"
              r"acces|acceso|acesso|accesso|zugriff|zugang|toegang|anmeld|connexion|conta|cuenta|compte|konto|"
              r"entr[oa]|entrou|utilis|usad|usou|benutz|gebruikt|data|datos|donnees|daten|dados|dati|gegevens",
         unless=r"\b40[13]\b|(?:error|status|response|code|http)\b.{0,20}unauthori|unauthori[sz]ed (?:error|"
                r"response|status|exception|code|message)|charge|payment|transaction|debit|invoice|billing|"
                r"cobro|prelevement|abbuchung|cobranca|addebito|afschrijving|card|about to report|was going to report|"
                r"thought (?:it|this) was unauthori|"
                # "non è una frode né un accesso non autorizzato"
                r"\b(?:ne|ni|nor|noch|nem|nog) (?:un |una |a |an |um |uma |een |ein |une )?(?:accesso|acceso|acces|"
                r"access|acesso|zugriff|toegang|intrusion) (?:non |no |nao |nicht |niet )?(?:autoriz|autoris|authori|"
                r"unauthori|befugt|geautoriseerd)",
         name="SEC1-unauthorised"),
    rule("SEC1", words("someone|somebody|a stranger|an outsider|an intruder|intruder|a third party|"
                       "wer fremder|ein fremder|jemand fremdes|jemand fremder|ex-werknemer|ex-medewerker|"
                       "oud-werknemer|ex-empleado|ex empleado|exempleado|ancien employe|ancien salarie|ex-mitarbeiter|"
                       "ehemaliger mitarbeiter|ex-funcionario|ex funcionario|ex dipendente|ex-dipendente|"
                       "former employee|ex-employee|ex employee|terminated employee|former contractor|alguien|"
                       "quelqu'un|jemand|alguem|qualcuno|iemand|un tercero|ein dritter|terceiros"),
         need=r"\baccess(?:ed|ing)?\b|logg(?:ed|ing) (?:in|into|on)|\blog ?in|\blogins?\b|sign(?:ed)?[- ]?in|got into|"
              # "alguém deve ter entrado na conta dela e mudado a senha"
              r"\b(?:entrado|entrou) na conta\b|\bentrado en (?:la|su) cuenta\b|\bentre dans (?:son|le) compte\b|"
              r"\bentrato nel (?:suo )?account\b|\bin (?:haar|zijn) account (?:gekomen|ingelogd)\b|"
              # "dass jemand mit dem Konto unserer Praktikantin alle Rechnungsentwürfe gelöscht hat"
              r"\bmit (?:dem|ihrem|seinem|meinem|unserem) (?:konto|zugang|login|account|benutzer)\b|\bcon (?:la|su|mi) "
              r"cuenta de\b|\bavec le compte (?:de|d')|\bcom a conta (?:de|da|do)\b|\bcon l'account (?:di|del|della)\b|"
              r"\bmet het account van\b|\bwith (?:the|her|his) (?:account|login) of\b|"
              r"broke into|into (?:our|my) (?:account|workspace)|still (?:has|have) access|can still (?:access|log|"
              r"see)|is using (?:my|our)|used (?:my|our) (?:account|login|credentials)|changed (?:my|our|the) "
              r"(?:password|email|2fa|mfa|settings|permissions)|reset (?:my|our) password|added (?:themselves|a new "
              r"admin|an admin)|download(?:ed)? (?:all|our|the|\w+ (?:files|data|records|documents|attachments))|"
              r"export(?:ed)? (?:all|our|the)|acced|accedio|"
              r"entro en|inicio sesion|a accede|s'est connecte|connecte a|zugegriffen|angemeldet|eingeloggt|"
              r"acessou|entrou|logou|ha avuto accesso|ha effettuato l'accesso|e entrato|toegang|ingelogd|descargo|"
              r"exporto|copio|robo|envio|compartio|exporte|telecharge|copie|vole|envoye|partage|exportiert|"
              r"heruntergeladen|kopiert|gestohlen|geschickt|weitergegeben|exportou|baixou|copiou|roubou|enviou|"
              r"compartilhou|esportato|scaricato|copiato|rubato|inviato|condiviso|geexporteerd|gedownload|"
              r"gekopieerd|gestolen|gestuurd|gedeeld|exporterade|laddade ner|kopierade|skickade|wyeksportowal|"
              r"pobral|skopiowal|ukradl|wyslal|guessed (?:my|our|the) password|hacked|stole|copied (?:all|our|the)|"
              r"\b(?:is|are|was|got) in (?:my|our|the|her|his) (?:acct|account|workspace|profile|mailbox)|"
              r"(?:'s|has|have|had) been (?:in|into) (?:my|our|the|her|his) (?:acct|account|workspace|profile)|"
              r"(?:account|login|profile|credentials)\b[^.!?]{0,40}\b(?:was|were|has been|is being|got) used by|"
              r"(?:account|login|profile|credentials)\b[^.!?]{0,40}\b(?:was|were|has been|is being|got) used from "
              r"(?:an? )?(?:ip|address|location|country|city|device|computer|phone|laptop|abroad)|"
              r"(?:la|lo) ha cambiado|ha cambiado (?:mi|la) contrasena|a change (?:mon|le) mot de passe|hat (?:mein|"
              r"das) "
              r"passwort geandert|mudou a (?:minha )?senha|ha cambiato la (?:mia )?password|heeft (?:mijn|"
              r"het) wachtwoord "
              r"gewijzigd|"
              r"\bentra (?:nel|nella|en|em|na|no|in)\b|entre (?:dans|sur) (?:mon|notre)|komt in (?:mijn|ons)|"
              r"(?:is|keeps|are) logging (?:in|into)|(?:usa|utilizza|sta usando|usando|utiliza|esta usando|utilise|"
              r"benutzt|nutzt|gebruikt) (?:il |la |el |le )?(?:mio|mia|mi|mon|mein|meu|minha|mijn|nostro|nuestra|notre|"
              r"unser|nosso|nossa|ons|onze) (?:account|cuenta|compte|konto|conta)|(?:ist|sind|"
              r"war) (?:\w+ )?in (?:meinem|meinen|unserem|unser) "
              r"(?:konto|account|arbeitsbereich|zugang)|esta (?:\w+ )?en (?:mi|nuestra) cuenta|est (?:\w+ )?dans "
              r"(?:mon|notre) compte|esta (?:\w+ )?na (?:minha|nossa) conta|e (?:\w+ )?nel (?:mio|nostro) account|"
              r"zit (?:\w+ )?in (?:mijn|ons) account|"
              # "je vois quelqu'un d'autre connecté sur notre tableau avec mon compte à moi"
              r"(?:connecte|conectad[oa]|angemeldet|eingeloggt|collegat[oa]|ingelogd|"
              r"logged in) (?:\w+ ){0,4}(?:avec mon "
              r"compte|con mi cuenta|mit meinem konto|com a minha conta|con il mio account|met mijn account|with my "
              r"account)",
         unless=r"\b(?:someone|somebody) (?:from|on|at) (?:your|the support|support|teamflow)|(?:someone|somebody) "
                r"(?:\w+ )?(?:answered|replied|responded|got back|wrote back)|(?:broke|broken|breaks|"
                r"breaking) into (?:our|the|my|a|his|her|their) (?:depot|office|warehouse|van|car|truck|shop|house|"
                r"home|"
                r"flat|premises|building|store|garage|site|yard|shed|studio|unit|lockup|barn)|(?:someone|somebody) "
                r"(?:mentions|mentioned|tags|tagged|assigns|assigned|comments|replies|invites|shares|@)|(?:can|could) "
                r"(?:someone|somebody)|(?:someone|somebody) (?:to|who can|should|please)|need (?:someone|somebody)|"
                # a chore: "every month someone has to recreate them by hand"
                r"(?:someone|somebody) (?:has|had|needs|will have) to\b|"
                r"(?:assign|send|find|get|name|appoint) (?:us |me )?(?:someone|somebody)|"
                r"(?:can'?t|cannot|unable to|not able to|doesn'?t have|no longer has|lost) access|"
                r"how (?:do|can) (?:i|we)|give (?:someone|access)|grant|share (?:with|a board)|invite someone|"
                r"want (?:someone|to give)|\b(?:if|si|wenn|se|als|quand|lorsque|whenever|cuando|quando|wanneer|falls|"
                r"once|every time|each time) (?:\w+ )?(?:someone|somebody|anyone|alguien|quelqu'un|jemand|alguem|"
                r"qualcuno|iemand)|"
                # a question put to anyone: "alguém me sabe dizer como exporto as tarefas"
                r"\b(?:alguem|alguien) (?:me sabe|sabe me|sabe|pode me|me pode|puede|me puede|podria) (?:dizer|decir|"
                r"decirme|explicar|ajudar|ayudar)|\bquelqu'un (?:peut|"
                r"pourrait|sait) me dire|"
                r"\bweiss jemand\b|\bkann mir jemand (?:sagen|erklaren)|\bqualcuno (?:mi )?sa (?:dirmi|dire)|"
                r"\bweet iemand\b|\b(?:anyone|anybody) know\b|\bcan (?:someone|anyone|somebody) (?:tell|explain)\b|"
                # "Someone in the office joked we'd been hacked"
                r"(?:someone|somebody) (?:\w+ ){0,4}(?:joked|joking|said jokingly|laughed)|"
                r"" + OTHER_SERVICE_HACKED + r"|"
                # a scare called off: "Ignore my message from this morning about ... thinking someone had hacked"
                r"\bignore my (?:\w+ ){0,2}(?:message|e-?mail|ticket)\b",
         # "I genuinely thought someone had wiped us out. turns out I had clicked 'My tasks only'"
         doc_unless=r"\b(?:i|we) (?:\w+ )?thought (?:that )?(?:someone|somebody)\b[\s\S]{0,200}\b(?:turns out|"
                    r"turned out|false alarm|panic over|my (?:bad|mistake|fault))\b",
         name="SEC1-someone"),
    # SEC1: someone with no access to a project (a guest, a person never invited) received or saw its data,
    # e.g. through a notification, digest or share that went to the wrong people
    rule("SEC1", words("guest|guests|guest user|never been invited|never invited|not been invited|wasn't invited|"
                       "was not invited|not a member|isn't a member|is not a member|not on that project|"
                       "not on our staff|"
                       "not on the project|not part of that project|not part of the project|outside the project|"
                       "outside that project|no access to that|no access to the|shouldn't see|should not see|"
                       "not supposed to see|invitado|invitados|gast$|gaste|gastnutzer|convidado|convidados|ospite|"
                       "ospiti|gasten|utilisateur invite|personne invitee|les invites|nunca fue invitad|"
                       "nie eingeladen|nunca foi convidad|mai stato invitato|nooit uitgenodigd"),
         need=r"receiv|recib|recoi|recu\b|erhalt|bekommen|bekam|recebe|ricev|ontvang|\bgot\b|\bgets\b|\bsaw\b|"
              r"\bseen\b|can see|could see|\bsees\b|visible|forwarded|opened|digest|notification|e-?mail|"
              r"\bvio\b|\bvu\b|gesehen|\bviu\b|\bvisto\b|gezien",
         doc_need=r"private|confidential|salar|payroll|personal|sensitive|\bhr\b|medical|health|performance "
                  r"(?:review|warning)|disciplin|privad|confidencial|prive|confidentiel|salaire|privat|vertraulich|"
                  r"gehalt|riservat|stipendi|vertrouwelijk|salaris|bank details|passport|safeguarding|pupils?|"
                  r"visible to (?:the )?\w+ (?:team )?only",
         unless=CANT + r"|how (?:do|can|should)|(?:want|like|need) to|invite (?:a|the|our|them|him|her)|"
                r"guest (?:access|permission|role)s? (?:setting|option)|(?:can|could|should|do|does) guests?\b|"
                r"(?:don'?t|doesn'?t|didn'?t|won'?t|never|not|no longer) (?:\w+ )?(?:receive|get|see|getting|"
                r"receiving)|"
                # a wished-for feature: "a field type that can be marked 'sensitive', so it's hidden from guests"
                r"\bwould make a (?:big |huge |real )?difference\b|\bfield (?:type )?that (?:can|could|would)\b|"
                r"\bhidden from guests\b", name="SEC1-non-member-received"),
    rule("SEC1", words("unknown|unrecognized|unrecognised|unfamiliar|suspicious|strange|foreign|weird|odd|"
                       "desconocid|sospechos|inconnu|suspect|unbekannt|verdachtig|desconhecid|suspeit|"
                       "sconosciut|sospett|onbekend|verdacht"),
         need=r"(?:unknown|unrecogni[sz]ed|unfamiliar|suspicious|strange|foreign|weird|odd|desconocid\w*|"
              r"sospechos\w*|inconnu\w*|suspect\w*|unbekannt\w*|verdachtig\w*|desconhecid\w*|suspeit\w*|"
              r"sconosciut\w*|sospett\w*|onbekend\w*|verdacht\w*) (?:\w+ ){0,2}(?:log ?ins?|logins?|sign[- ]?ins?|"
              r"sessions?|devices?|\bips?\b|ip address|locations?|countr(?:y|ies)|users?|accounts?|members?|admins?|"
              r"access|connections?|inicios? de sesion|accesos?|connexions?|acces|anmeldungen|zugriffe?|geraete?|"
              r"acessos?|logins?|accessi|dispositiv\w*|inlogpogingen|apparaten)",
         unless=r"unknown error|error unknown|strange (?:error|behaviou?r|bug|issue|glitch)|weird (?:error|bug|"
                r"behaviou?r)|odd (?:error|behaviou?r)|something (?:is |'?s )?(?:weird|odd|strange|off) with (?:my|"
                r"our) "
                r"account|(?:weird|odd|strange|off) about (?:my|our) account|not sure what|\bno (?:odd|strange|unusual|"
                r"suspicious|unknown|weird) (?:logins?|log-ins?|sign-?ins?|activity|sessions?)", negatable=False,
         doc_unless=r"(?:realised|realized|turns out|turned out|found out) (?:that )?it was (?:me|us|my|our)\b|"
                    r"\bit was (?:just )?me\b",
         name="SEC1-unknown-login"),
    rule("SEC1", words("login|logins|log in|logged in|log-in|sign-in|sign-ins|signed in|sessions|session"),
         unless=r"(?:nobody|no one|none of us)[^.!?]{0,40}(?:has|have|had) (?:even )?(?:logged|signed) in|"
                r"haven'?t (?:even )?(?:logged|signed) in|not (?:logged|signed) in since|(?:hasn'?t|"
                r"haven'?t) been used|(?:nobody|no ?one|none of us)\b[^.!?]{0,30}\b(?:can|could|is able|are able|"
                r"was able|manages?|can'?t|cannot)\b|" + NOTHING_ODD,
         need=r"(?:wasn'?t|weren'?t|not) (?:me|us|ours|one of us)|don'?t recogni[sz]e|didn'?t (?:make|do|authori[sz]e)|"
              r"none of us|nobody (?:here|on (?:our|my) team|in (?:our|my) (?:team|company))|no one (?:here|on "
              r"(?:our|my) team|in (?:our|my) (?:team|company))|without (?:our|my) (?:permission|knowledge|consent)|"
              r"(?:another|other|different|foreign) countr|from (?:russia|china|north korea|nigeria|iran|an ip)|"
              r"overseas|at \d+ ?am (?:when|while)",
         negatable=False, name="SEC1-not-us"),
    rule("SEC1", words("leak|leaked|leaking|exposed|exposure|stolen|exfiltrat|dark web|darkweb|pastebin|for sale|"
                       "filtrad|filtracion|filtraron|fuite|fuites|geleakt|durchgesickert|vazad|vazou|vazaram|"
                       "trapelat|uitgelekt|gestolen|robad|robaron|vole$|volee$|voles$|volees|gestohlen|roubad|roubaram|"
                       "rubat"),
         need=DATA_NOUN + r"|account|password|credential|email|customer|client|personal|pii|contact|list|"
              r"cuenta|compte|konto|conta|contrase|mot de passe|passwort|senha|wachtwoord|information|details",
         unless=r"for salesforce|memory leak|leaking memory|"
                r"exposed (?:to (?:the )?(?:risk|danger))|exposure (?:time|setting)|" + _EXPOSED_AS_FEATURE + r"|"
                # someone else's incident: "a charity down the road had their donor list stolen from a laptop"
                r"(?:another|other|a) (?:charity|company|business|school|club|firm|organi[sz]ation|practice|shop)\b"
                r"[^.!?]{0,60}\b(?:had|has) (?:their|its) (?:\w+ ){0,3}(?:stolen|leaked|hacked)|nothing to do with "
                r"teamflow|"
                r"leak (?:detection|detectors?|sensors?|response|alarms?|repairs?|survey)|(?:water|gas|pipe|roof|oil|"
                r"radiator|tap|boiler) leaks?|"
                r"stolen (?:laptop|phone|device) (?:policy|procedure)|\b(?:news|story|article|coverage|headline|"
                r"read about|in the press|on the news|noticia|article de presse|zeitungsartikel|noticia|notizia|"
                r"nieuwsbericht)\b|(?:i'?ve|have|already|"
                r"just) (?:\w+ )?stolen (?:the|your|a|an|"
                r"this|that) (?:[\"'][^\"']*[\"'] |\w+ )?(?:idea|rule|trick|tip|template|approach|workflow|setup|"
                r"layout)|" + NEWS_ABOUT_OTHERS + r"|" + AVOID_INCIDENTS,
         name="SEC1-leak"),
    rule("SEC1", words("was posted|were posted|been posted|posted online|posted publicly|posted on|published|"
                       "made public|publicly available|appeared online|showing up online|circulating|"
                       "publicado|publicados|publiee|publiees|veroffentlicht|publicados|pubblicat|gepubliceerd"),
         need=r"(?:our|my|customer|client|employee|patient|user|personal|private|internal|confidential|whole|"
              r"entire)\s(?:\w+ ){0,2}(?:data|list|records|files|information|details|emails|contacts|database|"
              r"documents?|projects?|boards?|tasks?|names|addresses|numbers|spreadsheet|roadmap)|\b(?:datos|donnees|"
              r"daten|dados|dati|gegevens)\b",
         unless=r"(?:we|i) (?:have |just )?(?:published|posted)|publish(?:ed)? (?:a |the |our )?(?:board|page|"
                r"template|form|update|release)|public (?:board|link|page|form|template)|" + NEWS_ABOUT_OTHERS,
         name="SEC1-published"),
    rule("SEC1", words("still able to get into|still able to get in|still get into|still getting into|still gets into|"
                       "still logging in|still logs in|still signing in|still signs in|still able to log in|"
                       "still able to sign in"),
         doc_need=r"\b(?:left|quit|resigned|fired|let go)\b|no longer works?|doesn'?t work (?:here|for us)|former|ex-|"
                  r"old (?:receptionist|employee|staff|assistant|colleague|manager|volunteer|coach|member|contractor)",
         unless=r"how (?:do|can) (?:i|we)|(?:want|like|need) (?:her|him|them) to", negatable=False,
         name="SEC1-leaver-still-gets-in"),
    rule("SEC1", words("recovery email|recovery e-mail|recovery address|recovery phone|backup email|"
                       "e-mail de recuperation|correo de recuperacion|wiederherstellungs|e-mail de recuperacao|"
                       "email di recupero|herstel-e-mail"),
         need=r"isn'?t mine|is not mine|not mine|(?:was|been|got) changed|someone else'?s|(?:i|we) (?:don'?t|do not) "
              # "a new recovery email (l.ferraz.backup@proton.me) that she didn't add"
              r"(?:he|she|they|i|we) (?:didn'?t|did not|never) (?:add|set|enter|change)|"
              r"(?:i'?ve|i have|we'?ve|we have) never seen|"
              r"recogni[sz]e|unknown|n'est pas (?:le mien|a moi)|no es (?:mio|el mio)|nicht (?:meine|meins)|"
              r"nao e (?:o )?"
              r"meu|non e (?:il )?mio|niet van mij|"
              # "mi foto de perfil y mi correo de recuperación están cambiados"
              r"(?:estan|esta|fueron|fue|sont|ont ete|a ete|wurden|wurde|sind|foram|estao|sono stat[ie]|zijn) "
              r"(?:\w+ )?(?:cambiad|change|geandert|alterad|mudad|modificat|cambiat|gewijzigd|veranderd)",
         unless=r"how (?:do|can)|\?|(?:i|we) (?:changed|updated|set)", negatable=False, name="SEC1-recovery-changed"),
    rule("SEC1", words("someone is using her|someone is using his|someone is using my|someone is using our account|"
                       "somebody is using her|somebody is using his|somebody is using my|somebody is using our account|"
                       "someone's using her|someone's using his|someone's using my|someone's using our account|"
                       "someone else is using"),
         need=r"using (?:her|his|my|our|the) (?:\w+ )?(?:account|login|log-in|profile|credentials|password)",
         unless=r"how (?:do|can)|(?:can|could|may) (?:someone|somebody)\b[^.!?]*\?|shared (?:account|login)",
         negatable=False, name="SEC1-someone-using-the-account"),
    rule("SEC1", words("isn't being used by|is not being used by|not being used by|isn't really her|isn't really him"),
         need=r"account|login|log-in|profile",
         unless=r"how (?:do|can)|\?|(?:not being used by|isn'?t being used by) (?:anyone|anybody)", negatable=False,
         name="SEC1-account-not-used-by-its-owner"),
    # "tem alguém na minha conta agora", "minha conta ser usada enquanto escrevo"
    rule("SEC1", words("tem alguem na minha conta|alguem na minha conta|alguien en mi cuenta|hay alguien en mi cuenta|"
                       "quelqu'un dans mon compte|jemand in meinem konto|qualcuno nel mio account|"
                       "iemand in mijn account|minha conta ser usada|minha conta sendo usada|mi cuenta siendo usada|"
                       "mon compte est utilise|mein konto wird benutzt|il mio account viene usato|"
                       "mijn account wordt gebruikt"),
         unless=r"como (?:faco|puedo|hago)|comment (?:faire|puis)|wie kann|come (?:posso|faccio)|hoe kan|\?$|"
                r"(?:dacht|dachten) dat|pensei que|pensaba que|je pensais|j'ai cru|dachte,? (?:dass|es)|pensavo che|"
                r"(?:i|we) thought|vals alarm",
         negatable=False, name="SEC1-someone-in-my-account-ml"),
    # a user "none of us onboarded", "das bei uns nie angelegt wurde"
    rule("SEC1", words("none of us onboarded|nobody onboarded|no one onboarded|we never onboarded|never onboarded|"
                       "none of us added|none of us created|nobody here created|nie angelegt|nunca creamos|"
                       "jamais cree|nunca criamos|mai creato|nooit aangemaakt|never set up by us|we never set up|"
                       "niemand heeft hem uitgenodigd|niemand heeft haar uitgenodigd|nadie lo invito|nadie la invito|"
                       "personne ne l'a invite|niemand hat ihn eingeladen|niemand hat sie eingeladen|"
                       "ninguem o convidou|"
                       "ninguem a convidou|nessuno l'ha invitato|nobody invited him|nobody invited her|"
                       "no one invited him|no one invited her|niemand heeft uitgenodigd|nadie ha invitado|"
                       "personne n'a invite|niemand eingeladen hat|ninguem convidou|nessuno ha invitato|nobody invited|"
                       "no one invited|none of us recognise|none of us recognize|nobody recognises|nobody recognizes|"
                       "nadie de aqui ha invitado|nadie de nosotros ha invitado|personne ici n'a invite|"
                       "personne chez nous n'a invite|nobody here invited|no one here invited|"
                       "aucun de nous n'a invite|niemand von uns hat|ninguem daqui convidou|ninguem de nos convidou|"
                       "nessuno di noi ha invitato|nessuno qui ha invitato|niemand van ons heeft|niemand hier heeft|"
                       "nessuno di noi lo ha invitato|nessuno lo ha invitato|nadie lo ha invitado|nadie la ha invitado|"
                       "a gente nunca criou|que nunca criamos|que nunca hemos creado|que nunca creamos|"
                       "que nous n'avons jamais cree|den wir nie angelegt|che non abbiamo mai creato|"
                       "die we nooit hebben aangemaakt|we never created|we never made"),
         doc_need=r"user|account|konto|cuenta|compte|conta|member|login|signed in|angemeldet|benutzer|utilisateur|"
                  r"usuario|utilizador|utente|gebruiker|\blid\b|leden|ingelogd|miembro|membre|mitglied|membro|"
                  r"\bnames\b|people "
                  r"who can see|ajoute au projet|added to (?:the |our )?project|anadido al proyecto|zum projekt "
                  r"hinzugefugt|adicionad[oa] ao projeto|aggiunt[oa] al progetto|toegevoegd aan (?:het )?project",
         # "We never set up the Drive integration, we just paste Drive links into task descriptions"
         unless=r"how (?:do|can)|\?|" + JUST_PASTE, negatable=False, name="SEC1-account-nobody-made"),
    *ACCESS_CONTINUED,
)
