"""Offline extractor, round 84: Spanish and Portuguese on a phone, a grader in four languages, plain English stories.

A competitor who "casually mentioned the budget" that is "ONLY on our board"; "/view/ to /print/ in that same
address"; a fired receptionist's WhatsApp with a patient's "próxima cita"; a recovery address "cambiado"; "abre sem
nada"; "Nel cestino non c'è niente" beside 37 tasks that were 412; "l'atto di citazione" prepared by a lawyer; a BAA
and patient names in reminder e-mails; a supplier who began "bedragen voor te lezen"; "dann klären wir das eben vor
Gericht"; a guest who switches a role "auf Admin"; a stranger who gets "i promemoria dei nostri pazienti". And what is
no incident: a lawyer's advice "só por precaução", "wir drohen nicht mit rechtlichen Schritten", "Rien à voir avec la
panne", "(solucionado)", a hypothetical "If TeamFlow went down", "Das war aber nicht so", "ignore the panicky email".
"""

from __future__ import annotations

from rules_helpers import NearMissTable, criterion_absent_test, criterion_case_tests, signals

TOLD_BY_PHONE: dict[str, tuple[str, str, str]] = {
    "a competitor knows figures that only live on our board": (
        "SEC1",
        "A competitor called and mentioned our pitch budget. Those figures are only on our pitch board in TeamFlow.",
        "Those figures are only on our pitch board; how do I copy them to the client board?"),
    "a path segment changed in the same address": (
        "SEC2",
        "If I change /view/ to /print/ in that same address, account B gets the full board it cannot open.",
        "If I change /view/ to /print/ in that same address, I get a printable version of my own board."),
    "a recovery address changed by someone (es)": (
        "SEC1",
        "Mensajes que yo no mandé salieron de mi usuario, y mi correo de recuperación está cambiado.",
        "¿Cómo cambio mi correo de recuperación?"),
    "a board of 400 cards that opens with nothing (pt)": (
        "SEC4",
        "O quadro tinha os registos de 3 anos (perto de 400 cartões) e agora abre sem nada. A reciclagem está vazia.",
        "Criei um quadro novo ontem e ainda abre sem nada, é normal."),
    "a task count that fell, with an empty bin (it)": (
        "SEC4",
        "Stamattina il progetto mostra 37 attività. Ieri erano 412. Nel cestino non c'è niente.",
        "Il progetto mostra 37 attività, come ieri. Nel cestino non c'è niente."),
    "a writ of summons prepared by a lawyer (it)": (
        "LEG1",
        "Il nostro legale ha già predisposto l'atto di citazione: se entro venerdì non ci rimborsate, procediamo.",
        "Il nostro legale ci ha chiesto una copia del contratto per l'archivio."),
    "patient names in reminder mails under a BAA": (
        "SEC5",
        "We signed your Business Associate Agreement. Since the update, reminder emails put the patient names in the "
        "subject line.",
        "We signed your Business Associate Agreement. Do reminder emails ever include patient names?"),
    "a supplier reads salaries from a board never shared (nl)": (
        "SEC1",
        "Een leverancier begon bedragen voor te lezen van ons bord Salarissen, met namen. Wij hebben dat bord nooit "
        "met hem gedeeld.",
        "Ik begon de bedragen voor te lezen van ons bord Salarissen in het overleg met de directeur."),
    "settling it in court (de)": (
        "LEG1",
        "Wenn das Geld bis Freitag nicht da ist, schickt mein Schwager ein Schreiben und dann klären wir das eben vor "
        "Gericht.",
        "Mein Schwager ist Richter und arbeitet jeden Tag vor Gericht."),
    "a guest switches a role to admin (de)": (
        "SEC2",
        "Mit dem Gastkonto konnte ich bei einem Testnutzer die Rolle von Gast auf Admin umstellen, was gespeichert "
        "wurde.",
        "Wie kann ich als Admin die Rolle eines Nutzers von Gast auf Admin umstellen?"),
    "a stranger receives our patients' reminders (it)": (
        "SEC1",
        "Una signora che non è nostra paziente riceve i promemoria dei nostri pazienti con nome e trattamento.",
        "Una nostra paziente riceve i promemoria dei suoi appuntamenti, come previsto."),
}

test_phone_criterion_fires, test_phone_near_miss_does_not_fire = criterion_case_tests(TOLD_BY_PHONE)

PHONE_NOT_AN_INCIDENT: NearMissTable = {
    "a lawyer's advice as a precaution (pt)": (
        "LEG1", "Nosso advogado recomendou guardar uma cópia de tudo, só por precaução, não tem nenhum processo.",
        None),
    "a complaint that threatens no legal steps (de)": (
        "LEG1", "Formelle Beschwerde. Um es klar zu sagen: wir drohen nicht mit rechtlichen Schritten.", None),
    "nothing to do with the outage (fr)": (
        "OUT1", "Je souhaite résilier. Rien à voir avec la panne, on passe sur un outil moins cher.", None),
    "a subject marked solved (es)": (
        "OUT1", "TeamFlow no carga en la oficina (solucionado) - ¿qué dominios debemos permitir?", None),
    "a hypothetical day down": (
        "OUT1", "If TeamFlow went down for a whole day, is there any credit?", None),
    "a hacking worry taken back (de)": (
        "SEC1", "Ich dachte zuerst, jemand hätte sich in mein Konto gehackt. Das war aber nicht so, kein "
        "Sicherheitsproblem.", None),
    "a panicky e-mail taken back": (
        "SEC4", "Please ignore the panicky email I sent an hour ago saying all my tasks had been deleted.", None),
    "a hacking thought dismissed (it)": (
        "SEC1", "Per un attimo ho pensato che qualcuno ci avesse hackerato l'account, ma no, è più banale.", None),
    "no copy kept anywhere else (it)": (
        "SEC1", "I file non si aprono e non ne abbiamo una copia da nessun'altra parte.", None),
    "a law firm's project per case (it)": (
        "LEG1", "Vorremmo un progetto per ogni causa, con le scadenze come la notifica dell'atto di citazione.", None),
}

test_phone_not_an_incident_does_not_fire = criterion_absent_test(PHONE_NOT_AN_INCIDENT)


def test_a_competitor_mentioning_our_figures_is_an_exposure() -> None:
    found = signals("Someone at a rival agency (we compete with them) casually mentioned the budget of our pitch. "
                    "Those figures are only on our pitch board.")
    assert found.data_exposed is not None and found.data_exposed.value is True


def test_a_supplier_reading_out_salaries_is_an_exposure() -> None:
    found = signals("Een leverancier begon bedragen voor te lezen van ons bord Salarissen, met de namen van drie "
                    "collega's. Wij hebben dat bord nooit met hem gedeeld.")
    assert found.data_exposed is not None and found.data_exposed.value is True
