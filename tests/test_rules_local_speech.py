"""Offline extractor, round 77: regional Spanish and French, chatty English, and a hard grader in four languages.

A file that "le llegó" to a supplier who "ni tiene usuario en nuestro espacio"; a site that "ressemble à TeamFlow mais
c'est pas le vrai"; the "Commission d'accès à l'information"; "borré sin querer un dígito" of a task link; a
competitor quoting figures "1:1 aus unserer internen Kalkulation"; "im Hintergrund passiert gar nichts mehr"; a
workspace that "läuft jetzt in us-east-1" against the processing agreement. And what is no incident: "lo que queda de
mes", a payment system asked about, "under attack by deadlines", a phone number's 503.
"""

from __future__ import annotations

from rules_helpers import NearMissTable, criterion_absent_test, criterion_case_tests, signals

LOCAL_SPEECH: dict[str, tuple[str, str, str]] = {
    "our list reached someone with no account (es)": (
        "SEC1",
        "A un cliente le llegó un archivo con la lista de nuestros proveedores. Nosotros no le mandamos nada y él ni "
        "tiene usuario en nuestro espacio.",
        "A un cliente le llegó la factura que le mandamos ayer; ¿cómo cambio el formato?"),
    "a site that looks like TeamFlow but is not (fr)": (
        "SEC3",
        "Le lien va vers un site qui ressemble à TeamFlow mais ce n'est pas le vrai, l'adresse est teamfl0w-login.com.",
        "Le lien de notre propre domaine ressemble à TeamFlow, c'est voulu : comment changer le logo ?"),
    "the Quebec data protection commission asks (fr)": (
        "LEG2",
        "La Commission d'accès à l'information nous demande d'indiquer d'ici le 15 janvier où sont hébergés les "
        "renseignements personnels.",
        "Nous préparons une présentation sur la protection des renseignements pour notre équipe."),
    "a deleted digit opens another firm's task (es)": (
        "SEC2",
        "Borré sin querer un dígito del enlace y se abrió una tarea de otra empresa, con su presupuesto.",
        "Borré sin querer un dígito del enlace y salió un error 404."),
    "nothing runs in the background any more (de)": (
        "OUT3",
        "Seit gestern passiert im Hintergrund gar nichts mehr, Serienaufgaben werden nicht mehr angelegt. Im Forum "
        "schreiben andere Firmen genau dasselbe.",
        "Wie lege ich Serienaufgaben an, die im Hintergrund jede Woche erstellt werden?"),
    "a workspace moved to the US against the agreement (de)": (
        "SEC5",
        "Ihr Workspace läuft jetzt in us-east-1, obwohl unser Vertrag zur Auftragsverarbeitung ausschließlich "
        "Frankfurt vorsieht.",
        "Können wir unseren Workspace auf Wunsch in us-east-1 betreiben?"),
}

test_local_criterion_fires, test_local_near_miss_does_not_fire = criterion_case_tests(LOCAL_SPEECH)

LOCAL_NOT_AN_INCIDENT: NearMissTable = {
    "what remains of the month (es)": (
        "OUT1", "¿Cuánto costaría pasar a Pro? ¿Se cobra lo que queda de mes?", None),
    "a billing system asked about (es)": (
        "OUT1", "Con tres tarjetas sale 'Payment gateway error PG-500'. ¿Está caído vuestro sistema de cobro?", None),
    "deadlines as attackers": (
        "SEC3", "We're a tiny agency permanently 'under attack' by deadlines. Is there a workload view?", None),
    "a phone number's area code": (
        "OUT5", "This is a formal complaint about your support.\n\nRosa Lind\nLind Bakery\n+1 503 555 0198", None),
}

test_local_not_an_incident_does_not_fire = criterion_absent_test(LOCAL_NOT_AN_INCIDENT)


def test_a_competitor_quoting_our_internal_figures_is_an_exposure() -> None:
    found = signals("Ein Mitbewerber hat Zahlen genannt, die 1:1 aus unserer internen Kalkulation stammen. Die Datei "
                    "gab es nur in TeamFlow.")
    assert found.data_exposed is not None and found.data_exposed.value is True


def test_a_phishing_comment_sent_to_clients_is_no_exposure() -> None:
    found = signals("Des clients ont reçu un commentaire en mon nom avec un lien vers un faux site. Je n'ai jamais "
                    "écrit ça, et il y a un PC que je ne connais pas dans mes appareils connectés.")
    assert "SEC3" in {h.criterion for h in found.hits}
    assert found.data_exposed is None or found.data_exposed.value is False


# round 78: a grader's set, Dutch and Italian lay writers, IT admins at larger firms, short mobile messages
ADMINS_AND_MOBILE: dict[str, tuple[str, str, str]] = {
    "patients that are not ours in a column (pt)": (
        "SEC1",
        "apareceu uma coluna cheia de pacientes q nao sao nossos, nome e telefone, de outra clinica",
        "apareceu uma coluna nova no quadro de pacientes, como faço pra esconder"),
    "a number in the invoice link shows other customers' invoices (it)": (
        "SEC2",
        "nel link delle fatture c'è un numero e se lo cambi si vedono le fatture di altri clienti",
        "nel link delle fatture c'è un numero: è il numero della fattura dei nostri clienti?"),
    "money back for a double annual charge (it)": (
        "FIN3",
        "mi avete addebitato due volte il piano annuale, 1.188 euro. rivoglio indietro i soldi del secondo addebito",
        "mi avete addebitato il piano annuale, 1.188 euro, tutto ok grazie"),
    "seats and billing cycle changed (pt)": (
        "FIN5",
        "queria passar de 8 pra 12 usuarios e mudar o pagamento de mensal pra anual",
        "quanto custa passar de 8 pra 12 usuarios?"),
    "the same wrong invoice at a neighbour who also uses TeamFlow (fr)": (
        "FIN1",
        "la facture compte 3 fois la TVA. le cabinet d'à côté qui a aussi TeamFlow a reçu la même facture fausse",
        "la facture compte 3 fois la TVA, pouvez-vous la corriger ?"),
    "a live session listed in a city nobody is in (de)": (
        "SEC1",
        "Unter 'Aktive Sitzungen' steht 'Ubuntu · Firefox · Bukarest, RO'. Sie arbeitet ausschließlich mit einem "
        "MacBook.",
        "Unter 'Aktive Sitzungen' steht mein 'macOS · Safari · Dresden'."),
    "a HIPAA safeguard ignored since a release": (
        "SEC5",
        "Under our business associate agreement we hide task details in emails. Since Tuesday that setting is being "
        "ignored and patient names and dates of birth show in the subject line.",
        "Under our business associate agreement, how do we hide task details in emails?"),
    "scheduled work stopped, the same at a separate workspace": (
        "OUT3",
        "No recurring tasks were created and automations don't fire since 1am. Our parent company runs a separate "
        "TeamFlow workspace and sees exactly the same picture.",
        "No recurring tasks were created since 1am in one of our projects; the others are fine."),
}

test_admins_criterion_fires, test_admins_near_miss_does_not_fire = criterion_case_tests(ADMINS_AND_MOBILE)

ADMINS_NOT_AN_INCIDENT: NearMissTable = {
    "a past outage named in a reply's subject": (
        "OUT1", "Everything has been running fine since you fixed the outage last Tuesday. How do I set a default "
        "assignee?", "Re: outage last Tuesday + default assignee"),
    "a board archived by mistake, no data loss": (
        "SEC4", "Our board was gone and I thought we'd been hacked. Turns out a team lead archived it by mistake, so "
        "no data loss.", None),
    "a filter left on, nothing missing (it)": (
        "SEC4", "Erano sparite tutte le attività, pensavo ci avessero hackerato. Era attivo il filtro 'Solo le mie'. "
        "Tolto il filtro è tutto lì, non manca niente.", None),
    "a wish for a read-only archive": (
        "SEC2", "Once a matter is closed we'd like to lock it so nobody can edit anything - a read-only archive.",
        None),
    "a subscription that could not be renewed (pt)": (
        "OUT1", "Estamos tentando renovar a assinatura desde ontem e não conseguimos, o cartão dá erro.", None),
}

test_admins_not_an_incident_does_not_fire = criterion_absent_test(ADMINS_NOT_AN_INCIDENT)


def test_a_removed_freelancer_who_still_gets_the_summary_is_an_exposure() -> None:
    found = signals("We ended our contract with a freelance designer and removed him from the workspace. He forwarded "
                    "the daily summary email he still gets from TeamFlow, with our bid amounts.")
    assert found.data_exposed is not None and found.data_exposed.value is True


def test_a_dutch_marketing_pitch_is_not_a_support_request() -> None:
    found = signals("Wij helpen SaaS-bedrijven met SEO en Google Ads. Zullen we volgende week een kwartiertje bellen? "
                    "Plan direct een afspraak.")
    assert found.support_request is False


# round 79: a grader's set, legal matters in plain English, small firms in German, French and Spanish, a hard grader
PLAIN_LEGAL_AND_LAY: dict[str, tuple[str, str, str]] = {
    "a board with nothing in it any more (nl)": (
        "SEC4",
        "Gisteren stonden er 90 taken in het bord. Vanochtend staat er niets meer in, ook niet in de prullenbak.",
        "Gisteren stonden er 90 taken in het bord. Hoe archiveer ik ze allemaal?"),
    "an agency invited to one project saw another (pt)": (
        "SEC1",
        "A agência que convidámos só para o projeto da campanha mandou-nos uma captura de ecrã da folha de salários, "
        "que está num projeto completamente diferente.",
        "A agência que convidámos só para o projeto da campanha mandou-nos uma captura de ecrã desse projeto."),
    "a wrong number in a share link opens another firm's report (fr)": (
        "SEC2",
        "Par erreur j'ai tapé 48212 dans le lien et je suis tombé sur le rapport d'une autre société.",
        "Par erreur j'ai tapé 48212 dans le lien et j'ai eu une erreur 404."),
}

test_plain_criterion_fires, test_plain_near_miss_does_not_fire = criterion_case_tests(PLAIN_LEGAL_AND_LAY)

PLAIN_NOT_AN_INCIDENT: NearMissTable = {
    "a law firm runs its lawsuits in TeamFlow": (
        "LEG1", "We run our lawsuits in TeamFlow, one project per case. Is there a deadline template?", None),
    "a lawyer's advice about contract names (nl)": (
        "LEG1", "Onze advocaat heeft ons geadviseerd om alle contracten op naam van de nieuwe B.V. te zetten.", None),
    "'can't promise' about staying": (
        "SEC5", "I'd rather stay if we can make it work, but I can't promise anything right now.", None),
    "fraud and unauthorised access denied (it)": (
        "SEC1", "Non è una frode né un accesso non autorizzato: devo solo cambiare l'indirizzo in fattura.", None),
    "'we thought TeamFlow was down - it is not' (de)": (
        "OUT1", "Erst dachten wir heute Morgen, TeamFlow ist down - ist es aber nicht, es ist nur sehr langsam.", None),
    "an app's error code that ends in 503 (es)": (
        "OUT5", "Al pagar sale 'Error del procesador de pagos. Código PP-503.'", None),
    "a client's site that goes down, in a feature wish": (
        "OUT1", "Right now when a client's site goes down we shout across the office. Could TeamFlow page the on-call "
        "person?", None),
}

test_plain_not_an_incident_does_not_fire = criterion_absent_test(PLAIN_NOT_AN_INCIDENT)


# round 80: a grader's set, Portuguese and Spanish lay writers, English customers asking about past and planned work
PAST_AND_PLANNED: dict[str, tuple[str, str, str]] = {
    "a sign-in entry from a city nobody is in": (
        "SEC1",
        "In my sign-in activity there's an entry: 'Lagos, Nigeria - Android - Chrome'. I was asleep and I don't own an "
        "Android phone.",
        "In my sign-in activity there's an entry: 'Leeds, UK - Mac - Safari', that's me."),
    "another company's tasks in our weekly digest (it)": (
        "SEC1",
        "Nel riepilogo settimanale c'erano le attività di un'altra azienda, con i nomi dei loro clienti.",
        "Nel riepilogo settimanale c'erano le attività di un altro nostro progetto, come previsto."),
    "dozens of failed sign-in mails, each from another IP (es)": (
        "SEC3",
        "Me llegaron como 40 correos de intento de inicio de sesión fallido, cada uno desde una IP distinta.",
        "Me llegó un correo de intento de inicio de sesión fallido: era yo con la contraseña vieja."),
    "a named success manager asked for": (
        "ENT3",
        "Is it possible to have one named success manager assigned to us?",
        "Do you offer a named success manager on the Pro plan, and what does it cost?"),
}

test_past_criterion_fires, test_past_near_miss_does_not_fire = criterion_case_tests(PAST_AND_PLANNED)

PAST_NOT_AN_INCIDENT: NearMissTable = {
    "a question about an announced maintenance window": (
        "OUT1", "Will the app be read-only during that window, and will API calls fail?", None),
    "an internal file, no authority (es)": (
        "LEG2", "No hay ningún problema ni reclamo, es solo para tener el expediente completo.", None),
    "an archiving how-to": (
        "SEC4", "How do I archive a finished project so it disappears from the sidebar but isn't deleted?", None),
    "paid elsewhere with the same cards (de)": (
        "OUT5", "Die Karten funktionieren überall sonst, wir haben heute damit bei zwei anderen Anbietern bezahlt.",
        None),
    "staff who lost days, not data (pt)": (
        "SEC4", "Mudaram o aspeto do quadro sem aviso e os meus funcionários passaram dias perdidos.", None),
}

test_past_not_an_incident_does_not_fire = criterion_absent_test(PAST_NOT_AN_INCIDENT)


# round 81: a grader's set, hospitality and trade staff, a hard grader, long messages in three languages
TRADES_AND_LONG: dict[str, tuple[str, str, str]] = {
    "an export job number changed, no ownership check": (
        "SEC2",
        "Changing the job number in the export link gives another workspace's CSV. No check that the export belongs "
        "to me.",
        "Changing the job number in the export link gives a 404. Is the job gone?"),
    "a recovery mail that goes to an address not ours (it)": (
        "SEC1",
        "La password del titolare non va più e il reset va a un indirizzo che non è il nostro.",
        "La password del titolare non va più; come la reimposto?"),
    "a storm of password-reset mails (pt)": (
        "SEC3",
        "Recebi 80 e-mails de 'redefinir sua senha' durante a noite e códigos de verificação que eu não pedi.",
        "Como faço para redefinir sua senha de administrador?"),
    "a removed vendor's screenshot of cards made after removal (fr)": (
        "SEC1",
        "Un ancien prestataire m'a envoyé une capture d'écran de notre tableau, avec des cartes créées bien après la "
        "fin de son accès.",
        "Un prestataire m'a envoyé une capture d'écran de son propre tableau pour nous inspirer."),
    "an add-on vendor's sample report built from our bookings": (
        "SEC1",
        "We tried an add-on from your app directory and their sales rep sent a 'sample report' with our actual "
        "bookings. We never agreed they could pull our data.",
        "Which add-on from your app directory can build a sample report from our bookings?"),
}

test_trades_criterion_fires, test_trades_near_miss_does_not_fire = criterion_case_tests(TRADES_AND_LONG)


def test_a_former_employee_sending_a_photo_of_our_plan_is_an_exposure() -> None:
    found = signals("Unsere frühere Aushilfe, seit Juli nicht mehr bei uns, hat mir ein Foto von ihrem Handy "
                    "geschickt: darauf unser Reservierungsplan mit allen Gästenamen.")
    assert found.data_exposed is not None and found.data_exposed.value is True


# round 82: a grader's set and Dutch, German and Spanish speakers from clinics, schools and associations
CLINICS_AND_CLUBS: dict[str, tuple[str, str, str]] = {
    "task notes shipped to an outside provider not on the list (es)": (
        "SEC1",
        "Vimos que las notas de nuestras tareas se están enviando a un proveedor externo que no figura en vuestra "
        "lista de subencargados.",
        "Enviamos las notas de nuestras tareas a un proveedor externo de facturación, tal como pide el contrato."),
    "someone with no account got a mail with another client's notes (nl)": (
        "SEC1",
        "Een klant die helemaal geen account bij ons heeft, kreeg een mail van TeamFlow met de notities van een andere "
        "klant.",
        "Een klant kreeg een mail van TeamFlow met haar eigen afspraak, dat is de bedoeling."),
    "a treasurer's password refused though he never changed it (es)": (
        "SEC1",
        "A nuestro tesorero le dice que la contraseña es incorrecta y él no la ha cambiado.",
        "A nuestro tesorero le dice que la contraseña es incorrecta; la cambió ayer y no se acuerda."),
    "a bank-details link posted under a member's name (es)": (
        "SEC3",
        "Los socios recibieron un comentario con el nombre del tesorero y un enlace para actualizar datos bancarios. "
        "Nosotros no hemos escrito eso.",
        "Los socios recibieron un comentario del tesorero con un enlace para actualizar datos bancarios; lo escribió "
        "él mismo."),
    "Gantt bars one day off the list's dates (de)": (
        "TEC3",
        "Im Gantt sind alle Balken einen Tag verschoben, in der Liste stimmen die Daten aber.",
        "Wie kann ich im Gantt alle Balken gemeinsam nach hinten schieben?"),
    "a missed way to print a month (es)": (
        "SAT5",
        "Echamos mucho de menos poder imprimir el mes entero en una hoja.",
        "Echamos mucho de menos a nuestra compañera, que se jubiló."),
}

test_clinics_criterion_fires, test_clinics_near_miss_does_not_fire = criterion_case_tests(CLINICS_AND_CLUBS)

CLINICS_NOT_AN_INCIDENT: NearMissTable = {
    "tasks back after a filter was cleared": (
        "SEC4", "False alarm: a saved filter hid them. Cleared it and all 120 tasks are back.", None),
    "asking whether an outside vendor deleted its copy (es)": (
        "SEC4", "Queremos saber si ese proveedor los ha borrado ya de sus servidores.", None),
}

test_clinics_not_an_incident_does_not_fire = criterion_absent_test(CLINICS_NOT_AN_INCIDENT)


def test_a_mail_with_another_clients_notes_is_an_exposure() -> None:
    found = signals("Een patiënte die geen account bij ons heeft, kreeg gisteren een mail van TeamFlow met daarin de "
                    "notitie over een andere patiënt, met naam en geboortedatum.")
    assert found.data_exposed is not None and found.data_exposed.value is True


def test_records_sent_to_an_outside_provider_are_an_exposure() -> None:
    found = signals("Los registros muestran que el contenido de las tareas se ha estado enviando a un proveedor "
                    "externo que no figura en vuestra lista de subencargados.")
    assert found.data_exposed is not None and found.data_exposed.value is True
