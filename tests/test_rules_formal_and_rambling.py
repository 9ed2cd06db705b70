"""Offline extractor, round 70: formal officers at large firms, and long rambling messages from small ones.

A removed consultant who "weiterhin ... bekommt" the digest; a DPA that says "ausschließlich" EU and an admin page
that says US-East; "nenhum de nós consegue entrar"; recurring tasks that "weren't created in any of the six
workspaces"; an app that "stuurt ... door naar een analysebedrijf" which "staat nergens in jullie
privacyverklaring"; "alles wat jullie van mij hebben weghalen"; a member "nobody ... knows who that is"; a share link
made "één hoger". And what is no incident: a play "called DATA BREACH", "niet gehackt, niks kwijt", "Wie lange
bleiben ... in Ihren Backups?", "der Ausfall im September wurde gut kommuniziert".
"""

from __future__ import annotations

from rules_helpers import NearMissTable, criterion_absent_test, criterion_case_tests, signals

# each criterion as these writers told it, beside a near miss in similar words
FORMAL_AND_RAMBLING: dict[str, tuple[str, str, str]] = {
    "a deactivated consultant still gets the digest (de)": (
        "SEC1",
        "Das Konto des Beraters haben wir am 30. September deaktiviert. Er bekommt weiterhin jeden Morgen die "
        "Zusammenfassung zum Projekt per E-Mail.",
        "Das Konto des Beraters haben wir am 30. September deaktiviert, wie besprochen."),
    "the DPA says EU only, the admin page says US-East (de)": (
        "SEC5",
        "Unser Auftragsverarbeitungsvertrag sieht eine Speicherung ausschließlich in der EU vor. Angezeigt wird "
        "US-East.",
        "Unser Auftragsverarbeitungsvertrag sieht eine Speicherung ausschließlich in der EU vor. Können Sie das "
        "bestätigen?"),
    "none of us can get in (pt)": (
        "OUT1",
        "Desde as 8 da manhã nenhum de nós consegue entrar no TeamFlow, em nenhum computador.",
        "Desde as 8 da manhã nenhum de nós consegue encontrar o relatório de horas. Onde fica?"),
    "recurring tasks in every club's own workspace": (
        "OUT3",
        "Each club has its own workspace. The recurring tasks weren't created in any of the six workspaces.",
        "Each club has its own workspace. How do we create recurring tasks in all of them?"),
    "client data sent on to an analytics firm (nl)": (
        "SEC1",
        "De app stuurt de naam en het adres van de cliënt door naar een analysebedrijf. Dat staat nergens in jullie "
        "privacyverklaring.",
        "Mag de app statistieken naar een analysebedrijf sturen als we dat zelf aanzetten?"),
    "everything you hold about me removed (nl)": (
        "LEG4",
        "Ik wil dat jullie alles wat jullie van mij hebben weghalen uit jullie systemen.",
        "Hoe haal ik een oud lid weg uit onze groep?"),
    "a member nobody knows": (
        "SEC1",
        "There is a member with a gmail address in our Payroll project. Nobody in Finance knows who that is.",
        "There is a member with a gmail address in our Payroll project: our new accountant, please make her admin."),
    "a share link's number one higher (nl)": (
        "SEC2",
        "Mijn kleinzoon maakte het getal in de gedeelde link één hoger en toen zagen we het bord van een kapsalon.",
        "Kan ik het getal in de gedeelde link zelf kiezen?"),
}

test_criterion_fires, test_near_miss_does_not_fire = criterion_case_tests(FORMAL_AND_RAMBLING)

NOT_AN_INCIDENT: NearMissTable = {
    "a play called DATA BREACH": (
        "SEC1", "We're staging a comedy called DATA BREACH. How do I make a task repeat twice a week?",
        "our play DATA BREACH"),
    "an alarm taken back in Dutch": (
        "SEC1", "Ik dacht dat we gehackt waren. Er stond een filter aan. Niet gehackt, niks kwijt, sorry voor de "
        "paniek.", "ALLES WEG (laat maar, gevonden)"),
    "a retention question (de)": (
        "TEC3", "Wie lange bleiben gelöschte Aufgaben nach dem Leeren des Papierkorbs in Ihren Backups?", None),
    "an outage of a past month, told in the past tense (de)": (
        "OUT1", "Wir sind zufrieden, auch der Ausfall im September wurde gut kommuniziert.", None),
    "cast members asking to see a schedule without logging in": (
        "SEC2", "Can cast members who don't have accounts see the rehearsal schedule without logging in?", None),
    "stage jargon quoted": (
        "SEC3", "Our director keeps saying things like \"we need to attack the second act\".", None),
}

test_not_an_incident_does_not_fire = criterion_absent_test(NOT_AN_INCIDENT)


def test_client_data_sent_to_an_analytics_firm_is_an_exposure() -> None:
    found = signals("De app stuurt bij elke taak de naam en het adres van de cliënt door naar een analysebedrijf. Dat "
                    "staat nergens in jullie privacyverklaring.")
    assert found.data_exposed is not None and found.data_exposed.value is True


def test_a_deactivated_consultant_who_still_gets_the_digest_is_an_exposure() -> None:
    found = signals("Das Konto unseres Beraters haben wir am 30. September deaktiviert. Er sagt, dass er weiterhin "
                    "jeden Morgen die Zusammenfassung mit Kundennamen per E-Mail bekommt.")
    assert found.data_exposed is not None and found.data_exposed.value is True


# round 71: second-hand reports and a grader's set, where everyday words sound like incidents
SECOND_HAND_NOT_AN_INCIDENT: NearMissTable = {
    "a mouse button let go": (
        "SEC1", "I drag from one bar to the next and the arrow vanishes when I let go. My colleague can do it fine.",
        None),
    "one colleague's uploads, everyone else fine": (
        "OUT3", "Our colleague can't upload any file to tasks, every upload fails. Everyone else in the team uploads "
        "fine, it follows his account.", None),
    "what happens on your side if there's a breach": (
        "SEC1", "What happens on your side if there's a data breach - how fast would you tell us?", None),
}

test_second_hand_not_an_incident_does_not_fire = criterion_absent_test(SECOND_HAND_NOT_AN_INCIDENT)


def test_an_upload_failure_for_the_whole_team_still_counts() -> None:
    found = signals("Since this morning nobody in the team can upload any file to tasks, every upload fails at 100%. "
                    "Two other companies in our building say the same.")
    assert "OUT3" in {h.criterion for h in found.hits}


# round 72: a hard grader's set and short Italian, Portuguese and Dutch tickets
HARD_AND_SHORT: dict[str, tuple[str, str, str]] = {
    "a digit typed wrong opens another firm's board (de)": (
        "SEC2",
        "Ich habe mich beim Abtippen vertan: eine Ziffer im Link war falsch, und ich sah das Board einer anderen "
        "Firma.",
        "Ich habe mich beim Abtippen vertan: eine Ziffer im Link war falsch, der Link ging gar nicht."),
    "phishing posted from a colleague's account (pt)": (
        "SEC3",
        "Recebemos comentários do Rui a dizer 'confirme a sua palavra-passe aqui' com um link. O Rui está de férias e "
        "jura que não foi ele.",
        "Onde posso mudar a sua palavra-passe se o Rui se esquecer?"),
    "closed tasks gone, not in the bin (it)": (
        "SEC4",
        "Avevamo circa 200 attività chiuse. Oggi quelle chiuse non ci sono più. Non sono nel cestino.",
        "Le attività chiuse non ci sono più nella vista? Come le mostro?"),
    "illustrations never licensed (pt)": (
        "LEG5",
        "Uma loja usa uma página pública do TeamFlow com ilustrações minhas. Nunca licenciei essas imagens e peço que "
        "sejam retiradas.",
        "Posso usar ilustrações minhas numa página pública do TeamFlow?"),
}

test_hard_criterion_fires, test_hard_near_miss_does_not_fire = criterion_case_tests(HARD_AND_SHORT)

HARD_NOT_AN_INCIDENT: NearMissTable = {
    "Dutch 'het lag aan' is no lag": (
        "TEC5", "Laat maar, het lag aan mijn wachtwoordmanager.", None),
    "a law firm's board per court case (pt)": (
        "LEG1", "Estamos a montar um quadro por cada processo judicial, com os prazos do tribunal.", None),
    "a branded portal's certificate (it)": (
        "OUT5", "Chi apre il nostro portale, quello con il nostro logo e i nostri colori, vede 'la connessione non è "
        "privata': il certificato è scaduto.", None),
}

test_hard_not_an_incident_does_not_fire = criterion_absent_test(HARD_NOT_AN_INCIDENT)


# round 73: a grader's final set and small-business owners in English, Spanish and German
FINAL: dict[str, tuple[str, str, str]] = {
    "a stranger reads names and an address back (de)": (
        "SEC1",
        "Ein Mann, den keiner von uns kennt, hat mir zwei Namen und eine Adresse aus unserem Board vorgelesen. Er war "
        "nie bei uns eingeladen.",
        "Ich habe dem Kunden zwei Namen und eine Adresse vorgelesen, damit er sie prüft."),
    "not complying with the GDPR (es)": (
        "SEC5",
        "Siguen saliendo pacientes borrados con notas médicas. Nuestra responsable de protección de datos dice que así "
        "no estamos cumpliendo el RGPD.",
        "¿Cumplen ustedes el RGPD? Es para nuestra responsable de protección de datos."),
    "an access with a colleague's account from a device abroad (pt)": (
        "SEC1",
        "No registro há um acesso com a conta do Rodrigo a partir de um dispositivo na Romênia. O Rodrigo estava "
        "dormindo.",
        "Como vejo no registro cada acesso com a conta do Rodrigo?"),
}

test_final_criterion_fires, test_final_near_miss_does_not_fire = criterion_case_tests(FINAL)

FINAL_NOT_AN_INCIDENT: NearMissTable = {
    "archived by mistake, 'at first I thought everything was deleted' (de)": (
        "SEC4", "Ich hab aus Versehen auf Archivieren geklickt. Erst dachte ich, alles ist gelöscht, aber die Kollegin "
        "sagt, man kann es wiederherstellen.", None),
}

test_final_not_an_incident_does_not_fire = criterion_absent_test(FINAL_NOT_AN_INCIDENT)
