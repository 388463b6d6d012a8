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
    [one] 1 buchbarer Termin oder Platz
   *[other] { $count } buchbare Termine oder Plätze
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
problem-capacity-below-booked = { $booked } Plätze sind schon gebucht, daher kann die Zahl der Plätze nicht auf { $capacity } sinken; sagen Sie zuerst Buchungen ab oder verlegen Sie sie
problem-event-zone = wählen Sie eine Zeitzone wie Europe/Berlin oder America/New_York
problem-event-date-missing = geben Sie Datum und Uhrzeit ein
problem-event-end-before-start = das Ende muss nach dem Beginn liegen
problem-event-closes-before-opens = die Buchung muss nach ihrer Öffnung schließen
problem-event-closes-after-end = die Buchung muss vor dem Ende der Veranstaltung schließen

coord-session-new = Neuer Programmpunkt
coord-session-edit = Programmpunkt bearbeiten
coord-session-add = Programmpunkt hinzufügen
coord-session-back = Zurück zu { $event }
coord-session-zone-note = Alle Zeiten sind Ortszeit in { $zone }.
coord-session-format = Format
coord-session-room = Raum oder Bereich (optional)
coord-session-bring = Was mitzubringen ist (optional)
coord-session-bring-hint = Wird allen angezeigt, die buchen, in ihren E-Mails und im Kalendereintrag, zum Beispiel: Ihr Lebenslauf, zweimal ausgedruckt, und ein Ausweisdokument.
coord-session-interviews = Für Probe-Vorstellungsgespräche
coord-session-interviews-hint = Die Termine werden aus der Verfügbarkeit jeder und jedes Freiwilligen innerhalb des Programmpunkts geschnitten.
coord-session-slot-minutes = Länge eines Gesprächs (Minuten)
coord-session-break-minutes = Pause nach jedem Gespräch (Minuten)
coord-session-networking = Für Speed-Networking
coord-session-networking-hint = Jeder eingeladene Arbeitgeber bekommt einen Tisch; die Teilnehmenden wechseln zwischen den Runden.
coord-session-rounds = Runden
coord-session-round-minutes = Länge einer Runde (Minuten)
coord-session-changeover = Zeit für den Tischwechsel (Minuten)
coord-session-seats = Plätze pro Tisch
coord-session-group = Für einen Gruppentermin
coord-session-capacity = Plätze
coord-session-booking = Buchung
coord-session-first-come = Wer zuerst kommt, mit Warteliste
coord-session-ranked = Wünsche in Reihenfolge während eines Zeitraums, dann eine faire Verteilung
coord-session-ranking-opens = Wünsche ab
coord-session-ranking-opens-hint = Nur für Wünsche in Reihenfolge.
coord-session-ranking-closes = Wünsche bis
coord-session-ranking-closes-hint = Nur für Wünsche in Reihenfolge; vor Beginn des Programmpunkts.
coord-session-max-bookings = Buchungen pro Person
coord-session-matching = Passungsregeln (optional)
coord-session-language = Sprache des Gesprächs
coord-session-language-hint = Ein Sprachkürzel wie en oder de; leer, wenn jede Sprache passt.
coord-session-level = Mindestniveau in dieser Sprache
coord-session-no-minimum = Kein Mindestniveau
coord-session-occupation = Das Berufsfeld der oder des Freiwilligen muss zu dem der teilnehmenden Person passen
problem-session-bring-long = höchstens 500 Zeichen
problem-session-format = wählen Sie eines der Formate
problem-session-ranking-order = die Wunschfrist muss nach ihrem Beginn enden
problem-session-mode = wählen Sie „wer zuerst kommt“ oder „Wünsche in Reihenfolge“
problem-session-outside-event = der Programmpunkt muss innerhalb der Zeiten der Veranstaltung liegen
problem-session-ranking-late = die Wunschfrist muss vor Beginn des Programmpunkts enden
problem-whole-number = geben Sie eine ganze Zahl von { $start } bis { $end } ein
problem-session-rounds-too-long = { $count } Runden brauchen { $needed } Minuten, der Programmpunkt dauert aber { $length }
problem-session-interview-too-long = ein Gespräch kann nicht länger als der Programmpunkt sein
problem-session-language-code = geben Sie ein Sprachkürzel wie en oder de ein

coord-notice-created = Die Veranstaltung wurde als Entwurf angelegt. Fügen Sie Programmpunkte hinzu und veröffentlichen Sie sie dann.
coord-notice-saved = Ihre Änderungen wurden gespeichert.
coord-notice-session-added = Der Programmpunkt wurde hinzugefügt.
coord-notice-session-saved = Die Änderungen am Programmpunkt wurden gespeichert.
coord-notice-session-moved = Die Änderungen am Programmpunkt wurden gespeichert. Alle, die gebucht haben, bekamen die neue Zeit mit einem aktualisierten Kalendereintrag.
coord-notice-published = Die Veranstaltung ist veröffentlicht: Teilnehmende mit Link können buchen.
coord-notice-closed = Die Buchung ist geschlossen. Bestehende Buchungen bleiben.
coord-notice-reopened = Die Buchung ist wieder offen.
coord-notice-cancelled = Die Veranstaltung wurde abgesagt. Alle, die gebucht haben, werden per E-Mail informiert.
coord-booking-from = ab { $time }
coord-booking-from-publication = ab Veröffentlichung
coord-booking-until = bis { $time }
coord-booking-until-start = bis zum Beginn der Veranstaltung
coord-event-booking = Buchung
coord-event-edit-details = Angaben bearbeiten
coord-event-participants = Teilnehmende und Einladungen
coord-event-employers = Arbeitgeber
coord-action-publish = Veröffentlichen
coord-action-close = Buchung schließen
coord-action-reopen = Buchung wieder öffnen
coord-cancel-summary = Diese Veranstaltung absagen
coord-cancel-warning = Alle { $count } Buchungen werden storniert. Alle Eingeladenen (gebucht, wartend oder noch ohne Buchung), alle Ehrenamtlichen und alle Ansprechpersonen der Arbeitgeber bekommen eine E-Mail; gebuchte Termine und die der Ehrenamtlichen werden aus den Kalendern entfernt. Das lässt sich nicht rückgängig machen.
coord-cancel-confirm = Ja, die Veranstaltung und alle ihre Buchungen absagen
coord-cancel-button = Veranstaltung absagen
coord-sessions = Programmpunkte
coord-add-session = Programmpunkt hinzufügen
coord-placements = Plätze
coord-rounds-plan = Rundenplan
coord-allocation = Verteilung
coord-no-sessions = Noch keine Programmpunkte.
coord-check-in = Check-in am Tag
coord-feedback = Rückmeldungen
coord-outcomes = Ergebnisse
coord-report = Bericht
coord-run-sheet = Ablaufplan zum Drucken
coord-bookings-csv = Buchungen (CSV)
coord-volunteer-csv = Zeitplan der Freiwilligen (CSV)
coord-employers-caption = Freiwillige, Termine und Tische jedes Arbeitgebers und wie voll sie sind
coord-col-employer = Arbeitgeber
coord-col-volunteers = Freiwillige
coord-col-units = Termine und Tische
coord-no-employers = Noch keine Arbeitgeber.
coord-invite-one = Einen einladen
coord-not-booked = Noch nicht gebucht
coord-nobody-listed = Noch niemand steht auf der Liste dieser Veranstaltung.
coord-add-participants = Teilnehmende hinzufügen
coord-everyone-booked = Alle auf der Liste ({ $count }) haben eine Buchung oder einen Platz auf einer Warteliste.
coord-not-booked-count = { $count } von { $capacity } Personen auf der Liste haben keine Buchung und stehen auf keiner Warteliste.
coord-link-not-sent = Link nicht verschickt
coord-mail-problems = Probleme mit E-Mails
coord-mail-all-delivered = Jede E-Mail an Teilnehmende, Freiwillige und Arbeitgeber dieser Veranstaltung wurde zugestellt oder ist unterwegs.
coord-mail-failed-count = { $count ->
    [one] 1 E-Mail konnte trotz aller Versuche nicht zugestellt werden. Prüfen Sie die Adresse mit der Person.
   *[other] { $count } E-Mails konnten trotz aller Versuche nicht zugestellt werden. Prüfen Sie die Adresse mit der Person.
}
problem-status-action = wählen Sie Veröffentlichen, Schließen, Wieder öffnen oder Absagen
problem-cancel-confirm = setzen Sie das Häkchen, um zu bestätigen, dass alle Buchungen storniert werden

coord-participants-title = Teilnehmende
coord-back-to = Zurück zu { $event }
coord-participants-counts = { $count } auf der Liste · { $capacity } noch nicht eingeladen
coord-send-links = { $count ->
    [one] 1 persönlichen Link per E-Mail schicken
   *[other] { $count } persönliche Links per E-Mail schicken
}
coord-import-heading = CSV-Datei importieren
coord-import-columns = Spalten: name, email (beide Pflicht), language (die Sprache, die sie am besten lesen, z. B. ar), occupations (Codes wie 22 oder Namen aus der Liste der Berufsfelder unten, in jeder Sprache von Fairplan, durch ; getrennt), languages (z. B. ar C2; de B1), needs. UTF-8, Kommas oder Semikolons. Dieselbe Adresse zweimal ist eine Person.
coord-import-valid-rows = { $count } Zeilen sind gültig. Korrigieren Sie die Datei und laden Sie sie erneut hoch, oder kreuzen Sie „Nur die gültigen Zeilen importieren“ an.
coord-import-file = CSV-Datei
coord-import-valid-only = Nur die gültigen Zeilen importieren und die anderen überspringen
coord-import-button = Prüfen und importieren
coord-add-heading = Eine Person hinzufügen
coord-person-name = Name
coord-person-language = Sprache, die sie am besten lesen
coord-person-language-hint = Ein Kürzel wie ar, uk, fa oder de; ihre E-Mails und Seiten verwenden es.
coord-person-occupations = Berufsfelder
coord-person-occupations-hint = Öffnen Sie eine Gruppe und kreuzen Sie jedes passende Feld an (die Gruppen der ISCO-08).
coord-person-languages = Sprachen und Niveaus
coord-person-languages-hint = z. B. ar C2; de B1
coord-person-needs = Bedarfe (optional)
coord-person-needs-hint = Stufenloser Zugang, Kinderbetreuung, Dolmetschen …
coord-add-button = Hinzufügen
coord-on-the-list = Auf der Liste
coord-export-sensitive = Sensible Angaben aller exportieren (CSV; wird protokolliert)
coord-col-name = Name
coord-col-email = E-Mail
coord-col-language = Sprache
coord-col-invited = Eingeladen
coord-col-link = Persönlicher Link
coord-yes = ja
coord-not-yet = noch nicht
coord-send-new-link = Neuen Link schicken
coord-send-new-link-to = an { $name }
coord-revoke = Sperren
coord-revoke-links-of = Links von { $name }
coord-sensitive-facts = Sensible Angaben
coord-of-person = von { $name }
coord-erase = Löschen
coord-erase-warning = Löscht ihre Angaben, sensiblen Daten, Links und E-Mails überall; künftige Buchungen werden storniert. Das lässt sich nicht rückgängig machen.
coord-erase-person = { $name } löschen
coord-nobody-yet = Noch niemand.
coord-notice-link-resent = Die alten Links funktionieren nicht mehr; ein neuer persönlicher Link ist per E-Mail unterwegs.
coord-notice-erased = Die Person ist gelöscht: Ihre Angaben, Links und E-Mails sind weg; ihre Buchungen zählen anonym weiter.
coord-notice-link-revoked = Ihre persönlichen Links funktionieren nicht mehr. Schicken Sie einen neuen, wenn sie ihn brauchen.
coord-notice-links-sent = { $count ->
    [one] 1 persönlicher Link ist unterwegs.
   *[other] { $count } persönliche Links sind unterwegs.
}
coord-notice-imported = { $count } zur Liste hinzugefügt; { $capacity } mit bereits bekannten Personen zusammengeführt.

coord-employers-title = Arbeitgeber
coord-invitation-sent = Die Einladung ist unterwegs; mit ihrem persönlichen Link kann die Kontaktperson Freiwillige anmelden.
coord-col-contact = Kontakt
coord-no-employers-invited = Noch keine Arbeitgeber eingeladen.
coord-invite-heading = Einen Arbeitgeber einladen
coord-invite-hint = Die Kontaktperson bekommt per E-Mail einen persönlichen Link, um die Freiwilligen anzumelden, die Gespräche führen oder einen Tisch betreuen. Eine erneute Einladung derselben Person schickt einen frischen Link.
coord-employer-name = Arbeitgeber
coord-contact-name = Kontaktperson
coord-contact-email = E-Mail-Adresse der Kontaktperson
coord-contact-language = Sprache der E-Mails an die Kontaktperson
coord-invite-button = Einladen

coord-audit-title = Protokoll
coord-back-dashboard = Zurück zur Übersicht
coord-audit-intro = Wer sensible Angaben angesehen oder exportiert hat, wer welche Buchung gebucht, verschoben oder abgesagt hat (Teilnehmende, Arbeitgeber, Koordination und das System) und wer wen gelöscht hat; neueste zuerst. Gelöschte Personen erscheinen nur mit einer kurzen Nummer.
coord-col-when = Wann
coord-col-who = Wer
coord-col-what = Was
coord-col-about = Betrifft
coord-audit-empty = Noch nichts aufgezeichnet.
coord-audit-volunteer = Freiwillige/r { $name }
coord-audit-system = das System (Aufbewahrungsfristen)
coord-audit-booking = { $name } · { $session }
coord-audit-erased-person = (gelöschte Person)
coord-audit-sensitive-viewed = hat sensible Angaben angesehen
coord-audit-sensitive-changed = hat sensible Angaben geändert
coord-audit-sensitive-exported = hat die sensiblen Angaben aller exportiert
coord-audit-participant-erased = hat eine Person gelöscht
coord-audit-participant-link-handed-over = hat einer Person einen neuen persönlichen Link direkt übergeben
coord-audit-booking-arrived = hat eine Buchung eingecheckt
coord-audit-booking-no-show = hat eine Buchung als nicht erschienen markiert
coord-audit-booking-arrival-undone = hat einen Check-in zurückgenommen
coord-audit-booking-came-late = hat eine verspätete Person platziert
coord-audit-booking-from-standby = hat einen freien Platz aus der Reserve vergeben
coord-audit-booking-event-cancelled = hat eine Buchung mit ihrer Veranstaltung storniert
coord-audit-booking-allocated = hat einen Platz aus den Wünschen vergeben
coord-audit-booking-interviewer-absent = hat eine Buchung verlegt: die Gesprächsperson kam nicht
coord-audit-booking-offered = hat einen frei gewordenen Platz für die nächste wartende Person reserviert
coord-audit-booking-offer-expired = hat einen Platz weitergegeben, dessen Angebot abgelaufen war
coord-audit-employer-contact = { $name } von { $employer }
coord-audit-booking-booked = hat einen Platz gebucht
coord-audit-booking-moved = hat die eigene Buchung auf eine andere Zeit verschoben
coord-audit-booking-cancelled = hat die eigene Buchung abgesagt
coord-audit-booking-waitlisted = hat sich auf eine Warteliste gesetzt
coord-audit-booking-offer-accepted = hat einen angebotenen Platz von der Warteliste angenommen
coord-audit-booking-waitlist-left = hat eine Warteliste verlassen oder ein Angebot abgelehnt
coord-audit-booking-relocated = hat eine Buchung verlegt: Die Zeit der ehrenamtlichen Person fiel weg
coord-audit-booking-waitlisted-unavailable = hat eine Buchung auf die Warteliste gesetzt: Die Zeit der ehrenamtlichen Person fiel weg, und keine andere war frei
coord-audit-booking-retimed = hat eine Buchung mit ihrer Sitzung auf eine neue Zeit verlegt
coord-audit-booking-moved-place = hat eine Buchung mit ihrer Sitzung an einen anderen Ort verlegt

coord-sensitive-heading = Sensible Angaben:
coord-back-participants = Zurück zu den Teilnehmenden
coord-sensitive-saved = Gespeichert. Die Änderung steht unten im Protokoll.
coord-sensitive-intro = Nur Koordinatorinnen und Koordinatoren sehen diese Angaben, und jedes Ansehen und Ändern wird mit Ihrem Namen protokolliert. Sie erscheinen nie in E-Mails, Kalendereinträgen, auf Seiten von Arbeitgebern oder Freiwilligen oder in Exporten (außer eine Koordinatorin oder ein Koordinator fordert sie an, was ebenfalls protokolliert wird). Sie werden an dem Tag gelöscht, den Sie unten festlegen, oder nach der Aufbewahrungsregel des Programms nach der letzten Veranstaltung der Person.
coord-sensitive-residence = Aufenthaltsstatus
coord-sensitive-residence-hint = So, wie die Person es Ihnen gesagt hat, z. B. Aufenthaltsgestattung.
coord-sensitive-permit = Arbeitserlaubnis
coord-sensitive-notes = Alles andere, das Sie als sensibel markieren
coord-sensitive-notes-hint = Gesundheit, Familiensituation, alles, was der Person schaden könnte, wenn es bekannt würde.
coord-sensitive-delete-after = Diese Angaben löschen nach (optional)
coord-sensitive-delete-after-hint = Ein Tag wie 2027-03-31; leer behält sie, bis die Aufbewahrungsregel sie löscht.
coord-sensitive-save = Angaben speichern
coord-sensitive-empty-hint = Leeren Sie alle Felder und speichern Sie, um die Angaben jetzt zu löschen.
coord-sensitive-log = Wer angesehen und geändert hat
problem-sensitive-long = Bitte weniger als { $count } Zeichen.
problem-sensitive-far = Wählen Sie einen Tag innerhalb der nächsten { $years } Jahre.
problem-sensitive-past = Wählen Sie einen Tag nach heute.
problem-sensitive-date = Schreiben Sie das Datum wie 2027-03-31.

coord-feedback-heading = Rückmeldungen: { $event }
coord-feedback-counts = { $count } geschrieben
coord-feedback-awaited = { $count } noch ausstehend von Gesprächspersonen, die gefragt wurden
coord-feedback-how = Jede Gesprächsperson wird per E-Mail gefragt, sobald ihr Gespräch vorbei ist, und kann 14 Tage lang antworten.
coord-feedback-none = Es wurde noch keine Rückmeldung geschrieben.
coord-back-event = Zurück zur Veranstaltung
coord-print-hint = Drucken Sie diese Seite (Strg+P): jeder Tisch beginnt auf einer eigenen Karte.
coord-run-sheet-heading = Ablaufplan: { $event }
coord-col-arrived = Da
coord-free = frei
coord-more-free = { $count } weitere frei
coord-nothing-planned = Noch ist nichts geplant: Fügen Sie zuerst Programmpunkte und Freiwillige hinzu.

coord-placements-title = Plätze
coord-placements-heading = Plätze: { $session }
coord-col-taster-day = Schnuppertag
coord-col-places = Plätze
coord-no-placements = Noch keine Plätze.
coord-add-placement = Einen Platz hinzufügen
coord-invite-employer-first = Laden Sie zuerst einen Arbeitgeber zur Veranstaltung ein:
coord-placement-capacity-hint = Wie viele Personen dieser Arbeitgeber für den Tag aufnimmt.
coord-placement-description = Der Schnuppertag
coord-placement-description-hint = Was sie tun werden, wohin sie gehen, was sie mitbringen; bis zu 300 Zeichen.
coord-add-placement-button = Platz hinzufügen

coord-tokens-title = API-Schlüssel
coord-tokens-intro = Mit einem Schlüssel kann ein Skript oder ein anderes System die JSON-API von Fairplan mit Ihren Rechten nutzen. Senden Sie ihn als „Authorization: Bearer fpk_…“. Halten Sie ihn geheim wie ein Passwort; sperren Sie ihn, wenn er nicht mehr gebraucht wird.
coord-tokens-api-link = Die Beschreibung der API (OpenAPI)
coord-token-new = Ihr neuer Schlüssel
coord-token-copy-now = Kopieren Sie ihn jetzt: Er wird nur dieses eine Mal angezeigt.
coord-token = Schlüssel
coord-token-revoked-notice = Der Schlüssel wurde gesperrt. Anfragen damit werden jetzt abgelehnt.
coord-tokens-yours = Ihre Schlüssel
coord-tokens-caption = Schlüssel, die Sie angelegt haben, neueste zuerst
coord-col-created = Angelegt
coord-col-expires = Läuft ab
coord-col-last-used = Zuletzt benutzt
coord-col-state = Zustand
coord-token-never = nie
coord-token-state-revoked = gesperrt
coord-token-state-expired = abgelaufen
coord-no-tokens = Noch keine Schlüssel.
coord-token-create-heading = Einen Schlüssel anlegen
coord-token-name-hint = Was ihn nutzen wird, z. B. „CRM-Abgleich“
coord-token-valid-for = Gültig für
coord-token-days = { $count ->
    [one] 1 Tag
   *[other] { $count } Tage
}
coord-token-create = Schlüssel anlegen

coord-outcomes-title = Ergebnisse: { $event }
coord-outcomes-intro = Was die Veranstaltung den Teilnehmenden gebracht hat: Einladungen zu Vorstellungsgesprächen, Angebote, Stellen. Der Bericht zählt sie; Teilnehmende sehen diese Seite nie.
coord-notice-recorded = Erfasst.
coord-notice-removed = Entfernt.
coord-record-heading = Ein Ergebnis erfassen
coord-nobody-took-part = Noch hat niemand teilgenommen.
coord-col-person = Person
coord-choose = Bitte wählen …
coord-what-happened = Was geschah
coord-not-said = Nicht angegeben
coord-another-employer = Ein anderer Arbeitgeber (Name unten)
coord-another-employer-name = Name des anderen Arbeitgebers
coord-another-employer-hint = Nur, wenn es keiner der Arbeitgeber der Veranstaltung ist.
coord-col-date = Datum
coord-outcome-note = Notiz (optional)
coord-outcome-note-hint = z. B. die Stellenbezeichnung. Keine sensiblen Angaben.
coord-record-button = Erfassen
coord-recorded = Erfasst
coord-no-outcomes = Noch keine Ergebnisse erfasst.
coord-col-note = Notiz
coord-remove = Entfernen
coord-remove-outcome-of = dieses Ergebnis von { $name }
coord-outcome-interview_invitation = Zu einem Vorstellungsgespräch eingeladen
coord-outcome-job_offer = Stellenangebot
coord-outcome-placement = Arbeit aufgenommen
coord-outcome-internship = Praktikum oder Schnupperplatz
coord-outcome-training = Ausbildung oder Weiterbildung
coord-outcome-other = Sonstiges
problem-outcome-person = Wählen Sie die Person.
problem-outcome-kind = Wählen Sie, was geschah.
problem-outcome-employer-name = Schreiben Sie den Namen des Arbeitgebers (bis zu 200 Zeichen).
problem-outcome-employer = Wählen Sie einen Arbeitgeber aus der Liste oder einen anderen.
problem-outcome-future = Erfassen Sie, was geschehen ist: das Datum kann nicht in der Zukunft liegen.
problem-outcome-date = Schreiben Sie das Datum wie 2026-03-31.
problem-outcome-note = Die Notiz muss kürzer als 1000 Zeichen sein.

# Seite der Platzvergabe.
coord-col-participant = Teilnehmende Person
coord-report-of = { $part } von { $whole }
coord-alloc-title = Platzvergabe: { $session }
coord-alloc-previewed = Die Vorschau ist fertig. Gebucht wird erst, wenn Sie sie übernehmen.
coord-alloc-committed = Übernommen: Die Plätze sind gebucht, und alle in diesem Lauf bekommen eine E-Mail.
coord-alloc-already = Dieser Lauf wurde schon übernommen; nichts wurde doppelt gebucht.
coord-alloc-seed-number = Der Startwert für das Los muss eine ganze Zahl von 0 bis { $count } sein, oder leer für einen neuen.
coord-alloc-choosing-open = Teilnehmende können ihre Wahl noch bis { $time } ändern. Ein Lauf jetzt nimmt die Wahl, wie sie gerade ist; lassen Sie ihn nach Ablauf der Frist noch einmal laufen.
coord-alloc-demand = Nachfrage
coord-alloc-demand-intro = { $count ->
    [one] 1 Person hat Optionen gewählt. Eine Option ist überbucht, wenn mehr Personen sie an erste Stelle gesetzt haben, als sie freie Plätze hat: Unter Gleichen entscheidet das Los, mit dem Startwert des Laufs.
   *[other] { $count } Personen haben Optionen gewählt. Eine Option ist überbucht, wenn mehr Personen sie an erste Stelle gesetzt haben, als sie freie Plätze hat: Unter Gleichen entscheidet das Los, mit dem Startwert des Laufs.
}
coord-alloc-option = Option
coord-alloc-free = Freie Plätze
coord-alloc-first-choices = Erste Wahl
coord-alloc-chosen = Überhaupt gewählt
coord-alloc-oversubscribed = Überbucht
coord-alloc-full = Voll
coord-alloc-enough = Genug Plätze
coord-alloc-no-options = Diese Sitzung hat noch keine Optionen.
coord-alloc-preview-heading = Vorschau berechnen
coord-alloc-preview-intro = Eine Vorschau bucht nichts. Sie gibt so vielen Personen wie möglich einen Platz (allen einen, bevor jemand zwei bekommt), unter Gleichen zuerst denen, die bei früheren Veranstaltungen leer ausgingen, dann nach der besten Rangfolge, dann nach passendem Berufsfeld; schon gebuchte Plätze bleiben, wie sie sind, sodass ein neuer Lauf nach Absagen nur die frei gewordenen Plätze vergibt.
coord-alloc-seed = Startwert für das Los
coord-alloc-seed-hint = Entscheidet bei Gleichstand. Behalten Sie diese Zahl, um einen Lauf zu wiederholen; geben Sie eine andere ein, um neu zu losen.
coord-alloc-include-unranked = Auch Personen ohne Wahl einen Platz geben (nach Berufsfeld)
coord-alloc-run-preview = Vorschau berechnen
coord-alloc-preview-with = Vorschau mit Startwert { $seed }
coord-alloc-run-with = Lauf mit Startwert { $seed }
coord-run-preview = Vorschau
coord-run-committed = übernommen
coord-run-discarded = ersetzt
coord-alloc-made = Berechnet { $time }.
coord-alloc-committed-at = Übernommen { $time }.
coord-alloc-unranked-included = Personen ohne Wahl waren dabei.
coord-alloc-placed = Mit Platz
coord-alloc-left-out = Ohne Platz
coord-alloc-first-choice = Erste Wahl erhalten
coord-alloc-top-three = Eine ihrer ersten drei
coord-alloc-priority-placed = Früher leer ausgegangen, jetzt mit Platz
coord-alloc-places-given = Vergebene Plätze
coord-alloc-of-free = { $part } von { $whole } freien
coord-alloc-booked-at-commit = Beim Übernehmen gebucht
coord-alloc-booked-told = { $part } Plätze; { $whole } Personen erfuhren, dass kein Platz übrig war
coord-alloc-commit-intro = Beim Übernehmen werden diese Plätze gebucht, jede Person bekommt ihren Platz mit Kalendereinladung per E-Mail (und wer leer ausgeht, dass kein Platz übrig war), und die Kalender der Interviewenden werden aktualisiert.
coord-alloc-commit = Übernehmen und allen schreiben
coord-alloc-left-out-count = Ohne Platz ({ $count })
coord-alloc-why = Warum
coord-alloc-nobody-left-out = Niemand: Alle in diesem Lauf haben einen Platz bekommen.
coord-alloc-places-count = Plätze ({ $count })
coord-alloc-place = Platz
coord-alloc-their-rank = Ihr Rang
coord-alloc-note = Hinweis
coord-alloc-not-ranked = nicht gewählt
coord-alloc-no-places = Es wurden keine Plätze vergeben.
coord-alloc-all-runs = Alle Läufe
coord-alloc-all-runs-intro = Jeder Lauf wird mit seinem Startwert aufbewahrt, sodass sich jedes Ergebnis wiederholen und prüfen lässt.
coord-alloc-made-col = Berechnet
coord-alloc-status = Stand
coord-alloc-removed = (entfernt)
coord-alloc-open-place = Offener Platz
coord-alloc-not-preferences = Vergeben werden nur Sitzungen, deren Plätze nach Rangfolge der Wünsche verteilt werden.
coord-alloc-event-cancelled = Die Veranstaltung ist abgesagt.
coord-alloc-cannot = Diese Sitzung lässt sich nicht vergeben: { $problem }.
coord-alloc-publish-first = Veröffentlichen Sie die Veranstaltung zuerst: Die Teilnehmenden bekommen ihre Plätze mit ihrem persönlichen Link per E-Mail.
coord-alloc-replaced = Eine neuere Vorschau hat diese ersetzt: Übernehmen Sie die neueste Vorschau.
coord-alloc-changed = Seit dieser Vorschau haben sich Plätze geändert (eine Buchung wurde geändert oder ein Termin entfernt), daher wurde nichts gebucht. Berechnen Sie eine neue Vorschau und übernehmen Sie diese.

# Berichte und Bescheinigungen.
coord-print = Diese Seite drucken (Strg+P)
coord-report-title = Bericht
coord-report-title-of = Bericht: { $event }
coord-report-back-event = Zurück zur Veranstaltung
coord-report-back-dashboard = Zurück zur Übersicht
coord-report-csv = Als CSV herunterladen
coord-report-first-day = Erster Tag
coord-report-last-day = Letzter Tag
coord-report-show = Anzeigen
coord-report-events = { $count ->
    [one] 1 Veranstaltung
   *[other] { $count } Veranstaltungen
}
coord-report-attendance = Teilnahme
coord-report-people = Personen mit Buchung
coord-report-bookings = Buchungen
coord-report-arrived = Gekommen
coord-report-no-show = Nicht gekommen
coord-report-unmarked = Nicht erfasst
coord-report-no-show-rate = Nichterscheinen
coord-report-feedback = Rückmeldungen zu Interviews geschrieben
coord-report-no-show-hint = Das Nichterscheinen zählt die Buchungen, die als gekommen oder nicht gekommen erfasst wurden.
coord-report-per-employer = Buchungen je Arbeitgeber
coord-report-chart-booked = gebucht
coord-report-chart-arrived = gekommen
coord-report-no-bookings = Noch keine Buchungen.
coord-report-volunteers = Ehrenamtliche
coord-report-volunteer-hours = Ehrenamtliche Stunden
coord-report-outcomes = Ergebnisse und Nachfrage
coord-report-record-outcomes = Jetzt erfassen.
coord-report-outcome = Ergebnis
coord-report-people-col = Personen
coord-report-survey = { $count ->
    [one] Nachbefragung: 1 Antwort: { $very } sehr nützlich, { $somewhat } etwas nützlich, { $not } nicht nützlich.
   *[other] Nachbefragung: { $count } Antworten: { $very } sehr nützlich, { $somewhat } etwas nützlich, { $not } nicht nützlich.
}
coord-report-survey-none = Nachbefragung: noch keine Antworten.
coord-report-no-volunteer-time = Noch hat keine ehrenamtliche Person Zeit gegeben.
coord-report-volunteer = Ehrenamtliche Person
coord-report-slots = Termine
coord-report-hours = Stunden
coord-report-certificate = Bescheinigung
coord-report-certificate-for = Bescheinigung für { $name }
coord-period-bad-date = Bitte schreiben Sie die Daten wie 2026-03-31.
coord-period-reversed = Bitte wählen Sie einen letzten Tag, der nicht vor dem ersten liegt.
coord-period-zone = Die Zeitzone des Programms ist unbekannt; bitte prüfen Sie die Einstellungen.
coord-certificate-title-of = Bescheinigung: { $name }
coord-certificate-heading = Bescheinigung über ehrenamtliches Engagement
coord-certificate-thanks = { $programme } dankt
coord-certificate-of = von { $employer }
coord-certificate-sessions = { $count ->
    [one] 1 Termin
   *[other] { $count } Terminen
}
coord-certificate-seekers = { $count ->
    [one] 1 arbeitsuchenden Person
   *[other] { $count } arbeitsuchenden Personen
}
coord-certificate-given = für { $hours } geschenkte Zeit in { $sessions } mit { $seekers }, um Menschen, die neu im Land sind, in qualifizierte Arbeit zu helfen.
coord-certificate-issued = Ausgestellt am { $date }
coord-certificate-signature = Unterschrift:

# Abgelehnte Änderungen: passt nicht dazu, wie die Dinge gerade stehen.
coord-refuse-outcome-person = Wählen Sie eine Person, die an dieser Veranstaltung teilgenommen hat.
coord-refuse-outcome-employer = Wählen Sie einen der Arbeitgeber der Veranstaltung oder einen anderen.
coord-refuse-fill = Die Plätze lassen sich nicht vergeben: { $problem }.
coord-refuse-standby-changed = Die Warteliste vor Ort hat sich gerade geändert: Bitte versuchen Sie es noch einmal.
coord-refuse-standby-already = { $name } steht schon auf der Warteliste vor Ort.
coord-refuse-standby-gone = { $name } steht nicht mehr auf der Warteliste vor Ort.
coord-refuse-time-over = Diese Zeit ist vorbei: Wählen Sie einen Platz, der noch nicht zu Ende ist.
coord-refuse-does-not-fit = { $name } kann dieses Interview nicht übernehmen: { $why }.
coord-refuse-does-not-fit-why = es passt nicht zu der Person
coord-refuse-same-time = { $name } hat zu dieser Zeit schon einen Platz.
coord-refuse-placed-meanwhile = { $name } hat gerade eben von jemand anderem einen Platz bekommen.
coord-refuse-booking-changed = Die Buchung hat sich gerade geändert: Bitte versuchen Sie es noch einmal.
coord-refuse-holds-place = Die Person hat in dieser Sitzung schon einen Platz (oder ein Angebot dafür).
coord-refuse-not-begun = Die Zeit von { $name } hat noch nicht begonnen: Als „nicht gekommen“ kann eine Person erst ab Beginn ihrer Zeit erfasst werden.
coord-refuse-session-over = Der Programmpunkt ist vorbei: { $name } kann nicht mehr zurückgeholt werden.
coord-refuse-place-given-away = Der Platz von { $name } ist inzwischen an jemand anderen gegangen. Geben Sie der Person unten einen anderen freien Platz oder setzen Sie sie auf die Warteliste vor Ort.
coord-late-offer-heading = Ein anderer Platz für { $name }
coord-late-offer-seat = { $name } hier einsetzen
coord-late-offer-none = In diesem Programmpunkt ist gerade kein anderer Platz frei.
coord-late-offer-standby = { $name } auf die Warteliste vor Ort setzen
coord-check-in-seated-late = Am gewählten Platz eingecheckt; Mail und Kalendereintrag der Person nennen den Ort.
coord-refuse-arrived-first = { $name } ist schon als angekommen erfasst. Nehmen Sie die Ankunft zuerst zurück, falls das ein Versehen war.
coord-refuse-marked-no-show = { $name } ist als nicht gekommen erfasst. Wählen Sie „Doch gekommen“, um die Person einzuchecken.
coord-refuse-cancelled = Die Buchung von { $name } wurde abgesagt und lässt sich nicht einchecken. Ist die Person da, setzen Sie sie auf die Warteliste vor Ort.
coord-refuse-waitlisted = { $name } steht auf der Warteliste und hat hier keinen Platz. Ist die Person da, setzen Sie sie auf die Warteliste vor Ort.
coord-refuse-interviewer-came = Bei { $name } sind schon Personen eingecheckt, also ist die Person gekommen. Erfassen Sie die Personen, die noch auf sie warten, als nicht gekommen und setzen Sie sie auf die Warteliste vor Ort.
coord-refuse-placements-format = Schnupperplätze gehören zu einer Sitzung für Schnuppertage.
coord-refuse-event-cancelled = Diese Veranstaltung wurde abgesagt und lässt sich nicht mehr ändern.
coord-refuse-event-status = Diese Veranstaltung ist { $status }; so lässt sie sich jetzt nicht ändern.
coord-refuse-publish-to-invite = Veröffentlichen Sie die Veranstaltung zuerst: Die Einladungen führen zu ihrer Buchungsseite.
coord-refuse-links-over = Diese Veranstaltung ist vorbei; ihre Links lassen sich nicht mehr verwenden.
coord-refuse-would-remove-booked = { $count ->
    [one] Diese Änderung würde 1 gebuchte Zeit oder 1 gebuchten Platz entfernen. Verschieben oder stornieren Sie diese Buchung zuerst; es wurde nichts geändert.
   *[other] Diese Änderung würde { $count } gebuchte Zeiten oder Plätze entfernen. Verschieben oder stornieren Sie diese Buchungen zuerst; es wurde nichts geändert.
}
coord-rotation-not-networking = Nur Speed-Networking-Sitzungen haben Runden zu planen.
coord-rotation-no-rounds = Diese Sitzung hat noch keine Runden: Legen Sie die Runden und ihre Länge in den Einstellungen der Sitzung fest.
coord-rotation-no-tables = Diese Sitzung hat noch keine Tische: Laden Sie zuerst Arbeitgeber zur Veranstaltung ein.
coord-rotation-choose-round = Wählen Sie eine Runde von 1 bis { $count }, ab der geplant wird.
coord-rotation-cannot = Diese Sitzung lässt sich nicht planen: { $problem }.
coord-rotation-plan-first = Planen Sie zuerst die Runden: Es gibt noch nichts zu verschicken.
coord-rotation-seed-number = Der Startwert für das Los muss eine ganze Zahl sein.
coord-rotation-choose-from = Wählen Sie die Runde, ab der geplant wird.

# Speed-Networking-Runden.
coord-rotation-title = Runden: { $session }
coord-rotation-planned = Die Runden sind geplant. Drucken Sie die Karten oder schicken Sie allen ihren Plan.
coord-rotation-mailed = { $count ->
    [one] 1 teilnehmende Person bekommt ihren Plan per E-Mail.
   *[other] { $count } Teilnehmende bekommen ihren Plan per E-Mail.
}
coord-rotation-people = { $count ->
    [one] 1 Person hat einen Platz
   *[other] { $count } Personen haben einen Platz
}
coord-rotation-tables = { $count ->
    [one] 1 Tisch
   *[other] { $count } Tische
}
coord-rotation-rounds = { $count ->
    [one] 1 Runde
   *[other] { $count } Runden
}
coord-rotation-summary = { $people }; { $tables }; { $rounds }.
coord-rotation-how = Die Arbeitgeber bleiben an ihren Tischen, die Personen wechseln jede Runde; niemand trifft denselben Arbeitgeber zweimal.
coord-rotation-meetings = { $count ->
    [one] 1 Gespräch geplant
   *[other] { $count } Gespräche geplant
}
coord-rotation-at-most = von höchstens { $count } möglichen.
coord-rotation-wishes = { $part } der { $whole } gewünschten Gespräche sind im Plan.
coord-rotation-plan-again = Neu planen
coord-rotation-plan = Runden planen
coord-rotation-from = Planen ab Runde
coord-rotation-from-hint = Frühere Runden bleiben, wie sie waren, und niemand wird an einen Tisch zurückgeschickt, an dem er schon war. Wählen Sie zwischen den Runden die nächste Runde und kreuzen Sie an, wer nicht da ist.
coord-rotation-round-at = Runde { $round } ({ $time })
coord-rotation-seed-hint = Entscheidet zwischen gleich guten Plänen; derselbe Startwert ergibt denselben Plan.
coord-rotation-absent = Nicht da (bleiben in den geplanten Runden außen vor)
coord-rotation-absent-hint = Angekreuzt: die Personen, die noch nicht eingecheckt sind. Wer als nicht gekommen erfasst ist, hat keinen Platz und bleibt ohnehin außen vor.
coord-rotation-not-checked-in = (nicht eingecheckt)
coord-rotation-tell = Allen Bescheid geben
coord-rotation-tell-intro = Jede Person mit einem Tisch bekommt ihren eigenen Plan per E-Mail, in ihrer Sprache. Drucken Sie diese Seite (Strg+P) für die Tischkarten und die Laufpläne: Jeder beginnt auf einer eigenen Karte.
coord-rotation-mail = Allen ihren Plan schicken
coord-rotation-cards = Tischkarten
coord-rotation-round = Runde
coord-rotation-who = Wer kommt
coord-rotation-nobody = niemand
coord-rotation-itineraries = Laufpläne
coord-rotation-table = Tisch
coord-rotation-break = Pause

# Einchecken am Eingang.
coord-check-in-title = Einchecken: { $event }
coord-check-in-run-sheet = Ablaufplan zum Drucken
coord-check-in-expected = Erwartet
coord-check-in-on-standby = Auf der Warteliste vor Ort
coord-check-in-standby-link = Warteliste vor Ort und freie Plätze
coord-check-in-add-walk-in = Spontan gekommene Person hinzufügen
coord-check-in-all-sessions = Alle Sitzungen
coord-check-in-shown = { $count ->
    [one] 1 angezeigt.
   *[other] { $count } angezeigt.
}
coord-check-in-none-match = Keine Buchung passt zu diesem Filter.
coord-check-in-standby = Warteliste vor Ort
coord-check-in-standby-hint = Personen vor Ort ohne Platz, in der Reihenfolge ihres Eintreffens. Ein frei gewordener Platz (jemand ist nicht gekommen) oder ein nie gebuchter Platz geht an die erste Person in der Reihe, die ihn nehmen kann.
coord-check-in-nobody-waiting = Niemand wartet.
coord-check-in-since = seit { $time }
coord-check-in-hopes-for = wünscht sich: { $item }
coord-check-in-went-home = Ist gegangen
coord-check-in-went-home-label = { $name } ist gegangen
coord-check-in-free-places = Freie Plätze
coord-check-in-no-free = Gerade ist kein Platz frei.
coord-check-in-free = { $count ->
    [one] 1 frei
   *[other] { $count } frei
}
coord-check-in-give-to = An { $name } geben
coord-check-in-nobody-can = Niemand auf der Warteliste kann ihn nehmen.
coord-check-in-fill = Alle freien Plätze von { $session } aus der Warteliste vergeben
coord-check-in-fill-hint = Alles auf einmal zu vergeben bringt so viele Wartende wie möglich unter (zuerst die, deren Interviewer nicht gekommen ist), wo die Vergabe einzeln einen Platz leer lassen könnte.
coord-check-in-absent = Eine Interviewerin oder ein Interviewer ist nicht gekommen
coord-check-in-absent-intro = Ihre Termine werden entfernt. Jede bei ihnen gebuchte Person rückt auf die nächste freie Zeit einer anderen Person in derselben Sitzung und bekommt eine E-Mail mit der neuen Zeit; wer keine freie Zeit findet, kommt auf die Warteliste oben.
coord-check-in-interviewer = Interviewer/in
coord-check-in-absent-button = Diese Person ist nicht gekommen
coord-check-in-find = Auf der Liste der Veranstaltung suchen (Name oder E-Mail)
coord-check-in-find-button = Suchen
coord-check-in-nobody-matches = Niemand auf der Liste passt; fügen Sie die Person unten als spontan gekommen hinzu.
coord-check-in-put = Auf die Warteliste
coord-check-in-put-label = { $name } auf die Warteliste setzen
coord-check-in-walk-in-hint = Jemand, der nicht auf der Liste steht. Die Person kommt auf die Warteliste vor Ort; Bestätigung und Rückmeldung gehen an diese Adresse.
coord-check-in-note = Was sie sich wünscht (freiwillig)
coord-check-in-note-hint = z. B. ein Probeinterview in der IT
coord-check-in-note-too-long = halten Sie den Wunsch unter 200 Zeichen
coord-check-in-add-button = Auf die Warteliste setzen
coord-standby-walk-in = Spontan gekommen
coord-standby-interviewer-absent = Interviewer/in nicht gekommen
coord-standby-no-booking = Ohne Buchung gekommen
coord-check-in-arrived = Eingecheckt.
coord-check-in-no-show = Als nicht gekommen erfasst; der Platz ist frei für jemanden auf der Warteliste.
coord-check-in-undone = Die Ankunft wurde zurückgenommen.
coord-check-in-came-late = Doch noch eingecheckt; der Platz gehört wieder der Person.
coord-check-in-already = Nichts zu ändern: Das war schon erledigt (vielleicht von einer Kollegin oder einem Kollegen).
coord-check-in-walk-in = Auf die Warteliste vor Ort gesetzt.
coord-check-in-placed = Gebucht und eingecheckt; die Einladung ist unterwegs.
coord-check-in-left = Von der Warteliste genommen.
coord-check-in-filled = Die freien Plätze gingen an die Personen auf der Warteliste, die sie nehmen konnten; alle haben ihre Einladung.
coord-check-in-none-fit = Niemand auf der Warteliste kann diese Plätze nehmen (Zeiten, Sprachen oder Berufsfeld).
coord-check-in-absent-done = Die Termine der Interviewerin oder des Interviewers sind entfernt: Ihre Personen sind zu freien Zeiten anderer gewechselt (alle haben eine E-Mail mit der neuen Zeit) oder stehen auf der Warteliste.

# One person's bookings, for coordinators.
coord-person-title = { $name }: Buchungen
coord-person-back = Alle Teilnehmenden
coord-person-intro = Als Koordinatorin oder Koordinator können Sie für diese Person in jedem Programmpunkt jederzeit buchen, umbuchen und absagen, auch nach Buchungsschluss und für Zeiten, die begonnen haben oder vorbei sind (eine späte Korrektur). Die Person bekommt die übliche Mail, das Protokoll hält es fest.
coord-person-confirmed = Gebucht
coord-person-waitlisted = Auf der Warteliste
coord-person-no-show = Als nicht gekommen erfasst
coord-person-cancelled-status = Abgesagt
coord-person-not-booked = Nicht gebucht.
coord-person-no-free = In diesem Programmpunkt ist keine Zeit mehr frei.
coord-person-time = Zeit
coord-person-book = Diese Zeit buchen
coord-person-move-to = Umbuchen auf
coord-person-move = Umbuchen
coord-person-cancel = Diese Buchung absagen
coord-person-booked = Gebucht; die Person hat eine Mail mit dem Kalendereintrag bekommen.
coord-person-moved = Umgebucht; Mail und Kalendereintrag der Person sind aktualisiert.
coord-person-cancelled = Abgesagt; die Person ist informiert, der Kalendereintrag entfernt.
coord-refuse-not-confirmed = Diese Buchung in { $session } ist nicht mehr bestätigt: Die Seite zeigt jetzt, wo sie steht.
coord-refuse-on-waitlist = { $name } steht auf der Warteliste dieses Programmpunkts: Frei gewordene Plätze werden den Wartenden der Reihe nach angeboten.
coord-participants-find = Name oder E-Mail
coord-participants-find-button = Suchen
coord-participants-none-match = Niemand auf der Liste passt.
coord-audit-booking-booked-for = hat für die Person einen Platz gebucht
coord-audit-booking-cancelled-for = hat für die Person eine Buchung abgesagt
coord-person-bookings-link = (Buchungen)
coord-placement-address = Adresse des Schnuppertags
coord-placement-address-hint = Wo der Tag verbracht wird, wenn nicht am Veranstaltungsort. Sie erscheint auf der Seite, in der Mail und im Kalendereintrag der Person.
coord-placement-contact = Ansprechperson am Tag
coord-placement-contact-hint = Nach wem man bei Ankunft fragt, gern mit Telefonnummer.
coord-placement-instructions = Hinweise
coord-placement-instructions-hint = Was bei Ankunft zu tun ist, welche Kleidung, wie man hinkommt.
coord-change-note = Nachricht an alle, die diese Änderung betrifft (freiwillig)
coord-change-note-hint = Wird so, wie Sie sie schreiben, mit der E-Mail verschickt, die jede gebuchte Person und jede ehrenamtliche Person zu dieser Änderung bekommt. Wird nicht gespeichert.
coord-cancel-note = Nachricht an alle Benachrichtigten (freiwillig)
coord-cancel-note-hint = Warum, und wie es weitergeht: wird so, wie Sie sie schreiben, an alle Teilnehmenden, Ehrenamtlichen und Ansprechpersonen der Arbeitgeber dieser Veranstaltung geschickt. Wird nicht gespeichert.
coord-person-note = Nachricht für die E-Mail an die Person (freiwillig)
coord-person-no-address = Keine E-Mail-Adresse: Dieser Person wird nichts gemailt. Geben Sie ihr Link und Zeitplan selbst.
coord-person-link-hint = Für Personen ohne E-Mail oder mit verlorenem Link: zeigt einen neuen persönlichen Link und den Zeitplan zum Drucken oder Kopieren. Frühere Links funktionieren dann nicht mehr.
coord-person-link-button = Neuen persönlichen Link zum Drucken oder Kopieren zeigen
coord-person-link-title = Persönlicher Link für { $name }
coord-person-link-back = Zurück zu dieser Person
coord-person-link-intro = Drucken Sie diese Seite oder kopieren Sie den Link in eine Kurznachricht. Mit dem Link sieht und ändert die Person ihre Buchungen auf dem Handy. Frühere Links funktionieren nicht mehr.
coord-person-link-label = Persönlicher Link
coord-person-link-schedule = Zeitplan
coord-person-link-nothing = Noch nichts gebucht.
coord-person-link-keep = Halten Sie den Link privat: Wer ihn hat, kann die Buchungen ändern.
coord-participants-contact = E-Mail oder Telefon
coord-phone = Telefon (freiwillig)
coord-person-email-hint = Leer lassen für Personen ohne E-Mail und stattdessen eine Telefonnummer angeben.
coord-person-phone-hint = Für Personen ohne E-Mail: Ihnen wird nichts gemailt; Sie geben ihnen den Link.
coord-refuse-resend-no-address = Diese Person hat keine E-Mail-Adresse. Öffnen Sie ihre Seite und zeigen Sie stattdessen einen neuen persönlichen Link zum Drucken oder Kopieren.
coord-give-link-in-person = Keine E-Mail: neuen Link direkt übergeben
