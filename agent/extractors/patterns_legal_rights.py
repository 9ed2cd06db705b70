"""Rules of the Legal & Compliance group for the rights people assert: erasure requests under the GDPR (LEG4)
and intellectual-property claims (LEG5).

Kept apart from ``patterns_legal`` (threats, proceedings, regulators) so each module stays small; the
detectors run them right after it, in the same order as before the split.
"""

from __future__ import annotations

from .lexicon import Rule, rule, words

#: Creative work of one's own, or registered with a rights society: "arrangiamenti originali ... (depositati SIAE)".
_OWN_CREATIVE_WORK = (r"\boriginal\w*|arrangiament\w*|arreglos|arrangements?|partitur\w*|scores?\b|\bphotos?\b|"
                      r"\bfotos?\b|fotografi\w*|illustrat\w*|ilustrac\w*|disegni|dibujos|desenhos|zeichnungen|"
                      r"tekeningen|drawings?|musi[ck]\w*|canzon\w*|canciones|cancoes|songs?|lieder|liedjes|texte?s?\b|"
                      r"testi\b|textos|logo\w*|\bsiae\b|\bsgae\b|\bsacem\b|\bgema\b|\bbuma\b|\bspa\b|copyright|"
                      r"diritt\w* d'autore|derechos de autor|droits? d'auteur|urheberrecht\w*|direitos autora\w*|"
                      r"auteursrecht\w*")
#: ... put where others can see it: "pubblicato, con un link pubblico del vostro sito, una cartella".
_PUT_IN_PUBLIC = (r"publicad\w*|pubblicat\w*|publie\w*|veroffentlicht|published|public\w*|pubblic\w*|publico|"
                  r"openbaar|offentlich|shared|condivis\w*|compartid\w*|compartilhad\w*|partage\w*|geteilt|gedeeld")

LEGAL_RIGHTS: tuple[Rule, ...] = (
    # someone else's publication of our work, never permitted: "Non hanno mai avuto il nostro permesso"
    rule("LEG5", words("without our permission|without my permission|without permission|never had our permission|"
                       "never asked our permission|senza permesso|senza il nostro permesso|senza autorizzazione|"
                       "mai avuto il nostro permesso|sin permiso|sin nuestro permiso|sin autorizacion|nunca tuvieron "
                       "nuestro permiso|sans autorisation|sans notre autorisation|sans notre permission|"
                       "jamais eu notre "
                       "autorisation|ohne erlaubnis|ohne unsere erlaubnis|ohne genehmigung|ohne unsere genehmigung|"
                       "sem autorizacao|sem a nossa autorizacao|sem permissao|zonder toestemming|zonder onze "
                       "toestemming"),
         doc_need=r"^(?=[\s\S]*(?:" + _OWN_CREATIVE_WORK + r"))(?=[\s\S]*(?:" + _PUT_IN_PUBLIC + r"))",
         unless=r"how (?:do|can)|\?|(?:employee|staff|member|user|guest|admin|colleague|collega|dipendente|"
                r"empleado|mitarbeiter|medewerker|funcionario)\w*\b[^.!?]{0,60}(?:without|senza|sin|sans|ohne|sem|"
                r"zonder)|(?:changed|deleted|removed|added|invited|cancelled|moved|modificat|cancellat|elimin|"
                r"borr|supprim|geloscht|verwijder|apag)\w*\b[^.!?]{0,40}(?:without|senza|sin|sans|ohne|sem|zonder)",
         negatable=False, name="LEG5-published-without-permission"),
    rule("LEG4", words("right to be forgotten|right to erasure|right of erasure|article 17|art. 17|art 17|"
                       "this is a deletion request|this is an erasure request|formal deletion request|"
                       "formal erasure request|gdpr deletion request|gdpr erasure request|derecho al olvido|"
                       "derecho de supresion|"
                       "derecho de cancelacion|droit a l'oubli|droit a l'effacement|droit de suppression|"
                       "recht auf vergessenwerden|recht auf loschung|direito ao esquecimento|"
                       "direito a eliminacao|direito ao apagamento|diritto all'oblio|diritto alla cancellazione|"
                       "recht op vergetelheid|vergeten te worden|recht op verwijdering|recht op gegevenswissing|"
                       "right to delete|right to deletion|right to have my data deleted|1798.105|articulo 17|"
                       "artigo 17|articolo 17|artikel 17"),
         unless=r"deletion request (?:for|of) (?:a |the )?(?:task|project|board|file)|(?:an?|the) (?:help |kb )?"
                r"article "
                r"(?:about|on)", name="LEG4-right"),
    # a data subject invoking the law's right to erasure in plain words ("la loi ... me donne le droit d'exiger
    # qu'on efface tout")
    rule("LEG4", words("privacy law|data protection law|loi europeenne|protection des donnees|"
                       "ley de proteccion de datos|"
                       "proteccion de datos|datenschutzgesetz|datenschutzrecht|lei de protecao de dados|"
                       "protecao de dados|"
                       "legge sulla protezione dei dati|protezione dei dati|privacywet|privacywetgeving|gdpr|rgpd|"
                       "dsgvo|"
                       "lgpd|avg$|ccpa|cpra|1798.105|"
                       # "come prevede la legge europea sulla privacy"
                       "legge europea|legge sulla privacy|normativa sulla privacy|ley europea|lei europeia|"
                       "europaische datenschutz|europese wet|europese privacywet|european law"),
         need=r"efface|supprim|erase|delet|wipe|borr|losch|apag|cancell|verwijder|vergeten|oubli|forgotten|olvid|"
              r"esquec|obli|elimin|exclu|gewist|wissen",
         also=r"right|droit|derecho|recht|direito|diritto|exig|demand|verlang|exijo|pretendo|insist|eis\b|pediu|"
              # "Hij wil dat al zijn gegevens bij ons gewist worden en hij beroept zich daarbij op de AVG"
              r"beroept zich|beruft sich|invoca|se prevaut|invokes|\b(?:hij|zij|he|she|er|sie) (?:wil|will|wants)\b|"
              r"pedindo|"
              r"pidio|pidiendo|pedido|solicit|demande|verzoek|gevraagd|richiest|chiede|chiesto|asked|asking|requested|"
              r"notifica|entitled|\bchiedo|\bpido\b|\bpeco\b|\bvraag\b|\bbitte\b|ask you",
         unless=r"\?|how (?:do|can)|(?:do|does|will) (?:you|teamflow)|(?:an?|the) (?:help |kb )?article (?:about|on)|"
                r"(?:our|my) (?:customers?|clients?|users?)'? right",
         negatable=False, name="LEG4-invokes-the-law"),
    rule("LEG4", words("delete|deleting|deletion|erase|erasing|erasure|remove|removal|wipe|purge|forget|"
                       "borrar|borren|eliminar|eliminen|suprimir|supriman|effacer|effacez|supprimer|supprimez|"
                       "suppression|loschen|loeschen|loschung|apagar|apaguem|excluir|exclusao|eliminacao|"
                       "cancellare|cancellate|cancellazione|verwijderen|verwijder|wissen"),
         need=r"personal (?:data|information|info|details|records)|(?:all |any )?(?:of )?(?:my|our|his|her|their) "
              r"(?:personal )?(?:data|information|info|details|records)\b|data (?:about|on|of) (?:me|him|her|them)|"
              r"everything you (?:have|hold|store|keep) (?:on|about)|data subject|(?:former )?employee'?s? "
              r"(?:personal )?(?:data|information)|datos personales|mis datos|sus datos|donnees personnelles|"
              r"mes donnees|ses donnees|personenbezogenen daten|meine daten|seine daten|ihre daten|"
              r"dados pessoais|meus dados|seus dados|dati personali|i miei dati|i suoi dati|persoonsgegevens|"
              r"mijn gegevens|zijn gegevens",
         doc_need=r"gdpr|dsgvo|rgpd|lgpd|ccpa|cpra|\bavg\b|privacy|data protection|right to|derecho|droit|recht|"
                  r"direito|diritto|article 17|art\.? ?17|personal|personnelles|personales|personenbezogen|"
                  r"pessoais|personali|persoonsgegevens|proteccion de datos|protection des donnees|datenschutz|"
                  r"protecao de dados|protezione dei dati|gegevensbescherming",
         unless=r"(?:requested|asked for|submitted|sent|made|filed) (?:a |the |our |their |my )?(?:deletion|"
                r"erasure)|after (?:a|the|our|my|their) (?:deletion|erasure) request|despite (?:a|the|our|my|their) "
                r"(?:deletion|erasure)|"
                r"(?:how|when) (?:do|does|long|will) (?:you|teamflow|it)|retention (?:policy|period)|"
                # a pre-sales question: "Can we delete all our data ourselves if we leave?"
                r"(?:can|could) (?:we|i) (?:\w+ )?(?:delete|erase|remove|export)\b[^.!?]*\?|"
                r"(?:delete|remove|erase) (?:a|the|this|that|one|some|old|duplicate|completed|archived) (?:task|"
                r"project|board|comment|file|column|tag|label)|deleted (?:users?|staff|employees?|accounts?|members?)|"
                r"ex-(?:members|employees|users|staff)|removed \d+ (?:ex-)?(?:members|users|employees)|"
                r"supposed to have (?:deleted|removed|erased)|verwijderde gebruikers|usuarios eliminados|"
                r"utilisateurs supprimes|geloschte (?:benutzer|nutzer)|usuarios excluidos|utenti (?:cancellati|"
                r"eliminati)|"
                r"(?:dpa|avv|overeenkomst) (?:\w+ ){0,4}(?:belooft|promet|verspricht|promete|promette)|"
                r"promises (?:\w+ ){0,6}(?:erased|deleted)|"
                r"retention setting|as (?:we|i) (?:had )?asked|(?:was|were|had been) (?:permanently )?(?:removed|"
                r"deleted|erased|wiped)|(?:terms|policy|contract|agreement) (?:\w+ ){0,3}(?:say|says|state|states|"
                r"promise|"
                r"promises)\b|(?:wiped|deleted|erased|removed) within \d+|"
                r"(?:commits?|committed|obliged|required|promised|agreed) "
                r"(?:you |us |them )?to (?:purge|delete|erase)|removed users|former (?:employees|users|members)|"
                r"(?:we|i|our \w+) deleted\b|(?:meant|supposed) to be (?:gone|deleted|erased)|"
                # kept too long, no request: "personal data that should have been erased"
                r"should (?:have been|be) (?:permanently )?(?:gone|deleted|erased|purged|wiped)|"
                r"after (?:we|i|our \w+) (?:had )?(?:removed|deleted|erased|wiped)\b|"
                r"\w*(?:overeenkomst|agreement|contract|vertrag|contrat|contrato|contratto|dpa|avv) (?:\w+ ){0,4}"
                r"(?:staat|says|states|stipulates|besagt|stipule|establece|estabelece|prevede|requires|verplicht|"
                r"provides for|calls for)|"
                # the usual procedure told, not a request: "When a volunteer leaves us and asks us to erase their
                # details, we remove them"
                r"\b(?:when|whenever|if) (?:a|an|one of our|someone|somebody) (?:\w+ ){0,2}(?:leaves|asks|requests)\b",
         name="LEG4-erase"),
    rule("LEG5", words("marque|marques|marca|marcas|marke$|marken$|markenrecht|marchio|marchi$|merk$|merken$|"
                       "merknaam|brand name|our brand|our logo|our name|our trade name|nom commercial|"
                       "nombre comercial|handelsname|nome comercial|nome commerciale|handelsnaam|inpi$|euipo|"
                       "uspto|dpma|wipo|ompi|oepm|uibm|boip|ohim"),
         need=r"(?:nobody|no one|we never|never) (?:\w+ ){0,2}gave permission|didn'?t give permission|"
              r"titulaire|proprietaire|deposee?s?|enregistree?s?|registered|registr?ad[oa]s?|indevid|eingetragen|"
              r"registrat[oa]|geregistreerd|inpi|euipo|uspto|dpma|wipo|ompi|oepm|uibm|boip|without (?:our )?"
              r"(?:permission|authori[sz]ation|consent|licen[cs]e)|sans (?:notre )?(?:autorisation|accord|permission|"
              r"consentement)|sin (?:nuestra )?(?:autorizacion|permiso|consentimiento)|ohne (?:unsere )?(?:erlaubnis|"
              r"genehmigung|zustimmung)|sem (?:a nossa )?(?:autorizacao|permissao)|senza (?:la nostra )?"
              r"(?:autorizzazione|permesso)|zonder (?:onze )?toestemming|infring|contrefa|usurp|\bconfus|imitat|"
              r"copied|copie|copiad|kopiert|copiat|gekopieerd|identi(?:cal|que|co|sch|ek)|nachgeahmt|cesser|desist|"
              r"cease|verletz|violat|viola|inbreuk|misuse|passing off",
         unless=r"(?:change|remove|add|upload|update|replace|show|display|use) (?:our |the |my |a )?(?:brand|logo)\b|"
                r"white[- ]?label|custom branding|brand colou?rs?|marca blanca|marque blanche|marca branca|"
                r"(?:how|can) (?:do |can )?(?:i|we)|(?:do|does) (?:you|teamflow)|como (?:\w+ )?(?:mostro|faco|posso|"
                r"ponho|uso|hago|puedo|pongo)\b|comment (?:afficher|mettre|faire)|wie (?:kann|zeige)|come (?:posso|"
                r"mostro|metto)|hoe (?:kan|toon)",
         # our logo copied into a phishing message is the attack's disguise, not a trademark dispute
         doc_unless=r"phishing|fake (?:page|site|login|website)|strange (?:website|site|link)|scam\b|"
                    # "confirm your bank details here" with a link to a site that copies our logo
                    r"(?:confirm|update|verify|enter) (?:your|their) (?:bank|card|payment|login) details|"
                    r"(?:did not|didn'?t|never) (?:write|send|post) (?:it|that|this)\b",
         name="LEG5-trademark"),
    rule("LEG5", words("infring|dmca|takedown|take-down|take down notice|intellectual property|trade secret|"
                       "contraffazione|contrefacon|markenverletzung|contrafacao|inbreuk|infraccion de marca|"
                       "trade secrets|counterfeit|plagiar|copyright|trademark|trademarks|patent|patents|"
                       "derechos de autor|propiedad intelectual|marca registada|marca registrada|droit d'auteur|"
                       "droits d'auteur|"
                       "propriete intellectuelle|contrefacon|marque deposee|urheberrecht|markenrecht|"
                       "geistiges eigentum|patentverletzung|direitos autorais|propriedade intelectual|"
                       "diritto d'autore|diritti d'autore|proprieta intellettuale|marchio registrato|"
                       "auteursrecht|intellectueel eigendom|merkenrecht|octrooi|inbreuk|direitos de autor|"
                       "direito de autor|derecho de autor|diritto di autore|copyrighted"),
         need=r"this is our|is ours\b|"
              r"infring|violat|dispute|claim|notice|dmca|takedown|take down|without (?:permission|authori[sz]ation|"
              r"consent|license|licence|credit)|unauthori[sz]ed|stolen|stole|cop(?:y|ied)|using our|used our|"
              r"uses our|own(?:s|ed)? (?:the|this|our)|owner|holder|protected|registered|pirat|illegal|remove|"
              r"misuse|ripped off|counterfeit|plagiar|legal|trade secret|infraccion|violacion|contrefacon|"
              r"violation|verletz|verstoss|violacao|violazione|inbreuk|sin permiso|sans autorisation|"
              r"ohne erlaubnis|sem permissao|senza autorizzazione|zonder toestemming|contraffazione|markenverletzung|"
              r"contrafacao|licenz|licenc|titolare|titular|inhaber|houder|ai sensi|conformement|gemass|nos termos|"
              r"protett|protegid|protege|geschutzt|beschermd|"
              # "um modelo pago ... copia capitulos inteiros do livro da minha professora"
              r"\bcopia|\bcopie|kopiert|kopieren|gekopieerd|overgenomen|abgeschrieben|plagi|"
              # "ha pubblicato ... i nostri disegni tecnici originali, di cui deteniamo i diritti d'autore"
              r"pubblicat|publicad|publicou|veroffentlicht|gepubliceerd|published|deteniamo|detenemos|detemos|"
              r"detenons",
         unless=r"all rights reserved|\(c\)|©|patent pending|patent-pending|copyright \d{4}|copyright (?:year|"
                r"footer|text|notice|line)|(?:change|remove|edit|update|hide) (?:the |our )?(?:copyright|trademark)|"
                r"who owns (?:the )?(?:content|data|ip)|"
                # a question of one's own: "Posso copiar um modelo que tem direitos de autor ...?"
                r"^\W*(?:posso|podemos|puedo|podemos|puis-je|pouvons-nous|peut-on|kann ich|konnen wir|darf ich|"
                r"durfen wir|possiamo|mag ik|mogen we|kan ik|can (?:i|we)|may (?:i|we)|is (?:the|this|it|a|our)|"
                r"are (?:the|these|they|our)|do (?:i|we) need|how|come|como|comment|wie|hoe)\b[^.!?]*\?|"
                # "is our course material protected by copyright if we put it on a board?"
                r"\b(?:is|are|ist|sind|est|es|e|sono|zijn|sera|seria|sarebbe) (?:\w+ ){0,4}(?:protected|beschermd|"
                r"geschutzt|protegee?s?|protegid[oa]s?|protett[oiae])\b[^.!?]*\?",
         name="LEG5-ip"),
    rule("LEG4", words("quer que desaparecam|quer que apaguem|quer que eliminem|quiere que borremos|"
                       "quiere que desaparezcan|quiere que eliminemos|veut que l'on efface|veut qu'on efface|"
                       "veut qu'on supprime|will, dass wir alles|will dass wir alles|will, dass alles|vuole che "
                       "cancelliamo|vuole che sparisca|wil dat alles|wants everything about|lhe da esse direito|"
                       "le da ese derecho|lui donne ce droit|gibt ihm das recht|gibt ihr das recht|gli da il diritto|"
                       "le da il diritto|hem daar recht op|haar daar recht op|gives him the right|gives her the right"),
         doc_need=r"\blei\b|\bley\b|\bloi\b|gesetz|legge|\bwet\b|\blaw\b|direito|derecho|droit|recht|diritto|"
                  r"\bright\b|rgpd|gdpr|dsgvo|\bavg\b",
         unless=r"como (?:faco|hago)|comment (?:faire|puis)|\?$", negatable=False, name="LEG4-wants-it-all-gone-ml"),
    rule("LEG1", words("juizado de pequenas causas|juizado especial|julgado de paz|juzgado de paz|juge de paix|"
                       "friedensrichter|giudice di pace|kantonrechter|"
                       "small claims|small-claims|ci fa causa|fa causa|fara causa|fare causa|faremo causa|nos demanda|"
                       "nos demandara|nous poursuit|nous poursuivra|verklagt uns|wird uns verklagen|processa-nos|"
                       "vai processar-nos|klaagt ons aan|ons aanklagen"),
         need=r"contra|against|gegen|contre|tegen|contro|queixa|demanda|plainte|klage|ricorso|causa|poursui|verklag|"
              r"process|aanklag|klaagt|sue|claim|resolv|levar|levamos|vamos|entro|entrar|entrarei|vou|voy|vais|"
              r"danos|danni|dommages|schaden|schadevergoeding|damages|ressarcimento|acao|accion|action",
         unless=r"how (?:do|can)|\?|como (?:faco|hago)|comment (?:faire|puis)|wie kann|come (?:posso|faccio)|hoe kan",
         negatable=False, name="LEG1-small-claims-or-suit-ml"),
    rule("LEG1", words("goes to trial|going to trial|go to trial"),
         unless=r"how (?:do|can)|\?|template|checklist|phases?\b", name="LEG1-trial-ahead"),
    rule("LEG3", words("copy for the court|copies for the court|for the court"),
         doc_need=r"keep|preserve|deleted|delete|copy|solicitor|lawyer|attorney|trial|\bcase\b",
         unless=r"how (?:do|can) (?:i|we) (?:create|make|set up) a (?:template|checklist)|template|checklist|\?",
         doc_unless=r"no (?:active |open )?(?:case|matter|litigation)|future (?:e-?discovery|legal|litigation)",
         negatable=False, name="LEG3-keep-for-the-court"),
    rule("LEG5", words("we own that|we own the|we own this|we own those|we own all the rights|we hold the rights"),
         need=r"recording|photo|video|image|song|music|design|text|logo|content|material|footage|artwork|rights",
         doc_need=r"remov|nobody asked|no one asked|without (?:asking|permission|consent)|\bads?\b|advert|take (?:it|"
                  r"them) down",
         unless=r"how (?:do|can)|\?", negatable=False, name="LEG5-we-own-it"),
    # "one of your templates uses her picture ... that she took and never gave or sold to you"
    rule("LEG5", words("uses her|uses his|uses my|used her|used his|used my|using her|using his|using my|"
                       "utilise une de mes|utilise mes|utiliza una de mis|utiliza mis|verwendet eines meiner|"
                       "verwendet meine|usa uma das minhas|usa as minhas|usa una delle mie|usa le mie|"
                       "gebruikt een van mijn|"
                       "gebruikt mijn"),
         need=r"(?:picture|photo|photograph|image|drawing|illustration|artwork|song|music|poem|font|video|foto|imagen|"
              r"bild|immagin|afbeelding|dessin|diseno)s?\b|bilder|fotos|imagenes|immagini|afbeeldingen|ilustra|"
              r"illustra",
         doc_need=r"never (?:gave|sold|licensed|agreed|allowed|authori[sz]ed)|without (?:permission|asking|consent|a "
                  r"licen[cs]e)|taken (?:out|down)|paid for (?:it|them)|(?:her|his|my|our) (?:own )?work\b|copyright|"
                  r"autorisation|permiso|erlaubnis|autorizacao|permesso|toestemming|retirer|quitar|entfernen|"
                  r"retirar|togliere|verwijderen|retirad|sem (?:eu )?(?:ter )?autoriza|sin (?:haber )?autoriza|"
                  r"sans (?:avoir )?"
                  r"autoris|ohne (?:\w+ )?genehmig|senza (?:aver )?autorizza|zonder toestemming",
         unless=r"how (?:do|can)|\?|(?:can|could|may) (?:we|i) use", negatable=False, name="LEG5-uses-their-work"),
    # "a sportswear company says our club badge is too much like their logo": a trademark claim
    rule("LEG5", words("too much like their|too similar to their|copies their|resembles their|confusingly similar|"
                       "too close to their|copies of their|a copy of their|copied from their|ressemble trop|"
                       "se parece demasiado|zu ahnlich|parece demais|troppo simile|"
                       "lijkt te veel op|lijkt te sterk op"),
         need=r"logo|brand|trademark|\bmark\b|badge|crest|name|design|marque|marca|marke|merk|embleme|escudo|wappen|"
              r"stemma|logotipo",
         unless=r"how (?:do|can)|\?", negatable=False, name="LEG5-too-like-their-mark"),
    rule("LEG5", words("is a copy of the|a copy of our|is a copy of our|abgeschrieben|copie notre|copie nos|"
                       "copiado nuestro|copiado nuestra|copiou o nosso|"
                       "copiou a nossa|"
                       "copiato il nostro|copiato i nostri|gekopieerd|nagemaakt|copia identica|copie identique|"
                       "exakte kopie|copia exata|exacte kopie|identical copy|exact copy"),
         doc_need=r"never licen[cs]ed|schutzen lassen|geschutzt|protege|protegid|protett|beschermd|registr|nie erlaubt|"
                  r"jamais autorise|"
                  r"nunca autorizamos|mai dato il permesso|never gave|sans (?:notre )?(?:permission|autorisation)|"
                  r"ohne (?:unsere )?(?:erlaubnis|genehmigung)|sin (?:nuestro )?permiso|sem (?:a nossa )?autorizacao|"
                  r"senza (?:il nostro )?permesso|zonder toestemming|herunter|retirer|quitar|retirar|togliere|"
                  r"verwijderen|permesso|permission|permiso|erlaubnis|toestemming",
         unless=r"how (?:do|can)|\?|(?:we|i) (?:\w+ )?(?:copied|kopiert|copie|copiado|copiato|gekopieerd)",
         negatable=False, name="LEG5-copied-our-work-ml"),
    # "a competitor copied our designs and is now selling them under their own name"
    rule("LEG5", words("under their own name|under its own name|under his own name|under her own name|as their own|"
                       "as its own|passing them off|passing it off|pass them off|pass it off|en su propio nombre|"
                       "como si fueran suyos|como si fueran suyas|como suyos|como si fossem delas|"
                       "comme si c'etaient les siennes|als waren es ihre|sous leur propre nom|sous son propre nom|"
                       "comme les leurs|"
                       "unter eigenem namen|unter ihrem namen|als ihre eigenen|como se fossem deles|em nome proprio|"
                       "con il proprio nome|come propri|onder eigen naam|onder hun naam|als hun eigen|"
                       "onder hun eigen naam|"
                       "sous leur propre nom|unter ihrem eigenen namen|con su propio nombre|com o nome deles"),
         need=r"puest|\bpose\b|mis (?:fotos|imagenes|disenos|textos)|mes (?:photos|images|dessins)|meine (?:fotos|"
              r"bilder)|"
              r"as minhas (?:fotos|imagens)|le mie (?:foto|immagini)|mijn foto|"
              r"cop(?:y|ied|ying)|sell|sold|publish|upload|using|uses|stole|claim|copi|vend|verkauf|verkoop|kopiert|"
              r"gekopieerd|plagi|reproduc|"
              # "Darin zeigen die unsere Entwürfe ... als ihre eigenen Referenzprojekte"
              r"\bzeig(?:en|t)\b|\bshow(?:s|ing)?\b|present(?:s|ing)?\b|prasentier|montrent|muestran|mostram|"
              r"mostrano|\btonen\b|\btoont\b",
         unless=r"how (?:do|can)|\?|(?:we|i) (?:\w+ )?(?:sell|publish|upload|resell|show|present)", negatable=False,
         name="LEG5-passed-off-as-theirs"),
    # "usa exatamente o meu desenho como logotipo ... Eu não autorizei. Peço que retirem a imagem"
    rule("LEG5", words("o meu desenho|meu logotipo|mi diseno|mi logotipo|mon dessin|mon logo|mein entwurf|mein logo|"
                       "il mio disegno|il mio logo|mijn ontwerp|mijn logo|my design|my logo|my artwork|my drawing"),
         need=r"\b(?:usa|utiliza|utilise|verwendet|nutzt|gebruikt|uses|using|used)\b|como logotipo|as (?:their|a) logo",
         doc_need=r"nao autorizei|no (?:lo )?autorice|je n'ai pas autorise|nicht genehmigt|nie erlaubt|non ho "
                  r"autorizzato|niet toegestaan|nooit toestemming|never (?:authori[sz]ed|gave permission|agreed)|"
                  r"(?:didn'?t|did not) (?:authori[sz]e|give permission)",
         unless=r"how (?:do|can)|\?|(?:upload|change|add|replace) (?:my|our) logo", negatable=False,
         name="LEG5-my-design-used-without-consent"),
)
