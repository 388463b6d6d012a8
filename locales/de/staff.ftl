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

employer-hello = Hallo { $name } ({ $employer }),
employer-hours-intro = Die Probe-Vorstellungsgespräche finden zu diesen Zeiten statt; die Verfügbarkeit Ihrer Ehrenamtlichen wird in Gesprächstermine aufgeteilt:
employer-volunteers-heading = Ihre Ehrenamtlichen
employer-add-volunteer = Ehrenamtliche Person hinzufügen
employer-volunteer-languages = Sprachen: { $languages }
employer-volunteer-fields = Berufsfelder: { $fields }
employer-no-slots = Keine Gesprächstermine bei dieser Veranstaltung.
employer-no-slots-no-availability = Keine Gesprächstermine bei dieser Veranstaltung (keine Verfügbarkeit angegeben).
employer-slots-booked = { $count ->
    [one] 1 Termin, { $booked } gebucht:
   *[other] { $count } Termine, { $booked } gebucht:
}
employer-slot-booked = gebucht
employer-slot-free = frei
employer-change = { $name } ändern
employer-withdraw = { $name } zurückziehen
employer-feedback-heading = Rückmeldungen Ihrer Ehrenamtlichen
employer-feedback-hint = Die schriftlichen Rückmeldungen Ihrer eigenen Ehrenamtlichen, so wie die Arbeitsuchenden sie bekommen haben.
employer-no-volunteers = Noch keine Ehrenamtlichen angemeldet.
employer-import-heading = Ehrenamtliche aus einer CSV-Datei hinzufügen
employer-import-columns = Spalten: name, email, languages (alle Pflicht; Sprachen wie en C2; ar B2), job_title, language (Sprache ihrer E-Mails: en oder de), expertise (Codes wie 22 oder Namen aus der Liste der Berufsfelder unten, durch ; getrennt), availability (wie { $example }). UTF-8, Kommas oder Semikolons. Wer schon angemeldet ist, wird aktualisiert.
employer-import-file = CSV-Datei
employer-import-send = Prüfen und hinzufügen
employer-notice-saved = { $count ->
    [one] Gespeichert. Die ehrenamtliche Person bekommt Zeitplan und Kalendereinladungen per E-Mail.
   *[other] { $count } Ehrenamtliche gespeichert. Alle bekommen Zeitplan und Kalendereinladungen per E-Mail.
}
employer-notice-withdrawn = Zurückgezogen. Die Termine wurden aus dem Kalender genommen.
employer-notice-relocated = Von den Menschen, die diese Zeiten gebucht hatten, sind { $moved } auf eine andere freie Zeit umgebucht und { $waitlisted } auf der Warteliste; alle wurden per E-Mail informiert.

import-problems = { $count ->
    [one] Nichts importiert: 1 Fehler in der Datei
   *[other] Nichts importiert: { $count } Fehler in der Datei
}
import-line = Zeile
import-column = Spalte
import-problem = Fehler
import-whole-file = Datei
import-nothing-saved = Korrigieren Sie die Datei und laden Sie sie erneut hoch; es wurde nichts gespeichert.

volunteer-form-back = Zurück zu Ihren Ehrenamtlichen
volunteer-form-change = Ehrenamtliche Person ändern
volunteer-form-add = Ehrenamtliche Person hinzufügen
volunteer-form-name = Name
volunteer-form-email = E-Mail-Adresse
volunteer-form-email-hint = Zeitplan und Kalendereinladungen gehen an diese Adresse.
volunteer-form-job-title = Berufsbezeichnung (freiwillig)
volunteer-form-language = Sprache ihrer E-Mails
volunteer-form-languages = Sprachen für Gespräche, mit Niveau
volunteer-form-languages-hint = Wie en C2; ar B2 (Niveaus A1 bis C2).
volunteer-form-expertise = Berufsfelder, zu denen sie etwas sagen können (freiwillig)
volunteer-form-expertise-hint = Öffnen Sie eine Gruppe und kreuzen Sie jedes Feld an, zu dem die Person etwas sagen kann.
volunteer-form-availability = Wann sie Gespräche führen können
volunteer-form-availability-dated-hint = Eine Zeit pro Zeile, mit Datum, wie 2026-12-05 17:30-19:30. Leer lassen, wenn sie keine Gespräche führen.
volunteer-form-availability-hint = Eine Zeit pro Zeile, wie 17:30-19:30, in der Ortszeit der Veranstaltung. Leer lassen, wenn sie keine Gespräche führen.
volunteer-form-sessions = Gesprächszeiten: { $hours }
volunteer-form-save = Speichern

withdraw-title = { $name } zurückziehen?
withdraw-no-slots = { $name } hat bei dieser Veranstaltung keine Termine.
withdraw-slots = { $count ->
    [one] Der Termin wird aus dem Kalender genommen.
   *[other] Die { $count } Termine werden aus dem Kalender genommen.
}
withdraw-booked = { $count ->
    [one] 1 davon ist gebucht. Die Person, die gebucht hat, wird auf eine andere freie Zeit desselben Programmpunkts umgebucht oder, wenn keine frei ist, auf die Warteliste gesetzt und per E-Mail informiert.
   *[other] { $count } davon sind gebucht. Jede Person, die gebucht hat, wird auf eine andere freie Zeit desselben Programmpunkts umgebucht oder, wenn keine frei ist, auf die Warteliste gesetzt und per E-Mail informiert.
}
withdraw-confirm = Ja, { $name } zurückziehen
withdraw-keep = Nein, behalten

staff-refuse-choose-mark = Wählen Sie „Ist da“, „Nicht gekommen“ oder „Zurücknehmen“.
staff-refuse-event-over = Diese Veranstaltung ist vorbei, daher lassen sich ihre Ehrenamtlichen nicht mehr ändern.

# Probleme mit eingegebenen oder eingelesenen Daten (Formulare und CSV-Dateien).
problem-time-unreadable = geben Sie Datum und Uhrzeit ein, etwa 2026-03-03 18:30
problem-time-skipped = diese Uhrzeit gibt es an diesem Tag wegen der Zeitumstellung nicht; wählen Sie eine andere
problem-time-zone = die Zeitzone ist unbekannt; prüfen Sie die Zeitzone der Veranstaltung
problem-volunteer-name = geben Sie den Namen der ehrenamtlichen Person ein (bis zu 200 Zeichen)
problem-volunteer-job-title = halten Sie die Berufsbezeichnung unter 200 Zeichen
problem-volunteer-languages = geben Sie mindestens eine Sprache mit Niveau an, etwa „en C1“
problem-volunteer-email-taken = diese Adresse nutzt schon eine andere Ihrer ehrenamtlichen Personen
problem-window-unreadable = schreiben Sie „{ $item }“ als Beginn und Ende, etwa 09:00-12:00
problem-window-unreadable-dated = schreiben Sie „{ $item }“ als Beginn und Ende, etwa 09:00-12:00, mit dem Datum davor (2026-12-05 09:00-12:00)
problem-window-date-needed = die Veranstaltung dauert mehrere Tage, schreiben Sie also das Datum vor „{ $item }“, etwa { $example }
problem-window-skipped = { $item }: diese Uhrzeit gibt es an diesem Tag wegen der Zeitumstellung nicht; wählen Sie eine andere
problem-window-order = in „{ $item }“ muss das Ende nach dem Beginn liegen
problem-window-outside = „{ $item }“ liegt außerhalb der Zeiten der Veranstaltung ({ $hours })
problem-window-too-many = geben Sie höchstens { $count } Zeiten an
problem-placement-employer = wählen Sie einen der Arbeitgeber der Veranstaltung
problem-placement-capacity = geben Sie an, wie viele Personen er aufnimmt, von 1 bis { $count }
problem-placement-description = beschreiben Sie den Schnuppertag in bis zu 300 Zeichen
problem-token-name = geben Sie dem Schlüssel einen Namen, etwa das Skript oder System, das ihn nutzt
problem-token-name-long = nutzen Sie höchstens 80 Zeichen
problem-token-days = wählen Sie 30, 90, 180 oder 365 Tage
problem-upload-unreadable = die hochgeladene Datei ließ sich nicht lesen; wählen Sie eine CSV-Datei mit höchstens { $count } MB und versuchen Sie es noch einmal
import-too-large = die Datei ist größer als { $count } MB; teilen Sie sie in kleinere Dateien
import-not-utf8 = die Datei ist kein UTF-8-Text; speichern Sie sie als „CSV UTF-8“ und versuchen Sie es noch einmal
import-header-unreadable = die Kopfzeile lässt sich nicht lesen ({ $problem })
import-unknown-column = unbekannte Spalte „{ $name }“; die Spalten sind { $options }
import-missing-column = die Spalte „{ $name }“ fehlt
import-line-unreadable = diese Zeile lässt sich nicht lesen ({ $problem })
import-too-many-people = eine Datei darf höchstens { $count } Personen enthalten
import-too-many-volunteers = eine Datei darf höchstens { $count } ehrenamtliche Personen enthalten
import-too-many-rows = eine Datei darf höchstens { $count } Zeilen enthalten
import-cell-count = diese Zeile hat { $count } Zellen, die Kopfzeile aber { $whole }
import-email-twice = { $email } steht schon in Zeile { $line }
import-no-people = die Datei enthält keine Personen
import-no-volunteers = die Datei enthält keine ehrenamtlichen Personen
problem-event-language-code = „{ $language }“ ist kein Sprachkürzel; nutzen Sie Kürzel wie en, de, ar
problem-event-languages = nennen Sie mindestens eine Sprache, etwa en

## Die gemeinsame Liste der Berufsfelder (Gruppen der ISCO-08)
occupation-own = { $value } (vor der Liste der Berufsfelder eingetragen; abwählen, um es zu entfernen)
occupation-codes = Berufsfelder und ihre Codes
occupation-codes-hint = In einer Datei nennen Sie ein Feld mit seinem Code oder Namen, in jeder Sprache von Fairplan.
occupation-code = Code
occupation-name = Berufsfeld
employer-duties-heading = Ihr Teil an dieser Veranstaltung
employer-duty-interviews = Probe-Vorstellungsgespräche
employer-duty-table = Speed-Networking-Tisch
employer-duty-placement = Schnupperplatz
employer-duty-interviews-fill = { $booked } von { $capacity } Gesprächsterminen Ihrer Ehrenamtlichen gebucht
employer-duty-table-fill = { $capacity } Plätze an Ihrem Tisch je Runde; { $booked } für den Programmpunkt gebuchte Personen wechseln zwischen den Tischen
employer-duty-placement-fill = { $booked } von { $capacity } Plätzen vergeben
staff-link-lost-heading = Dieser Link funktioniert nicht
staff-link-lost = Links für Arbeitgeber und Ehrenamtliche verschicken die Koordinatorinnen und Koordinatoren von { $programme }. Antworten Sie auf die E-Mail mit diesem Link oder schreiben Sie an { $address }, dann bekommen Sie einen neuen. Wenn Sie den Link von Hand kopiert haben, prüfen Sie, ob er vollständig ist.

