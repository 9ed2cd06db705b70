"""The words of a digest, reminder or notification mail from the product, in the languages read: what a
stranger who receives our summary mails has in hand (``SEC1-outsider-got-our-summary``).

Split out of ``patterns_concepts_reported``, which re-exports the name.
"""

from __future__ import annotations

from .lexicon import words

#: A weekly or daily summary of a board, in the languages read.
SUMMARY_MAIL = words("resume de la semaine|resumen de la semana|resumo da semana|riepilogo della settimana|"
                 "zusammenfassung der woche|samenvatting van de week|recordatorios automaticos|rappels automatiques|"
                 "automatische erinnerungen|lembretes automaticos|"
                 "promemoria automatici|automatische herinneringen|automatic reminders|i vostri promemoria|"
                 "vos rappels|vuestros recordatorios|sus recordatorios|os vossos lembretes|"
                 "ihre erinnerungen|jullie herinneringen|your reminders|your reminder emails|mail di notifica|"
                 "e-mails de notification|correos de notificacion|benachrichtigungsmails|"
                 # "recebe no email dela os avisos do TeamFlow com as marcações dos nossos utentes"
                 "avisos do teamflow|avisos da teamflow|avisos de teamflow|les avis de teamflow|gli avvisi di teamflow|"
                 # "gli è arrivata una mail di TeamFlow con dentro l'elenco di tutti i genitori"
                 "una mail di teamflow|mail di teamflow|e-mail di teamflow|un correo de teamflow|un mail de teamflow|"
                 # "Una paciente recibe correos de nuestro tablero ... los avisos de comentarios de nuestro proyecto"
                 "correos de nuestro tablero|correos de nuestro proyecto|los avisos de comentarios|"
                 "e-mails de notre tableau|e-mails de notre projet|mails aus unserem board|mails aus unserem projekt|"
                 "e-mails do nosso quadro|e-mails do nosso projeto|mail dal nostro progetto|mails van ons bord|"
                 "emails from our board|emails from our project|"
                 "die hinweise von teamflow|de meldingen van teamflow|"
                 "e-mails de notificacao|notificatiemails|relatorio automatico semanal|relatorio semanal|"
                 "informe semanal|rapport hebdomadaire|"
                 "wochenbericht|report settimanale|weekrapport|weekly report|i promemoria dei nostri|"
                 "wochentlichen bericht|wochentliche bericht|wekelijkse rapport|rapport semanal|"
                 "los recordatorios de nuestros|les rappels de nos|die erinnerungen unserer|"
                 "os lembretes dos nossos|de herinneringen van onze|the reminders for our|reminders of our|"
                 "resumo semanal|resumo diario|resumen semanal|resumen diario|resume hebdomadaire|resume quotidien|"
                 "wochentliche zusammenfassung|tagliche zusammenfassung|wochenubersicht|riepilogo settimanale|"
                 "riepilogo giornaliero|wekelijkse samenvatting|dagelijkse samenvatting|weekly summary|daily summary|"
                 "week's summary|summary email|digest email|summary e-mail|"
                 # "riceve ogni mattina la vostra email di riepilogo con i NOSTRI task"
                 "email di riepilogo|mail di riepilogo|e-mail di riepilogo|e-mail recapitulatif|mail recapitulatif|"
                 "correo de resumen|email de resumen|e-mail de resumo|email de resumo|zusammenfassungsmail|"
                 "zusammenfassungs-e-mail|samenvattingsmail|"
                 "weekly digest|daily digest|weekly report e-mail|weekly update e-mail|"
                 # "une patiente m'a montre ... un e-mail venant de TeamFlow avec le planning complet"
                 "e-mail venant de teamflow|e-mail de teamflow|email de teamflow|mail de teamflow|e-mail from teamflow|"
                 "email from teamflow|correo de teamflow|e-mail von teamflow|mail von teamflow|e-mail do teamflow|"
                 "email do teamflow|e-mail da teamflow|e-mail van teamflow|mail van teamflow|"
                 # "bekommt er per E-Mail Benachrichtigungen mit Kommentaren aus unserem Projekt"
                 "benachrichtigungen mit kommentaren|notificaciones con comentarios|"
                 "notifications avec les commentaires|"
                 "notificacoes com comentarios|notifiche con i commenti|meldingen met opmerkingen|"
                 "notifications with comments|benachrichtigungen aus unserem projekt|email notification from teamflow|"
                 "e-mail notification from teamflow|notification from teamflow|notification e-mail from teamflow|"
                 "e-mails de teamflow|emails de teamflow|mails de teamflow|e-mails from teamflow|emails from teamflow|"
                 "e-mails von teamflow|correos de teamflow|e-mails do teamflow|e-mail di teamflow|e-mails van teamflow|"
                 "mails von teamflow|mails de teamflow|mails van teamflow")
