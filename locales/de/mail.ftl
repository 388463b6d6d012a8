# E-Mails. Jede ID muss es in jeder Sprache aus i18n::MAIL_LANGUAGES geben.

mail-personal-link-note = Der Link ist nur für Sie; bitte leiten Sie ihn nicht weiter.

participant-invitation-subject = Buchen Sie Ihren Platz: { $event }
participant-invitation-lead = Sie sind zu { $event } eingeladen.
participant-invitation-action = Wählen Sie Ihr Übungsinterview, Ihre Speed-Networking-Runde oder Ihren Schnuppertag über Ihren persönlichen Link:
participant-invitation-button = Platz wählen
participant-invitation-link-note = Der Link ist nur für Sie; bitte leiten Sie ihn nicht weiter. Damit können Sie buchen, ändern oder absagen.

employer-invitation-subject = Melden Sie Ihre Freiwilligen an: { $event }
employer-invitation-lead = vielen Dank, dass { $employer } bei { $event } mitmacht.
employer-invitation-action = Melden Sie Ihre Freiwilligen (Fachgebiete, Sprachen und Verfügbarkeit) über Ihren persönlichen Link an:
employer-invitation-button = Freiwillige anmelden
employer-invitation-after = Jede und jeder Freiwillige erhält dann einen eigenen Zeitplan und Kalendereinladungen.

booking-confirmed-subject = Gebucht: { $session }, { $when }
booking-confirmed-lead = Ihr Platz ist gebucht.
booking-confirmed-calendar = Die Kalendereinladung in dieser E-Mail trägt den Termin in Ihren Kalender ein.
booking-changed-subject = Geändert: { $session }, jetzt { $when }
booking-changed-lead = Ihre Buchung hat eine neue Zeit.
booking-changed-calendar = Die Kalendereinladung in dieser E-Mail aktualisiert den Termin in Ihrem Kalender.
booking-cancelled-subject = Abgesagt: { $session }, { $when }
booking-cancelled-lead = diese Buchung ist abgesagt.
booking-cancelled-by-coordinator = das Organisationsteam musste diese Buchung leider absagen. Entschuldigen Sie bitte die Änderung.
booking-cancelled-event = die Veranstaltung wurde abgesagt, deshalb ist auch diese Buchung abgesagt. Das tut uns leid.
booking-changed-volunteer = die ehrenamtliche Person, die Sie treffen sollte, kann zu dieser Zeit nicht mehr. Wir haben Ihre Buchung deshalb auf die Zeit unten verlegt. Wenn sie Ihnen nicht passt, wählen Sie mit Ihrem persönlichen Link eine andere Zeit oder sagen Sie ab.
booking-changed-organisers = die Veranstalter haben Ihre Veranstaltung auf die neue Zeit unten verlegt. Wenn sie Ihnen nicht passt, wählen Sie mit Ihrem persönlichen Link eine andere Zeit oder sagen Sie ab.
booking-cancelled-volunteer = die ehrenamtliche Person, die Sie treffen sollte, kann leider nicht mehr kommen, und in dieser Sitzung ist keine andere Zeit frei. Das tut uns leid. Wir haben Sie auf die Warteliste gesetzt, vor alle, die sich nach Ihrer Buchung eingetragen haben, und schreiben Ihnen, sobald ein Platz frei wird.
booking-cancelled-calendar = Die Kalendereinladung in dieser E-Mail entfernt den Termin aus Ihrem Kalender.
booking-manage = Ihre Buchungen ansehen, ändern oder absagen – mit Ihrem persönlichen Link:
booking-rebook = Eine andere Zeit buchen Sie mit Ihrem persönlichen Link:
booking-button = Buchungen ansehen oder ändern

volunteer-slot-booked-subject = Gebucht: { $session }, { $when }
volunteer-slot-free-subject = Wieder frei: { $session }, { $when }
volunteer-slot-booked-lead = dieser Termin von Ihnen wurde gebucht.
volunteer-slot-free-lead = dieser Termin von Ihnen ist wieder frei; im Moment ist niemand dafür gebucht.
volunteer-slot-calendar = Die Kalendereinladung in dieser E-Mail aktualisiert diesen Termin in Ihrem Kalender.
volunteer-slot-scheduled-subject = Im Kalender: { $session }, { $when }
volunteer-slot-scheduled-lead = dieser Termin steht jetzt in Ihrem Zeitplan, und die Einladung in dieser E-Mail trägt ihn in Ihren Kalender ein.
volunteer-slot-removed-subject = Abgesagt: { $session }, { $when }
volunteer-slot-removed-lead = dieser Termin wurde aus Ihrem Zeitplan genommen; diese E-Mail entfernt ihn aus Ihrem Kalender.

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

reminder-subject = Erinnerung: { $session }, { $when }
reminder-lead = wir erinnern Sie an Ihre Buchung und freuen uns auf Sie.
reminder-cannot-come = Wenn Sie nicht kommen können, sagen Sie bitte über Ihren persönlichen Link ab, damit jemand anderes den Platz bekommt:
waitlist-offer-subject = Ein Platz ist für Sie frei: { $session }, { $when }
waitlist-offer-lead = ein Platz ist frei geworden, und er gehört Ihnen, wenn Sie möchten.
waitlist-offer-deadline = Er ist bis { $deadline } für Sie reserviert. Danach geht er an die nächste Person auf der Warteliste.
waitlist-offer-action = Nehmen Sie den Platz über Ihren persönlichen Link:
waitlist-offer-button = Platz nehmen

new-link-subject = Ihr neuer Link: { $event }
new-link-lead = Sie haben einen neuen persönlichen Link für { $event } angefordert. Hier ist er:
new-link-old = Ihre früheren Links funktionieren bis zum Ende der Veranstaltung weiter, außer das Organisationsteam hat sie gesperrt.
new-link-not-you = Wenn Sie ihn nicht angefordert haben, können Sie diese E-Mail ignorieren.

password-reset-subject = Neues Passwort wählen
password-reset-lead = Sie haben ein neues Passwort zum Anmelden angefordert. Wählen Sie es mit diesem Link innerhalb der nächsten Stunde; er funktioniert einmal:
password-reset-button = Neues Passwort wählen
password-reset-not-you = Wenn Sie das nicht angefordert haben, ignorieren Sie diese E-Mail: Ihr Passwort bleibt, wie es ist.
waitlist-joined-subject = Sie stehen auf der Warteliste: { $session }
waitlist-joined-lead = Sie stehen auf der Warteliste für { $session } ({ $event }). Sobald ein Platz frei wird, halten wir ihn für Sie frei und schreiben Ihnen sofort.
waitlist-expired-subject = Der Platz wurde nicht angenommen: { $session }
waitlist-expired-lead = der Platz in { $session } ({ $event }), den wir für Sie freigehalten haben, wurde nicht rechtzeitig angenommen und ging an die nächste Person auf der Warteliste. Wenn Sie noch kommen möchten, tragen Sie sich erneut auf die Warteliste ein oder wählen Sie eine andere Veranstaltung.
waitlist-notice-link = Ihre persönliche Seite:
waitlist-notice-button = Meine Seite öffnen
volunteer-reminder-subject = Erinnerung, Ihr Zeitplan: { $event }
volunteer-reminder-lead = eine Erinnerung: Sie engagieren sich bald bei { $event }. Vielen Dank! Hier sind Ihre Termine und wer zu welchem kommt.
waitlist-cancelled-subject = Abgesagt: { $session }
allocation-no-place-subject = Diesmal kein Platz: { $session }
allocation-no-place-lead = die Plätze in { $session } ({ $event }) wurden nach den Wünschen aller vergeben, und diesmal blieb keiner für Sie übrig. Wird ein Platz frei, vergibt das Team ihn erneut nach den Wünschen, und Sie sind wieder dabei: Sie müssen nichts tun.
waitlist-cancelled-lead = { $event } wurde abgesagt, deshalb ist die Warteliste für { $session } geschlossen. Das tut uns leid; wir melden uns zu anderen Veranstaltungen.

networking-plan-subject = Ihre Tische für { $session }
networking-plan-lead = das ist Ihr Plan für { $session } ({ $event }): Gehen Sie in jeder Runde an den angegebenen Tisch. Die Arbeitgeber bleiben an ihren Tischen; Sie wechseln, wenn die Runde endet.
networking-plan-round = Runde { $round }
networking-plan-after = Wenn Sie nicht kommen können, sagen Sie bitte auf Ihrer Seite ab, damit jemand anderes Ihren Platz bekommt.

feedback-request-subject = Ihr Feedback für { $name }
feedback-request-lead = vielen Dank für das Probe-Vorstellungsgespräch mit { $name } bei { $event }. Bitte nehmen Sie sich fünf Minuten für Ihr Feedback: vier Bewertungen und ein paar Worte dazu, was gut war und woran die Person als Nächstes arbeiten kann. Es geht ihr per E-Mail zu.
feedback-request-button = Feedback schreiben
feedback-request-link = Hier schreiben Sie das Feedback:
feedback-subject = Feedback zu Ihrem Probe-Vorstellungsgespräch: { $event }
feedback-lead = { $name } hat Ihnen Feedback zu Ihrem Probe-Vorstellungsgespräch bei { $event } geschrieben.
feedback-page-link = Das Feedback bleibt auf Ihrer Seite:

survey-subject = Wie war { $event }?
survey-lead = danke, dass Sie bei { $event } waren. War es hilfreich für Sie, und wie geht es für Sie weiter? Drei kurze Fragen helfen uns, die nächste Veranstaltung besser zu machen.
survey-button = Drei Fragen beantworten
survey-link = Hier beantworten Sie drei kurze Fragen:
