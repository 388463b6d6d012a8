# E-Mails an Arbeitgeber, Ehrenamtliche und Koordination.

employer-invitation-subject = Melden Sie Ihre Freiwilligen an: { $event }
employer-invitation-lead = vielen Dank, dass { $employer } bei { $event } mitmacht.
employer-invitation-action = Melden Sie Ihre Freiwilligen (Fachgebiete, Sprachen und Verfügbarkeit) über Ihren persönlichen Link an:
employer-invitation-button = Freiwillige anmelden
employer-invitation-after = Jede und jeder Freiwillige erhält dann einen eigenen Zeitplan und Kalendereinladungen.

volunteer-slot-booked-subject = Gebucht: { $session }, { $when }
volunteer-slot-free-subject = Wieder frei: { $session }, { $when }
volunteer-slot-booked-lead = dieser Termin von Ihnen wurde gebucht.
volunteer-slot-free-lead = dieser Termin von Ihnen ist wieder frei; im Moment ist niemand dafür gebucht.
volunteer-slot-calendar = Die Kalendereinladung in dieser E-Mail aktualisiert diesen Termin in Ihrem Kalender.
volunteer-slot-scheduled-subject = Im Kalender: { $session }, { $when }
volunteer-slot-scheduled-lead = dieser Termin steht jetzt in Ihrem Zeitplan, und die Einladung in dieser E-Mail trägt ihn in Ihren Kalender ein.
volunteer-slot-removed-subject = Abgesagt: { $session }, { $when }
volunteer-slot-removed-lead = dieser Termin wurde aus Ihrem Zeitplan genommen.
volunteer-slot-changed-lead = die Veranstalter haben diesen Termin geändert; was sich geändert hat, steht unten.
volunteer-slot-changed-subject = Geändert: { $session }, { $when }
volunteer-slot-calendar-removed = Diese E-Mail entfernt den Termin aus Ihrem Kalender.

volunteer-schedule-subject = Ihr Zeitplan: { $event }
volunteer-schedule-lead = vielen Dank für Ihren Einsatz bei { $event }. Das sind Ihre Termine; jeder kommt außerdem als eigene Kalendereinladung.
volunteer-schedule-free = noch nicht gebucht
volunteer-schedule-none = Sie haben bei dieser Veranstaltung noch keine Gesprächstermine; sobald es welche gibt, bekommen Sie für jeden eine Einladung.
volunteer-schedule-button = Meinen Zeitplan ansehen
volunteer-schedule-link = Ihr aktueller Zeitplan, jederzeit:
volunteer-schedule-booked = gebucht

delivery-failed-subject = Eine E-Mail konnte nicht zugestellt werden: { $subject }
delivery-failed-lead = eine E-Mail konnte auch nach allen Versuchen nicht zugestellt werden. Bitte prüfen Sie die Adresse oder informieren Sie die Person auf anderem Weg.
label-to = An
label-subject = Betreff
label-error = Fehler
delivery-failed-dashboard = Alle nicht zugestellten E-Mails stehen auf der Übersichtsseite:

password-reset-subject = Neues Passwort wählen
password-reset-lead = Sie haben ein neues Passwort zum Anmelden angefordert. Wählen Sie es mit diesem Link innerhalb der nächsten Stunde; er funktioniert einmal:
password-reset-button = Neues Passwort wählen
password-reset-not-you = Wenn Sie das nicht angefordert haben, ignorieren Sie diese E-Mail: Ihr Passwort bleibt, wie es ist.
volunteer-reminder-subject = Erinnerung, Ihr Zeitplan: { $event }
volunteer-reminder-lead = eine Erinnerung: Sie engagieren sich bald bei { $event }. Vielen Dank! Hier sind Ihre Termine und wer zu welchem kommt.

feedback-request-subject = Ihr Feedback für { $name }
feedback-request-lead = vielen Dank für das Probe-Vorstellungsgespräch mit { $name } bei { $event }. Bitte nehmen Sie sich fünf Minuten für Ihr Feedback: vier Bewertungen und ein paar Worte dazu, was gut war und woran die Person als Nächstes arbeiten kann. Es geht ihr per E-Mail zu.
feedback-request-button = Feedback schreiben
feedback-request-link = Hier schreiben Sie das Feedback:

volunteer-calendar-free = { $session } (frei)
volunteer-calendar-with = { $session } mit { $name }
volunteer-calendar-with-many = { $count ->
    [one] { $session } mit 1 Person
   *[other] { $session } mit { $count } Personen
}
volunteer-calendar-not-booked = Noch nicht gebucht.

# An event's cancellation, for readers without a booking of their own
event-cancelled-lead-volunteer = die Veranstalter haben { $event }, { $when }, abgesagt. Ihre Termine dort sind damit auch abgesagt; eine eigene Nachricht je Termin entfernt ihn aus Ihrem Kalender. Danke, dass Sie Ihre Zeit angeboten haben.
event-cancelled-lead-employer = die Veranstalter haben { $event }, { $when }, abgesagt. Danke für Ihre Teilnahme.
event-cancelled-slots = Ihre abgesagten Termine:
event-cancelled-volunteers = Wir haben Ihre Ehrenamtlichen benachrichtigt, und ihre Kalendereinträge werden entfernt:
event-cancelled-no-volunteers = Von Ihren Ehrenamtlichen hatte sich noch niemand angemeldet.
volunteer-slot-event-cancelled-subject = Abgesagt: { $session }, { $when }
volunteer-slot-event-cancelled-lead = dieser Termin ist abgesagt, weil die Veranstalter die ganze Veranstaltung abgesagt haben.
