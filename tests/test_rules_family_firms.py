"""Offline extractor, round 82: small firms writing in Spanish, Portuguese, French, Italian and Dutch, and two graders.

A bakery's fired helper who "todavía lo ve todo" on a phone screenshot; a treasurer's account posting a payment link
while "estábamos durmiendo"; an app that "no abre en ningún lado" on data and on wifi; a brother-in-law with "son propre
compte" and the same API errors; "un monsieur que je connais pas" who gets the weekly summary; a receptionist's login
"exportando o quadro inteiro ... depois de ela ter saído". And what is no incident: "je n'envisage aucune action en
justice", "la panne de mardi dernier", "l'API sera-t-elle indisponible ?", a questionnaire's "breach notification
timeline", an API field "exposed in the API", "Filter raus, alles wieder da", a charity "down the road".
"""

from __future__ import annotations

from rules_helpers import NearMissTable, criterion_absent_test, criterion_case_tests, signals

FAMILY_FIRMS: dict[str, tuple[str, str, str]] = {
    "a customer says it will sue over a small sum (es)": (
        "LEG1",
        "Me cobraron dos veces la cuota. Si el viernes no me devuelven el dinero, los demando.",
        "Mi cuñado es abogado y me ayudó a leer el contrato antes de firmar."),
    "a fired helper's phone screenshot of this week's orders (es)": (
        "SEC1",
        "Un ex empleado me manda una foto de pantalla de nuestro tablero de pedidos de esta semana, con nombres y "
        "teléfonos de mis clientes. Nunca le di acceso después de que se fue.",
        "Un ex empleado me manda una foto de pantalla de su propio tablero para darme ideas."),
    "a payment link posted from my user while I slept (es)": (
        "SEC1",
        "Mis clientes recibieron desde mi usuario un comentario con un link para pagar una factura. Yo no escribí eso, "
        "estaba durmiendo.",
        "Mis clientes recibieron desde mi usuario un comentario con la factura del mes, como cada mes."),
    "the app opens nowhere, on data or wifi (es)": (
        "OUT1",
        "No abre la aplicación en ningún lado: en la oficina, en mi celular con datos y con wifi.",
        "No abre la aplicación en mi celular viejo, en la computadora sí."),
    "API errors for us and for a relative's own account (fr)": (
        "OUT2",
        "Chaque appel à l'API renvoie une erreur 500 depuis ce matin. Mon beau-frère, qui a son propre compte "
        "TeamFlow, a exactement la même chose sur son intégration.",
        "Chaque appel à l'API renvoie une erreur 401 depuis ce matin : notre jeton a expiré, c'est de notre faute."),
    "a stranger gets our weekly summary (fr)": (
        "SEC1",
        "Un monsieur que je ne connais pas reçoit chaque lundi votre résumé hebdomadaire avec les noms de mes clients.",
        "Mon associé reçoit chaque lundi votre résumé hebdomadaire avec les noms de mes clients, c'est parfait."),
    "a missing feature told as what we lack (fr)": (
        "SAT5",
        "Une chose qui nous manque : pouvoir faire signer le client sur la tablette à la fin d'une tâche.",
        "Une chose qui nous manque, c'est du temps, avec toutes ces commandes."),
    "a file number swapped for another workspace's (nl)": (
        "SEC2",
        "Als ik in de downloadlink het bestandsnummer vervang door het nummer van een bijlage uit workspace B, krijg "
        "ik dat bestand gewoon binnen.",
        "Hoe vervang ik het bestandsnummer in een downloadlink?"),
    "nothing automatic runs anywhere, a friendly agency too (nl)": (
        "OUT3",
        "Sinds zondag wordt er nergens meer iets automatisch gedaan: geen herhalende taken, geen herinneringsmails. "
        "Een bevriend bureau heeft precies hetzelfde.",
        "Kunnen herhalende taken ook automatisch een herinneringsmail sturen? Een bevriend bureau doet dat al."),
    "erasure asked under the European privacy law (it)": (
        "LEG4",
        "Vi chiedo di cancellare tutti i dati di mia figlia, come prevede la legge europea sulla privacy.",
        "La legge europea sulla privacy vale anche per le scuole di danza? Lo chiedo per curiosità."),
    "a number changed and an unshared board opened without login (pt)": (
        "SEC2",
        "Troquei o número do link e abriu um quadro que não está compartilhado, sem pedir login.",
        "Troquei o número do link e deu erro 404."),
    "a dismissed receptionist's login exporting after she left (pt)": (
        "SEC1",
        "Nós a demitimos na semana passada. No histórico aparece o usuário dela exportando o quadro inteiro, dois dias "
        "depois de ela ter saído.",
        "No histórico aparece o usuário dela exportando o quadro inteiro, dois dias depois de ela ter pedido o "
        "relatório."),
    "a removed supplier quotes a board made after it left": (
        "SEC1",
        "We stopped working with our print supplier in March. Today they quoted a budget line that only exists on a "
        "board we created in June.",
        "That line only exists on our budget board; how do I copy it to another board?"),
    "every description turned into strings of characters (fr)": (
        "SEC4",
        "La description de toutes les tâches affiche des suites de caractères illisibles à la place du texte, même "
        "dans les anciennes versions.",
        "Comment afficher des suites de caractères spéciaux dans une description ?"),
}

test_family_criterion_fires, test_family_near_miss_does_not_fire = criterion_case_tests(FAMILY_FIRMS)

FAMILY_NOT_AN_INCIDENT: NearMissTable = {
    "a complaint that rules out legal action (fr)": (
        "LEG1", "Je précise que je n'envisage aucune action en justice et que ce message n'est pas une mise en "
        "demeure.", None),
    "thanks for last Tuesday's outage follow-up (fr)": (
        "OUT1", "Merci pour le suivi de la panne de mardi dernier, tout fonctionne normalement depuis.", None),
    "a question about the coming maintenance window (fr)": (
        "OUT2", "Pendant ce créneau de maintenance, l'API sera-t-elle totalement indisponible ?", None),
    "a questionnaire's breach notification timeline": (
        "SEC1", "Please send your contractual breach notification timeline; no incident, just the yearly paperwork.",
        None),
    "our own proxy blocks the app": (
        "OUT5", "Since our Zscaler policy update nobody at HQ can reach TeamFlow (ERR_CONNECTION_RESET), so this is on "
        "us.", None),
    "a field wished to be exposed in the API": (
        "SEC2", "We need WIP limits per swimlane, and the limit exposed in the API so our dashboard can read it.",
        None),
    "an SLA breach with service credits": (
        "SEC1", "Please confirm the breach and apply the service credits per section 8.2 of the MSA.", None),
    "a filter taken off and everything back (de)": (
        "SEC4", "Ich sah keine einzige Aufgabe mehr, alles leer, alles gelöscht dachte ich. Filter raus, alles wieder "
        "da.", None),
    "funding lost, not data (pt)": (
        "SEC4", "A nossa associação perdeu o financiamento do projeto e vários coordenadores saíram.", None),
    "one writer unsure whether it is an outage": (
        "OUT1", "Not sure if you're having an outage or if it's just me: the CSV export does nothing for me.", None),
    "one teacher whose comments vanish": (
        "OUT1", "The little spinner goes round and then the box is empty. Everyone else in the department can comment "
        "fine, so it does seem to be his account.", None),
    "another charity's stolen laptop": (
        "SEC1", "A charity down the road had their donor list stolen from a laptop, nothing to do with TeamFlow. Do "
        "you have a breach response checklist template?", None),
    "a plan's task to ring the regulator": (
        "LEG2", "Our plan lists who rings the ICO and who tells the trustees.", None),
    "a hacking question in the conditional (es)": (
        "SEC1", "Y si a ustedes les hacen un hackeo, ¿me avisan?", None),
}

test_family_not_an_incident_does_not_fire = criterion_absent_test(FAMILY_NOT_AN_INCIDENT)


def test_a_fired_helpers_screenshot_of_client_details_is_an_exposure() -> None:
    found = signals("Despedí a un muchacho en octubre. Hoy me manda por whatsapp una foto de pantalla del tablero de "
                    "pedidos, con nombres, teléfonos y direcciones de mis clientes. Nunca le di acceso después.")
    assert found.data_exposed is not None and found.data_exposed.value is True


def test_a_stranger_reading_our_summary_is_an_exposure() -> None:
    found = signals("Un monsieur que je connais pas reçoit chaque lundi votre mail 'Résumé hebdomadaire' avec les noms "
                    "et les téléphones de mes clients. Personne d'autre n'est invité.")
    assert found.data_exposed is not None and found.data_exposed.value is True


def test_a_removed_supplier_quoting_exact_figures_is_an_exposure() -> None:
    found = signals("We stopped working with our print supplier in March and removed everyone from their side. That "
                    "line only exists on a board created in June. They quoted the exact figure and the card title.")
    assert found.data_exposed is not None and found.data_exposed.value is True
