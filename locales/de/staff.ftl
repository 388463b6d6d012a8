# Seiten für Arbeitgeber und Ehrenamtliche.

volunteer-hello = Hallo { $name } ({ $employer }),
volunteer-schedule-heading = Ihr Zeitplan
volunteer-room = Raum oder Tisch: { $room }
volunteer-not-booked = Noch nicht gebucht.
volunteer-on-the-day = Am Tag selbst
volunteer-feedback-for = Rückmeldung für { $name }
volunteer-no-slots = Sie haben bei dieser Veranstaltung noch keine Termine. Jeder kommt als Kalendereinladung zu Ihnen, sobald es ihn gibt.
volunteer-calendar-heading = In Ihrer Kalender-App
volunteer-calendar-intro = Abonnieren Sie eine Kalenderadresse, die immer Ihre aktuellen Termine zeigt.
volunteer-calendar-button = Meine Kalenderadresse anzeigen
volunteer-notice-marked = Gespeichert.
volunteer-notice-already = Nichts zu ändern: das war schon gespeichert.

attendance-expected = Erwartet
attendance-arrived = Da seit { $time }
attendance-no-show = Nicht gekommen
mark-arrived = Ist da
mark-arrived-label = { $name } ist da
mark-no-show = Nicht gekommen
mark-no-show-label = { $name } ist nicht gekommen
mark-undo = Zurücknehmen
mark-undo-label = Ankunft von { $name } zurücknehmen
mark-came-late = Doch gekommen
mark-came-late-label = { $name } ist doch gekommen

feedback-form-back = Zurück zu meinem Zeitplan
feedback-form-title = Rückmeldung für { $name }
feedback-form-sent-heading = Ihre Rückmeldung, wie gesendet
feedback-form-intro = { $name } bekommt sie per E-Mail in der eigenen Sprache: die Bewertungen übersetzt, Ihre Worte so, wie Sie sie schreiben. Einfache, konkrete Worte helfen am meisten.
feedback-form-strengths-hint = Zwei oder drei Dinge, die gut waren, mit einem Beispiel.
feedback-form-next-steps-hint = Was vor einem echten Vorstellungsgespräch zu üben oder zu ändern ist.
feedback-form-send = Rückmeldung senden
feedback-form-notice-sent = Danke: Ihre Rückmeldung ist unterwegs.
feedback-form-notice-already = Diese Rückmeldung wurde schon gesendet; unten steht sie so, wie sie gesendet wurde.
feedback-form-closed-no-show = { $name } ist als nicht gekommen markiert, es gab also kein Gespräch, zu dem Sie etwas sagen könnten.
feedback-form-closed-cancelled = Die Buchung von { $name } wurde storniert, es gab also kein Gespräch.
feedback-form-closed-early = Das Gespräch hat noch nicht begonnen: das Formular öffnet sich mit dem Beginn.
feedback-form-closed-late = Rückmeldungen waren bis { $date } möglich. Bitte schicken Sie Ihre Notizen stattdessen an die Koordination.
feedback-error-empty-strengths = Schreiben Sie ein paar Worte dazu, was gut war.
feedback-error-empty-next-steps = Schreiben Sie ein paar Worte zu den nächsten Schritten.
feedback-error-long = Bitte höchstens { $count } Zeichen.
feedback-error-rating-preparation = Wählen Sie eine Bewertung von 1 bis 4 für die Vorbereitung.
feedback-error-rating-presentation = Wählen Sie eine Bewertung von 1 bis 4 für die Selbstpräsentation.
feedback-error-rating-professional-depth = Wählen Sie eine Bewertung von 1 bis 4 für die fachliche Tiefe.
feedback-error-rating-communication = Wählen Sie eine Bewertung von 1 bis 4 für Sprache und Kommunikation.
