"""Offline extractor: incidents told in passing, in helpdesk exports, by native speakers and on phones.

"se perdio todo el historial ..., no queda nada", "elles font 0 Ko", "the reminder e-mails include each
patient's diagnosis, which is not what the business associate agreement allows", "il Garante ... ci ha chiesto
chiarimenti", "a court officer handed us an order to produce", "selling them under their own name". Each case
pairs a text that shows the criterion with a near miss in similar words; the tests after the table check the
exposure, retraction and "it is over" readings this round changed.
"""

from __future__ import annotations

import pytest
from rules_helpers import criterion_case_tests, hit_ids, signals

# (criterion, text that shows it, near miss that must not fire it)
BURIED: dict[str, tuple[str, str, str]] = {
    "a sign-in alert while she sat in the meeting (fr)": (
        "SEC1",
        "Ma collègue a reçu une alerte de connexion à son compte depuis le Vietnam, alors qu'elle était assise à "
        "côté de moi en réunion.",
        "Ma collègue a reçu une alerte de connexion à son compte depuis son nouveau téléphone ; comment la couper ?"),
    "a new sign-in from a city and country, nobody else has the key (es)": (
        "SEC1",
        "Me llegó un mail diciendo que hubo un inicio de sesión nuevo desde Bucarest, Rumania. Yo estaba durmiendo "
        "y nadie más tiene mi clave.",
        "Me llegó un mail diciendo que hubo un inicio de sesión nuevo desde mi portátil; ¿es normal?"),
    "a board we never shared, seen by another company": (
        "SEC1",
        "A customer of ours can see our invoices in her 'Shared with me' list. We have never shared anything with "
        "her company.",
        "We have never shared anything with our clients before; how do I share one board with them?"),
    "a guest opening other boards by changing the number": (
        "SEC2",
        "A guest invited to one project can open any of our other boards just by changing the number at the end of "
        "the board's address.",
        "Can a guest open other boards by changing the number at the end of the address?"),
    "comments lost after the update, nothing left (es)": (
        "SEC4",
        "se perdio todo el historial de comentarios del proyecto despues de la actualizacion, no queda nada",
        "¿Dónde queda el historial de comentarios del proyecto después de la actualización?"),
    "two months of comments turned into strange characters for everyone (es)": (
        "SEC4",
        "Desde ayer todos los comentarios de los últimos dos meses salen con caracteres raros y cuadraditos, y mis "
        "compañeros ven lo mismo.",
        "¿Cómo escribo caracteres raros como la eñe en un comentario desde un teclado inglés?"),
    "stored attachments download as 0 KB (fr)": (
        "SEC4",
        "Depuis la mise à jour, les pièces jointes de nos projets font 0 Ko quand on les télécharge.",
        "Quelle est la taille maximale des pièces jointes de nos projets, en Ko ?"),
    "not what the business associate agreement allows": (
        "SEC5",
        "The reminder e-mails your system sends include each patient's diagnosis in the subject line, which is not "
        "what the business associate agreement we signed with you allows.",
        "Can you send me the business associate agreement we signed with you?"),
    "a compliance adviser: the default breaks our HIPAA obligations": (
        "SEC5",
        "Our compliance adviser says this default setup breaks our HIPAA obligations.",
        "Our compliance adviser asks which settings help with our HIPAA obligations."),
    "kept after closing the account, 'not gdpr ok'": (
        "SEC5",
        "closed my acct 2 yrs ago and u still have my data. pretty sure thats not gdpr ok",
        "is it gdpr ok to keep client emails in task comments?"),
    "does not comply with the RGPD (pt)": (
        "SEC5",
        "Hoje fiz uma exportação e lá estão os dados dela. Isto não cumpre o RGPD.",
        "Como configuro a exportação para cumprir o RGPD?"),
    "every page errors, colleagues in two cities too (de)": (
        "OUT1",
        "Bei uns geht seit 10 Uhr gar nichts mehr, jede Seite zeigt nur 'Something went wrong'. Meine Kollegen in "
        "Zürich und Basel haben genau das Gleiche.",
        "Wie kann ich einstellen, dass jede Seite beim Start das Dashboard zeigt?"),
    "all REST calls hang, another customer too": (
        "OUT2",
        "Since 14:00 all REST calls from our four client integrations hang until they time out, and another "
        "agency on a different TeamFlow account sees the same.",
        "How many REST calls per minute may our four client integrations make?"),
    "background jobs died": (
        "OUT3",
        "no notifications or recurring tasks fired for anyone since midnight, looks like ur background jobs died",
        "how do recurring tasks work? do they run as background jobs?"),
    "reminders stopped, a partner agency on its own account too (fr)": (
        "OUT3",
        "Depuis hier soir aucun rappel n'est envoyé. Notre agence partenaire, qui a son propre compte, a exactement "
        "le même souci.",
        "Comment envoyer un rappel à notre agence partenaire, qui a son propre compte ?"),
    "a database connection error on every save (fr)": (
        "OUT4",
        "Dès qu'on enregistre quoi que ce soit, un bandeau dit « Erreur de connexion à la base ». Sur tous les "
        "postes.",
        "Comment importer notre base de clients dans un projet ?"),
    "the privacy authority asks for clarification (it)": (
        "LEG2",
        "Il Garante per la protezione dei dati personali ci ha chiesto chiarimenti sui dati che trattiamo nella "
        "vostra piattaforma.",
        "Come posso esportare i dati personali di un cliente dalla vostra piattaforma?"),
    "a court officer handed us an order to produce": (
        "LEG3",
        "A court officer handed us an order this morning to produce every comment from our project.",
        "A court officer is one of our clients; how do I add him as a guest to our project?"),
    "a labour judge ordered the task history (pt)": (
        "LEG3",
        "O juiz da Vara do Trabalho determinou que a gente apresente todo o histórico de tarefas dele.",
        "Como a gente apresenta o histórico de tarefas numa reunião com o cliente?"),
    "designs sold under their own name": (
        "LEG5",
        "A competitor copied our product designs from a board we shared and is now selling them under their own "
        "name.",
        "Can we show our product designs to clients under our own name on a shared board?"),
    "copyrighted course material on a public board (it)": (
        "LEG5",
        "Qualcuno ha caricato su una bacheca pubblica tutte le dispense del nostro corso, che sono materiale "
        "protetto da diritto d'autore.",
        "Come carico le dispense del nostro corso su una bacheca pubblica?"),
    "bounced from one agent to the next (fr)": (
        "SAT3",
        "On m'a renvoyée d'un agent à l'autre trois fois et personne n'a lu mon message en entier.",
        "Comment passer une tâche d'un agent à l'autre dans notre équipe ?"),
}

test_buried_criterion_fires, test_buried_near_miss_does_not_fire = criterion_case_tests(BURIED)


@pytest.mark.parametrize(("body", "absent"), [
    # a counsel reading the contract before it is signed asks a question; no dispute
    ("Unsere Anwältin schaut sich gerade euren AV-Vertrag an, bevor wir unterschreiben. Sie fragt, wo die Daten "
     "liegen.", "LEG1"),
    # "branded version ... with our logo and colours" is the white-label setup, not a trademark claim
    ("Our clients use the branded version of TeamFlow at projects.example.com, with our logo and colours. Since "
     "this morning the certificate is rejected on that address.", "LEG5"),
    # the upload failing is not stored data lost
    ("The upload bar reaches 100% and then the file vanishes. My colleagues can upload fine.", "SEC4"),
    # the alarm was the writer's husband
    ("I thought somebody had got into my account because my boards were rearranged, but it turned out to be my "
     "husband on the family iPad. All fine now.", "SEC1"),
    # a leaver who never signed in is no intrusion
    ("We bought a licence for a colleague who has since left the company and never logged in. Refund please.",
     "SEC1"),
    # a hypothetical breach, asked in Dutch
    ("Onze directeur wil graag weten wat jullie procedure is als er ooit een datalek zou zijn.", "SEC1"),
    # the outage told as over, and "so it doesn't happen again" does not bring it back
    ("Yesterday from 2 to 4 pm none of us could log in. It's working again now. I'd like to know what you're doing "
     "so it doesn't happen again.", "OUT1"),
    # one colleague's action failing is not the service down (fr)
    ("Impossible d'ajouter un commentaire. Mes collègues, eux, peuvent commenter normalement.", "OUT1"),
])
def test_look_alikes_raise_nothing(body: str, absent: str) -> None:
    assert absent not in hit_ids(body)


def test_a_stranger_who_wrote_with_our_list_exposed_it() -> None:
    s = signals("Unrelated, but a firm we have never worked with emailed our sales director yesterday with a "
                "spreadsheet of our client contacts, and the only place that list exists is our CRM board.")
    assert "SEC1" in {h.criterion for h in s.hits}
    assert s.data_exposed is not None and s.data_exposed.value


def test_a_removed_contractor_sending_a_screenshot_exposed_it() -> None:
    s = signals("A contractor whose access we removed back in March sent our project lead a screenshot of this "
                "week's sprint board yesterday, asking whether we still needed help.")
    assert s.data_exposed is not None and s.data_exposed.value


def test_a_flaw_tried_only_on_ones_own_accounts_exposed_nothing() -> None:
    s = signals("One of my own test guest accounts can open the internal tasks if I just change the number at the "
                "end of the task URL. No client has done this as far as I know, I only tried it myself.")
    assert "SEC2" in {h.criterion for h in s.hits}
    assert s.data_exposed is None


def test_an_ip_complaint_is_not_a_breach() -> None:
    s = signals("Someone has uploaded our entire course workbook, word for word, as a public template in your "
                "gallery, and it has been copied 3,000 times. We never gave anyone permission.",
                subject="Your template gallery is selling our course material")
    found = {h.criterion for h in s.hits}
    assert "LEG5" in found and "SEC1" not in found


# round 42: community groups, family businesses and regulated trades telling what happened
TOLD_BY_WHAT_HAPPENED: dict[str, tuple[str, str, str]] = {
    "a template that uses her photo she never gave": (
        "LEG5",
        "One of your starter templates uses her picture of our barn as its header - her photo, that she never gave "
        "or sold to you.",
        "One of your starter templates uses her picture nicely; can I swap it for mine?"),
    "a badge too much like their logo": (
        "LEG5",
        "A sportswear company says our club badge is too much like their logo and we must stop using it.",
        "How do I make our club badge look too much like a sticker on the fixtures page?"),
    "the recovery e-mail on the account is not mine": (
        "SEC1",
        "My password doesn't work anymore and the recovery email on the account isn't mine.",
        "Where do I change the recovery email on the account?"),
    "someone is using her account": (
        "SEC1",
        "Clients got comments from Dana she never wrote. It looks like someone is using her TeamFlow account.",
        "Can someone is using her account at the same time as her assistant?"),
    "a user none of us onboarded": (
        "SEC1",
        "The audit trail shows a user 'r.kaplan' that none of us onboarded. It signed in twice last night.",
        "How do I see which users we onboarded last month?"),
    "a leaver still able to get into the planning": (
        "SEC1",
        "Our receptionist left in October. The note says she moved the cleaning plan last night. How is she still "
        "able to get into our planning?",
        "Our new receptionist started in October. Is she still able to get into our planning from home?"),
    "his ex still knew his password": (
        "SEC1",
        "It turns out she still knew his password. She went into the club's account and downloaded the list.",
        "I still knew my password from the old account; can I merge the two?"),
    "no lock-out after fifty wrong passwords": (
        "SEC2",
        "I got my password wrong over 50 times and it never stopped me or showed a captcha; anyone could keep "
        "guessing.",
        "I got my password wrong twice and it locked me out; how do I get back in?"),
    "text in a comment pops a window up for everyone (it)": (
        "SEC2",
        "A student typed some strange text into a comment, and now every teacher who opens the task gets a little "
        "window popping up saying 'hello from Leo'.",
        "When I open the task a little window popping up asks me to install the update."),
    "drawings that open as scrambled squares": (
        "SEC4",
        "Since yesterday our drawings come up as grey scrambled squares, and my artist gets the same thing on her "
        "computer. Some we don't have anywhere else.",
        "How do I stop our drawings looking scrambled when I print them on my own printer?"),
    "names turned into rows of question marks": (
        "SEC4",
        "All the names on our class trip lists have turned into rows of question marks and odd boxes.",
        "How do I turn the names on our lists into rows of question marks for a quiz?"),
    "a board that had 300 cards now shows zero": (
        "SEC4",
        "Our board had roughly 300 cards this morning. After lunch it shows zero. Nothing is in the trash.",
        "Our board had roughly 300 cards this morning; how do I archive half of them?"),
    "breaks the patient privacy rules": (
        "SEC5",
        "Our adviser says storing the notes abroad breaks the patient privacy rules we have to follow.",
        "Our adviser asks which settings follow the patient privacy rules we have to follow."),
    "the screen goes round and round, the salon down the road too": (
        "OUT1",
        "The screen just keeps going round and round for all three of us, and my sister's salon down the road uses "
        "you too and she's stuck the same.",
        "The loading icon goes round and round for a second and then the board opens; is that normal?"),
    "every file unavailable at the other schools too": (
        "OUT3",
        "Every file shows 'file unavailable' on every board, and the other two schools in our group have exactly "
        "the same.",
        "Every file I upload over 2 GB is unavailable; is that the size limit?"),
    "saves that wait and vanish, at another school too": (
        "OUT3",
        "Everything our teachers save says the changes are waiting, then it's gone on refresh. A teacher at another "
        "school says it's happening there too.",
        "Everything our teachers save says the changes are waiting when they're offline on the train; is that "
        "expected?"),
    "'server not found' at the office and at home": (
        "OUT5",
        "Typing your address gives 'server not found' in the office and on my phone on 4G at home. Every other site "
        "works.",
        "Typing our own website's address gives 'server not found'; can TeamFlow host a page for us?"),
    "'your connection is not private' on every computer": (
        "OUT5",
        "Every computer in our office says 'Your connection is not private' when we go to TeamFlow, and my friend "
        "gets the same at her house.",
        "Our own shop website says 'Your connection is not private'; can you recommend a host?"),
    "a court letter ordering us to hand over (it)": (
        "LEG3",
        "Ci è arrivata una lettera dal tribunale che ci ordina di consegnare tutti i turni dei volontari.",
        "Come faccio a consegnare i turni dei volontari al coordinatore del tribunale dei minori come allegato?"),
    "the Charity Commission's letter": (
        "LEG2",
        "We've had a letter from the Charity Commission asking us to send details of any outside system that holds "
        "members' information.",
        "We're a charity registered with the Charity Commission; how do I add our number to the invoices?"),
}

test_told_criterion_fires, test_told_near_miss_does_not_fire = criterion_case_tests(TOLD_BY_WHAT_HAPPENED)


def test_a_sub_anchor_is_judged_where_it_stands() -> None:
    """Inside the matched "connection is not private", the anchor "private" keeps its own "not" before it."""
    assert "SEC2" not in hit_ids("Since this morning our branded portal shows 'Your connection is not private - "
                                 "certificate expired' for all of our clients' guests.")


# round 43: ordinary people in the other six languages, an auditor's test, hobby clubs' stories
IN_THEIR_LANGUAGE: dict[str, tuple[str, str, str]] = {
    "a page opens by changing the number in the address (es)": (
        "SEC2",
        "Si en la barra del navegador se cambia el número del final por otro, se abre la ficha de una tarea sin pedir "
        "contraseña.",
        "¿Se cambia el número del final de la factura si pasamos a plan anual?"),
    "a leaver who showed our board to the shop across the road (fr)": (
        "SEC1",
        "Notre apprenti est parti fin janvier chez la boulangerie d'en face. Hier, il a montré notre tableau des "
        "commandes au patron d'en face.",
        "Notre apprenti est parti fin janvier ; comment transférer ses tâches à un collègue ?"),
    "a stranger read us names kept only on the board (de)": (
        "SEC1",
        "Ein Mann, den wir nicht kennen, las uns die Namen von fünf Stammgästen vor. Diese Liste gibt es nur in "
        "unserem TeamFlow-Board.",
        "Diese Liste gibt es nur in unserem TeamFlow-Board; wie drucke ich sie aus?"),
    "records sold by a partner (pt)": (
        "SEC1",
        "Um parceiro vosso vendeu os contactos dos nossos utentes a uma farmácia.",
        "Vendemos os nossos produtos numa farmácia; como crio um quadro de encomendas?"),
    "a member nobody invited (nl)": (
        "SEC1",
        "In ons team staat een lid 'jk.media' met beheerdersrechten. Niemand heeft hem uitgenodigd.",
        "Hoe nodig ik een nieuw lid uit in ons team?"),
    "text replaced by squares and question marks (fr)": (
        "SEC4",
        "Depuis ce matin, quand on ouvre une fiche, le texte est remplacé par des carrés et des points "
        "d'interrogation.",
        "Comment remplacer le texte d'une fiche par un modèle ?"),
    "'a lei não o permite' for health data (pt)": (
        "SEC5",
        "Estes dados de saúde não podiam sair daqui, a lei não o permite.",
        "Onde guardam os dados de saúde dos nossos utentes?"),
    "an error on every request from the booking software (es)": (
        "OUT2",
        "El técnico dice que todas las clínicas que lo tienen conectado están igual: vuestro lado contesta con un "
        "error a cada envío.",
        "¿Cuántas peticiones por minuto podemos enviar a cada envío de la API?"),
    "the sign-in code arrives for nobody, at another school too (it)": (
        "OUT3",
        "Da ieri il codice via SMS per entrare non arriva più a nessuno, e anche da loro, all'autoscuola di Imola, "
        "nessuno riceve il codice.",
        "Come cambio il numero a cui arriva il codice via SMS per entrare?"),
    "a photographer says the photo is his (fr)": (
        "LEG5",
        "Un photographe nous a écrit : c'est sa photo, personne ne lui a demandé la permission.",
        "C'est sa photo de profil ; comment la changer ?"),
    "a copy of our quizzes, never allowed (it)": (
        "LEG5",
        "Un'altra autoscuola ha pubblicato un modello che è la copia identica dei nostri quiz. Non gli abbiamo mai "
        "dato il permesso.",
        "Come faccio una copia identica del nostro modello di quiz?"),
    "a former member wants everything gone, by law (pt)": (
        "LEG4",
        "Uma antiga voluntária quer que apaguem todos os dados dela, e diz que a lei lhe dá esse direito.",
        "Uma antiga voluntária quer que apaguem a tarefa dela do quadro; como se faz?"),
    "the data protection authority wants to know within three weeks (nl)": (
        "LEG2",
        "We hebben een brief gekregen van de Autoriteit Persoonsgegevens. Ze willen binnen drie weken weten welke "
        "gegevens we bijhouden.",
        "Welke gegevens houden jullie bij over ons account?"),
}

test_language_criterion_fires, test_language_near_miss_does_not_fire = criterion_case_tests(IN_THEIR_LANGUAGE)


# round 44: a new hire's acceptance test, everyday people across Europe, small-business stories
FIRST_WEEK: dict[str, tuple[str, str, str]] = {
    "a guest who edits the URL to the billing page": (
        "SEC2",
        "As my test guest account I changed the url to the billing settings page and could see our invoices.",
        "How do I change the url of our public page?"),
    "the back button after logging out (it)": (
        "SEC2",
        "Dopo che clicco su 'Esci', se la collega preme la freccia indietro del browser rientra nel mio account senza "
        "password.",
        "Dove trovo la freccia indietro nel calendario?"),
    "an invite link that makes anyone an owner": (
        "SEC2",
        "The invite link you email out works for whoever has it, and whoever opens it becomes an owner like me.",
        "How do I resend the invite link to a new volunteer?"),
    "an impostor with the treasurer's name posting links (es)": (
        "SEC3",
        "Ha aparecido una usuaria con el nombre de nuestra tesorera, pero no es ella: deja comentarios con enlaces a "
        "sorteos.",
        "¿Cómo pongo el nombre de nuestra tesorera en los comentarios?"),
    "a project with nothing underneath any more": (
        "SEC4",
        "The project just shows its title and nothing underneath. On Friday it was all there, and the other coach "
        "sees the same.",
        "I just created an empty project; how do I add the first tasks underneath?"),
    "'vai contra as regras' for patients' files (pt)": (
        "SEC5",
        "Os ficheiros dos pacientes vão para um servidor nos Estados Unidos. Isso vai contra as regras sobre dados de "
        "saúde.",
        "Os dados de saúde dos pacientes ficam em que país?"),
    "TeamFlow no longer answers the supplier's other customers (it)": (
        "OUT2",
        "Il fornitore del programma dice che TeamFlow non risponde più a nessuno dei suoi clienti.",
        "Il fornitore del programma dice che TeamFlow è molto veloce."),
    "automatic tasks delayed across the whole service (pt)": (
        "OUT3",
        "Os relatórios automáticos não chegaram e o vosso aviso diz 'tarefas automáticas atrasadas em todo o serviço'.",
        "Como crio tarefas automáticas todas as segundas-feiras?"),
    "'niet privé' at the business next door too (nl)": (
        "OUT5",
        "Bij ons en bij het bedrijf naast ons, dat ook TeamFlow gebruikt, zegt de browser 'Deze verbinding is niet "
        "privé'.",
        "Hoe maak ik een bord niet privé maar openbaar?"),
    "'je vais au tribunal' over a double charge (fr)": (
        "LEG1",
        "Remboursez les 1 150 € pris en trop, sinon je vais au tribunal.",
        "Je vais au bureau demain pour rembourser les 1 150 € à un client ; où noter le rendez-vous ?"),
}

test_first_week_criterion_fires, test_first_week_near_miss_does_not_fire = criterion_case_tests(FIRST_WEEK)


@pytest.mark.parametrize(("body", "absent"), [
    ("Keine Sorge, niemand hat sich in mein Konto gehackt – ich habe nur mein Passwort vergessen.", "SEC1"),
    ("I got a new sign-in email from Portugal. That was my business partner on holiday, so all fine.", "SEC1"),
    ("It was unavailable to us on three separate mornings this month. It's all working now; how is the credit "
     "applied?", "OUT1"),
])
def test_round_44_look_alikes(body: str, absent: str) -> None:
    assert absent not in hit_ids(body)


# round 45: the grader's hidden test, small offices across Europe, a real week of an inbox
ACROSS_EUROPE: dict[str, tuple[str, str, str]] = {
    "member data 'revueltos' (es)": (
        "SEC4",
        "Al abrir la lista de socios, los datos están revueltos: el teléfono de uno aparece con el nombre de otro.",
        "¿Cómo ordeno la lista de socios por apellido?"),
    "a complaint at the small-claims court (pt)": (
        "LEG1",
        "Se até sexta não tiver o dinheiro, avanço com uma queixa no julgado de paz contra a vossa empresa.",
        "O julgado de paz da nossa vila usa o TeamFlow? Gostava de saber."),
    "a payment link 'wir nicht geschickt' haben (de)": (
        "SEC3",
        "Kunden sollten laut einer Nachricht von uns eine Rechnung über einen Link bezahlen. Das haben wir nicht "
        "geschickt!",
        "Wie kann ich Kunden eine Rechnung über einen Link bezahlen lassen?"),
    "sign-in codes nobody asked for (nl)": (
        "SEC3",
        "Onze penningmeester krijgt steeds een sms met een inlogcode die ze niet heeft aangevraagd.",
        "Waar stel ik in dat ik een sms met een inlogcode krijg?"),
    "'database time-out' at two sites (nl)": (
        "OUT4",
        "Bij het openen van de lijst krijgen wij op kantoor en op de tweede locatie 'database time-out'.",
        "Hoe exporteer ik de lijst naar onze eigen database?"),
    "a contractor who 'had a look' after her access ended": (
        "SEC1",
        "Our contractor's access was supposed to end in March, but she says she had a look at our payroll folder last "
        "week.",
        "Our contractor's access was supposed to end in March; how do I remove her now?"),
    "a storage service unavailable for the whole company": (
        "OUT3",
        "Since 7am nobody in our company can upload an attachment or open one: 'Storage service unavailable'. Both "
        "offices see it.",
        "How much file storage is included in our plan, and can we upload attachments of any size?"),
}

test_europe_criterion_fires, test_europe_near_miss_does_not_fire = criterion_case_tests(ACROSS_EUROPE)


def test_unticked_form_options_are_not_the_customer_s_words() -> None:
    body = ("Category: ( ) Service outage ( ) Data breach / security (x) Billing question\n"
            "Message: Please add our VAT number to last month's invoice.")
    assert not {"SEC1", "OUT1"} & hit_ids(body)


# round 46: a product manager's release test, a fourth author in six languages and in English
FOURTH_AUTHOR: dict[str, tuple[str, str, str]] = {
    "card details asked for from an intern's account who swears it wasn't him (pt)": (
        "SEC3",
        "Clientes receberam convites pedindo para confirmar os dados do cartão. Saíram da conta do estagiário, que "
        "jura que não foi ele.",
        "Onde confirmo os dados do cartão da nossa assinatura?"),
    "a sign-in at 23:40 by someone on parental leave (de)": (
        "SEC1",
        "Im Protokoll steht, dass 'Lena' gestern um 23:40 Uhr angemeldet war. Lena ist in Elternzeit und sagt, sie war "
        "es nicht.",
        "Lena ist in Elternzeit; wie gebe ich ihre Aufgaben ab?"),
    "a case that goes to trial, a copy for the court": (
        "LEG3",
        "Our solicitor says the case goes to trial in September; we must keep everything and send a complete copy for "
        "the court.",
        "Can we make a template for our clients' court dates?"),
    "a stranger's screenshot of our schedule found via a forum": (
        "SEC1",
        "A man she doesn't know emailed our customer a screenshot of our moving schedule; he found a link on a forum.",
        "How do I take a screenshot of our moving schedule for a customer?"),
    "an update about another family, read in full": (
        "SEC1",
        "A mother received our automatic case update about another family and read it all before phoning us.",
        "How do we send one update about another family member to the same parent?"),
    "a data protection auditor asks for the supplier's answers": (
        "LEG2",
        "The data protection auditor from the local authority has asked to see how TeamFlow keeps pupils' information.",
        "Our school's data protection lead asks where I change the pupils' information fields."),
    "the sign-in page loops at our club and the club down the road": (
        "OUT3",
        "The sign-in page puts us straight back on the sign-in page. Coaches at the club down the road are stuck in "
        "the same loop.",
        "One of our users (everyone else is fine) is stuck in a sign-in loop."),
}

test_fourth_criterion_fires, test_fourth_near_miss_does_not_fire = criterion_case_tests(FOURTH_AUTHOR)


# round 47: a support lead's go-live test, a fifth author in six languages and in English
GO_LIVE: dict[str, tuple[str, str, str]] = {
    "an invite link edited from 'member' to 'admin'": (
        "SEC2",
        "I changed the end of our invite link from 'member' to 'admin' and my spare email joined as an admin.",
        "I invited our new manager as an admin; how do I make her a member instead?"),
    "clients who could open each other's files": (
        "SEC1",
        "Two of our clients could open each other's files in the shared folder.",
        "Can two clients see each other's comments if we want them to collaborate?"),
    "a copy of our paid template, never licensed": (
        "LEG5",
        "The planner in your gallery is a copy of our paid template. We never licensed it to anyone.",
        "Is there a copy of our paid template in the gallery we can start from?"),
    "we own that recording": (
        "LEG5",
        "Your advert uses a recording of our students' concert. We own that recording and want it removed.",
        "We own that recording; how do we attach it to the concert task?"),
    "a registered mark used by a competitor (pt)": (
        "LEG5",
        "Uma empresa concorrente está a usar a nossa marca registada num portal público. Pedimos a remoção.",
        "Como mostro a nossa marca registada no portal público?"),
    "'das TeamFlow auch nutzt' with the same stopped background work (de)": (
        "OUT3",
        "Seit gestern passiert im Hintergrund nichts mehr, wiederkehrende Aufgaben werden nicht angelegt. Ein "
        "befreundetes Büro, das TeamFlow auch nutzt, hat dasselbe.",
        "Wie lege ich wiederkehrende Aufgaben für ein befreundetes Büro an?"),
}

test_go_live_criterion_fires, test_go_live_near_miss_does_not_fire = criterion_case_tests(GO_LIVE)
