"""The words of a screenshot of our records in the wrong hands: the picture, whose records, and that it was never given.

``SCREENSHOT`` names the picture in the languages read ("captura de pantalla", "foto de pantalla", "schermafbeelding"),
``OF_OURS`` says it shows the customer's own board, payroll or clients, and ``NEVER_GIVEN`` that the sender was never
meant to see them (access removed, never invited, a competitor, a parents' group). ``SEC1`` needs all three.
"""

from __future__ import annotations

from .lexicon import words

#: A screenshot of our records, sent by someone who was never given access.
SCREENSHOT = words(
    "screenshot|screen shot|screen capture|captura de pantalla|captura|capture d'ecran|capture|bildschirmfoto|"
    "screenshot|captura de tela|print da tela|schermata|schermafbeelding|screen-shot|"
    # "me manda por whatsapp una foto de pantalla del tablero"
    "foto de pantalla|foto da tela|foto do ecra|photo d'ecran|photo de l'ecran|foto vom bildschirm|foto dello schermo|"
    "foto van het scherm|photo of the screen|photo of his screen|photo of her screen")
OF_OURS = (r"folha de (?:salarios|pagamento)|\bnomina\b|payroll|fiches? de paie|gehaltsliste|buste paga|salarislijst|"
            r"(?:our|my|your|their|nuestro|nuestra|notre|nos|unser\w*|nosso|nossa|nostr\w*|onze|ons|mis|mes|"
            r"meine\w*|meus|minhas|miei|mie|mijn)\b[^.!?]{0,60}"
            r"(?:board|"
            r"tablero|"
            r"tableau|projekt|quadro|bacheca|bord|project|proyecto|projet|progetto|projeto|workspace|espacio|"
            r"espace|budget|presupuesto|devis|angebot|orcamento|preventivo|offerte|pricing|data|datos|donnees|daten|"
            r"dados|dati|gegevens|client|customer|plans|files|documents|contact|comments|notes|prices|internal|"
            # "unsere Liste 'Rückrufe Patienten'", "our call-back sheet"
            r"list|lijst|sheet|tabelle|planilha|hoja|tableur)|"
            r"(?:sacada|tomada|prise|aus|tirada|presa|uit|taken) (?:de|from|dans|von|da|van) "
            r"(?:nuestro|our|notre|unser|nosso|nostro|onze|ons)")
NEVER_GIVEN = (r"should(?:n'?t| not) be able|(?:i'?ve|i have|we'?ve|we have) never met|"
                # "créées en octobre, donc bien après la fin de son accès"; "J'ai retiré cet accès moi-même"
                r"apres la fin de son acces|after (?:his|her|their) access (?:ended|was removed)|nach dem ende "
                r"seines zugangs|despues de que terminara su acceso|depois do fim do (?:seu )?acesso|dopo la fine del "
                r"suo accesso|(?:j'ai|i|we|ich|wir|yo|eu|io|ik) (?:\w+ ){0,2}(?:retire|removed|entfernt|quite|retirei|"
                r"tolto|verwijderd) (?:cet |this |his |her |their |diesen |ese |esse |questo |dit )?(?:acces|access|"
                r"zugang|acceso|acesso|accesso|toegang)|"
                # "convidámos 2 pessoas deles só para o projeto ... a nossa folha de salários, que está num projeto
                # completamente diferente"
                r"(?:num|en un|dans un|in einem|in un|in een|in a) "
                r"(?:projeto|proyecto|projet|projekt|progetto|project) (?:completamente |totalmente |completely |"
                r"totally |vollig )?(?:diferente|different|differente|anderen|diverso|ander)|"
                # "Dit bord is alleen voor mentoren ... bedoeld, en geen van hen zegt iets gedeeld te hebben"
                r"geen van (?:hen|ons) (?:\w+ ){0,3}gedeeld|none of (?:them|us) (?:\w+ ){0,3}shared|buiten de "
                r"(?:school|praktijk|organisatie|vereniging|firma|zaak) terecht|"
                # "Keiner von uns hat das geteilt, wir sind nur zu dritt"
                r"(?:keiner|niemand) von uns (?:\w+ ){0,3}geteilt|ninguno de nosotros (?:\w+ ){0,3}compart|aucun de "
                r"nous (?:\w+ ){0,3}partag|nenhum de nos (?:\w+ ){0,3}(?:partilh|compartilh)|nessuno di noi "
                r"(?:\w+ ){0,3}condivis|niemand van ons (?:\w+ ){0,3}gedeeld|nobody here (?:\w+ ){0,3}shared|"
                r"alleen voor (?:\w+ ){0,4}bedoeld|"
                r"only meant for|nur fur (?:\w+ ){0,4}gedacht|"
                # "on l'a enlevé de l'équipe ... Je vois plus son nom dans la liste des membres"
                r"on l'a (?:enleve|retire)|(?:we|i) removed (?:him|her) from|je (?:ne )?vois plus son nom|"
                r"no veo (?:ya )?su "
                r"nombre|sehe (?:seinen|ihren) namen nicht mehr|nao vejo o nome d|non vedo piu il suo nome|zie (?:zijn|"
                r"haar) naam niet meer|"
                # "Das Board ist privat, nur wir vier haben Zugriff"; "nur für unsere 6 Mitarbeiter freigegeben"
                r"(?:board|bord|projekt|project|tablero|tableau|quadro|bacheca) (?:ist|is|es|est|e) (?:\w+ )?(?:privat|"
                r"private|privado|prive|privato)|nur wir (?:\w+ )?haben|nur fur unsere|only (?:we|us|the \w+ of us) "
                r"(?:\w+ )?(?:have|has) access|keiner von uns (?:\w+ ){0,3}(?:verschickt|geschickt|gesendet|"
                r"weitergeleitet|kennt|"
                r"geteilt|gemacht)|"
                r"nobody outside|no one outside|should (?:never|not) (?:ever )?have "
                r"(?:seen|had)|should(?:n'?t| not) (?:ever )?have seen|"
                r"no idea how|how (?:this person|they|he|she|did he|did she|did they) (?:has|have|got|get)|"
                r"never (?:gave|"
                r"given|had|invited|shared|"
                r"granted)|shouldn'?t (?:see|have)|should not (?:see|have)|"
                r"ne devrait plus|no deberia (?:ver|tener)|sollte nichts mehr|nao deveria|non dovrebbe|zou niets meer|"
                r"jamas|nunca|jamais|\bnie\b|\bmai\b|nooit|"
                r"competitor|competidor|concurrent|konkurrent|concorrente|outsider|stranger|journalist|periodista|"
                r"rival|other agency|another agency|none of us has ever (?:dealt|worked|met)|(?:board|project|"
                r"it) is private|"
                r"only (?:me|us) and (?:our|my) \w+ (?:are|have)|stopped working with|access (?:had|has) been removed|"
                r"no longer works? with|"
                r"journaliste|jornalista|giornalista|verslaggever|no (?:access|account)|sin acceso|sans acces|"
                r"competing|not in our (?:workspace|team|company)|never was|not a member|isn'?t (?:in|a member of) our|"
                r"ohne zugang|sem acesso|senza accesso|zonder toegang|"
                # "un chico que ya no trabaja con nosotros", "que sigo viendo vuestras cosas"
                r"ya no trabaja con nosotros|ne travaille plus avec nous|arbeitet nicht mehr (?:bei|mit) uns|"
                r"nao trabalha mais (?:conosco|connosco)|non lavora piu con noi|werkt niet meer (?:bij|met) ons|"
                r"no longer works? (?:for|with) us|sigo viendo|sigue viendo|je vois toujours|sehe immer noch|"
                r"ainda vejo|continuo a vedere|zie nog steeds")
