"""Rules of the Security & Data Incidents group's compliance criterion (SEC5): GDPR, HIPAA, SOC 2 and the
agreements that carry them (DPA, BAA, data residency, retention, consent), broken in fact rather than asked about.
"""

from __future__ import annotations

from .lexicon import Rule, rule, words

#: A framework or agreement broken in fact, in the languages read ("contrary to", "in breach of", retention exceeded).
_VIOLATION = (r"(?:contrair(?:e|es) (?:a|au|aux)|en violation|non[- ]conformes?|pas conformes?|\bviol(?:e|ent|ant)\b|"
              r"enfrei\w*|contrari[oa]s? (?:a|al|ao|alla|allo)|incumpl\w*|\bviola(?:n|m|ndo)?\b|no cumple|en contra "
              r"de|versto(?:ss|ß)t|widerspr\w*|nicht (?:konform|vereinbar|zulassig|rechtskonform)|rechtswidrig|"
              r"unzulassig|em desacordo|nao conforme|non conforme|in violazione|in contrasto con|in strijd met|"
              r"\bschendt\b|niet conform|niet in overeenstemming|in breach of|"
              r"breach(?:es|ed|ing)? (?:the|our|your|its)|"
              r"contrary to|in violation of|against (?:the|our|your) (?:dpa|agreement|contract|rules)|"
              r"(?:kept|stored|retained|held|conserv\w*|aufbewahrt|gespeichert|guardad\w*|armazenad\w*|bewaard) "
              r"(?:\w+ ){0,4}(?:beyond|longer than|past|after|despite|au-dela|plus longtemps|depuis|mas alla|"
              r"langer als|uber|alem|oltre|langer dan|datant de|from \d{4}|since \d{4}|desde \d{4}|seit \d{4})|"
              r"(?:datant|datent|from|dating from|desde|seit|von|dal|sinds) (?:de )?(?:20[01]\d|202[0-3])\b)")

COMPLIANCE: tuple[Rule, ...] = (
    # a signed BAA, then patient details in the product's own mails: "the reminder emails put the full task title in
    # the subject line. Our task titles contain the patient's name and the treatment"
    rule("SEC5", words("patient's name|patients' names|patient names|patient name|patient details|patient information|"
                       "protected health information|health information|phi$|diagnoses|diagnosis"),
         need=r"e-?mails?|subject line|notifications?|reminders?|in plain|going out",
         doc_need=r"business associate agreement|\bbaa\b",
         unless=r"how (?:do|can)|\?|(?:can|could|should|would) (?:we|i|you)\b|(?:do|does|will) (?:you|teamflow)\b|"
                r"(?:don'?t|do not|never) (?:include|contain|show|put)",
         guard="hypo", negatable=False, name="SEC5-patient-details-in-mails-under-baa"),
    rule("SEC5", words("pre-ticked|pre-checked|preticked|prechecked|without their parents|without parental|"
                       "without the parents"),
         doc_need=r"children|kids|pupils|minors|\bchild\b|marketing|adverts?|offers|newsletter",
         unless=r"how (?:do|can)|\?", negatable=False, name="SEC5-consent-not-given"),
    rule("SEC5", words("personal data|data subjects|personenbezogene daten|personenbezogenen daten|"
                       "datos personales|donnees personnelles|donnees a caractere personnel|dados pessoais|"
                       "dati personali|persoonsgegevens|patient data|health data|health information|"
                       "patient information|medical information|patient details|gesundheitsdaten|patientendaten|"
                       "datos de salud|datos de pacientes|donnees de sante|donnees des patients|dados de saude|"
                       "dados de pacientes|dati sanitari|dati dei pazienti|gezondheidsgegevens|patientgegevens|"
                       "mandantendaten|datos de clientes|donnees clients|lohnabrechnungen|steuerbescheide|"
                       # "los archivos adjuntos se guardan en servidores de Estados Unidos. Son informes medicos"
                       "archivos adjuntos|fichiers joints|pieces jointes|dateianhange|anexos|allegati|bijlagen|"
                       "attachments|informes medicos|rapports medicaux|arztberichte|relatorios medicos|referti medici|"
                       "medische verslagen|medical reports"),
         need=r"outside (?:the )?(?:eu|eea|europe|european)|transferred (?:to|outside)|(?:served|stored|hosted|kept|"
              r"located|processed|saved) (?:\w+ ){0,2}(?:from|in|on) (?:an? |the )?(?:us|u\.s\.|united states|american|"
              r"non-eu)\b|\bus (?:bucket|servers?|region|data ?cent(?:er|re))|stored (?:in|on|outside) "
              r"(?:the )?(?:us|united states|usa)|(?:do|does|did) not allow|doesn'?t allow|not allowed|"
              r"no legal basis|without (?:any )?legal basis|sin base (?:legal|juridica)|sans base (?:legale|juridique)|"
              r"ohne rechtsgrundlage|sem base legal|senza base giuridica|zonder rechtsgrond|"
              r"not allowed to (?:do|have|keep|send|store|share)|stored in us-|us-(?:east|west)-\d|(?:a |the )?us "
              r"region|(?:server|servern|servidores|serveurs|servidores|"
              r"server|servers) (?:\w+ ){0,2}(?:in|en|em|aux|nos|negli|in de|de|dos|des|degli) (?:den )?(?:usa|us\b|"
              r"virginia|oregon|"
              r"ohio|eeuu|ee\.uu|estados unidos|etats-unis|eua|stati uniti|vs\b|amerika)|nicht zulassig|unzulassig|"
              # "se guardan en un centro de datos en Virginia, Estados Unidos"
              r"(?:guard|almacen|alojad|stock|heberg|gespeichert|gehostet|armazen|hospedad|salvat|archiviat|ospitat|"
              r"opgeslagen|gehost|stored|kept|hosted)\w* (?:\w+ ){0,6}(?:virginia|oregon|ohio|estados unidos|eeuu|"
              r"etats-unis|stati uniti|verenigde staten|vereinigten staaten|united states|usa)\b(?![^.!?]*\?)|"
              r"widerspricht|contrary to|contraire a|contrario a|in strijd met|"
              r"against (?:our|the|your) (?:agreement|dpa|contract|terms)|unlawful|illegal|violat|without (?:a |our "
              r"|any )?(?:consent|legal basis|agreement|dpa|baa)|ausserhalb der (?:eu|ewr)|fuera de la (?:ue|eee)|"
              r"hors de l'(?:ue|eee)|fora da (?:ue|eee)|fuori dall'(?:ue|see)|buiten de (?:eu|eer)|"
              # "it is not conform: patient health information is leaving the system in unprotected e-mails"
              r"(?:leaving|leaves|left|sent|going|goes) (?:\w+ ){0,4}(?:in )?(?:unprotected|unencrypted|in clear|"
              r"in plain text)|\bnot conform\b|nicht konform|pas conforme|no (?:es )?conforme|nao (?:e )?conforme|"
              r"non (?:e |siete )?conform|niet conform",
         unless=r"(?:do|does|can|could|will|would|is|are) (?:you|teamflow|it|there|your)\b[^.!?]*\?|how (?:do|can)|"
                r"what happens|\bif\b",
         guard="info", name="SEC5-personal-data-moved"),
    rule("SEC5", words("outside the eea|outside the eu|outside of the eu|outside the european union|eu-only|eu only|"
                       "ausserhalb der eu|ausserhalb des ewr|fuera de la ue|hors de l'ue|fora da ue|fuori dall'ue|"
                       "buiten de eu"),
         need=r"transfer|stored|hosted|served|processed|kept|moved|residency|gespeichert|ubertragen|almacenad|"
              r"transferid|stocke|transfere|armazenad|transferid|archiviat|trasferit|opgeslagen|doorgegeven",
         also=r"not (?:allowed|permitted)|against|violat|unlawful|illegal|although|despite|even though|without|"
              r"breach|nicht erlaubt|unzulassig|no (?:esta )?permitid|pas autorise|nao (?:e )?permitid|non "
              r"(?:e )?consentit|niet toegestaan|trotz|a pesar|malgre|apesar|nonostante|ondanks",
         unless=r"(?:do|does|can|could|will|would|is|are) (?:you|teamflow|it|there|your)\b[^.!?]*\?|how (?:do|can)|"
                r"what happens|\bif\b",
         guard="info", name="SEC5-moved-outside"),
    rule("SEC5", words("gdpr|hipaa|soc 2|soc2|soc ii|ccpa|cpra|pci|dsgvo|rgpd|lgpd|ferpa|pipeda|iso 27001|avg$|"
                       "patient privacy|"
                       "phi$|protected health|patient data|health data|data protection law|privacy law|"
                       "data residency|schrems|bdsg|privacy regulation|privacy rules|data protection rules|"
                       "data protection regulations|privacy regulations|data protection officer|privacy officer|"
                       "data protection adviser|data protection advisor|privacy adviser|compliance adviser|"
                       "compliance advisor|"
                       "protection des donnees|dados de saude|"
                       "datos de salud|donnees de sante|gesundheitsdaten|dati sanitari|dati sulla salute|"
                       "gezondheidsgegevens|"
                       "proteccion de datos|datenschutzregeln|datenschutzrecht|protecao de dados|"
                       "protezione dei dati|gegevensbescherming"),
         need=r"break(?:s|ing)? (?:data protection|privacy|gdpr|hipaa) (?:law|rules|regulations)|"
              r"(?:been )?keeping (?:their |the )?(?:data|details) (?:on|of|about) people|promised (?:\w+ ){0,4}to "
              r"(?:get rid of|delete|remove|erase)|"
              r"violat|breach|infring|non-?complian|not (?:\w+ )?compliant|no longer (?:\w+ )?compliant|at odds with|"
              r"out of line with|not in line with|"
              r"forbids?|forbidden|prohibits?|prohibited|verbietet|interdit|prohibe|proibe|vieta|verbiedt|"
              r"in conflict with|conflicts? with|not in line with|contrary to|(?:rules|law|regulations?) (?:forbid|"
              r"forbids|"
              r"prohibit|prohibits)|exactly what the (?:\w+ )?(?:rules|law)|vai contra|va en contra|va contre|"
              r"va contro|"
              r"gaat (?:in )?tegen|goes against|a lei nao (?:o )?permite|"
              r"la ley no (?:lo )?"
              r"permite|la loi ne (?:le )?permet pas|das gesetz (?:\w+ )?(?:nicht|verbietet)|la legge non (?:lo )?"
              r"permette|de wet (?:staat dat niet toe|verbiedt)|the law (?:doesn'?t|does not) allow|"
              r"nao podiam sair|no podian salir|ne devaient pas sortir|(?:can'?t|cannot|not allowed to|mustn'?t) "
              r"(?:do|collect|keep|record|store|track) (?:that|this|it|them)? ?without (?:asking|consent|permission|"
              r"telling)|against (?:the|"
              r"our) (?:\w+ ){0,2}(?:rules|"
              r"laws?|regulations)|break(?:s|ing)? (?:our|the|their|my) "
              r"(?:\w+ ){0,2}(?:privacy|data protection|confidentiality|gdpr|hipaa) (?:rules|laws?|regulations|"
              r"requirements|obligations)|contraire (?:a|aux)\b|contrari[oa] (?:a|al|alle|ao|as)\b|widerspricht|"
              r"in contrasto con|ne respect\w* "
              r"(?:plus|pas)|no cumpl|ya no cumpl|non (?:siamo|sono|e|siete|sei) (?:piu )?conform|(?:no|nao) (?:son|"
              r"sois|sao|sont|estan|estao) conform|in strijd|strijdig|"
              r"nicht (?:mehr )?(?:\w+ )?konform|nao (?:estamos|esta|somos) (?:mais )?(?:em )?conform|"
              r"break(?:s|ing)? (?:our|the|their|my) (?:gdpr|hipaa|dsgvo|rgpd|lgpd|soc ?2|data protection|privacy|"
              r"compliance)\b|not (?:very |really |even |exactly )?(?:gdpr|hipaa|dsgvo|rgpd|lgpd)[ -]?(?:ok|okay|"
              r"friendly|"
              r"legal|kosher|proof|allowed|konform|conformes?)\b|not (?:ok|okay|allowed|legal|kosher|fine) (?:under|"
              r"with|"
              r"per|by|according to)\b|nao (?:cumpre|cumprem|respeita|respeitam)\b|non (?:rispetta|rispettano)\b|"
              r"out of (?:\w+ )?compliance|breaking (?:the )?"
              r"(?:law|rules|gdpr|hipaa)|break(?:s|ing)? (?:gdpr|hipaa|the law)|against (?:gdpr|hipaa|the law|"
              r"the rules|regulation)|illegal|unlawful|without (?:a |our |my |any )?(?:consent|baa|dpa|agreement|"
              r"permission|legal basis)|violacion|infraccion|incumpl|infraction|non-?conformit|verstoss|verstos|"
              r"verstoß|"
              r"verletz|violacao|infracao|violazione|schending|overtreding|exposed|leaked|stored (?:in|on|outside)|"
              r"transferred (?:to|outside)|outside (?:the )?(?:eu|eea|europe)|us servers|in the us\b|"
              r"sent (?:to|our)|shared (?:with|our)|sold|selling|disclosed to|(?:going|went|goes) to (?:someone|"
              r"a stranger|"
              r"strangers|"
              r"an? (?:outsider|third))|(?:someone|people|strangers?) outside (?:the|our) (?:practice|company|"
              r"organi[sz]ation|clinic|firm|school|office)|retain(?:ed|ing)? (?:\w+ )?(?:after|despite|"
              r"longer)|still (?:have|has|holds?|stor|keep)|not deleted|haven'?t deleted|didn'?t delete|"
              r"ignored (?:my|our)|refus|problem|issue|concern|risk|fail|flagged|\bgap\b|deviation|exception|"
              r"not as (?:contracted|promised|documented|agreed)|short of|doesn'?t meet|does not meet|"
              r"patient names|health information|unencrypted|not on (?:your|the) (?:sub-?processor|list)|"
              r"although (?:your|the) [^.!?]{0,30}(?:says|states|promises|commits)|contrevient|contraviene|pourtant|"
              r"alors que|cependant|sin embargo|obwohl|jedoch|no entanto|eppure|tuttavia|hoewel|"
              r"contravene|verstosst gegen|viola (?:il|la|el|a|o)\b|schendt|"
              # "tratamento de dado sensível fora do que a LGPD permite, e também fora do DPA"
              r"fora do que (?:a |o )?(?:\w+ )?(?:permite|autoriza)|fora do (?:dpa|contrato|acordo)|fuera de lo que "
              r"(?:la |el )?(?:\w+ )?(?:permite|autoriza)|en dehors de ce que|ausserhalb dessen|al di fuori di quanto|"
              r"buiten wat|beyond what (?:the |our )?(?:\w+ )?(?:allows|permits)|"
              # "exactly what our agreement with you is supposed to rule out"
              r"(?:agreement|baa|dpa|contract) (?:\w+ ){0,3}(?:supposed|meant) to (?:rule out|prevent|forbid)|"
              # "así no estamos cumpliendo el RGPD"
              r"no (?:estamos|estan|esta|estais) cumpliendo|nao (?:estamos|esta|estao) (?:a )?cumpr|"
              r"non (?:stiamo|stanno|sta) rispettando|(?:halten|halt) (?:\w+ ){0,3}nicht ein|"
              # "estamos rompiendo la ley HIPAA ... sin el acuerdo firmado que exige esa ley"
              r"(?:rompiendo|violando|infringiendo|incumpliendo|quebrando|violare|infrangendo|enfreignant|"
              r"overtreden) (?:\w+ )?(?:la |a |le |de )?(?:ley|lei|legge|loi|wet|normas?|regl\w*|hipaa|gdpr|rgpd|"
              r"lgpd)\b|"
              r"sin (?:el|un|ningun) acuerdo (?:firmado|que exige)|sem (?:o|um|nenhum) acordo (?:assinado|que exige)|"
              # "that is precisely what that agreement and the federal patient-privacy rules do not allow"
              r"(?:is|was) (?:precisely |exactly )?what (?:\w+[ -]){0,12}(?:do not|don'?t|does not|doesn'?t) "
              r"(?:allow|permit)\b|"
              + _VIOLATION,
         unless=r"(?:are|is) (?:you|teamflow|your \w+) (?:\w+ )?compliant|\bno (?:\w+ )?(?:violation|breach|"
                r"problem|issue)|questionnaire|risk assessment|vendor (?:risk |security )?(?:review|assessment)|"
                r"(?:yearly|annual) (?:vendor |supplier |security )?review|just the (?:yearly )?paperwork|"
                r"(?:send|share) (?:us |me )?your (?:latest |current )?(?:soc ?2|iso ?27001)|(?:make|makes|"
                r"making) (?:our|"
                r"the) (?:next )?(?:\w+ ){0,3}"
                r"(?:easier|simpler)|(?:do|does|can|could|will|would|is|are) (?:you|teamflow|there|it)\b[^.!?]*\?|"
                # "se avete una certificazione tipo ISO 27001 o SOC 2. Non c'è nessun problema eh"
                r"(?:nessun|ningun|aucun|kein|nenhum|geen) (?:\w+ )?(?:problem\w*|violazion\w*|violacion|infraction)|"
                r"\b(?:se|si|ob|of) (?:avete|tenete|tienen|teneis|avez|vous avez|sie|tem|voces tem|jullie) (?:\w+ )?"
                r"(?:una |un |une |eine |um |uma |een )?(?:certificazione|certificacion|certification|zertifizierung|"
                r"certificacao|certificering|certificado|certificat|zertifikat)|"
                # the data subject's own request: "Under Article 17 of the GDPR I am asking you to erase all personal
                # data"
                r"\b(?:i am|i'm|we are|we're) (?:\w+ )?(?:asking|requesting) (?:you )?to (?:erase|delete|remove)\b|"
                r"solo per tenere la documentazione|solo para tener la documentacion|juste pour (?:la documentation|"
                r"nos dossiers)|nur fur unsere unterlagen|so para a documentacao|alleen voor (?:onze )?documentatie|"
                # "Não há problema nenhum, é só para o dossiê RGPD que ela está a preparar"
                r"\b(?:so|solo|juste|just|nur|only|alleen) (?:para|pour|per|for|fur|voor) (?:o|el|le|il|the|das|het|"
                r"la|a)? ?(?:dossie|dossier|expediente|fascicolo|file|akte|documentacao|documentacion)\b|"
                r"problema nenhum|ningun problema|aucun probleme|kein problem|nessun problema|geen probleem|"
                # "Nous préparons notre audit SOC 2 de l'an prochain ... rien à voir avec un problème chez vous"
                r"(?:preparons|preparing|prepare|preparamos|preparando|bereiten|preparare|bereiden) (?:\w+ ){0,3}audit|"
                r"rien a voir avec un probleme",
         negatable=False, name="SEC5-violation"),
    # "we were told you are HIPAA conform ... But it is not conform: patient names are leaving in unprotected e-mails"
    rule("SEC5", words("not conform|nicht konform|pas conforme|no es conforme|nao e conforme|non e conforme|"
                       "niet conform|not compliant any more|not compliant anymore"),
         doc_need=r"hipaa|\bbaa\b|business associate|\bdpa\b|gdpr|dsgvo|rgpd|lgpd|\bavg\b|patient|health|medical|"
                  r"personal data|datos personales|donnees personnelles|personenbezogen|dados pessoais|dati personali|"
                  r"persoonsgegevens",
         unless=r"(?:are|is) (?:you|teamflow|it) (?:\w+ )?(?:conform|compliant)|\?|how (?:do|can)",
         guard="hypo", negatable=False, name="SEC5-not-conform"),
    # "we signed your HIPAA addendum ... That is not how our agreement says patient information is handled."
    rule("SEC5", words("not how our agreement says|not how the agreement says|not what our agreement says|"
                       # "Reminder emails are including patient details - this is against our BAA"
                       "against our baa|against the baa|against our dpa|against the dpa|"
                       "against our business associate agreement|contrary to our baa|contrary to our dpa|"
                       "not what the agreement says|not how our contract says|not what our contract says|"
                       "goes against our agreement|breaks our agreement|not what we signed|not what we agreed|"
                       "the agreement says no|our agreement says no|the baa says no|the dpa says no|"
                       "the contract says no|"
                       "no es lo que acordamos|no es lo que firmamos|pas ce que nous avons convenu|pas ce qui etait "
                       "convenu|nicht das, was wir vereinbart|nicht, was wir vereinbart|nao e o que combinamos|"
                       "nao foi o que combinamos|non e quello che abbiamo concordato|niet wat we afgesproken|"
                       # "Das ist so nicht vereinbart." after the DPA's Germany-only promise
                       "so nicht vereinbart|nicht so vereinbart|not what was agreed|was not agreed|wasn't agreed|"
                       "n'etait pas convenu|no es lo acordado|nao foi acordado|non era concordato|zo niet afgesproken"),
         doc_need=r"hipaa|\bbaa\b|business associate|\bdpa\b|data processing|gdpr|soc ?2|iso ?27001|patient|health|"
                  r"personal data|medical|datos de salud|donnees de sante|gesundheitsdaten|dados de saude|"
                  r"dati sanitari|"
                  r"gezondheidsgegevens|pacientes?|pazient|patienten|rgpd|dsgvo|lgpd|avg\b|auftragsverarbeitung|"
                  r"verwerkersovereenkomst|accord de sous-traitance|acordo de subcontratacao|contrato de encargad|"
                  r"accordo sul trattamento|"
                  r"\bavv\b|"
                  r"gesundheitsangaben",
         unless=r"how (?:do|can)|\?", guard="hypo", negatable=False, name="SEC5-not-as-agreed"),
    rule("SEC5", words("dpa$|data processing agreement|data processing addendum|accord de traitement|"
                       "auftragsverarbeitung|avv$|contrato de encargo|acordo de processamento|"
                       "accordo sul trattamento|verwerkersovereenkomst|retention period|retention policy|"
                       "retention limit|duree de conservation|conservation|aufbewahrungsfrist|speicherfrist|"
                       "plazo de conservacion|periodo de retencao|periodo di conservazione|bewaartermijn|baa$|"
                       "business associate agreement|subprocessor|sub-processor|sous-traitant|"
                       "unterauftragsverarbeiter|subencargado|suboperador|subresponsabile|subverwerker|"
                       "data residency|hosted in the eu|eu data|donnees dans l'ue|encryption at rest"),
         need=_VIOLATION + r"|violat|not (?:\w+ )?compliant|without (?:a |our |my |any )?(?:consent|baa|dpa|"
              r"notice|approval|"
              r"agreement|permission|legal basis)|not (?:on|in) (?:the|your|our) (?:\w+ )?(?:list|schedule|annex)|"
              r"(?:nobody|no one|no-one|none of us) (?:\w+ )?(?:agreed|approved|consented)|"
              # "exactly what our agreement with you is supposed to rule out"
              r"(?:supposed|meant) to (?:rule out|prevent|stop|avoid|forbid)|not (?:as )?(?:contracted|"
              r"promised|documented|agreed)|"
              r"not what (?:the |our |your )?(?:\w+ ){0,4}(?:agreement|contract|baa|dpa|addendum)\b[^.!?]{0,40}"
              r"(?:allows|permits|says|covers|lets)|(?:agreement|baa|dpa|contract|addendum) (?:\w+ ){0,5}(?:doesn'?t|"
              r"does not) (?:allow|permit|cover)\b|(?:baa|dpa|hipaa|gdpr)s? (?:\w+ ){0,3}(?:don'?t|do not|doesn'?t|"
              r"does not|wouldn'?t) (?:allow|permit)\b|"
              # "the business associate agreement we signed says no patient health information in notifications"
              r"\bsays? (?:that )?(?:no|there (?:will|would) be no|you (?:won'?t|will not|would not)|"
              r"never) (?:\w+ ){0,3}"
              r"(?:patient|health|personal|phi|medical|client|customer)|(?:says?|promised?|states?|"
              r"guarantees?) (?:\w+ )?"
              r"(?:won'?t|will not|would not|must not|should not|shall not|never) (?:happen|be)\b|"
              # "Under our BAA with you deleted PHI should be purged within 30 days" (and it is still there)
              r"\b(?:should|must|shall|are to) be (?:purged|deleted|erased|removed|destroyed) within\b",
         unless=r"(?:are|is) (?:you|teamflow|your \w+) (?:\w+ )?compliant|\bno (?:\w+ )?(?:violation|breach)|"
                r"(?:do|does|can|could|will|would|is|are) (?:you|teamflow|there|it)\b[^.!?]*\?|(?:send|share|sign|"
                r"provide) (?:us |me )?(?:a |the |your )?(?:copy|dpa|agreement)|questionnaire|how (?:do|can|should) "
                r"(?:we|i)\b",
         negatable=False, name="SEC5-agreement-broken"),
    rule("SEC5", words("without my consent|without our consent|without consent|without their consent|"
                       "sin mi consentimiento|sin consentimiento|sans mon consentement|sans consentement|"
                       "ohne meine einwilligung|ohne einwilligung|ohne zustimmung|sem meu consentimento|"
                       "sem consentimento|senza il mio consenso|senza consenso|zonder toestemming"),
         need=r"process|stor|shar|sell|sold|collect|transfer|send|sent|us(?:e|ed|ing)\b|track|record|"
              r"trat|almacen|vend|compart|traite|stock|vend|partag|verarbeit|gespeichert|verkauf|weitergegeben|"
              r"armazen|compartilh|trattat|conservat|vendut|condivis|verwerk|opgeslagen|verkocht|gedeeld",
         name="SEC5-consent"),
    # "Ihr Workspace läuft jetzt in us-east-1 ... Speicherort USA (Virginia)" against a data processing agreement
    rule("SEC5", words("us-east|us-west|speicherort usa|in die usa|in den usa|aux etats-unis|vers les etats-unis|"
                       "a estados unidos|en estados unidos|para os eua|nos eua|negli stati uniti|naar de vs|"
                       "naar amerika|to the us|to the united states|in the us region"),
         need=r"lauf(?:t|en) (?:\w+ ){0,3}jetzt|jetzt in|verlagert|verlagerung|migriert|migration|ubermittlung|"
              r"gespeichert|"
              r"speicherort|moved|migrated|transferred|stored|runs? (?:now )?in|now in|deplace|migre|transfere|"
              r"heberge|stocke|trasladad|migrad|transferid|alojad|almacenad|movid|spostat|migrat|trasferit|"
              r"ospitat|verplaatst|gemigreerd|opgeslagen|overgezet|bestatigt|confirms?|"
              # "die Anhänge werden von einem Speicher in us-east-1 (Virginia, USA) ausgeliefert"
              r"ausgeliefert|geladen|served|delivered|download(?:ed|s)? from|resolve[sd]? to|servis|servid|serviti|"
              r"geleverd|liegen|"
              # 'steht bei "Datenregion" ... "us-east-1", und die Dateilinks zeigen auf einen Speicher in Virginia'
              r"datenregion|data region|region de datos|region des donnees|regione dei dati|dataregio|"
              r"zeig(?:t|en) (?:\w+ ){0,3}auf|point(?:s|ing)? to|pointent vers|apuntan a|apontam para|puntano a|"
              r"wijzen naar",
         doc_need=r"auftragsverarbeitung|ausschlie(?:ss|ß)lich|\bdpa\b|\bavv\b|data processing agreement|eu only|"
                  r"only in "
                  r"the eu|frankfurt|rechenzentrum|dans l'ue|en la ue|na ue|nell'ue|in de eu|within the eu|"
                  r"ohne (?:unsere )?zustimmung|without (?:our )?(?:consent|agreement)|sans (?:notre )?accord|"
                  r"sin (?:nuestro )?consentimiento|sem (?:o nosso )?consentimento|senza (?:il nostro )?consenso|"
                  r"zonder (?:onze )?toestemming|keine (?:\w+ )?grundlage|no legal basis|unzulassig|unlawful|illegal",
         unless=r"how (?:do|can)|\?|(?:we|wir|nous|nosotros|nos|noi|wij) (?:\w+ ){0,2}(?:moved|asked|requested|"
                r"chose|verlagert|beantragt|gewahlt|demande|choisi|pedimos|elegimos|pedimos|scelto|gekozen)",
         guard="hypo", negatable=False, name="SEC5-moved-to-the-us"),
    # "we signed your business associate agreement ... 'Hide task details' ... Since your release that setting is being
    # ignored ... 'Call back J. Alvarez re: knee MRI results, DOB 04/12/1961'"
    rule("SEC5", words("business associate agreement|baa$|hipaa"),
         doc_need=r"(?=[\s\S]*(?:patient|\bdob\b|date of birth|diagnos|medical|\bmri\b|"
                  r"health))[\s\S]*(?:is being ignored|"
                  r"being ignored|no longer (?:works|applied|respected|honou?red)|stopped working|not (?:being )?"
                  r"(?:applied|respected|honou?red)|(?:shows?|showing|visible|appears?) (?:\w+ ){0,4}(?:in the subject|"
                  r"on "
                  r"lock screens?|in (?:plain|clear) text))",
         unless=r"how (?:do|can)|\?|(?:do|does|will|would|can) (?:you|teamflow) (?:sign|offer|provide|have)",
         guard="hypo", negatable=False, name="SEC5-safeguard-ignored"),
    # "nel link delle fatture c'è un numero e se lo cambi ... si vedono le fatture di altri clienti vostri"
    rule("SEC2", words("altri clienti|other customers|otros clientes|autres clients|andere kunden|anderer kunden|"
                       "outros clientes|andere klanten|altre aziende|other companies|otras empresas|autres entreprises|"
                       "outras empresas|andere bedrijven|anderer firmen|another company|another customer|"
                       "another firm|otra empresa|une autre entreprise|einer anderen firma|outra empresa|"
                       "un'altra azienda|een ander bedrijf"),
         need=r"(?:numero|number|nummer|\bid\b)\b[^.!?]{0,60}(?:cambi|change|modif|ander|mud|verander|troc|alter)|"
              r"(?:cambi|change|modif|ander|mud|verander|troc|alter|essay|tried|probe|probier|provat|tent|"
              r"geprobeerd)\w*[^.!?]{0,40}(?:numero|number|nummer|\bid\b)|"
              # "Tried 70115 and 70116 too out of curiosity and those are other companies' boards"
              r"\b(?:tried|probe|probier\w*|provato|tentei|essaye|geprobeerd) (?:\w+ )?\d{3,}",
         also=r"vedono|\bvede\b|\bsee\b|\bseen\b|visible|\bver\b|\bveo\b|\bvoir\b|\bvoit\b|sehen|sieht|\bzien\b|"
              r"(?:those|these|they) (?:are|were)\b|\bthat(?:'s| is| was)\b|"
              # "on a essayé deux autres numéros et c'était pareil, d'autres entreprises"
              r"pareil|the same thing|lo mismo|dasselbe|hetzelfde|la stessa cosa|a mesma coisa|tombe|"
              r"\bziet\b|\bvejo\b|\bve\b|aparec|appai|compai|\babre\b|\bapre\b|\bopen|offnet|opent",
         unless=r"how (?:do|can)|\?|(?:our|nostri|nuestros|nos|unsere|nossos|onze) (?:\w+ )?(?:clienti|clients|"
                r"clientes|"
                r"kunden|klanten|customers) (?:can|possono|pueden|peuvent|konnen|podem|kunnen)",
         guard="hypo", negatable=False, name="SEC2-changed-number-shows-others"),
)
