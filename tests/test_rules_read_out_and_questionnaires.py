"""Offline extractor, round 107: outsiders who read our records out, exports by owners away, copied playbooks.

"nos ha leído por teléfono la lista de citas"; "hat mir am Telefon vorgelesen, was meine Mitarbeiterin verdient";
"cambiando solo l'id" on two test accounts; "the same 42 tasks, our phase names". Near misses: a questionnaire's
"¿Han sufrido alguna brecha?", a job application, the customer's own phishing drill, "in modo responsabile", "un
ataque de nervos", "the litigation groups", "non è nostra intenzione".
"""

from __future__ import annotations

from rules_helpers import NearMissTable, criterion_absent_test, criterion_case_tests, hit_ids, signals

REPORTS: dict[str, tuple[str, str, str]] = {
    "a caller reads our appointments back (es)": (
        "SEC1",
        "Un señor que no es cliente nuestro nos ha leído por teléfono la lista de citas, con nombres y teléfonos. Esa "
        "lista solo la tenemos en TeamFlow y ninguno de nosotros lo conoce.",
        "Un señor nos ha llamado para pedir una cita. ¿Cómo comparto la lista de citas con él?"),
    "a guest's sidebar shows our salary board (de)": (
        "SEC1",
        "Er ist bei uns nur als Gast auf einem Board eingeladen. Seit gestern taucht in seiner Seitenleiste unser "
        "Board 'Löhne' auf.",
        "Er ist bei uns nur als Gast auf einem Board eingeladen. Wie entferne ich das Board aus seiner Seitenleiste?"),
    "a link flaw shown by changing only the id (it)": (
        "SEC2",
        "Con il token del workspace A ho scaricato un file caricato nel workspace B cambiando solo l'id.",
        "Come posso scaricare un file del workspace B senza cambiare workspace?"),
    "our playbook in the gallery, task for task": (
        "LEG5",
        "Your public gallery lists our onboarding playbook as someone else's template: the same 36 tasks and our "
        "step names.",
        "Can we publish our onboarding playbook in your public gallery as a template?"),
    "a contract holder moved to the new company (pt)": (
        "FIN5",
        "Queria que trocassem o titular do contrato para a nova empresa a partir de janeiro.",
        "Quem é o titular do contrato na vossa ficha?"),
}

NOT_AN_INCIDENT: NearMissTable = {
    "a questionnaire's breach question after a colon (es)": (
        "SEC1", "Nuestra aseguradora nos pide contestar: ¿Han sufrido alguna brecha de seguridad en los últimos 3 "
        "años?", None),
    "a job application that names breaches": (
        "SEC1", "I came across your posting for Senior Incident Responder on LinkedIn. I have led data-breach "
        "investigations for years and would love to be considered. Who is the hiring manager?", None),
    "the customer's own phishing drill": (
        "SEC3", "Our IT provider is running a phishing awareness test this week; some fake emails look like TeamFlow "
        "notifications. They are not from you and nothing has happened to our account.", None),
    "a responsible disclosure asks for no manager (it)": (
        "SAT2", "Vorrei segnalarvi un problema in modo responsabile.", None),
    "a panic attack is no attack (pt)": (
        "SEC3", "Sério, quase tive um ataque de nervos hoje porque dois professores não viram a mudança.", None),
    "a law firm's litigation groups": (
        "LEG1", "One of the litigation groups has been piloting another tool for two months.", None),
    "not our intention to involve lawyers (it)": (
        "SEC1", "Preciso che non è nostra intenzione coinvolgere avvocati né rivolgerci ad altre sedi.", None),
    "Spanish 'nobody here sent that' is no warrant": (
        "LEG3", "Nadie aquí ha mandado eso.", None),
    "their supervisor should see two projects": (
        "SAT2", "I'd like their supervisor to see the 'Site Security Rota' project but not edit anything.", None),
}

test_report_criterion_fires, test_report_near_miss_does_not_fire = criterion_case_tests(REPORTS)
test_not_an_incident_does_not_fire = criterion_absent_test(NOT_AN_INCIDENT)


def test_a_caller_who_read_our_list_out_has_seen_it() -> None:
    found = signals("Un señor que no es cliente nuestro nos ha leído por teléfono la lista de citas, con nombres. "
                    "Esa lista solo la tenemos en TeamFlow y ninguno de nosotros lo conoce.")
    assert found.data_exposed is not None and found.data_exposed.value is True


def test_a_flaw_tried_on_two_test_accounts_exposed_nothing() -> None:
    found = signals("Con il token del workspace A ho scaricato un file del workspace B cambiando solo l'id. Ho provato "
                    "solo con due account di test creati da me, nessun dato di altri clienti è stato consultato.")
    assert "SEC2" in {h.criterion for h in found.hits}
    assert found.data_exposed is None


def test_tasks_from_before_a_date_that_are_gone_are_lost() -> None:
    assert "SEC4" in hit_ids("Every card created before October 3 has disappeared from the board, with its comments.")


PROBES: dict[str, tuple[str, str, str]] = {
    "a leaver's account used by someone to delete drafts (de)": (
        "SEC1",
        "Jemand hat mit dem Konto unserer Praktikantin alle Rechnungsentwürfe gelöscht. Sie ist seit zwei Wochen "
        "nicht mehr bei uns.",
        "Wie lösche ich das Konto unserer Praktikantin? Sie ist seit zwei Wochen nicht mehr bei uns."),
    "a payment lure nobody sent (pt)": (
        "SEC3",
        "Os nossos clientes receberam um e-mail do nosso TeamFlow a pedir que pagassem para um IBAN novo. Nós não "
        "mandámos nada.",
        "Os nossos clientes receberam a fatura com o IBAN novo que nós mandámos. Está tudo certo?"),
    "an auditor asks how revenue is recognised (fr)": (
        "FIN4",
        "Le commissaire aux comptes demande pour l'audit comment TeamFlow reconnaît le chiffre d'affaires des "
        "abonnements.",
        "Le commissaire aux comptes passe demain, on a rangé le bureau."),
    "every attachment 'fichier introuvable' (fr)": (
        "SEC4",
        "Depuis ce matin, toutes les pièces jointes affichent 'fichier introuvable', même les anciennes.",
        "Un seul fichier affiche 'fichier introuvable' : je l'avais supprimé moi-même. Comment le restaurer ?"),
}

test_probe_criterion_fires, test_probe_near_miss_does_not_fire = criterion_case_tests(PROBES)
