# Seiten der Koordinatorinnen und Koordinatoren: Anmeldung, Passwort, Übersicht, Sprache, Veranstaltungsformular.

coord-signin-title = Anmelden
coord-signin-intro = Für die Koordinatorinnen und Koordinatoren des Programms. Arbeitsuchende und Arbeitgeber nutzen stattdessen den persönlichen Link aus ihrer E-Mail.
coord-signin-reset-done = Ihr neues Passwort ist gespeichert. Melden Sie sich damit an.
coord-email = E-Mail-Adresse
coord-password = Passwort
coord-signin-button = Anmelden
coord-signin-forgot = Passwort vergessen?
coord-signin-wrong = E-Mail-Adresse oder Passwort stimmen nicht
coord-signin-locked = zu viele Versuche mit dieser Adresse; bitte warten Sie { $count } Minuten und versuchen Sie es dann erneut

coord-reset-request-title = Passwort vergessen?
coord-reset-request-sent = Wenn { $email } zu einer Koordinatorin oder einem Koordinator gehört, ist ein Link zum Festlegen eines neuen Passworts unterwegs. Er funktioniert einmal, innerhalb der nächsten Stunde.
coord-reset-back = Zurück zur Anmeldung
coord-reset-request-intro = Geben Sie die Adresse ein, mit der Sie sich anmelden. Wir schicken Ihnen einen Link, mit dem Sie ein neues Passwort festlegen.
coord-reset-request-button = Link schicken
coord-reset-title = Neues Passwort festlegen
coord-reset-intro = Für { $email }. Danach wird jeder Browser abgemeldet, der mit dem alten Passwort angemeldet ist.
coord-reset-new = Neues Passwort
coord-reset-hint = Mindestens { $count } Zeichen.
coord-reset-again = Das neue Passwort noch einmal
coord-reset-button = Neues Passwort speichern
coord-password-too-short = verwenden Sie mindestens { $count } Zeichen
coord-password-mismatch = geben Sie zweimal dasselbe Passwort ein

coord-dashboard-title = Übersicht
coord-signed-in-as = Angemeldet als { $name }.
coord-sign-out = Abmelden
coord-new-event = Neue Veranstaltung
coord-reports = Berichte
coord-api-tokens = API-Schlüssel
coord-audit-log = Protokoll
coord-dashboard-counts = { $participants } Teilnehmende · { $mails } E-Mails warten auf den Versand
coord-mail-failures = E-Mails, die nicht zugestellt werden konnten
coord-sessions-caption = Programmpunkte und wie voll sie sind
coord-col-session = Programmpunkt
coord-col-time = Zeit
coord-col-booked = Gebucht
coord-col-waiting = Warteliste
coord-booked-of = { $booked } von { $capacity }
coord-units = { $count ->
    [one] 1 Einheit
   *[other] { $count } Einheiten
}
coord-no-events = Noch keine Veranstaltungen.
coord-language = Sprache dieser Seiten
coord-language-change = Ändern

coord-status-draft = Entwurf
coord-status-published = veröffentlicht
coord-status-closed = abgeschlossen
coord-status-cancelled = abgesagt
coord-format-mock_interview = Probe-Vorstellungsgespräche
coord-format-speed_networking = Speed-Networking
coord-format-placement = Schnuppertag-Plätze
coord-format-group = Gruppentermin (Workshop, Infoveranstaltung)
coord-mode-first_come = wer zuerst kommt
coord-mode-preferences = Wunschreihenfolge

coord-back = Zurück
coord-event-new = Neue Veranstaltung
coord-event-edit = Veranstaltung bearbeiten
coord-event-create = Veranstaltung anlegen
coord-event-save = Änderungen speichern
coord-event-title = Titel
coord-event-description = Beschreibung
coord-event-description-hint = Was Teilnehmende wissen sollten: für wen sie ist, was sie mitbringen sollen.
coord-event-where = Wo
coord-event-venue = Adresse des Veranstaltungsorts (vor Ort)
coord-event-online = Videolink (online)
coord-event-online-hint = Füllen Sie eines der beiden aus, oder beide für eine hybride Veranstaltung.
coord-event-when = Wann
coord-event-zone = Zeitzone
coord-event-zone-hint = Alle Zeiten in diesem Formular sind Ortszeit in dieser Zone, z. B. Europe/Berlin.
coord-event-starts = Beginn
coord-event-ends = Ende
coord-event-opens = Buchung öffnet (optional)
coord-event-opens-hint = Leer: sobald die Veranstaltung veröffentlicht ist.
coord-event-closes = Buchung schließt (optional)
coord-event-closes-hint = Leer: wenn die Veranstaltung beginnt.
coord-event-languages = Sprachen der Veranstaltung
coord-event-languages-hint = Sprachkürzel durch Kommas getrennt, z. B. en, de.
problem-event-title = geben Sie einen Titel mit höchstens 200 Zeichen ein
problem-event-place = geben Sie die Adresse des Veranstaltungsorts oder einen Videolink für eine Online-Veranstaltung ein
problem-event-link = geben Sie einen Link ein, der mit https:// beginnt
problem-event-zone = wählen Sie eine Zeitzone wie Europe/Berlin oder America/New_York
problem-event-date-missing = geben Sie Datum und Uhrzeit ein
problem-event-end-before-start = das Ende muss nach dem Beginn liegen
problem-event-closes-before-opens = die Buchung muss nach ihrer Öffnung schließen
problem-event-closes-after-end = die Buchung muss vor dem Ende der Veranstaltung schließen
