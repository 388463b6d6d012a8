# Seitenrahmen, Datumsangaben, Formularfehler und Fehlerseiten: für alle Seiten.

layout-skip = Zum Inhalt springen
layout-language = Sprache
layout-language-change = Wechseln
layout-footer = Fairplan · offene Software für Veranstaltungen von Programmen zur beruflichen Integration

form-problems = { $count ->
    [one] Bitte korrigieren Sie 1 Angabe
   *[other] Bitte korrigieren Sie { $count } Angaben
}

weekday-1 = Mo.
weekday-2 = Di.
weekday-3 = Mi.
weekday-4 = Do.
weekday-5 = Fr.
weekday-6 = Sa.
weekday-7 = So.
month-1 = Januar
month-2 = Februar
month-3 = März
month-4 = April
month-5 = Mai
month-6 = Juni
month-7 = Juli
month-8 = August
month-9 = September
month-10 = Oktober
month-11 = November
month-12 = Dezember
date-long = { $weekday }, { $day }. { $month } { $year }
date-time = { $date }, { $time }
time-with-zone = { $time } ({ $zone })
time-span-with-zone = { $start } – { $end } ({ $zone })

error-not-found-heading = Seite nicht gefunden
error-not-found = Diese Seite gibt es nicht. Wenn Sie einem Link aus einer E-Mail gefolgt sind, prüfen Sie bitte, ob der ganze Link kopiert wurde.
error-forbidden-heading = Nicht erlaubt
error-forbidden = Sie dürfen diese Seite nicht sehen.
error-unauthorized-heading = Anmeldung nötig
error-unauthorized = Senden Sie ein gültiges API-Token im Header `Authorization: Bearer fpk_...`. Koordinatorinnen und Koordinatoren erstellen Tokens auf ihrer Seite „API-Tokens“; ein widerrufenes oder abgelaufenes Token funktioniert nicht mehr.
error-link-expired-heading = Dieser Link ist abgelaufen
error-link-expired = Dieser Link gilt nicht mehr. Sie können per E-Mail einen neuen bekommen oder die Veranstalter fragen.
error-too-many-heading = Bitte warten Sie einen Moment
error-too-many = Von Ihrer Verbindung wurden zu viele ungültige Links geöffnet. Bitte warten Sie zehn Minuten und versuchen Sie es dann noch einmal, oder fordern Sie per E-Mail einen neuen Link an.
error-form-expired = Dieses Formular ist abgelaufen. Bitte gehen Sie zurück, laden Sie die Seite neu und versuchen Sie es noch einmal.
error-internal-heading = Etwas ist schiefgegangen
error-internal = Bei uns ist etwas schiefgegangen. Es wurde nichts geändert; bitte versuchen Sie es in einer Minute noch einmal.
error-validation-heading = Bitte prüfen Sie Ihre Angaben
error-conflict-heading = Das hat nicht geklappt
error-get-new-link = Neuen Link per E-Mail anfordern
error-back-to-start = Zur Startseite
error-form-malformed = das Formular war unvollständig oder fehlerhaft ({ $problem })
problem-text-control = entfernen Sie Zeilenumbrüche und andere Steuerzeichen aus diesem Feld
problem-text-too-long = kürzen Sie dies auf höchstens { $max } Zeichen
problem-text-empty = füllen Sie dieses Feld aus
problem-occupations-too-many = nennen Sie höchstens { $max } Berufsfelder
error-busy-heading = Zu viele Änderungen gleichzeitig
error-busy = Jemand hat im selben Moment dasselbe geändert. Bitte versuchen Sie es noch einmal.
layout-privacy = Wie wir mit Ihren Daten umgehen
problem-sign-up-email = geben Sie Ihre E-Mail-Adresse an
problem-sign-up-level = wählen Sie für jede Sprache ein Niveau
problem-answer-required = beantworten Sie diese Frage
problem-answer-choice = wählen Sie eine der Antworten
problem-sign-up-language = wählen Sie jede Sprache aus der Liste
problem-email-missing = geben Sie eine E-Mail-Adresse ein
problem-email-invalid = „{ $email }“ ist keine E-Mail-Adresse wie name@example.org
problem-level-invalid = „{ $level }“ ist kein Sprachniveau (A1, A2, B1, B2, C1 oder C2)
problem-language-item = schreiben Sie „{ $item }“ als Sprachkürzel mit Niveau, etwa „de B1“
problem-language-code = „{ $language }“ ist kein Sprachkürzel wie de oder ar
problem-person-name = geben Sie einen Namen mit bis zu 200 Zeichen ein
problem-person-contact = geben Sie eine E-Mail-Adresse an oder, für Personen ohne, eine Telefonnummer
problem-phone-invalid = „{ $phone }“ ist keine Telefonnummer wie +49 30 1234567
problem-person-locale = „{ $language }“ ist kein Sprachkürzel wie ar oder uk
problem-person-needs = halten Sie die Bedürfnisse unter 1000 Zeichen
problem-choose-language = wählen Sie eines von { $options }
problem-employer-name = geben Sie den Namen des Arbeitgebers ein (bis zu 200 Zeichen)
problem-contact-name = geben Sie den Namen der Ansprechperson ein
problem-occupation-unknown = „{ $value }“ steht nicht auf der Liste der Berufsfelder: nennen Sie den Code (wie 22) oder den Namen, wie die Liste ihn schreibt
