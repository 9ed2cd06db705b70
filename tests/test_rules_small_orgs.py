"""Offline extractor, round 61: what small organisations and larger accounts report in passing, in seven languages.

A freelancer "que ya no trabaja con nosotros" who sends a "captura" and "sigo viendo vuestras cosas"; a template that
is "1:1 unser Ablaufplan, sogar mit unserem Logo"; a parent who "read two of the cards out to me" from a board "never
shared with any parent"; a candidate "not in our workspace" who got another candidate's CV; search results "from OUR
workspace" at another company; "fomos cobrados por 32 usuários" like "outra agência que também usa o TeamFlow".
"""

from __future__ import annotations

from rules_helpers import NearMissTable, criterion_absent_test, criterion_case_tests, signals

# each criterion as these writers told it, beside a near miss in similar words
IN_PASSING: dict[str, tuple[str, str, str]] = {
    "a former freelancer who still sees our things (es)": (
        "SEC1",
        "Un chico que ya no trabaja con nosotros me manda una captura de nuestra lista de clientes: 'sigo viendo "
        "vuestras cosas'.",
        "Un chico que ya no trabaja con nosotros sigue asignado a tareas. ¿Cómo las reasigno?"),
    "our plan copied into a public template (de)": (
        "LEG5",
        "In eurer Vorlagen-Galerie ist eine Vorlage, die 1:1 unser Ablaufplan ist, sogar mit unserem Logo. Das ist "
        "unsere Arbeit und wir haben niemandem erlaubt, das zu verwenden.",
        "Wie lade ich unser Logo in eine eigene Vorlage hoch?"),
    "a parent who read a staff-only board out loud": (
        "SEC1",
        "A parent read two of the cards out to me from our welfare board. That board has never been shared with any "
        "parent, it says staff members only.",
        "Our teachers read two of the cards out to the class every morning. Can we make the font bigger?"),
    "a card that every page of their own workspace now shows (pt, billing)": (
        "FIN1",
        "Na fatura de novembro fomos cobrados por 30 usuários e temos 21. Outra agência que também usa o TeamFlow "
        "tem exatamente o mesmo problema.",
        "Na fatura de novembro fomos cobrados por 30 usuários. Podem explicar o cálculo?"),
    "a missing feature told as a lack (pt)": (
        "SAT5",
        "Uma coisa que faz muita falta: poder criar dependências entre projetos diferentes.",
        "Faz muita falta o meu colega que saiu, mas tudo funciona."),
    "something you'd consider building": (
        "SAT5",
        "A budget per project with a burn-down chart next to the timeline: is that something you'd consider building?",
        "We're building a budget board ourselves. Any tips on the timeline view?"),
    "a lack of recurring rules told in French": (
        "SAT5",
        "Il nous manque un truc : pouvoir répéter une tâche toutes les deux semaines d'avril à octobre.",
        "Il nous manque un collègue cette semaine, la tâche sera en retard."),
}

test_criterion_fires, test_near_miss_does_not_fire = criterion_case_tests(IN_PASSING)

NOT_AN_INCIDENT: NearMissTable = {
    "a slow morning that gets there in the end (nl)": (
        "OUT1", "Bij ons ligt alles zowat plat vandaag. Een bord openen duurt een minuut. Uiteindelijk lukt het "
        "wel.", None),
    "branding that looks awful but works (es)": (
        "OUT1", "Funcionar funciona todo, es solo la imagen pero queda fatal.", None),
    "a summons drafted by a law firm as a task (nl)": (
        "LEG3", "Wij zijn een klein advocatenkantoor. Elke nieuwe zaak heeft dezelfde taken: intake, dagvaarding "
        "opstellen, zitting voorbereiden. Hoe maak ik een sjabloon?", None),
    "scanned prescriptions of a nurses' practice (fr)": (
        "LEG3", "Nos fichiers joints sont des ordonnances scannées et des plannings de tournées.", None),
    "my own fault, everything is back (de)": (
        "SEC1", "Ich dachte schon, wir wurden gehackt. War aber meine eigene Schuld, jetzt ist alles wieder da.", None),
    "a figure that went down": (
        "OUT1", "Repeat visits are down, which the board noticed.", None),
    "a lawyer asking us to clarify documentation (de)": (
        "LEG1", "Unser Rechtsanwalt hat mich gebeten, folgende Punkte mit Ihnen zu klären. Es gibt keinen konkreten "
        "Vorfall.", None),
    "a moment of panic over a locked account": (
        "SEC1", "For a moment I panicked that my account had been hacked, but no - I typed my old password wrong five "
        "times.", None),
    "a recurring chore done by hand": (
        "TEC3", "Repeating tasks only offer weekly or monthly, so I create those by hand every time.", None),
}

test_not_an_incident_does_not_fire = criterion_absent_test(NOT_AN_INCIDENT)


def test_a_candidate_outside_the_workspace_who_got_a_cv_is_an_exposure() -> None:
    found = signals("A candidate got an email from TeamFlow Notifications and attached to it was another candidate's "
                    "full CV. She is not in our workspace and has never been invited to it.")
    assert found.data_exposed is not None and found.data_exposed.value is True


def test_search_results_from_our_workspace_at_another_company() -> None:
    found = signals("They are not our client and have never been a guest in our workspace. They sent us screenshots.",
                    subject="Our client list was visible to another company")
    assert "SEC1" in {h.criterion for h in found.hits}
