"""Offline extractor, rounds 68 and 69: what people see, in plain words, follow-ups under quoted threads, a grader.

A project where "non c'è più niente" and "nel cestino non c'è nulla"; a friend "at a different company" whose app
"is doing the same" though "everything else works" on the writer's wifi; "a photo of her phone showing our ...
board" from someone "I don't even know"; comments written "cuando yo estaba dormida"; "the Monday tasks never
appeared" at "their own account" too; "estamos rompiendo la ley HIPAA"; "todo lo automático"; an invoice "$96 but
my plan is $48" at "other schools" too; "one person at TeamFlow assigned to us". And what is no incident: "Nobody
hacked anything", "No se perdió nada", "non è niente di strano né un problema di sicurezza", "achando que fomos
hackeados", Brazil's Reclame Aqui, an option "before a guest can be invited", Spanish "quedar".
"""

from __future__ import annotations

from rules_helpers import NearMissTable, criterion_absent_test, criterion_case_tests, signals

# each criterion as these writers told it, beside a near miss in similar words
PLAIN_WORDS: dict[str, tuple[str, str, str]] = {
    "a project emptied, nothing in the bin (it)": (
        "SEC4",
        "Il progetto adesso è vuoto. Non c'è più niente: i 30 e passa task. Nel cestino non c'è nulla.",
        "Il progetto nuovo è vuoto, come si aggiungono i task?"),
    "a friend's app at a different company does the same": (
        "OUT1",
        "Right now the web app only says 'Something went wrong'. My wifi is fine (everything else works) and my "
        "friend at a different company says hers is doing the same.",
        "Right now the export only says 'Something went wrong', everything else works."),
    "a stranger's photo of our board": (
        "SEC1",
        "A parent sent me a photo of her phone showing our 'Class 4 Reading' board. I don't even know her and "
        "I never shared it.",
        "I sent the parents a photo of our 'Class 4 Reading' board from the school trip."),
    "comments written while I slept (es)": (
        "SEC3",
        "Hay comentarios con mi nombre pidiendo a los proveedores confirmar sus datos bancarios en un enlace. Yo no "
        "escribí eso, estaba dormida.",
        "¿Dónde pido a los proveedores que confirmen sus datos bancarios?"),
    "the Monday tasks never appeared, elsewhere too": (
        "OUT3",
        "No emails, and the Monday tasks never appeared. A friend's studio, also on TeamFlow, says the same.",
        "How do I set up Monday tasks that create themselves?"),
    "everything automatic stopped (es)": (
        "OUT3",
        "No funciona todo lo automático: las tareas que se repiten no se han creado. Otra empresa que también usa "
        "TeamFlow dice exactamente lo mismo.",
        "¿Cómo configuro las tareas que se repiten cada lunes?"),
    "breaking the law on patient records (es)": (
        "SEC5",
        "La consultora dice que estamos rompiendo la ley HIPAA al guardar resultados de pacientes sin el acuerdo "
        "firmado.",
        "¿Ofrecen ustedes el acuerdo que exige la ley HIPAA?"),
    "an invoice double the plan, at other schools too": (
        "FIN1",
        "My invoice is $96 but my plan is $48 a month. Three teachers from other schools, each with their own "
        "TeamFlow account, have the same.",
        "My invoice is $48 and my plan is $48 a month, all fine."),
    "one person at TeamFlow for us": (
        "ENT3",
        "Could we have one person at TeamFlow assigned to us, who knows how we're set up?",
        "Could we have one more seat assigned to our new hire?"),
}

test_criterion_fires, test_near_miss_does_not_fire = criterion_case_tests(PLAIN_WORDS)

NOT_AN_INCIDENT: NearMissTable = {
    "an alarm taken back: nobody hacked anything": (
        "SEC1", "I said we'd been hacked and the project had vanished. My co-chair archived it by mistake. Nobody "
        "hacked anything.", "we got hacked?? (update: nope)"),
    "a filter, nothing lost (es)": (
        "SEC4", "El tablero estaba vacío, pero era un filtro. Al quitarlo apareció todo. No se perdió nada.", None),
    "an expired card denied as a security problem (it)": (
        "SEC2", "Non è niente di strano né un problema di sicurezza: la carta era scaduta.", None),
    "clients who fear a hack (pt)": (
        "SEC1", "Os clientes estão ligando achando que fomos hackeados por causa do aviso do certificado.", None),
    "a complaint site is no hostile content (pt)": (
        "SEC3", "Se não resolverem vou abrir uma reclamação no Reclame Aqui.", None),
    "a wish about inviting guests": (
        "SEC2", "A feature request: we'd love an option to require admin approval before a guest can be invited.",
        None),
    "Spanish 'quedar' is no outage (es)": (
        "OUT1", "El portal muestra otro logo. Necesitamos que vuelva a quedar como estaba.", None),
}

test_not_an_incident_does_not_fire = criterion_absent_test(NOT_AN_INCIDENT)


def test_a_photo_of_our_board_from_a_stranger_is_an_exposure() -> None:
    found = signals("A mum from another school sent a photo of her phone showing our 'Room 9' board with the "
                    "children's names. She has never been invited and I don't even know her.")
    assert found.data_exposed is not None and found.data_exposed.value is True


def test_a_phone_opened_in_italian_is_no_exposure() -> None:
    found = signals("Stamattina ho aperto l'app sul telefono e il progetto era vuoto.")
    assert found.data_exposed is None or found.data_exposed.value is False


# round 69: a grader's set ("vorgelesen" from "40 unserer Kunden", "di cui deteniamo i diritti d'autore")
GRADER: dict[str, tuple[str, str, str]] = {
    "an unrelated firm reads our customers back (de)": (
        "SEC1",
        "Eine Firma, mit der wir nie etwas zu tun hatten, hat uns Namen und Preise von 40 unserer Kunden vorgelesen.",
        "Wir haben dem Kunden die Preise von 40 unserer Artikel vorgelesen."),
    "copyrighted photos published on a public board (it)": (
        "LEG5",
        "Un ex cliente ha pubblicato su una bacheca pubblica le nostre foto, di cui deteniamo i diritti d'autore.",
        "Come pubblico una bacheca con foto di cui deteniamo i diritti d'autore?"),
    "one user's reminders 'down'": (
        "TEC3",
        "My reminder emails have been down since Monday, it's only me.",
        "My reminder emails arrive fine since Monday."),
}

test_grader_criterion_fires, test_grader_near_miss_does_not_fire = criterion_case_tests(GRADER)

GRADER_NOT_AN_INCIDENT: NearMissTable = {
    "nobody has logged in since (es)": (
        "OUT1", "El equipo se disolvió y nadie ha vuelto a entrar desde entonces. Pedimos el reembolso.", None),
    "only my notifications are 'down'": (
        "OUT1", "My email notifications have been down since Friday. My teammates get theirs normally, it's only me.",
        None),
    "none of us can post a comment": (
        "SEC3", "Since the update none of us can post a comment that has a mention in it.", None),
}

test_grader_not_an_incident_does_not_fire = criterion_absent_test(GRADER_NOT_AN_INCIDENT)
