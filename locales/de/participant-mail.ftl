# E-Mails an Teilnehmende.

mail-personal-link-note = Der Link ist nur für Sie; bitte leiten Sie ihn nicht weiter.

participant-invitation-subject = Buchen Sie Ihren Platz: { $event }
participant-invitation-lead = Sie sind zu { $event } eingeladen.
participant-invitation-action = Wählen Sie Ihr Übungsinterview, Ihre Speed-Networking-Runde oder Ihren Schnuppertag über Ihren persönlichen Link:
participant-invitation-button = Platz wählen
participant-invitation-link-note = Der Link ist nur für Sie; bitte leiten Sie ihn nicht weiter. Damit können Sie buchen, ändern oder absagen.

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
notice-time = Zeit: bisher { $was }, jetzt { $now }
notice-place = Ort: bisher { $was }, jetzt { $now }
notice-note = Eine Nachricht der Veranstalter:
booking-changed-place = die Veranstalter haben den Ort Ihrer Veranstaltung geändert; die Zeit bleibt gleich. Wenn er Ihnen nicht passt, wählen Sie mit Ihrem persönlichen Link eine andere Zeit oder sagen Sie ab.
booking-cancelled-volunteer = die ehrenamtliche Person, die Sie treffen sollte, kann leider nicht mehr kommen, und in dieser Sitzung ist keine andere Zeit frei. Das tut uns leid. Wir haben Sie auf die Warteliste gesetzt, vor alle, die sich nach Ihrer Buchung eingetragen haben, und schreiben Ihnen, sobald ein Platz frei wird.
booking-cancelled-calendar = Die Kalendereinladung in dieser E-Mail entfernt den Termin aus Ihrem Kalender.
booking-manage = Ihre Buchungen ansehen, ändern oder absagen – mit Ihrem persönlichen Link:
booking-rebook = Eine andere Zeit buchen Sie mit Ihrem persönlichen Link:
booking-button = Buchungen ansehen oder ändern

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

waitlist-joined-subject = Sie stehen auf der Warteliste: { $session }
waitlist-joined-lead = Sie stehen auf der Warteliste für { $session } ({ $event }). Sobald ein Platz frei wird, halten wir ihn für Sie frei und schreiben Ihnen sofort.
waitlist-expired-subject = Der Platz wurde nicht angenommen: { $session }
waitlist-expired-lead = der Platz in { $session } ({ $event }), den wir für Sie freigehalten haben, wurde nicht rechtzeitig angenommen und ging an die nächste Person auf der Warteliste. Wenn Sie noch kommen möchten, tragen Sie sich erneut auf die Warteliste ein oder wählen Sie eine andere Veranstaltung.
waitlist-notice-link = Ihre persönliche Seite:
waitlist-notice-button = Meine Seite öffnen
waitlist-cancelled-subject = Abgesagt: { $session }
allocation-no-place-subject = Diesmal kein Platz: { $session }
allocation-no-place-lead = die Plätze in { $session } ({ $event }) wurden nach den Wünschen aller vergeben, und diesmal blieb keiner für Sie übrig. Wird ein Platz frei, vergibt das Team ihn erneut nach den Wünschen, und Sie sind wieder dabei: Sie müssen nichts tun.
waitlist-cancelled-lead = { $event } wurde abgesagt, deshalb ist die Warteliste für { $session } geschlossen. Das tut uns leid; wir melden uns zu anderen Veranstaltungen.

networking-plan-subject = Ihre Tische für { $session }
networking-plan-lead = das ist Ihr Plan für { $session } ({ $event }): Gehen Sie in jeder Runde an den angegebenen Tisch. Die Arbeitgeber bleiben an ihren Tischen; Sie wechseln, wenn die Runde endet.
networking-plan-round = Runde { $round }
networking-plan-after = Wenn Sie nicht kommen können, sagen Sie bitte auf Ihrer Seite ab, damit jemand anderes Ihren Platz bekommt.

feedback-subject = Feedback zu Ihrem Probe-Vorstellungsgespräch: { $event }
feedback-lead = { $name } hat Ihnen Feedback zu Ihrem Probe-Vorstellungsgespräch bei { $event } geschrieben.
feedback-page-link = Das Feedback bleibt auf Ihrer Seite:

survey-subject = Wie war { $event }?
survey-lead = danke, dass Sie bei { $event } waren. War es hilfreich für Sie, und wie geht es für Sie weiter? Drei kurze Fragen helfen uns, die nächste Veranstaltung besser zu machen.
survey-button = Drei Fragen beantworten
survey-link = Hier beantworten Sie drei kurze Fragen:

calendar-what-to-bring = Bitte mitbringen: { $item }
calendar-manage = Ansehen, ändern oder absagen: { $link }
calendar-feed-name = { $programme }: meine Buchungen
allocation-no-place-why = Der Grund: { $reason }
calendar-contact = Fragen Sie nach: { $item }
calendar-instructions = Bei Ankunft: { $item }
booking-see-cancellation = Ihre persönliche Seite zeigt die Absage:

# An event's cancellation, for readers without a booking of their own
event-cancelled-subject = Abgesagt: { $event }, { $when }
event-cancelled-lead-participant = die Veranstalter haben { $event }, { $when }, abgesagt. Sie hatten dort nichts gebucht, für Sie ändert sich also sonst nichts. Es tut uns leid.
event-cancelled-link = Ihre persönliche Seite zeigt die Absage:
event-cancelled-button = Meine Seite öffnen
message-lead = Eine Nachricht der Organisatoren von { $event }:
message-link = Ihre Seite für die Veranstaltung:
booking-changed-details = die Veranstalter haben die Angaben zu Ihrem Schnuppertag geändert: was er bietet, nach wem Sie fragen oder was Sie bei der Ankunft tun. Hier steht er, wie er jetzt ist. Wenn er Ihnen nicht mehr passt, sagen Sie mit Ihrem persönlichen Link ab.
booking-changed-placement-removed = die Veranstalter haben Ihren Schnupperplatz gestrichen; wir haben Sie deshalb auf den unten genannten im selben Programmpunkt verlegt. Wenn er Ihnen nicht passt, sagen Sie mit Ihrem persönlichen Link ab.
booking-cancelled-placement-removed = die Veranstalter haben Ihren Schnupperplatz gestrichen, und kein anderer in diesem Programmpunkt hat einen freien Platz. Das tut uns leid. Wir haben Sie auf die Warteliste gesetzt, vor alle, die sich nach Ihrer Buchung eingetragen haben, und schreiben Ihnen, sobald ein Platz frei wird.
booking-check-in-code = Ihr Einlass-Code ist { $code }. Zeigen Sie ihn am Eingang, oder den QR-Code auf Ihrer Seite.
booking-check-in-qr = QR-Code Ihres Einlass-Codes { $code }
sign-up-confirm-subject = Bitte bestätigen Sie Ihre Anmeldung: { $event }
sign-up-confirm-lead = danke für Ihre Anmeldung zu { $event }. Bitte bestätigen Sie Ihre E-Mail-Adresse mit diesem Link:
sign-up-confirm-button = Anmeldung bestätigen
sign-up-confirm-hours = Der Link gilt { $hours } Stunden.
sign-up-confirm-not-you = Wenn Sie sich nicht angemeldet haben, beachten Sie diese E-Mail nicht: Es passiert nichts, und die Anmeldung wird gelöscht.
sign-up-declined-subject = Ihre Anmeldung: { $event }
sign-up-declined-lead = danke für Ihre Anmeldung zu { $event }. Die Veranstalter können Ihnen dieses Mal leider keinen Platz anbieten.
sign-up-declined-after = Ihre Anmeldung ist gelöscht. Sie können sich gern für andere Veranstaltungen anmelden.
