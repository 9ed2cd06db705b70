"""Offline extractor, round 121: photos of one client's record, another firm's pages in a report, IDs put in a call.

"le mandaron una foto de su ficha ... Es la pantalla de nuestro proyecto"; "Pages 4-9 are clearly another company's:
... the names and email addresses"; "our client list was sent to another of your customers"; "metto l'ID di un
progetto del workspace B"; a photographer's images "sans notre autorisation"; "alterando o número ... a que não
deveria ter acesso". Near misses: "se houver uma violação" (a hypothesis), a report address asked for a runbook,
service credits for an outage that is over, "aumento annunciato", a wished audit log of what was "aangemaakt,
gewijzigd of verwijderd", guests who "got the notification email" of a lure, Slack's own outage.
"""

from __future__ import annotations

from rules_helpers import NearMissTable, criterion_absent_test, criterion_case_tests, signals

REPORTS: dict[str, tuple[str, str, str]] = {
    "a photo of a client's record from our project (es)": (
        "SEC1",
        "Le mandaron una foto de su ficha con su dirección. Es la pantalla de nuestro proyecto de TeamFlow. Ninguno "
        "de nosotros se la ha mandado.",
        "¿Cómo hago una foto de la pantalla de nuestro proyecto para el manual?"),
    "another firm's pages in our report": (
        "SEC1",
        "Pages 4-9 of the report are clearly another company's: the names and email addresses of 60 of their staff.",
        "Pages 4-9 of the report are ours: our own project names and our monthly activity."),
    "another firm's pages in our report (es)": (
        "SEC1",
        "Las páginas 4 a 9 del informe son de otra empresa: nombres y correos de unas 50 personas de su plantilla.",
        "Las páginas 4 a 9 del informe son nuestras: nombres y correos de nuestra plantilla."),
    "our list sent to another customer of yours": (
        "SEC1",
        "Our client list, with names and home addresses, was sent to another of your customers.",
        "Our client list was sent to our own accountant, as every month."),
    "another project's ID put in an API call (it)": (
        "SEC2",
        "Con il token del workspace A, se nella chiamata GET metto l'ID di un progetto del workspace B, mi restituisce "
        "le attività del progetto B.",
        "Con il token del workspace A vedo le attività dei progetti del workspace A, come previsto."),
    "a changed number opens attachments without access (pt)": (
        "SEC2",
        "Com a conta sem acesso, alterando o número no fim do endereço, consegue descarregar anexos a que não deveria "
        "ter acesso.",
        "Como altero o número de telefone da conta sem perder o acesso?"),
    "a photographer's images without permission (es)": (
        "LEG5",
        "La plantilla usa las fotos de nuestro fotógrafo, de las que tenemos los derechos. No les hemos dado "
        "permiso; os pedimos que la retiréis.",
        "Nuestro propio fotógrafo hizo las fotos para la plantilla y queremos añadir más."),
    "comment notifications that stopped for one user (it)": (
        "TEC3",
        "Da ieri non mi arrivano più le notifiche quando qualcuno commenta un ordine nel progetto.",
        "Come si attivano le notifiche quando qualcuno commenta un ordine nel progetto?"),
    "an export with mangled letters (nl)": (
        "TEC3",
        "Als ik een project exporteer naar CSV zijn alle letters met accenten verminkt en schuiven de velden door.",
        "Hoe exporteer ik een project naar CSV met accenten?"),
}

NOT_AN_INCIDENT: NearMissTable = {
    "a breach asked about in Portuguese": (
        "SEC1", "O que acontece, em termos de comunicação, se houver uma violação de dados do vosso lado?", None),
    "a breach supposed in Dutch": (
        "SEC1", "Stel dat er bij jullie ooit een datalek is, krijgen wij dan bericht?", None),
    "the address to report an incident, for a runbook": (
        "SEC1", "For our runbook: which address do we use to report a suspected security incident to TeamFlow?", None),
    "service credits for an outage that is over (es)": (
        "OUT1",
        "[Incidencia resuelta] Con las nueve horas de interrupción del día 3 no se ha cumplido la disponibilidad; "
        "solicitamos los créditos de SLA.",
        None),
    "a price rise announced, posted about (it)": (
        "SEC3", "Ha scritto un post su LinkedIn molto critico sul vostro aumento di prezzo annunciato.", None),
    "actions listed for a wished audit log (nl)": (
        "SEC1", "Ik mis een auditlog van wie een taak heeft aangemaakt, gewijzigd of verwijderd, met export.", None),
    "one integration dead, the outage denied": (
        "OUT1", "Not an outage, the app itself is fine - but our Slack integration has been dead since Wednesday.",
        None),
    "Slack's own outage (it)": (
        "OUT1", "Ieri Slack ha avuto quel disservizio di cui parlavano tutti, oggi va benissimo.", None),
}

test_report_criterion_fires, test_report_near_miss_does_not_fire = criterion_case_tests(REPORTS)
test_not_an_incident_does_not_fire = criterion_absent_test(NOT_AN_INCIDENT)


def test_a_stranger_s_photo_of_a_record_was_seen() -> None:
    found = signals("Un cliente nos llamó: desde un número que no conoce le mandaron una foto de su ficha, con su "
                    "dirección. Es la pantalla de nuestro proyecto. Ninguno de nosotros se la ha mandado.")
    assert "SEC1" in {h.criterion for h in found.hits}
    assert "LEG3" not in {h.criterion for h in found.hits}  # "se la ha mandado" is sent, not a warrant
    assert found.data_exposed is not None and found.data_exposed.value is True


def test_guests_notified_of_a_lure_saw_no_data() -> None:
    found = signals("Priya is on leave, yet 'she' posted a comment with a link to a fake Microsoft sign-in on 30 "
                    "tasks at 2am. Two of our clients are guests on those projects and got the notification email.")
    assert "SEC1" in {h.criterion for h in found.hits}
    assert found.data_exposed is None or found.data_exposed.value is not True


def test_someone_who_phoned_the_customer_is_no_contact_with_support() -> None:
    found = signals("On Monday the owner of another firm phoned us to say their export contained our client list.")
    assert found.unresolved_hours is None
