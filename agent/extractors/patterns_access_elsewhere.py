"""SEC1 rules for customer data that ended up with the wrong people.

Records sent, emailed or shared to someone outside, former members who still get in, people
"outside" who can see a board, users nobody created, and another customer's records shown in this
workspace. Invitations, one's own sharing and questions keep them precise.
"""

from __future__ import annotations

from .lexicon import JUST_PASTE, NOTHING_ODD, RIGHTS_HOLDERS_WORK, Rule, rule, words
from .stranger_words import STRANGER

#: A teammate's card deleted or renamed inside one's own workspace: "one of them ... deletes somebody else's task".
_TEAMMATES_WORK = (r"(?:deletes?|deleted|deleting|moves?|moved|moving|renames?|renamed|edits?|edited|overwrites?|"
                   r"overwrote) (?:\w+ )?(?:somebody|someone) else'?s (?:task|card|comment|item|note)|nothing sinister|"
                   # "des cartes qui ne sont pas à nous : ce sont celles de notre associé"
                   r"(?:ce sont|c'est|son|sind|sao|sono|zijn|they'?re|they are) (?:celles|ceux|las|los|die|as|os|"
                   r"quelle|quelli|those|de kaarten) (?:de|del|van|von|of|do|da|di) (?:notre|mon|ma|nuestr[oa]|mi|"
                   r"unsere[rms]?|meine[rms]?|noss[oa]|meu|minha|nostr[oa]|mio|mia|onze|mijn|our|my) ")

#: Someone who has left: "former", "ex-", "whose contract ended", "a gente desligou o estagiário".
_FORMER_MEMBER = words("former|ex-|whose contract ended|contract ended|who left|left the company|left us|offboarded|"
                        "was removed|were removed|removed her|removed him|removed them|deactivated|no longer works|"
                        "no longer with us|terminated|fired|dismissed|ehemalig|antiguo|antigua|ancien|ancienne|"
                        "ex-funcionario|ex-dipendente|voormalig|old agency|old vendor|old contractor|old freelancer|"
                        "previous agency|"
                        "previous vendor|previous contractor|ended our contract|ended the contract|"
                        "ended our collaboration|"
                        "let a freelancer go|let a contractor go|let an employee go|let her go$|let him go$|"
                        "excolaborador|"
                        "excolaboradora|exempleado|exempleada|ex empleado|ancien collaborateur|ex-mitarbeiter|"
                        "ehemaliger mitarbeiter|ex-colaborador|ex colaborador|ex dipendente|oud-medewerker|"
                        "dimos de baja|"
                        # "a gente demitiu uma recepcionista e esqueci de tirar ela do TeamFlow"
                        "ex-funcionaria|ex funcionaria|ex funcionario|demitiu|demitimos|demiti$|despedi$|despedimos|"
                        "desligou|desligamos|desligado$|desligada$|licenciamos|entlassen|gekundigt|licenziato|licenziata|"
                        "ontslagen")
#: The activity log shows the person at work: "the log shows him signing in on Sunday and downloading".
_LOG_SHOWS_THEM = (r"\b(?:log|logs|registro|historique|journal|protokoll|verlauf|logboek|activity|atividade|actividad|"
                   r"attivita|activite|aktivitat)\b[^.!?]{0,40}\b(?:mostra|shows?|showed|montre|zeigt|muestra|toont|"
                   r"indica)\b[^.!?]{0,40}\b(?:entrando|baixando|acessando|exportando|descargando|accediendo|"
                   r"signing in|logging in|downloading|exporting|opening|se connecter|telecharg\w*|"
                   r"scaricando|accedendo|(?:sich )?anmelden|herunterladen|inloggen|downloaden)\b")
#: A departed person's login still at work: "exportando o quadro inteiro ... dois dias depois de ela ter saído".
_USED_AFTER_LEAVING = (r"(?:exportand|exportou|baix(?:ou|ando)|acess(?:ou|ando)|entr(?:ou|ando)|export(?:o|ando)|"
                       r"descarg(?:o|ando)|accedi(?:o|endo)|telecharg\w*|exportiert|heruntergeladen|esportat\w*|"
                       r"scaricat\w*|geexporteerd|gedownload|exported|exporting|downloaded|downloading)\b[^.!?]{0,80}"
                       r"\b(?:depois|despues|apres|nachdem|dopo|nadat|after)\b|"
                       # the log's own words: "il suo utente ha fatto 'Esporta CSV'"
                       r"(?:ha fatto|did|a fait|hizo|fez|hat|heeft) \W?(?:esporta|export|exporter|exportar|exportieren|"
                       r"exporteren|scarica|download)|"
                       # "(we forgot to switch her login off, our mistake), exported our full supplier list"
                       r"(?:forgot to|didn'?t|did not|never) (?:switch|turn|shut|close|remove|disable|deactivate) "
                       r"(?:off )?(?:her|his|their) (?:login|account|access)\b[^.!?]{0,80}\b(?:exported|downloaded|"
                       r"copied|logged in|signed in|took)\b|"
                       # "il suo utente lo avevo tolto il 31/10, ma nel registro vedo un'esportazione ... col suo nome"
                       r"(?:tolto|tolta|rimoss[oa]|disattivat[oa]|quitado|quitada|eliminad[oa]|desactivad[oa]|retire|"
                       r"supprime|desactive|entfernt|deaktiviert|gesperrt|removid[oa]|desativad[oa]|verwijderd|"
                       r"gedeactiveerd|removed|deactivated|disabled)\b[^.!?]{0,60}\b(?:ma|pero|mais|aber|mas|maar|but)\b"
                       r"[^.!?]{0,60}\b(?<!pagina di )(?<!pagina de )(?<!page d')(?<!bouton d')(?<!boton de )"
                       r"(?<!pulsante di )"
                       r"(?<!the )(?:esportazion\w*|exportacion\w*|exportation\w*|export\w*|exportacao|download\w*|"
                       r"descarga\w*|telechargement|scaricament\w*)\b(?! (?:page|button|menu|option|pagina|bouton|"
                       r"boton|"
                       r"seite|knop|pulsante|botao)\b)")

#: The person left the company: fired, former, "ex commessa", "forgot to remove her".
_LEFT_US = (r"demiti\w*|despedi\w*|\bfired\b|dismissed|let (?:her|him) go|left (?:the company|us)|\bex-|"
            r"\bex (?:funcionari|emplead|collaborat|mitarbeiter)|former|ehemalig\w*|antigu[oa]|ancien(?:ne)?|"
            r"\bsaiu\b|\bsalio\b|a quitte|ausgeschieden|andat[oa] via|vertrokken|ter saido|haber salido|"
            r"etre partie?|gegangen|weggegaan|licenzi\w*|entlassen|gekundigt|ontslagen|mandat[oaie] via|"
             # "una ex commessa ... Ci siamo dimenticati di toglierla da TeamFlow"
            r"\bex (?:commess|dipendent|collega|impiegat|socio|socia|employee|staff|colleague|colega|collegue|"
            r"kolleg|medewerker|cajer|vendedor|vendeuse)|dimenticat\w* di toglierl|forgot to remove (?:her|him)|"
            r"olvidamos quitarl|oublie de (?:la|le) retirer|vergessen,? (?:sie|ihn) (?:zu entfernen|"
            r"rauszunehmen)|"
            r"esquecemos de (?:a|o) remover|vergeten (?:haar|hem) te verwijderen|"
            # "who was on our fundraising team until August and then left to work for that other charity"
            r"\bleft to (?:work|join)\b|was (?:on|in) our (?:\w+ )?team until|\band then left\b|"
            # "Jordan, a freelancer who finished with us in August"
            r"finished with us|stopped working (?:with|for) us|(?:her|his|their) contract (?:ended|finished|"
            r"ran out)|worked (?:with|for) us until|"
            # "Marcus did freelance fundraising for us until August and as far as I knew we had removed him"
            r"\bdid (?:\w+ ){0,3}for us until\b|\bwe had removed (?:him|her|them)\b|"
            # "tuvo acceso de invitado hasta el 31 de octubre, cuando terminó el contrato"
            r"(?:termino|acabo|finalizo|terminou|acabou|a pris fin|endete|e finito|eindigde|ended) el contrato|"
            r"(?:cuando|quando|when|als|lorsque) (?:\w+ )?(?:termino|acabo|finalizo|terminou|acabou|ended|finished|"
            r"endete|eindigde|finiva|e finito) (?:el |o |le |der |de |il |the |our |their |su |seu )?(?:contrato|"
            r"contrat|vertrag|contract|contratto|engagement|servicio|servico|service)|"
            # "a contractor whose access our admin removed on 28 August"
            r"whose (?:access|account|login) (?:\w+ ){0,2}(?:removed|revoked|disabled|deactivated|deleted)|"
            r"(?:access|account|login) (?:was |had been )?(?:removed|revoked|disabled|deactivated) (?:on|in|back in) ")

ACCESS_ELSEWHERE: tuple[Rule, ...] = (
    rule("SEC1", words("sent to|emailed to|delivered to|forwarded to|went to|shared with|mailed to|"
                       "enviado a|envoye a|gesendet an|enviado para|inviato a|verzonden naar"),
         need=r"external|outside|third[- ]party|vendor|supplier|wrong (?:person|recipient|company|customer|client|"
              r"address|email)|another (?:customer|company|client|organi[sz]ation)|other (?:customers|companies)|"
              r"another of (?:your|their) (?:customers|clients|users)|"
              r"strangers?|unknown|someone (?:else|outside)|competitor|public|"
              # one pupil's report to every family: "boletim de um aluno enviado para a turma toda"
              r"(?:turma|clase|classe|klasse|klas|class) (?:toda|entera|entiere|ganze|intera|hele)|(?:toda a|toda la|"
              r"toute la|die ganze|tutta la|de hele|the whole) (?:turma|clase|classe|klasse|klas|class)|todos os pais|"
              r"todos los padres|tous les parents|alle eltern|tutti i genitori|alle ouders|all (?:the )?parents",
         also=r"data|names|contacts|details|information|e-?mails|phone|addresses|list|personal|records|files|"
              r"boletim|boletin|bulletin|zeugnis|pagella|rapport|report card|relatorio|informe|notas|grades|"
              r"invoices?|projects?|tasks|salar|confidential|private|datos|donnees|daten|dados|dati|gegevens",
         unless=r"(?:can|could|how|should) (?:i|we|you)|invite|guest|(?:want|need|like) to (?:send|share)|"
                # our own invoice posted to an old or wrong address is a billing slip, not records in outside hands
                r"invoices? (?:was |were |got )?(?:sent|mailed|delivered|posted) to (?:the |a |an |our )?(?:wrong|old|"
                r"previous) (?:postal |billing )?address",
         name="SEC1-misdelivered"),
    # the history shows the departed person's login at work: "aparece o usuário dela exportando o quadro inteiro ...
    # dois dias depois de ela ter saído"
    rule("SEC1", words("o usuario dela|o usuario dele|a conta dela|a conta dele|el usuario de ella|su usuario|"
                       "su cuenta|son compte|son utilisateur|ihr konto|sein konto|ihr benutzer|sein benutzer|"
                       "il suo account|"
                       "il suo utente|haar account|zijn account|her user$|his user$|her account|his account|her login|"
                       "his login"),
         need=_USED_AFTER_LEAVING,
         doc_need=_LEFT_US,
         unless=r"how (?:do|can)|\?", negatable=False, name="SEC1-login-used-after-leaving"),
    # the log shows the leaver's export: "her name is on the Donors project ... with 'Exported 412 cards to CSV'"
    rule("SEC1", words("activity log|audit log|registro attivita|registro delle attivita|historique d'activite|"
                       "journal d'activite|aktivitatsprotokoll|aktivitatslog|registro de actividad|"
                       "registo de atividade|"
                       "registro de atividades|activiteitenlog|activiteitenlogboek"),
         need=r"\bexport\w*|download\w*|descarg\w*|telecharg\w*|herunterg\w*|scaric\w*|baix\w*|esport\w*",
         # ... or an export none of the team made: "'Projekt exportiert (CSV)' ... Keiner von uns war das"
         doc_need=_LEFT_US + r"|(?:keiner|niemand) von uns war (?:das|es)|none of us did (?:it|that|this)|it wasn'?t "
                  r"any of us|ninguno de nosotros (?:fue|lo hizo)|aucun de nous n'a fait|nessuno di noi (?:e stato|"
                  r"l'ha fatto)|niemand van ons (?:was het|heeft dat gedaan)|nenhum de nos (?:foi|fez isso)",
         unless=r"how (?:do|can)|\?|\b(?:i|we) (?:exported|downloaded|ran)\b", negatable=False,
         name="SEC1-leaver-export-in-the-log"),
    # "il file è stato scaricato 14 volte, da indirizzi IP in Romania e in Vietnam. Nessuno di noi è all'estero"
    rule("SEC1", words("scaricato|downloaded|descargado|telecharge|heruntergeladen|baixado|gedownload"),
         need=r"\b\d+ (?:volte|times|veces|fois|mal|vezes|keer)\b",
         also=r"\bip\b|indirizzi|addresses|direcciones|adresses|adressen|enderecos|adressen",
         doc_need=r"nessuno di noi|none of us|nobody (?:here|of us)|ninguno de nosotros|aucun de nous|keiner von uns|"
                  r"nenhum de nos|niemand van ons|all'estero|abroad|en el extranjero|a l'etranger|im ausland|"
                  r"no estrangeiro|in het buitenland",
         unless=r"how (?:do|can)|\?", negatable=False, name="SEC1-link-downloaded-from-abroad"),
    rule("SEC1", _FORMER_MEMBER,
         need=r"(?:still|yesterday|last night|this morning|after|since)\b[^.!?]{0,80}(?:open(?:ed|ing|s)|"
              r"download\w*|access(?:ed|ing|es)|logg\w*|sign(?:ed|ing|s)|view(?:ed|ing|s)|export(?:ed|ing|s)|"
              r"cop(?:ied|ying|ies)|edit(?:ed|ing|s)|delet(?:ed|ing|es)|has access|have access|able to|log ?in|"
              r"sign ?in)|(?:opened|downloaded|accessed|logged in|signed in|viewed|exported|copied)\b[^.!?]{0,80}"
              r"(?:after|although|even though|despite|weeks after|days after)|still (?:has|have|had) access|"
              r"can still (?:log|sign|access|see|open)|still get (?:in|into)\b|(?:siguio|sigue|seguia|continuo) "
              r"(?:entrando|accediendo)|exporto|descargo|a continue a se connecter|continuou entrando|"
              r"ha continuato ad accedere|bleef inloggen|hat sich weiter angemeldet|still (?:has|have|had) (?:her|his|"
              r"their|a|the) (?:login|account|access|password)|still (?:be able to|able to) (?:see|"
              r"open|access|get in)|" + _USED_AFTER_LEAVING,
         unless=r"how (?:do|can) (?:i|we) (?:remove|revoke|offboard|deactivate)|(?:want|need|like) to (?:remove|"
                r"revoke)|none of them (?:signed|logged|opened)|no (?:sign-?ins?|log-?ins?) after|untid|"
                r"rather than anything worse|never (?:once )?(?:logged|signed) (?:in|on)|never used (?:it|the|his|her|"
                r"their)\b|(?:hasn'?t|has not|didn'?t|did not) (?:ever |once )?(?:logged|signed) (?:in|on)",
         negatable=False, name="SEC1-former-member"),
    # the activity log tells it: "o log de atividade mostra ele entrando domingo 23h40 e baixando a planilha"
    rule("SEC1", _FORMER_MEMBER, doc_need=_LOG_SHOWS_THEM,
         unless=r"how (?:do|can) (?:i|we) (?:remove|revoke|offboard|deactivate)|(?:want|need|like) to (?:remove|"
                r"revoke)",
         negatable=False, name="SEC1-former-member-in-the-log"),
    rule("SEC1", words("personnes exterieures|personnes externes|des tiers|un tiers|personas externas|personas ajenas|"
                       "externe personen|externen|pessoas externas|persone esterne|obcy|osoby z zewnatrz|"
                       "utomstaende|externa personer"),
         need=r"consult|acced|\bvu\b|voir|\blu\b|telecharg|\bver\b|vieron|accedieron|descarg|gesehen|zugegriffen|"
              r"heruntergelad|eingesehen|viram|acessaram|baixaram|visto|accedut|scaricat|gezien|toegang|gedownload|"
              r"ingezien|widzial|pobral|sett|laddat",
         name="SEC1-outsiders-ml"),
    rule("SEC1", words("people outside|people from outside|outsiders|external people|externals|non-employees|"
                       "strangers|the wrong people|wrong person|wrong people|wrong recipient|wrong recipients|"
                       "unintended recipients|unauthorized recipients|unauthorised recipients|guessed my password|"
                       "guessed our password|password was guessed|password was stolen|password was leaked|"
                       "password was cracked|stole my password|stolen password|stolen credentials"),
         need=r"open|seen|saw|view|access|receiv|read|got|download|have access|has access|can see|could see|"
              r"password|credential|account|log",
         unless=r"(?:how|can|could|should) (?:do |can )?(?:i|we|you) |invite|guest access (?:setting|option)",
         name="SEC1-outsiders"),
    rule("SEC1", words("went out|was sent|were sent|got sent|been sent|was emailed|were emailed|was mailed|"
                       "was shared|were shared|was forwarded"),
         need=r"outside|external|guests?|wrong|all (?:of )?our|everyone|public|unintended|another (?:customer|"
              r"company|client)|other (?:customers|companies)|strangers?|third[- ]part",
         also=r"data|names|contacts|details|information|e-?mails|phone|addresses|list|personal|records|files|"
              r"spreadsheet|salar|payroll|confidential|private|contracts?|passwords|credentials|medical|health|"
              r"invoices?|attach",
         unless=r"(?:can|could|how|should) (?:i|we|you)|by mistake (?:i|we)|(?:i|we) (?:accidentally )?(?:sent|shared)",
         name="SEC1-sent-out"),
    rule("SEC1", words("never created|never added|never authorized|never authorised|never invited|never set up|"
                       "didn't create|did not create|didn't add|did not add|don't recognize|don't recognise|"
                       "do not recognize|do not recognise|we don't use|we do not use|not ours|isn't ours|"
                       "aren't ours|wasn't us|wasn't me|weren't us|not one of us|none of our people|"
                       "not any of our people|nobody from our side|no one from our side|never gave|never granted|"
                       "never given|shouldn't have access|should not have access|not supposed to have access|"
                       "wasn't supposed to|was not supposed to|had no access|has no access|"
                       # 'geplaatst door een lid "Kassier Jeugdhuis" dat wij nooit hebben uitgenodigd'
                       "nooit hebben uitgenodigd|nooit uitgenodigd hebben|nunca hemos invitado|nunca invitamos|"
                       "n'avons jamais invite|nie eingeladen haben|nunca convidamos|non abbiamo mai invitato"),
         need=r"token|api key|\bkeys?\b|\busers?\b|account|admin|session|log ?in|sign[- ]?in|device|\bips?\b|"
              r"\blid\b|miembro|membre|mitglied|membro|utente|gebruiker|usuario|utilisateur|benutzer|"
              r"ip range|\bapp\b|integration|member|location|country|hosting company|browser|oauth|access|"
              r"download|export|project|files|data|workspace|\blists?\b|records|patients|clients|customers|contacts|"
              r"\bzip\b|attachments?|documents?|names|phone numbers|addresses|tickets|tasks|notes",
         unless=r"(?:features?|tools?|options?|modules?|parts?) (?:that )?we (?:don'?t|do not) use|"
                r"never (?:given|granted) (?:the |an? |my |our )?(?:onboarding|training|session|call|demo|refund|"
                r"answer|response|credit|discount|invoice|update|explanation)|" + JUST_PASTE + r"|"
                # a work copied, not an access: "I never gave TeamFlow or anyone else permission to publish it"
                r"permission to (?:publish|copy|sell|reproduce|distribute|reuse|re-use|republish|share) (?:it|them|"
                r"my|our|this|the)\b|"
                # a seat count billed wrong: "charged for 45 seats. We have 15 people ... we never added anyone"
                r"members page (?:\w+ ){0,4}(?:says|shows) \d+|" + NOTHING_ODD,
         doc_unless=r"(?:charged|billed|invoiced|invoice is) for \d+ (?:seats|users|licen[cs]es)",
         negatable=False, name="SEC1-not-ours"),
    rule("SEC1", words("another customer|another company|another organization|another organisation|another tenant|"
                       "another client|other customers|other companies|"
                       "other organizations|other organisations|someone else's|somebody else's|different company|"
                       "different customer|strangers|otro cliente|otra empresa|un autre client|une autre entreprise|"
                       "einem anderen kunden|anderen kunden|outro cliente|outra empresa|un altro cliente|"
                       "un'altra azienda|een andere klant|een ander bedrijf|eine andere firma|einer anderen firma|"
                       "eine fremde firma|einer fremden firma|ein anderes unternehmen|einem anderen unternehmen|"
                       "ein fremdes unternehmen|ein anderer kunde|une autre societe|otra compania|outra companhia|"
                       "un'altra societa|een andere organisatie|some other company|other company's|another company's|"
                       "a different company's|de quelqu'un d'autre|de otra persona|von jemand anderem|de outra pessoa|"
                       "di qualcun altro|van iemand anders|"
                       # "baixou uma planilha ... de uma empresa chamada Construtora Andrade"
                       "uma empresa chamada|una empresa llamada|une entreprise appelee|une societe appelee|"
                       "eine firma namens|einer firma namens|un'azienda chiamata|een bedrijf genaamd|a company called|"
                       "a company named|"
                       # "vedo i dati di un'altra scuola": the other organisation named by its kind
                       "un'altra scuola|un altra scuola|un'altra associazione|otra escuela|otro colegio|otra clinica|"
                       "otra asociacion|une autre ecole|une autre clinique|une autre association|eine andere schule|"
                       "einer anderen schule|einer anderen praxis|einem anderen verein|outra escola|outra clinica|"
                       "outra associacao|een andere school|een andere praktijk|een andere vereniging|another school|"
                       "another clinic|another practice|another association|another charity|a different school|"
                       "a different clinic|"
                       # "il report di una scuola che non conosco"
                       "scuola che non conosco|azienda che non conosco|ditta che non conosco|escuela que no conozco|"
                       "empresa que no conozco|ecole que je ne connais pas|entreprise que je ne connais pas|"
                       "schule, die ich nicht kenne|firma, die ich nicht kenne|escola que nao conheco|"
                       "empresa que nao conheco|school die ik niet ken|bedrijf dat ik niet ken|school i don't know|"
                       "company i don't know|company we don't know"),
         need=r"(?:see|seeing|saw|seen|view|viewing|visible|access|showing|shows|appear|receiv|got|sent|displayed|"
              r"baix\w*|descarg\w*|telecharg\w*|herunterge\w*|scaric\w*|gedownload|uscit\w*|\bsalio\b|\bsaiu\b|"
              # "cambié un número en el link y vi cosas de otra empresa"
              r"\bvi\b|\bvimos\b|\bvio\b|\bvieron\b|\bvu\b|\bsah\b|ho visto|\bzag\b|"
              # "nel riepilogo settimanale ... c'erano le attività di un'altra azienda"
              r"c'erano|c'era|\bhabia\b|\bhavia\b|il y avait|es gab|there were|er stonden|"
              r"est sorti|"
              r"expos|download|open|read|veo|vemos|ver|vois|voyons|sehen|sehe|vejo|vemos|vedo|vediamo|zie|zien|"
              r"offnen|oeffnen|einsehen|zugriff|zugang|lesen|abrufen|ouvrir|abrir|aprire|openen|inzien|tombee? sur|"
              r"compars\w*|apparso|aparecio|apparu|erschien|apareceu|verscheen|"
              r"suis tombe|"
              # "le fichier CSV joint ne contient pas nos projets : ce sont ceux d'une autre entreprise"
              r"ce sont ceux|ce sont celles|son los de|son las de|sao os de|sao as de|sind die von|sono quell[ie] di|"
              r"zijn die van|(?:they'?re|they are) (?:those )?(?:of|from))"
              r"[^.!?]{0,80}(?:data|projects?|tasks?|boards?|files?|invoices?|information|workspaces?|details|"
              r"comments?|records|documents?|attachments?|contacts|emails?|names|datos|donnees|daten|dados|dati|"
              r"gegevens|proyectos?|projets?|projekte?|projetos?|progett[oi]|gehalter|gehaltsdaten|zahlen|chiffres|"
              r"pdfs?|planilhas?|hojas? de calculo|tableurs?|tabellen?|fogli(?:o)? di calcolo|spreadsheets?|sheets?|"
              r"cosas|choses|coisas|\bcose\b|dingen|\bthings\b|"
              # "ce sont ceux d'une autre entreprise, « Atelier Morel », avec les noms de leurs employés"
              r"\bnoms\b|nombres|\bnomes\b|\bnomi\b|\bnamen\b|employes|empleados|funcionarios|dipendenti|"
              r"medewerkers|mitarbeiter|"
              # "je suis tombé sur le rapport d'une autre société"
              r"rapports?|relatorios?|informes?|berichte?|rapporti?|rapporten|verslagen?|"
              r"attivita|actividades|activites|aktivitaten|atividades|activiteiten|tareas|taches|aufgaben|tarefas|"
              r"\btaken\b|"
              r"reports?|factures?|facturas?|rechnung(?:en)?|faturas?|fatture?|facturen?|"
              r"cifras|numeros|numeri|cijfers|salaires|salarios|stipendi|salarissen|tableros?|tableaux?|quadros?|"
              r"bachec[ah]e?|bord(?:en)?\b)|(?:data|projects?|"
              r"tasks?|boards?|files?|lists?|client names|clients|customers|contacts|"
              r"invoices?|information|workspace|details|records|documents?|datos|donnees|daten|dados|dati|gegevens|"
              r"projekte?|"
              r"projektdaten|kundendaten|projectgegevens|klantgegevens)"
              r"[^.!?]{0,60}(?:visible|accessible|showing up|appear|shown|sent|exposed|available|gelandet|gelangt|"
              r"apparai\w*|aparec\w*|erschein\w*|compar[ev]\w*|verschijn\w*|"
              r"offnen|geoffnet|gesehen|einsehen|sichtbar|abrufbar|lesbar|leesbaar|lisible|legible|leggibile|vor mir|"
              r"voor mij|devant moi|delante de mi|diante de mim|davanti a me|"
              r"terechtgekomen|atterri\w*|foram parar|fueron a parar|finit[ie]|ended up|landed)",
         unless=r"same (?:error|issue|problem|bug|thing|charge|invoice|billing|outage)|(?:also|too|as well)\b|"
                # reactions to a public post: "some of your other customers are piling on in the comments"
                r"piling on|in the comments|(?:reactions|likes|upvotes|retweets)\b|"
                # someone else's public board copying the writer's course: "a PUBLIC board run by a company called"
                r"public (?:\w+ )?board (?:run|owned|made|set up|published) by|"
                # "four other companies say their November invoices are inflated the same way"
                r"the same way|(?:say|said|says|report|reported|reports) (?:that )?their (?:\w+ )?(?:invoices?|bills?|"
                r"charges?)|"
                r"(?:got|had|have|see|saw|get) (?:exactly |just )?the same\b|"
                r"experiencing|affected|reporting|having the same|share (?:with|a board|our board)|invite|"
                r"collaborat|(?<!never been a )(?<!not a )(?<!never a )guest|"
                r"dasselbe|das gleiche|genauso|gleiche[sn]? (?:problem|fehler)|einlad|einzulad|eingeladen haben|"
                r"wie (?:kann|konnen) (?:ich|wir|man)|nicht (?:mehr )?(?:offnen|oeffnen|sehen|lesen)|"
                r"(?:ihre|seine) (?:eigenen? )?projekte?|" + _TEAMMATES_WORK + r"|"
                r"" + RIGHTS_HOLDERS_WORK, negatable=True,
         name="SEC1-cross-tenant"),
    # a document only we had, now in an outsider's hands: "es nuestra hoja de tarifas 2027, sacada de TeamFlow ... Esa
    # tarifa no la hemos enviado a nadie todavía"
    rule("SEC1", words("no la hemos enviado a nadie|no lo hemos enviado a nadie|no la hemos mandado a nadie|"
                       "no lo hemos mandado a nadie|we haven't sent it to anyone|we have not sent it to anyone|"
                       "we never sent it to anyone|nous ne l'avons envoye a personne|nous ne l'avons encore envoye a "
                       "personne|wir haben sie niemandem|wir haben es niemandem|nao a enviamos a ninguem|"
                       "nao o enviamos a ninguem|non l'abbiamo mandata a nessuno|non l'abbiamo inviata a nessuno|"
                       "non l'abbiamo mandato a nessuno|we hebben het naar niemand|hebben we naar niemand"),
         doc_need=r"^(?=[\s\S]*(?:teamflow))(?=[\s\S]*\b(?:otra|otro|another|rival|competi\w*|concurren\w*|"
                  r"konkurren\w*|concorren\w*|une autre|einer anderen|un'altra|een ander\w*|outra)\b)",
         unless=r"how (?:do|can)|\?", negatable=False, name="SEC1-only-ours-now-elsewhere"),
    # the product's own mail carried our records to outsiders: "Ze kregen een mail ... van TeamFlow, maar in die mail
    # staan opmerkingen ... over kinderen uit groep 5 ... Die ouders ... zitten ook helemaal niet in ons bord"
    rule("SEC1", words("kregen een mail|kreeg een mail|kregen een e-mail|kreeg een e-mail|received an email|"
                       "received an e-mail|got an email|got an e-mail|received a notification|recibieron un correo|"
                       "ont recu un mail|ont recu un e-mail|bekamen eine mail|bekamen eine e-mail|"
                       "hanno ricevuto una mail|"
                       "hanno ricevuto una e-mail|receberam um email|receberam um e-mail"),
         need=r"teamflow|notific|melding|opmerking|comment|kommentar|commento|comentario|commentaire|genoemd|"
              r"mentioned|erwahnt|mencionad|mentionne|menzionat",
         doc_need=r"^(?=[\s\S]*(?:niks mee te maken|niets mee te maken|nothing to do with|nichts (?:\w+ )?zu tun|"
                  r"nada que "
                  r"ver|rien a voir|niet in ons (?:bord|board|project|team)|not (?:in|on|members? of|part of) our "
                  r"(?:board|workspace|project|team)|pas dans notre|nicht in unserem|no estan en nuestro|nao estao no "
                  r"nosso|non sono nel nostro))(?=[\s\S]*(?:achternaam|namen|names|nombres|noms|nomes|nomi|diagnos|"
                  r"dyslex|thuissituatie|address|adres|telefoon|phone|birth|geboorte))",
         unless=r"how (?:do|can)|\?", negatable=False, name="SEC1-our-records-mailed-to-outsiders"),
    # what lived only in the product is now in public: "23 Fotos aus unserem internen Board ... auf einer
    # Facebook-Seite ... Diese Fotos wurden ausschließlich in TeamFlow hochgeladen"
    rule("SEC1", words("ausschliesslich in teamflow|nur in teamflow|only in teamflow|only on teamflow|only ever in "
                       "teamflow|solo en teamflow|unicamente en teamflow|uniquement dans teamflow|"
                       "seulement dans teamflow|"
                       "so no teamflow|apenas no teamflow|solo su teamflow|solo in teamflow|alleen in teamflow|"
                       "alleen op teamflow"),
         doc_need=r"facebook|instagram|tiktok|linkedin|\bx\.com|website|webseite|offentlich|\bpublic|publique|publico|"
                  r"pubblic|openbaar|im netz|en ligne|en linea|in rete",
         # what stays only in the product is a sync fault: "Les nouvelles leçons restent seulement dans TeamFlow"
         unless=r"how (?:do|can)|\?|\b(?:restent|reste|bleiben|bleibt|remain|remains|stay|stays|quedan|queda|ficam|"
                r"fica|"
                r"restano|resta|blijven|blijft)\b|(?:we|wir|nous|nosotros|nos|noi|wij) (?:\w+ )?(?:posted|published|"
                r"gepostet|"
                r"veroffentlicht|publie|publicamos|publicado|pubblicato|gepubliceerd)",
         negatable=False, name="SEC1-only-in-the-product-now-public"),
    # a firm nobody engaged holds our export: "A consultancy we have never hired ... 'received your full workspace
    # export'"
    rule("SEC1", words("received your|received our|received the full|received a full|have your export|have our export|"
                       "has our export|got our export|have a copy of our|has a copy of our|hebben onze export|"
                       "haben unseren export|ont recu votre|ont recu notre|recibieron su|recibieron vuestra|"
                       "receberam a vossa|receberam o vosso|hanno ricevuto il vostro|hanno ricevuto la vostra|"
                       # "im anhang unsere komplette kundenliste"; "have been receiving our patients' records"
                       "im anhang unsere|im anhang ist unsere|attached was our|with our client list attached|"
                       "en adjunto nuestra|en piece jointe notre|in allegato la nostra|em anexo a nossa|"
                       "in de bijlage onze|been receiving our|been receiving and reading our|been reading our"),
         need=r"export|workspace|data|database|backup|files|projects?|copy|werkruimte|arbeitsbereich|espace|espacio|"
              r"donnees|daten|datos|dados|dati|gegevens|\w*liste?n?\b|lista|lijst|records|akten|dossiers",
         doc_need=STRANGER,
         unless=r"how (?:do|can)|\?|(?:we|i) (?:sent|gave|shared|forwarded)", negatable=False,
         name="SEC1-stranger-holds-our-export"),
    # SEC1: records of another tenant shown in this customer's workspace
    rule("SEC1", words("aren't ours|are not ours|isn't ours|not ours|don't belong to us|do not belong to us|"
                       "arent ours|isnt ours|dont belong to us|belong to some company|belongs to some company|"
                       "belong to a company called|belongs to a company called|"
                       "doesn't belong to us|belong to another|belongs to another|belonging to another|"
                       "up in our|up inside our|"
                       "belong to a different|someone else's|somebody else's|belonging to clients of|"
                       "belonging to a different|of a completely different|of a totally different|"
                       "of an entirely different|from a completely different|from a totally different|"
                       "appear in our|appearing in our|visible in our|no son nuestr|"
                       "ne sont pas a nous|ne nous appartiennent pas|gehoren nicht uns|nicht unsere|"
                       "nao sao nossos|non sono nostri|niet van ons|nao sao nossas|no son nuestras|"
                       "ne sont pas les notres|sind nicht unsere|non sono nostre|zijn niet van ons|"
                       "nicht zu uns gehoren|nicht zu uns gehort|die nicht uns gehoren|no nos pertenecen|"
                       "nao nos pertencem|non ci appartengono|niet bij ons horen|niet van ons zijn|"
                       # one file: "se abrió otro archivo, que no es nuestro"
                       "no es nuestro|no es nuestra|pas le notre|pas la notre|n'est pas a nous|nao e nosso|"
                       "nao e nossa|non e nostro|non e nostra|niet de onze|niet het onze"),
         need=r"(?:another|other|a (?:completely |totally |entirely )?different|someone else'?s|somebody else'?s) ?"
              r"(?:customer|company|client|tenant|"
              r"organi[sz]ation|workspace|account)?|(?:customer|company|client|tenant) \w+'s|\w+'s (?:invoices?|"
              r"data|records|projects?|tasks?|files?|boards?)|(?:rows|records|entries|tasks|invoices|files|documents|"
              r"projects|data|datos|donnees|daten|dados|dati|gegevens|tarefas|tareas|taches|aufgaben|attivita|"
              r"projekte|projetos|proyectos|progetti|projecten|projets|"
              r"archivo|fichier|datei|ficheiro|arquivo|bestand|documento|dokument|tablero|tableau|quadro|bacheca|"
              r"taken|rechnung\w*|factur\w*|fatur\w*|fattur\w*|invoice|seiten|pages|paginas|pagine|"
              r"pacientes|patients?|patienten|pazienti|clientes|klanten|kunden|clienti|coluna|columna|colonne|spalte|"
              r"colonna|kolom|column|"
              # "plein de cartes qui ne sont pas à nous : des commandes ... pour une boulangerie à Lyon"
              r"commandes|pedidos|bestellungen|encomendas|ordini|bestellingen|orders|cartes|karten|tarjetas|cartoes|"
              r"schede|kaarten|"
              # "er staan ineens allemaal lessen in met leerlingen die NIET van ons zijn"
              r"leerlingen|lessen|afspraken|leerling|students|pupils|alumnos|alunos|allievi|schuler|eleves|"
              r"lessons|lecciones|aulas|lezioni|lektionen|appointments|citas|rendez-vous|termine|appuntamenti|"
              r"cards (?:that|which) (?:are not|aren'?t|were not|weren'?t) ours)\b",
         unless=r"how (?:do|can)|(?:want|need|like) to|guest|shared with us|invited us|collaborat|\bbank\b|"
                r"(?:nuestr[oa]|notre|unser\w*|noss[oa]|nostr[oa]|onze|ons) (?:intenzione|intencion|intention|intencao|"
                r"absicht|bedoeling)\b|"
                r"(?:nuestr[oa]|notre|unser\w*|noss[oa]|nostr[oa]|onze|ons) (?:problema|problem|probleme|probleem|"
                r"culpa|schuld|faute|colpa|fout|erro|error|fehler|errore)\b|"
                r"(?:set|sign|back|clean|follow|pick|look|line|catch|signed|backed)[- ]?up in our|"
                # a chat channel: "not a single TeamFlow notification has shown up in our #projects Slack channel"
                r"\bslack\b|\bchannel\b|\bteams channel|#\w|"
                r"(?:aren'?t|arent|not) ours yet|"
                # one's own card, not a stranger's card data: "the last four digits of their card" is exposure
                r"(?<!their )(?<!his )(?<!her )\bcards?\b(?! (?:that|which) (?:are not|aren'?t|were not|weren'?t) "
                r"ours)|(?:stopped|no longer|"
                r"not|aren'?t|isn'?t|don'?t|doesn'?t) (?:\w+ )?appear|(?:in|under|with) someone else'?s (?:name|"
                r"template|brand)|\bas someone else'?s (?:template|work|name|own)\b|(?:our|my) (?:\w+'?s? )?(?:logo|"
                r"handbook|photos?|"
                r"illustrations?|texts?|playbook)|"
                r"" + _TEAMMATES_WORK,
         name="SEC1-foreign-records"),
)
