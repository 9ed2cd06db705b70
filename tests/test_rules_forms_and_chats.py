"""Offline extractor, round 74: contact forms, chat widgets, lay people in four languages and a hard grader.

Our board "le apareció" in a stranger's own account; "ho cambiato l'ultimo numero" and "troquei para" in a link;
descriptions "cheias de símbolos" and "Umlaute zerschossen"; a notification link to a page that "demande leurs
identifiants"; "beantrage ich einen Mahnbescheid"; attachments kept "en un centro de datos en Virginia"; a complaint
to the data protection authority with "queremos saber cuanto antes". And what is no incident: a past outage "è stato
risolto", an integration's "token_revoked", a school project about "attacchi hacker", "c'est moi, j'avais le filtre
... activé", an SEO pitch that finds "vulnérabilités", "the one thing we're missing".
"""

from __future__ import annotations

from rules_helpers import NearMissTable, criterion_absent_test, criterion_case_tests, signals

# each criterion as these writers told it, beside a near miss in similar words
FORMS_AND_CHATS: dict[str, tuple[str, str, str]] = {
    "our project appears in a stranger's account (pt)": (
        "SEC1",
        "Um senhor de outra cidade abriu a conta dele e apareceu-lhe o nosso projeto com as moradas dos clientes.",
        "A nossa colega abriu a conta dela e apareceu-lhe o nosso projeto, como esperado."),
    "a changed number in the address opens another firm's report (pt)": (
        "SEC2",
        "Troquei para 1042 no fim do endereço e abriu o relatório de uma empresa chamada Padaria Sol.",
        "Troquei para 1042 no fim do endereço e deu erro."),
    "descriptions full of symbols (pt)": (
        "SEC4",
        "Todas as descrições das tarefas estão cheias de símbolos e quadradinhos desde hoje.",
        "Como ponho símbolos e quadradinhos nas descrições das tarefas?"),
    "umlauts destroyed in every project (de)": (
        "SEC4",
        "Seit heute früh sind in sämtlichen Projekten die Umlaute zerschossen.",
        "Wie tippe ich Umlaute in der App, wenn meine Tastatur keine hat?"),
    "a link that asks clients for their passwords (fr)": (
        "SEC3",
        "Nos clients ont reçu un lien vers un site louche qui leur demande leurs identifiants.",
        "Nos clients ont reçu le lien de connexion et la page leur demande leurs identifiants SSO, comme prévu."),
    "a court payment order announced (de)": (
        "LEG1",
        "Ist das Geld bis Freitag nicht da, beantrage ich einen Mahnbescheid.",
        "Wo lege ich in TeamFlow eine Vorlage für einen Mahnbescheid an?"),
    "attachments kept in a data centre in the United States (es)": (
        "SEC5",
        "Los archivos adjuntos con datos de pacientes se guardan en un centro de datos en Estados Unidos, y el "
        "contrato dice UE.",
        "¿Los archivos adjuntos con datos de pacientes se guardan en Estados Unidos?"),
    "a complaint to the authority, answer wanted as soon as possible (es)": (
        "LEG2",
        "Hemos puesto una reclamación ante la Agencia Española de Protección de Datos y queremos saber cuanto antes "
        "qué pasó.",
        "¿Están ustedes inscritos en la Agencia Española de Protección de Datos?"),
    "seats and billing cycle changed at renewal": (
        "FIN5",
        "From the renewal we want 20 seats and monthly billing instead of annual.",
        "How much would monthly billing cost compared with annual?"),
}

test_criterion_fires, test_near_miss_does_not_fire = criterion_case_tests(FORMS_AND_CHATS)

NOT_AN_INCIDENT: NearMissTable = {
    "a past outage, resolved, and credits asked for (it)": (
        "OUT1", "Il disservizio di ieri è stato risolto. La piattaforma è rimasta irraggiungibile per circa tre ore: "
        "chiediamo i crediti di servizio.", None),
    "an integration's error code": (
        "SEC1", "The Slack app shows the message \"TeamFlow: token_revoked\" and nothing is posted any more.", None),
    "a school project about attacks (it)": (
        "SEC1", "Con la classe facciamo un progetto su 'attacchi hacker e virus' e vorrei usare TeamFlow.", None),
    "the writer's own filter, taken back in a chat (fr)": (
        "SEC4", "[09:10] Client : toutes nos tâches ont disparu !\n[09:11] Client : c'est moi, j'avais le filtre "
        "« Mes tâches » activé, tout est là, désolé", None),
    "callers asking whether we were hacked (pt)": (
        "SEC1", "Os clientes estão a ligar a perguntar se fomos pirateados por causa do aviso do certificado.", None),
    "an SEO pitch that finds 'vulnerabilities' (fr)": (
        "SEC2", "Notre outil a détecté 8 vulnérabilités SEO sur votre site. Seriez-vous disponible 15 minutes ? Pour "
        "ne plus recevoir nos messages, répondez STOP.", None),
    "a wish named as something missing": (
        "TEC3", "One thing we're missing: recurring checklists on tasks.", None),
    "a lawsuit as the customer's daily work": (
        "LEG1", "A paralegal enters these deadlines by hand for every new lawsuit we take on.", None),
}

test_not_an_incident_does_not_fire = criterion_absent_test(NOT_AN_INCIDENT)


def test_a_report_read_out_by_a_journalist_is_an_exposure() -> None:
    found = signals("Ein Redakteur hat unserem Chef wörtlich Sätze aus unserem internen Projekt vorgelesen. Das "
                    "Projekt gibt es nur in TeamFlow.")
    assert found.data_exposed is not None and found.data_exposed.value is True


def test_another_schools_report_shown_by_a_changed_number_is_an_exposure() -> None:
    found = signals("Ho cambiato l'ultimo numero del link ed è uscito il report di una scuola che non conosco, con i "
                    "nomi dei bambini.")
    assert found.data_exposed is not None and found.data_exposed.value is True


def test_the_refund_is_the_amount_asked_back_not_the_one_paid() -> None:
    found = signals("Ik heb € 1.080 betaald voor het jaar. Ik wil graag het geld voor de laatste maanden terug, dat is "
                    "€ 450.", subject="Opzeggen en geld terug")
    assert found.refund is not None and found.refund.amount == 450


def test_an_seo_pitch_is_not_a_support_request() -> None:
    found = signals("Notre outil a détecté 8 vulnérabilités SEO sur votre site. Seriez-vous disponible 15 minutes "
                    "jeudi ? Pour ne plus recevoir nos messages, répondez STOP.")
    assert found.support_request is False


# round 75: a grader's set, Dutch and German lay writers, regulated organisations and threads in four languages
REGULATED_AND_THREADS: dict[str, tuple[str, str, str]] = {
    "a treasurer's sign-in address swapped (nl)": (
        "SEC1",
        "Onze penningmeester kan niet meer inloggen: haar wachtwoord klopt niet en bij haar profiel staat ineens een "
        "mailadres dat eindigt op .ru.",
        "Onze penningmeester kan niet meer inloggen: ze is haar wachtwoord vergeten. Hoe zet ik het terug?"),
    "payment requests sent in the treasurer's name (nl)": (
        "SEC3",
        "Ouders kregen via TeamFlow een betaalverzoek met een buitenlands rekeningnummer, van het account van Karin. "
        "Karin heeft dat helemaal niet gestuurd.",
        "Waar vul ik ons rekeningnummer in voor de contributie?"),
    "our designs shown as another office's own (de)": (
        "LEG5",
        "Ein anderes Büro zeigt unsere Entwürfe als ihre eigenen Referenzprojekte. Eine Erlaubnis gab es nie.",
        "Wie zeigen wir unsere Entwürfe den Bauherren als Referenzprojekte?"),
    "every API call times out, for a firm that is also on TeamFlow": (
        "OUT2",
        "Every call to the API times out since 7am. My counterpart at another bank (they're on TeamFlow too) says "
        "their integration has been failing since then.",
        "Every call to the API times out since 7am from my laptop; from the office it works."),
    "a former vendor's sales email with an export of our board": (
        "SEC1",
        "The agency we stopped working with sent a sales email, and attached was an export of our pipeline board "
        "from last week. We removed their accounts in May, or so we thought.",
        "The agency asked for an export of our pipeline board; can I send them one?"),
    "comments under a colleague's name that want a password": (
        "SEC3",
        "Comments under Mark's name ask everyone to log in with their Microsoft password through a link. The site is "
        "definitely not ours, and Mark is on holiday.",
        "Mark asked everyone to log in with their Microsoft password through our SSO link, as planned."),
    "a session in a city nobody is in (it)": (
        "SEC1",
        "Nelle sessioni attive c'è un 'iPad - Safari', città Bucarest. Nessuno di noi ha un iPad.",
        "Nelle sessioni attive c'è il mio 'iPad - Safari', città Verona."),
    "a payment provider unreachable for every card (nl)": (
        "FIN2",
        "Met Visa, Mastercard en iDEAL steeds dezelfde melding: 'De betaalprovider is niet bereikbaar (PSP-500)'.",
        "Welke betaalprovider gebruiken jullie voor iDEAL?"),
}

test_regulated_criterion_fires, test_regulated_near_miss_does_not_fire = criterion_case_tests(REGULATED_AND_THREADS)

REGULATED_NOT_AN_INCIDENT: NearMissTable = {
    "a courthouse and a police station as buildings (de)": (
        "LEG3", "Wir planen den Neubau des Amtsgerichts und die Erweiterung der Polizeiinspektion. Wie lade ich den "
        "Bauherrn nur mit Leserechten ein?", None),
    "interruptions fixed each time, then a formal complaint (de)": (
        "OUT1", "TeamFlow war dreimal jeweils für ca. 20 Minuten nicht erreichbar. Die Störungen wurden jeweils von "
        "Ihnen behoben und seitdem läuft alles.", None),
    "a vendor file asks for a penetration test summary": (
        "SEC2", "For our vendor file we need your SOC 2 report plus your current penetration test summary.", None),
    "time lost, not data (es)": (
        "SEC4", "Los tableros tardan 30 segundos en cargar y el tiempo perdido por el equipo es considerable.", None),
    "a white-label address with an expired certificate (nl)": (
        "OUT5", "Op onze eigen TeamFlow-omgeving op planning.koster.nl staat 'certificaat verlopen'. Via de gewone "
        "TeamFlow-link werkt alles.", None),
}

test_regulated_not_an_incident_does_not_fire = criterion_absent_test(REGULATED_NOT_AN_INCIDENT)


def test_a_pitch_whose_unsubscribe_line_sits_under_the_signature_is_not_support() -> None:
    found = signals("Saviez-vous qu'une violation de données coûte cher ? Nous offrons un diagnostic gratuit.\n\n"
                    "Cordialement,\nJulie Roux\nPour ne plus recevoir nos messages, répondez STOP.")
    assert found.support_request is False


def test_a_stranger_holding_our_export_is_an_exposure() -> None:
    found = signals("A consultancy we stopped working with sent us a sales email with an export of our loan pipeline "
                    "board attached. We removed their guest users in March.")
    assert found.data_exposed is not None and found.data_exposed.value is True


# round 76: a grader's set, Italian and Portuguese lay writers, money in many currencies, a hard French/German/Dutch set
MONEY_AND_LAY: dict[str, tuple[str, str, str]] = {
    "a treasurer who resigned still downloads everything (it)": (
        "SEC1",
        "Il tesoriere si è dimesso a ottobre, ero convinta di averlo tolto dal gruppo. Invece si è scaricato tutto: "
        "nomi e telefoni dei soci.",
        "Il tesoriere si è scaricato il modulo d'iscrizione dal sito, va bene così."),
    "the whole chain passed to a solicitor": (
        "LEG1",
        "I've passed every email in this thread to my solicitor this morning.",
        "I've passed every email in this thread to my colleague this morning."),
    "our project in another customer's list (fr)": (
        "SEC1",
        "En ouvrant son compte, le gérant d'une autre entreprise voyait notre projet dans sa liste, avec nos devis.",
        "En ouvrant son compte, notre gérante voyait notre projet dans sa liste, comme prévu."),
    "a project of a firm nobody knows after a typo (nl)": (
        "SEC2",
        "Ik had een cijfer verkeerd getypt en zag een project van een bedrijf dat ik helemaal niet ken.",
        "Ik had een cijfer verkeerd getypt en kreeg een foutmelding."),
    "reminders stopped, the same at another firm (fr)": (
        "OUT3",
        "Depuis hier soir les rappels ne partent plus et les automatisations restent en attente. Une consultante qui "
        "travaille pour une autre boîte sur TeamFlow : exactement pareil chez eux.",
        "Depuis hier soir les rappels ne partent plus pour moi ; mes collègues les reçoivent."),
    "every API call fails for two more clubs (pt)": (
        "OUT2",
        "Toda chamada à API volta erro 500. Mais dois clubes da liga, com as contas deles, estão iguais.",
        "Toda chamada à API no meu script de teste volta erro 401 porque a minha chave expirou."),
    "another firm's invoice pages in ours (de)": (
        "SEC1",
        "In unserer Rechnung sind die Seiten 2 und 3 nicht unsere, sondern die einer Arztpraxis mit ihrer Adresse.",
        "In unserer Rechnung sind die Seiten 2 und 3 leer. Können Sie sie neu schicken?"),
    "the same double charge at two other shops (pt)": (
        "FIN1",
        "Fomos cobrados duas vezes este mês, e duas outras lojas da rua disseram que com elas aconteceu igualzinho.",
        "Fomos cobrados duas vezes este mês; podem devolver uma das cobranças?"),
    "a wish asked as 'could it also ... too?'": (
        "SAT5",
        "Could the calendar view show subtasks too?",
        "Could you check why the calendar view is empty?"),
}

test_money_criterion_fires, test_money_near_miss_does_not_fire = criterion_case_tests(MONEY_AND_LAY)

MONEY_NOT_AN_INCIDENT: NearMissTable = {
    "a payment system asked about (fr)": (
        "OUT1", "Le paiement échoue avec nos trois cartes, 'gateway error PG-502'. Votre système de paiement est-il en "
        "panne ?", None),
    "a public review threatened on LinkedIn (es)": (
        "OUT3", "Ya no recibo notificaciones en el móvil. Si no lo arreglan lo voy a publicar en LinkedIn.", None),
    "a chore: someone has to recreate it": (
        "SEC1", "Every month someone has to recreate the same checklist by hand.", None),
    "a vendor set-up in our system": (
        "SEC1", "We need a copy of the October invoice to finish the vendor set-up in our system.", None),
}

test_money_not_an_incident_does_not_fire = criterion_absent_test(MONEY_NOT_AN_INCIDENT)


def test_a_filter_scare_taken_back_leaves_nothing_unresolved() -> None:
    found = signals("Ontem abri o projeto e estava vazio, pensei que tinham apagado tudo. Afinal tinha carregado sem "
                    "querer no filtro. Desculpem o susto!")
    assert found.unresolved_hours is None and not found.hits
