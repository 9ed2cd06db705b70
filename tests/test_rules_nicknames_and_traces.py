"""Offline extractor, round 92: teams' nicknames, night sign-ins, empty trash and unreadable files.

A team that calls itself a "breach response crew" reports no breach; sign-ins "aus Manila ... gegen 4 Uhr nachts"
stay an alarm even when "es fehlt nichts"; a leaver's "foto do ecrã"; hundreds of tasks gone after the trash was
checked; a designer's work used as a logo without consent; a recipe card that opens "illisible"; logging out and in
again as support suggested is no session left open; "move us to another tool" is churn talk, not a threat.
"""

from __future__ import annotations

from rules_helpers import NearMissTable, criterion_absent_test, criterion_case_tests

TRACES: dict[str, tuple[str, str, str]] = {
    "night sign-ins stay an alarm when nothing is missing (de)": (
        "SEC1",
        "In der Aktivitätsliste stehen drei Anmeldungen aus Lima, alle gegen 3 Uhr nachts. Ich war weder dort noch "
        "online. Es fehlt nichts.",
        "In der Aktivitätsliste stehen drei Anmeldungen aus Köln, alle tagsüber, das war ich im Büro. Es fehlt "
        "nichts."),
    "a leaver's photo of the screen (pt)": (
        "SEC1",
        "O nosso antigo estafeta saiu em agosto e ontem mandou uma foto do ecrã da nossa lista de entregas, a dizer "
        "que ainda consegue ver tudo.",
        "O nosso antigo estafeta saiu em agosto e ontem mandou uma foto do novo carro dele."),
    "hundreds of tasks gone, trash checked": (
        "SEC4",
        "About 180 tasks from last year are simply not there. Checked the filters, looked in the bin, nothing.",
        "I moved 3 tasks to another list by mistake and looked in the bin too; found them, all good now."),
    "a designer's work used as a logo without consent (es)": (
        "LEG5",
        "Una tienda en vuestra plataforma usa mi diseño como logotipo en su página pública. No lo autoricé nunca.",
        "Una tienda en vuestra plataforma usa mi diseño como logotipo; se lo vendí yo con licencia el año pasado."),
    "a recipe card that opens unreadable (fr)": (
        "SEC4",
        "Depuis ce matin chaque fiche recette en pièce jointe s'ouvre avec des signes bizarres, illisible, chez toute "
        "l'équipe.",
        "La fiche recette en pièce jointe s'ouvre avec des signes bizarres, illisible, mais seulement sur mon vieux "
        "téléphone."),
}

test_trace_criterion_fires, test_trace_near_miss_does_not_fire = criterion_case_tests(TRACES)

NOT_AN_INCIDENT: NearMissTable = {
    "a team that calls itself a breach response crew": (
        "SEC1", "We're the Breach Response Crew (that's our team name, we run tabletop drills). How do I add a "
                "custom field to a task?", None),
    "logging out and in again as support suggested": (
        "SEC2", "I logged out and back in as you suggested and I'm still in the old workspace view. Where do I switch "
                "workspaces?", None),
    "moving us to another tool is no legal threat": (
        "LEG1", "The card was declined by my own bank's limit. If it keeps happening I will move us to another tool.",
        None),
}

test_not_an_incident_does_not_fire = criterion_absent_test(NOT_AN_INCIDENT)
