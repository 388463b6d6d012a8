# Der Arbeitsbereich der Koordination: die Kopfzeile jeder Seite, die Reiter einer Veranstaltung, Listen und Aufgaben.

coord-nav-label = Arbeitsbereich
coord-nav-dashboard = Übersicht
coord-nav-events = Veranstaltungen
coord-nav-reports = Berichte
coord-nav-audit = Protokoll
coord-nav-api-tokens = API-Schlüssel
coord-nav-event = Veranstaltung
coord-tab-overview = Überblick
coord-tab-sessions = Programmpunkte
coord-tab-participants = Teilnehmende
coord-tab-employers = Arbeitgeber
coord-tab-check-in = Check-in
coord-tab-planning = Zuteilung und Runden
coord-tab-feedback = Rückmeldungen
coord-tab-outcomes = Ergebnisse
coord-tab-report = Bericht

coord-all-events = { $count ->
    [one] Die eine Veranstaltung, vergangene eingeschlossen
   *[other] Alle { $count } Veranstaltungen, vergangene eingeschlossen
}
coord-no-current-events = Keine Veranstaltung steht bevor oder ist gerade vorbei. Vergangene finden Sie unter Veranstaltungen.
coord-events-title = Veranstaltungen
coord-events-intro = Alle Veranstaltungen, auch vergangene, die nächste zuerst. Kopieren Sie eine, um sie an neuen Tagen noch einmal durchzuführen: Programmpunkte, Arbeitgeber und Praktikumsplätze kommen mit, gebucht ist niemand.
coord-col-event = Veranstaltung
coord-col-status = Status
coord-col-sessions = Programmpunkte
coord-col-actions = Aktionen
coord-copy = Kopieren
coord-copy-of = { $title } kopieren
coord-change = Ändern
coord-sessions-of = Programmpunkte von { $event }
coord-sessions-locked = Die Veranstaltung wurde abgesagt: Ihre Programmpunkte lassen sich nicht mehr hinzufügen, ändern oder kopieren.
coord-planning-of = Zuteilung und Runden von { $event }
coord-planning-allocation-hint = Programmpunkte, bei denen die Teilnehmenden ihre Wünsche ordnen: Wenn die Wunschfrist endet, verteilt eine faire Zuteilung die Plätze.
coord-planning-no-allocation = Kein Programmpunkt dieser Veranstaltung lässt Wünsche ordnen.
coord-planning-rotation-hint = Speed-Networking: Ein Rundenplan setzt jede Person in jeder Runde an den Tisch eines anderen Arbeitgebers.
coord-planning-no-rotation = Diese Veranstaltung hat kein Speed-Networking.
coord-copy-title = { $event } kopieren
coord-copy-intro = Die Veranstaltung findet { $when } statt. Ihre Kopie ist ein Entwurf, den Sie vor dem Veröffentlichen ändern können.
coord-copy-comes-along = Programmpunkte, Praktikumsplätze und Arbeitgeber kommen mit; jede Zeit rückt auf den neuen ersten Tag, zur selben Uhrzeit.
coord-copy-stays = Teilnehmende, Buchungen, Freiwillige und ihre Zeiten bleiben bei dieser Veranstaltung: Arbeitgeber melden ihre Freiwilligen über ihren Link für die neuen Tage erneut an.
coord-copy-first-day = Erster Tag der Kopie
coord-copy-first-day-hint = Jede Zeit der Veranstaltung rückt um dieselbe Zahl von Tagen.
coord-copy-invite-employers = Jeder Kontaktperson der Arbeitgeber jetzt ihren Link für die Kopie schicken (sonst laden Sie sie später im Reiter Arbeitgeber der Kopie ein)
coord-copy-button = Veranstaltung kopieren
coord-copy-suffix = (Kopie)
coord-notice-copied = Dies ist die Kopie, ein Entwurf. Prüfen Sie Angaben und Programmpunkte, dann veröffentlichen Sie sie.
coord-audit-event-copied = hat diese Veranstaltung als Kopie einer anderen angelegt
coord-audit-session-copied = hat einen Programmpunkt dieser Veranstaltung kopiert
problem-copy-first-day = geben Sie den ersten Tag als Datum ein, zum Beispiel 2027-03-02
problem-copy-past = dieser Tag ist vorbei: wählen Sie einen ersten Tag, dessen Beginn noch bevorsteht
coord-person-offered = Ein frei gewordener Platz ist angeboten
coord-show = Zeigen
coord-show-all = Alle
coord-show-booked = Gebucht
coord-show-not-booked = Nicht gebucht
coord-show-waiting = Warten auf einen Platz
coord-show-no-show = Nicht gekommen
coord-list-showing-all = { $count ->
    [one] 1 Person auf der Liste.
   *[other] { $count } Personen auf der Liste.
}
coord-list-showing-matching = { $count } von { $total } Personen passen.
coord-col-bookings = Buchungen
coord-list-no-bookings = Keine
coord-list-pages = Seiten der Liste
coord-list-previous = Vorige Seite
coord-list-next = Nächste Seite
coord-list-page-of = Seite { $page } von { $pages }
coord-add-people = Personen hinzufügen
coord-person-link-heading = Persönlicher Link
coord-person-revoke = Ihre Links sperren
coord-erase-confirm = Ich verstehe: Angaben und E-Mails werden endgültig gelöscht, und noch bevorstehende Buchungen werden storniert
problem-erase-confirm = kreuzen Sie das Kästchen an, um zu bestätigen, dass die Angaben dieser Person endgültig gelöscht werden
problem-copy-far = wählen Sie einen ersten Tag innerhalb von zehn Jahren um die Veranstaltung
coord-message-title = Nachricht an Personen von { $event }
coord-message-heading = An Personen schreiben
coord-message-intro = Jede Person bekommt ihre eigene E-Mail mit ihrem persönlichen Link, in ihrer Sprache und der des Programms. Bevor etwas gesendet wird, sehen Sie, wen sie erreicht, und die E-Mail selbst.
coord-message-audience = An
coord-message-everyone = Alle auf der Liste
coord-message-booked-at-event = Alle, die bei dieser Veranstaltung gebucht haben
coord-message-subject-as-read = Betreff:
coord-message-not-booked = Alle auf der Liste, die bei dieser Veranstaltung nichts gebucht haben
coord-message-booked-in = Alle, die { $session } gebucht haben
coord-message-waiting-for = Alle, die auf einen Platz in { $session } warten
coord-message-subject = Betreff
coord-message-text = Nachricht
coord-message-text-hint = Bis zu 5.000 Zeichen. So gesendet, wie Sie sie schreiben; sie wird nicht übersetzt.
coord-message-preview-button = Zeigen, wen sie erreicht
coord-message-preview = Vor dem Senden
coord-message-nobody = In dieser Gruppe hat niemand eine E-Mail-Adresse, es gibt also niemanden, an den sie gehen könnte.
coord-message-reaches = { $count ->
    [one] Sie erreicht 1 Person:
   *[other] Sie erreicht { $count } Personen:
}
coord-message-more = { $count ->
    [one] und 1 weitere.
   *[other] und { $count } weitere.
}
coord-message-as-read = Die E-Mail, wie die erste dieser Personen sie liest
coord-message-send = { $count ->
    [one] An 1 Person senden
   *[other] An { $count } Personen senden
}
coord-message-sent = { $count ->
    [one] Die Nachricht ist an 1 Person unterwegs.
   *[other] Die Nachricht ist an { $count } Personen unterwegs.
}
coord-message-skipped = { $count ->
    [one] 1 Person der Gruppe hat keine E-Mail-Adresse: Erreichen Sie sie auf anderem Weg.
   *[other] { $count } Personen der Gruppe haben keine E-Mail-Adresse: Erreichen Sie sie auf anderem Weg.
}
coord-write-to-people = An Personen schreiben
coord-audit-event-message-sent = hat Personen dieser Veranstaltung eine Nachricht geschickt
problem-message-audience = wählen Sie, an wen die Nachricht geht
coord-placement-back = Zurück zu den Praktikumsplätzen
coord-placement-placed = { $count ->
    [one] 1 Person ist hier eingeteilt. Eine Änderung, die sie bemerken würde, erreicht sie per E-Mail mit aktualisiertem Kalendereintrag.
   *[other] { $count } Personen sind hier eingeteilt. Eine Änderung, die sie bemerken würden, erreicht jede per E-Mail mit aktualisiertem Kalendereintrag.
}
coord-placement-note-hint = Wird so, wie Sie sie schreiben, mit der Änderung an die hier eingeteilten Personen gesendet. Nicht gespeichert.
coord-placement-remove = Diesen Praktikumsplatz entfernen
coord-placement-remove-placed = { $count ->
    [one] 1 Person ist hier eingeteilt. Was wird aus ihr?
   *[other] { $count } Personen sind hier eingeteilt. Was wird aus ihnen?
}
coord-placement-remove-move = Jede auf einen anderen Praktikumsplatz dieses Programmpunkts mit freiem Platz verlegen, sonst auf seine Warteliste
coord-placement-remove-cancel = Ihre Plätze stornieren
coord-placement-remove-empty = Hier ist niemand eingeteilt.
coord-placement-remove-button = Praktikumsplatz entfernen
coord-placement-changed = { $count ->
    [0] Der Praktikumsplatz wurde gespeichert.
    [one] Der Praktikumsplatz wurde gespeichert; 1 eingeteilte Person wurde benachrichtigt.
   *[other] Der Praktikumsplatz wurde gespeichert; { $count } eingeteilte Personen wurden benachrichtigt.
}
coord-placement-removed = { $count ->
    [0] Der Praktikumsplatz wurde entfernt.
    [one] Der Praktikumsplatz wurde entfernt; 1 eingeteilte Person erfuhr, was aus ihrem Platz wird.
   *[other] Der Praktikumsplatz wurde entfernt; { $count } eingeteilte Personen erfuhren, was aus ihrem Platz wird.
}
coord-refuse-placement-held = Ein Platz hier ist gerade für jemanden von der Warteliste reserviert, daher lässt sich der Praktikumsplatz noch nicht entfernen. Versuchen Sie es erneut, wenn das Angebot angenommen oder abgelaufen ist.
problem-placement-placed = wählen Sie, was aus den hier eingeteilten Personen wird
coord-placement-edit-of = Praktikumsplatz von { $employer } ändern
coord-list-erased = { $count ->
    [one] Eine gelöschte Person ist nicht aufgeführt: Niemand kann sie erreichen oder buchen.
   *[other] { $count } gelöschte Personen sind nicht aufgeführt: Niemand kann sie erreichen oder buchen.
}
coord-person-erased = Diese Person wurde gelöscht: Übrig ist nur ein anonymer Eintrag ihrer Buchungen, ohne etwas, das sie nennt oder erreicht.
coord-message-already-sent = Diese Nachricht wurde bereits gesendet (die Schaltfläche wurde zweimal gedrückt oder die Seite erneut gesendet). Es ging nichts weiter hinaus.
problem-message-group-changed = die Gruppe hat sich geändert, seit Sie nachgesehen haben: Zeigen Sie erneut, wen sie erreicht, und senden Sie dann
coord-code-heading = Einlass per Code
coord-code-typed = Einlass-Code
coord-code-typed-hint = Von der Seite oder der Bestätigungs-E-Mail der Person, etwa 3F9A2-C07B1.
coord-code-photo = Oder den QR-Code fotografieren
coord-code-photo-hint = Auf einem Telefon öffnet sich die Kamera; der Code wird auf dem Server gelesen.
coord-code-button = Einlassen
coord-code-arrived = { $name } ist für { $session } eingelassen.
coord-code-already = { $name } war für { $session } schon eingelassen.
coord-code-unreadable = Das ist kein Einlass-Code: Er hat zehn Buchstaben und Ziffern, etwa 3F9A2-C07B1.
coord-code-unknown = Niemand auf der Liste dieser Veranstaltung hat diesen Code. Prüfen Sie ihn, oder suchen Sie die Person unten in der Liste.
coord-code-no-booking = { $name } hat bei dieser Veranstaltung keine Buchung zum Einlassen. Tragen Sie die Person unten in einen Programmpunkt oder die Standby-Liste ein.
coord-code-not-today = Der Einlass für { $name } öffnet am Tag selbst: { $session } ist am { $day }. Niemand wurde eingelassen.
coord-code-no-qr = Auf dem Foto ließ sich kein QR-Code lesen. Fotografieren Sie ihn näher und scharf, oder tippen Sie den Code ein.

## Texte in anderen Sprachen
coord-texts-link = Texte in anderen Sprachen
coord-texts-title = Texte von { $event } in anderen Sprachen
coord-texts-intro = Schreiben Sie die Texte der Veranstaltung in den Sprachen, die Teilnehmende lesen. Jede Person sieht den Text in ihrer Sprache; wo ein Text leer bleibt, sieht sie das Original. Zeiten, Orte und Namen sehen alle so, wie sie sind.
coord-texts-languages = Sprachen
coord-texts-event-title = Titel der Veranstaltung
coord-texts-event-description = Beschreibung der Veranstaltung
coord-texts-session-title = Titel des Programmpunkts
coord-texts-what-to-bring = Was mitzubringen ist
coord-texts-placement = Praxistag bei { $employer }
coord-texts-original = Original:
coord-texts-original-empty = Das Original ist leer: Ein Text hier wird nur Lesenden dieser Sprache gezeigt.
coord-texts-save = Texte auf { $language } speichern
coord-texts-saved = { $count ->
    [one] Gespeichert: Ein Text ist in dieser Sprache übersetzt.
   *[other] Gespeichert: { $count } Texte sind in dieser Sprache übersetzt.
}
coord-audit-event-texts-translated = hat Texte dieser Veranstaltung in einer anderen Sprache geändert
coord-refuse-erased = Diese Person wurde gelöscht: In ihrem Namen kann niemand gebucht werden.

## Webhooks
coord-nav-webhooks = Webhooks
coord-webhooks-title = Webhooks
coord-webhooks-intro = Andere Systeme (eine Fallverwaltung, ein CRM) können hier von Änderungen erfahren, sobald sie geschehen. Jede Änderung geht an jede Adresse, die sie haben wollte, signiert mit dem Geheimnis dieser Adresse, und wird etwa dreieinhalb Stunden lang erneut versucht, wenn das System sie nicht annimmt. Gesendet werden Kennungen, Zustände und Zeiten, nie ein Name, eine Adresse oder ein persönlicher Link.
coord-webhooks-caption = Die Adressen, die von Änderungen erfahren
coord-webhooks-none = Noch keine Adresse.
coord-webhook-url = Adresse (URL)
coord-webhook-url-hint = Wohin jede Änderung gesendet wird, z. B. https://crm.example.org/hooks/fairplan
coord-webhook-events = Änderungen, von denen sie erfährt
coord-webhook-add = Adresse hinzufügen
coord-webhook-add-button = Adresse hinzufügen
coord-webhook-active = aktiv
coord-webhook-paused = pausiert
coord-webhook-title = Eine Webhook-Adresse
coord-webhook-registered = Die Adresse ist hinzugefügt. Geben Sie das Geheimnis unten an das System dahinter, damit es prüfen kann, dass das Empfangene von hier kommt.
coord-webhook-secret = Signaturgeheimnis
coord-webhook-secret-hint = Der Header Fairplan-Signature jeder Zustellung lautet t=<Sekunden>,v1=<HMAC-SHA256 von "<Sekunden>.<Inhalt>" mit diesem Geheimnis, hexadezimal>. Halten Sie es geheim.
coord-webhook-pause = Pausieren
coord-webhook-resume = Wieder aufnehmen
coord-webhook-paused-notice = Pausiert: Für diese Adresse wird keine Änderung geschrieben, bis Sie sie wieder aufnehmen; Wartendes wird so lange nicht gesendet.
coord-webhook-resumed-notice = Wieder aufgenommen: Neue Änderungen werden für sie geschrieben, und Wartendes geht jetzt hinaus.
coord-webhook-log = Letzte Zustellungen
coord-webhook-log-caption = Die letzten 50 Zustellungen, die neuesten zuerst, in UTC
coord-webhook-log-empty = Noch nichts gesendet.
coord-webhook-event = Änderung
coord-webhook-attempts = Versuche
coord-webhook-answer = Letzte Antwort
coord-webhook-state-pending = wartet
coord-webhook-state-sent = angenommen
coord-webhook-state-failed = aufgegeben
coord-webhook-send-again = Erneut senden
coord-webhook-sent-again = Die Zustellung steht wieder an und geht in wenigen Sekunden hinaus.
coord-webhook-remove = Diese Adresse entfernen
coord-webhook-remove-warning = Sie erfährt von nichts mehr, und ihr Zustellprotokoll wird mit entfernt.
problem-webhook-url = geben Sie eine Adresse an, die mit https:// beginnt (oder http:// für ein System im eigenen Netz)
problem-webhook-events = wählen Sie mindestens eine Änderung
webhook-event-participant-registered = jemand auf die Liste einer Veranstaltung gesetzt
webhook-event-booking-created = eine Buchung gemacht
webhook-event-booking-changed = eine Buchung verschoben oder geändert
webhook-event-booking-cancelled = eine Buchung storniert
webhook-event-waitlist-offer = ein Platz von der Warteliste angeboten
webhook-event-check-in = jemand eingelassen
webhook-event-event-status-changed = eine Veranstaltung veröffentlicht, geschlossen, wieder geöffnet oder abgesagt
webhook-event-allocation-committed = eine Zuteilung übernommen
coord-audit-webhook-registered = hat eine Webhook-Adresse hinzugefügt
coord-audit-webhook-paused = hat eine Webhook-Adresse pausiert
coord-audit-webhook-resumed = hat eine Webhook-Adresse wieder aufgenommen
coord-audit-webhook-removed = hat eine Webhook-Adresse entfernt
coord-tab-sign-up = Anmeldung
coord-sign-up-title = Anmeldung: { $event }
coord-sign-up-intro = Öffnen Sie diese Veranstaltung für Anmeldungen, dann melden sich Menschen auf ihrer öffentlichen Seite selbst an. Jede und jeder bestätigt zuerst die E-Mail-Adresse; unbestätigte Anmeldungen werden nach 48 Stunden gelöscht.
coord-sign-up-address = Die öffentliche Seite der Veranstaltung:
coord-sign-up-settings = Wer sich anmelden darf
coord-sign-up-who = Anmeldung
coord-sign-up-participants = Arbeitsuchende dürfen sich anmelden
coord-sign-up-phone = Arbeitsuchende ohne E-Mail-Adresse dürfen eine Telefonnummer angeben (Sie rufen an und nehmen sie an)
coord-sign-up-approval = Ich nehme jede arbeitsuchende Person selbst an (sonst steht sie nach der Bestätigung gleich auf der Liste)
coord-sign-up-employers = Arbeitgeber dürfen sich anmelden (Sie nehmen jeden an)
coord-sign-up-sessions = Programmpunkte auf der öffentlichen Seite
coord-sign-up-sessions-all = Alle Programmpunkte
coord-sign-up-sessions-chosen = Nur die unten angekreuzten
coord-sign-up-save = Speichern
coord-sign-up-saved = Gespeichert.
coord-sign-up-questions = Eigene Fragen
coord-sign-up-questions-intro = Stellen Sie Arbeitsuchenden bis zu { $most } eigene Fragen. Die Antworten stehen in der Teilnehmendenliste, im CSV-Export und in der API und werden mit der Person gelöscht.
coord-sign-up-no-questions = Noch keine eigenen Fragen.
coord-question-kind = Beantwortet mit
coord-question-kind-text = Text
coord-question-kind-choice = Auswahl
coord-question-kind-yes_no = Ja oder Nein
coord-question-required = Pflicht
coord-question-required-label = Eine Antwort ist Pflicht
coord-question-remove = „{ $question }“ entfernen
coord-question-add = Frage hinzufügen
coord-question-label = Frage
coord-question-choices = Antworten zur Auswahl
coord-question-choices-hint = Eine pro Zeile, 2 bis 12 (nur bei einer Auswahlfrage).
coord-sign-up-question-added = Die Frage steht im Formular.
coord-sign-up-question-removed = Die Frage und ihre Antworten sind entfernt.
coord-sign-up-questions-full = Das Formular hat so viele Fragen, wie es fassen kann; entfernen Sie zuerst eine.
coord-sign-up-waiting = { $count ->
    [one] Eine Anmeldung wartet auf Ihre Antwort
   *[other] { $count } Anmeldungen warten auf Ihre Antwort
}
coord-sign-up-none-waiting = Niemand wartet.
coord-sign-up-kind-participant = arbeitsuchend
coord-sign-up-kind-employer = Arbeitgeber
coord-sign-up-since = Wartet seit { $when }.
coord-sign-up-phone-only = Nur eine Telefonnummer: Rufen Sie an, bevor Sie annehmen.
coord-sign-up-accept = { $name } annehmen
coord-sign-up-decline = { $name } ablehnen
coord-sign-up-accepted = Angenommen: Der Link ging per E-Mail hinaus.
coord-sign-up-declined = Abgelehnt: Eine E-Mail ging hinaus, und die Anmeldung ist gelöscht.
problem-question-kind = wählen Sie, wie die Frage beantwortet wird
problem-question-choices = geben Sie 2 bis { $most } verschiedene Antworten an, eine pro Zeile
coord-audit-event-sign-up-changed = hat geändert, wer sich für diese Veranstaltung anmelden darf
coord-audit-event-question-added = hat dem Anmeldeformular dieser Veranstaltung eine Frage hinzugefügt
coord-audit-event-question-removed = hat eine Frage aus dem Anmeldeformular dieser Veranstaltung entfernt
coord-audit-sign-up-declined = hat eine Anmeldung abgelehnt
coord-audit-employer-signed-up = hat einen angemeldeten Arbeitgeber zu dieser Veranstaltung genommen
coord-audit-participant-signed-up = hat eine angemeldete Person auf die Liste gesetzt
coord-col-answers = Antworten auf Ihre Fragen
coord-participants-csv = Liste herunterladen (CSV, mit den Antworten)
coord-participants-sign-up = Diese Veranstaltung für Anmeldungen öffnen
coord-person-needs-told = Bedarf
coord-line-sign-up-organisation = Organisation
coord-line-sign-up-email = E-Mail-Adresse
coord-line-sign-up-offer = Was sie anbieten
coord-line-sign-up-phone = Telefonnummer
coord-line-sign-up-language = Sprache der E-Mails und Seiten
coord-line-sign-up-occupations = Berufsfelder
coord-line-sign-up-languages = Sprachen und Niveaus
coord-line-sign-up-needs = Bedarf
coord-employer-offer = Bietet an (bei der Anmeldung geschrieben):
coord-sign-up-decline-mail = Sie bekommen eine E-Mail in ihrer Sprache, dass es dieses Mal keinen Platz gibt, und die Anmeldung wird gelöscht. Das lässt sich nicht rückgängig machen.
coord-sign-up-decline-phone = Die Anmeldung wird gelöscht; nichts wird gesendet (sagen Sie es beim Anruf). Das lässt sich nicht rückgängig machen.
coord-sign-up-decline-now = Jetzt ablehnen
coord-texts-question = Frage
coord-texts-questions = Eigene Fragen der Anmeldung
coord-webhook-unreachable = Diese Adresse liegt in einem privaten Netz (oder ist dieser Server selbst), und diese Installation liefert nur an öffentliche Adressen: Dort kommt nichts an. Bitten Sie die Administration, FAIRPLAN_WEBHOOK_PRIVATE_NETWORKS=1 zu setzen, wenn das empfangende System in Ihrem eigenen Netz steht, oder tragen Sie seine öffentliche Adresse ein.
coord-question-remove-warning = Die Frage verschwindet aus dem Formular, und alle Antworten darauf werden gelöscht. Das lässt sich nicht rückgängig machen.
coord-question-remove-now = Frage und Antworten entfernen
