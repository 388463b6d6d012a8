# Seiten für Teilnehmende und die Texte, die ihre E-Mails mit ihnen teilen.

mail-hello = Hallo { $name },
page-hello = Hallo { $name },
page-personal = Diese Seite ist persönlich. Bitte leiten Sie den Link nicht weiter.
label-what = Was
label-with = Mit
label-when = Wann
label-where = Wo
label-bring = Bitte mitbringen
label-own-time = bei Ihnen ist das { $time }

notice-booked = Ihr Platz ist gebucht. Eine Bestätigung mit Kalendereinladung ist unterwegs zu Ihnen.
notice-moved = Ihre Buchung hat eine neue Zeit. Die Kalendereinladung in Ihrer E-Mail aktualisiert Ihren Kalender.
notice-cancelled = Ihre Buchung ist storniert. Die E-Mail, die wir Ihnen geschickt haben, entfernt sie aus Ihrem Kalender.
notice-waitlisted = Sie stehen auf der Warteliste. Sobald ein Platz frei wird, halten wir ihn für Sie frei und schreiben Ihnen sofort.
notice-left = Sie stehen nicht mehr auf der Warteliste.
notice-ranked = Ihre Wünsche sind gespeichert. Sie können sie ändern, bis die Wahl schließt; welchen Platz Sie bekommen, erfahren Sie per E-Mail.
notice-wished = Ihre Wünsche sind gespeichert. Wir planen die Tische so, dass Sie die angekreuzten Arbeitgeber treffen, soweit Plätze frei sind; Sie können das bis zum Beginn ändern.
notice-language = Diese Seite und unsere E-Mails an Sie sind jetzt auf Deutsch.
language-unknown = Diese Sprache gibt es noch nicht. Bitte wählen Sie eine aus der Liste.

schedule-heading = Mein Zeitplan
schedule-empty = Sie haben noch nichts gebucht. Wählen Sie unten eine Zeit.
schedule-add-to-calendar = In meinen Kalender (.ics)
schedule-change-time = Zeit ändern
schedule-cancel = Stornieren
schedule-checked-in = Ihre Ankunft ist erfasst
schedule-feed-intro = Eine Kalenderadresse, die Ihre Kalender-App abonnieren kann, zeigt immer Ihre aktuellen Buchungen.
schedule-feed-button = Meine Kalenderadresse anzeigen

session-your-booking = Ihre Buchung:
session-cancel-booking = Diese Buchung stornieren
session-full = Dieser Programmpunkt ist ausgebucht.
session-no-places = Keine freien Plätze mehr.
option-free = { $count ->
    [one] 1 frei
   *[other] { $count } frei
}
option-book = Buchen
option-move = Hierher verschieben
fit-other-field = Interviewer aus einem anderen Berufsfeld
fit-no-language = keine gemeinsame Sprache auf dem nötigen Niveau

rank-saved = { $count ->
    [one] Sie haben 1 Möglichkeit gewählt.
   *[other] Sie haben { $count } Möglichkeiten gewählt.
}
rank-nothing-yet = Es gibt noch nichts zu wählen.
rank-help = { $count ->
    [one] Nummerieren Sie mindestens 1 Möglichkeit: 1 ist Ihr größter Wunsch. Sie können Ihre Wahl ändern, bis die Wahl schließt.
   *[other] Nummerieren Sie mindestens { $count } Möglichkeiten in der Reihenfolge, die Sie bevorzugen: 1 ist Ihr größter Wunsch. Sie können Ihre Wahl ändern, bis die Wahl schließt.
}
rank-not-chosen = nicht gewählt
rank-choice = Wunsch { $position }
rank-save = Meine Wünsche speichern
rank-closed-direct = Dieser Programmpunkt wird direkt gebucht.
rank-closed-event = Die Wahl für diese Veranstaltung ist geschlossen.
rank-closed-not-yet = Die Wahl beginnt später.
rank-closed-done = Die Wahl ist geschlossen; die Plätze werden nach den abgegebenen Wünschen vergeben.
rank-error-gone = Eine der Möglichkeiten wird nicht mehr angeboten; laden Sie die Seite neu und wählen Sie noch einmal.
rank-error-twice = Wunsch { $position } ist doppelt vergeben; geben Sie jedem Wunsch eine eigene Nummer.
rank-error-option-twice = Eine Möglichkeit hat zwei Nummern.
rank-error-range = Verwenden Sie die Zahlen 1 bis { $options } für Ihre Wünsche.
rank-error-too-few = Wählen Sie mindestens { $needed }: nummerieren Sie sie 1, 2, 3 in der Reihenfolge, die Sie bevorzugen.

offer-held = Ein Platz ist für Sie reserviert:
offer-deadline = Er gehört Ihnen, wenn Sie ihn vor { $deadline } annehmen.
offer-take = Platz annehmen
offer-decline = Nein danke, an die nächste Person geben
waiting-on-list = Sie stehen auf der Warteliste
waiting-position = (Platz { $position } in der Reihe)
waiting-how = Sobald ein Platz frei wird, halten wir ihn für Sie frei und schreiben Ihnen sofort.
waiting-join = Auf die Warteliste
waiting-leave = Warteliste verlassen

wishes-heading = Wen möchten Sie am liebsten treffen?
wishes-asked = Sie möchten treffen:
wishes-legend = Arbeitgeber, die ich treffen möchte
wishes-help = Kreuzen Sie die Arbeitgeber an, mit denen Sie am liebsten sprechen möchten. Sie treffen so viele Arbeitgeber, wie es Runden gibt; wir setzen Sie zuerst an die angekreuzten Tische, soweit Plätze frei sind. Sie können das bis zum Beginn ändern.
wishes-save = Meine Wünsche speichern
wishes-closed-format = Nur beim Speed-Networking können Sie wählen, wen Sie treffen.
wishes-closed-event = Wünsche für diese Veranstaltung sind geschlossen.
wishes-closed-book-first = Buchen Sie zuerst einen Platz in diesem Programmpunkt; dann können Sie wählen, wen Sie treffen.
wishes-closed-started = Der Programmpunkt hat begonnen; die Tische sind schon geplant.
wishes-error-unknown-table = Einer der angekreuzten Tische gehört nicht zu diesem Programmpunkt. Bitte wählen Sie noch einmal.

refuse-event-closed = Die Buchung für diese Veranstaltung ist geschlossen.
refuse-ranked-session = Die Plätze in diesem Programmpunkt werden nach Ihren Wünschen vergeben.
refuse-not-open = Die Buchung hat noch nicht begonnen.
refuse-closed = Die Buchung ist geschlossen.
refuse-started = Dieser Termin hat schon begonnen oder ist vorbei: Er kann nicht mehr gebucht werden.
refuse-own-started = Ihr Termin hat schon begonnen: Er kann hier nicht mehr verschoben oder abgesagt werden. Bitte sprechen Sie das Team vor Ort an.
refuse-not-suited = Dieses Gespräch passt nicht zu Ihren Sprachen oder Ihrem Beruf, so wie die Veranstalter es eingerichtet haben. Bitte wählen Sie eine der Zeiten auf Ihrer Seite.
refuse-already-booked = Sie haben in diesem Programmpunkt schon eine Buchung. Ändern oder stornieren Sie sie stattdessen.
refuse-places-free = In diesem Programmpunkt sind noch Plätze frei: bitte buchen Sie einen davon.
refuse-offer-gone = Dieses Angebot gilt nicht mehr: die Frist ist abgelaufen und der Platz ging an die nächste Person.
refuse-same-session = Wählen Sie eine andere Zeit im selben Programmpunkt.
refuse-full = Diese Zeit ist ausgebucht. Bitte wählen Sie eine andere.
refuse-inactive = Diese Buchung gilt nicht mehr.
refuse-survey-not-participant = Die Umfrage ist für die Menschen, die an der Veranstaltung teilgenommen haben.

feedback-heading = Rückmeldung zu Ihrem Probe-Vorstellungsgespräch
feedback-by = von { $name }
feedback-rating = { $rating } von 4: { $meaning }
feedback-preparation = Vorbereitung
feedback-presentation = Selbstpräsentation
feedback-professional-depth = Fachliche Tiefe
feedback-communication = Sprache und Kommunikation
feedback-scale-1 = braucht noch viel Übung
feedback-scale-2 = braucht noch etwas Übung
feedback-scale-3 = gut
feedback-scale-4 = sehr gut
feedback-strengths = Was gut war
feedback-next-steps = Nächste Schritte

data-heading = Ihre Daten
data-download = Alles herunterladen, was wir über Sie speichern (JSON)
data-erase = Meine Daten löschen

cancel-title = Diese Buchung stornieren?
cancel-text = Ihr Platz wird an jemand anderen vergeben. Sie können danach eine andere Zeit buchen, wenn Plätze frei sind.
cancel-confirm = Ja, meine Buchung stornieren
cancel-keep = Nein, Buchung behalten

erase-title = Meine Daten löschen?
erase-text = Damit löschen wir alles, was wir über Sie speichern: Ihren Namen, Ihre E-Mail-Adresse, Sprachen, Beruf, die Angaben, die Sie uns anvertraut haben, die Rückmeldungen an Sie, Ihre Antworten und die E-Mails, die wir Ihnen geschrieben haben. Buchungen, die noch nicht stattgefunden haben, werden storniert und die Plätze an andere vergeben. Es bleiben nur anonyme Zahlen.
erase-warning = Das kann nicht rückgängig gemacht werden.
erase-backups = Sicherungskopien von vor heute enthalten Ihre Daten noch, bis sie der Reihe nach gelöscht werden: Das Programm behält seine letzten { $days } nächtlichen Sicherungen, also etwa { $days } Tage.
erase-download-first = Sie können vorher eine Kopie Ihrer Daten herunterladen (JSON).
erase-confirm = Ja, meine Daten löschen
erase-back = Nein, zurück zu meiner Seite
erase-done-title = Ihre Daten sind gelöscht
erase-done-text = Ihr Name, Ihre E-Mail-Adresse, Sprachen, Beruf, die Angaben, die Sie uns anvertraut haben, Rückmeldungen und Antworten sowie die E-Mails an Sie sind gelöscht. Buchungen, die noch nicht stattgefunden hatten, sind storniert und die Plätze an andere vergeben. Es bleiben nur anonyme Zahlen (zum Beispiel, dass ein Platz gebucht war).
erase-done-link = Ihr persönlicher Link funktioniert nicht mehr. Sie können gern wieder teilnehmen: bitten Sie das Programm, Sie neu aufzunehmen.

new-link-title = Neuen Link anfordern
new-link-sent = Wenn wir diese Adresse kennen, ist ein neuer persönlicher Link dorthin unterwegs. Bitte sehen Sie auch im Spam-Ordner nach.
new-link-intro = Geben Sie die E-Mail-Adresse ein, an die Ihre Einladung ging. Wir schicken Ihnen für jede Veranstaltung, zu der Sie eingeladen sind, einen neuen persönlichen Link.
new-link-email-label = E-Mail-Adresse
new-link-email-invalid = Geben Sie eine E-Mail-Adresse wie name@example.org ein.
new-link-send = Neuen Link schicken

feed-title = Ihr Kalender-Abonnement
feed-intro = Fügen Sie diese Adresse in Ihrer Kalender-App als Abonnement hinzu („Kalender per URL hinzufügen“ oder „Kalender abonnieren“). Sie zeigt alle Ihre aktuellen Buchungen und aktualisiert sich selbst.
feed-address-label = Kalenderadresse
feed-open = In meiner Kalender-App öffnen
feed-note = Wer diese Adresse kennt, sieht Ihre Buchungen, kann sie aber nicht ändern. Wenn Sie sie versehentlich weitergegeben haben, erstellen Sie eine neue: die alte Adresse funktioniert dann nicht mehr.
feed-back = Zurück zu meinen Buchungen

survey-title = Wie war { $event }?
survey-thanks = Vielen Dank, { $name }. Ihre Antwort hilft uns, die nächste Veranstaltung besser zu machen.
survey-answer-heading = Ihre Antwort
survey-useful-short = War es nützlich?
survey-plans-short = Wie geht es weiter?
survey-comment-short = Sonstiges
survey-intro = Hallo { $name }, drei kurze Fragen. Nur die Koordination des Programms liest Ihre Antwort.
survey-useful-question = War die Veranstaltung für Sie nützlich?
survey-plans-question = Was machen Sie als Nächstes? (alles Passende ankreuzen)
survey-comment-question = Möchten Sie uns noch etwas sagen? (freiwillig)
survey-send = Antwort senden
survey-useful-very = Sehr nützlich
survey-useful-somewhat = Etwas nützlich
survey-useful-not = Nicht nützlich
survey-plan-apply = Mich auf Stellen bewerben
survey-plan-language = Meine Sprachkenntnisse verbessern
survey-plan-training = Ausbildung oder Weiterbildung
survey-plan-recognition = Meinen Abschluss anerkennen lassen
survey-plan-internship = Ein Praktikum suchen
survey-error-useful = Wählen Sie, wie nützlich die Veranstaltung für Sie war.
survey-error-plans = Wählen Sie aus der Liste.
survey-error-comment = Ihr Kommentar darf höchstens 2000 Zeichen haben.

home-title = Willkommen
home-intro = Hier plant { $programme } seine Jobmessen, Tage mit Probeinterviews und Speed-Networking.
home-job-seekers = Arbeitsuchende
home-job-seekers-text = Öffnen Sie den persönlichen Link aus Ihrer Einladungs-E-Mail, um zu buchen, zu ändern oder abzusagen. Ein Konto brauchen Sie nicht.
home-employers = Arbeitgeber und Ehrenamtliche
home-employers-text = Öffnen Sie den persönlichen Link aus Ihrer Einladungs-E-Mail, um Ihre Ehrenamtlichen anzumelden und Ihren Zeitplan zu sehen.
home-coordinators = Koordination
home-coordinators-link = Anmelden, um Veranstaltungen, Platzvergabe und Einchecken zu steuern.

# Was als Nächstes zu tun ist, oben auf der Seite; die Zeiten jedes Programmpunkts eingeklappt.
next-heading = Als Nächstes
next-offer = Für Sie ist ein Platz in { $session } reserviert: Nehmen Sie ihn vor { $detail } an.
next-rank = Ordnen Sie Ihre Wünsche in { $session }, den liebsten zuerst.
next-appointment = Ihr nächster Termin: { $session }, { $detail }.
next-choose = Wählen Sie eine Zeit in { $session }.
next-nothing = Im Moment ist nichts zu tun. Wir schreiben Ihnen, wenn sich etwas ändert.
options-rank = Wünsche ordnen
options-times = { $count ->
    [one] Die 1 Zeit mit freiem Platz zeigen
   *[other] Die { $count } Zeiten mit freien Plätzen zeigen
}
options-other-times = { $count ->
    [one] Eine andere Zeit (1 frei)
   *[other] Andere Zeiten ({ $count } frei)
}
rank-closed-allocated = Die Plätze wurden nach den Wünschen aller vergeben; die Rangfolge ist geschlossen.
allocation-none-heading = Diesmal haben Sie keinen Platz bekommen.
label-contact = Fragen Sie nach
label-instructions = Bei Ankunft
event-cancelled-banner = Diese Veranstaltung wurde abgesagt. Ihre Buchungen dafür sind ebenfalls abgesagt; das tut uns leid.
home-lost-link = Link verloren, oder funktioniert er nicht mehr? Holen Sie sich per E-Mail einen neuen
new-link-lost-heading = Dieser Link funktioniert nicht
new-link-lost-unknown = Diesen Link kennen wir nicht. Vielleicht wurde nur ein Teil aus der E-Mail kopiert. Geben Sie unten Ihre Adresse ein, dann schicken wir Ihnen einen neuen.
new-link-lost-expired = Dieser Link gilt nicht mehr: Er ist abgelaufen, oder die Organisatoren haben ihn ersetzt. Geben Sie unten Ihre Adresse ein, dann schicken wir Ihnen einen neuen.
privacy-title = Wie wir mit Ihren Daten umgehen
privacy-intro = { $programme } führt seine Veranstaltungen mit Fairplan durch. Diese Seite sagt, was über Sie gespeichert wird, wer es sieht, wie lange, und was Sie tun können.
privacy-what-heading = Was gespeichert wird
privacy-what = Ihr Name, Ihre E-Mail-Adresse oder Telefonnummer, die Sprache, die Sie am besten lesen, Ihre Berufsfelder und Sprachen, Bedarfe, die Sie uns nennen, und Ihre Buchungen, Wünsche und Anwesenheit. Angaben wie Aufenthaltsstatus oder Arbeitserlaubnis werden nur gespeichert, wenn Sie sie den Organisatoren geben.
privacy-who-heading = Wer es sieht
privacy-who = Die Koordinatorinnen und Koordinatoren des Programms. Arbeitgeber und ihre Ehrenamtlichen sehen nur, was sie für das Treffen brauchen: Ihren Namen und die Zeit. Aufenthaltsstatus, Arbeitserlaubnis und Notizen der Organisatoren sehen sie nie, und keine E-Mail und kein Kalendereintrag enthält sie.
privacy-how-long-heading = Wie lange
privacy-how-long = { $days } Tage nach Ihrer letzten Veranstaltung werden Ihre sensiblen Angaben gelöscht und, wenn Sie nicht zugestimmt haben, für spätere Veranstaltungen gespeichert zu bleiben, alle Ihre Daten. Nur anonyme Zahlen bleiben.
privacy-backups = Sicherungskopien: Das Programm behält seine letzten { $days } Sicherungen. Wer gelöscht wurde, steht noch in den vorher gemachten Sicherungen, bis diese der Reihe nach gelöscht werden: bei einer Sicherung pro Nacht, wie ein installiertes Fairplan sie macht, also noch etwa { $days } Tage.
privacy-rights-heading = Was Sie tun können
privacy-rights = Auf Ihrer persönlichen Seite können Sie jederzeit alles herunterladen, was über Sie gespeichert ist, und es löschen.
check-in-code-heading = Ihr Einlass-Code
check-in-code-intro = Zeigen Sie ihn am Eingang: Er lässt Sie zu Ihrer nächsten Buchung ein.
check-in-code-qr = QR-Code Ihres Einlass-Codes { $code }
sign-up-page-languages = Sprachen dieser Seite
sign-up-when = Wann
sign-up-where = Wo
sign-up-sessions = Was stattfindet
sign-up-places-free = { $free } von { $capacity } Plätzen frei
sign-up-places-full = Ausgebucht: Melden Sie sich trotzdem an und kommen Sie auf die Warteliste.
sign-up-bring = Mitbringen: { $what }
sign-up-heading = Anmelden
sign-up-intro = Melden Sie sich hier an. Wir schicken Ihnen eine E-Mail, mit der Sie Ihre Adresse bestätigen. Danach bekommen Sie Ihren persönlichen Link, um Ihre Plätze zu wählen.
sign-up-approval = Die Veranstalter sehen sich jede Anmeldung an und antworten Ihnen per E-Mail.
sign-up-name = Ihr Name
sign-up-email = E-Mail-Adresse
sign-up-email-hint = An diese Adresse schicken wir einen Link zur Bestätigung.
sign-up-phone = Telefonnummer
sign-up-phone-hint = Nur wenn Sie keine E-Mail-Adresse haben: Die Veranstalter rufen Sie an.
sign-up-language = Sprache Ihrer E-Mails und Seiten
sign-up-occupations = Ihre Berufsfelder
sign-up-occupations-hint = Kreuzen Sie die Felder an, in denen Sie gearbeitet oder gelernt haben.
sign-up-languages = Sprachen, die Sie sprechen
sign-up-spoken = Sprache { $n }
sign-up-spoken-none = (keine)
sign-up-level = Niveau von Sprache { $n }
sign-up-level-A1 = A1: Anfänger
sign-up-level-A2 = A2: Grundkenntnisse
sign-up-level-B1 = B1: Mittelstufe
sign-up-level-B2 = B2: gute Mittelstufe
sign-up-level-C1 = C1: fortgeschritten
sign-up-level-C2 = C2: fließend oder Muttersprache
sign-up-needs = Was Sie zur Teilnahme brauchen
sign-up-needs-hint = Zum Beispiel eine Dolmetscherin (welche Sprache), einen stufenlosen Zugang, Kinderbetreuung. Leer lassen, wenn Sie nichts brauchen.
sign-up-required = Pflichtfeld
sign-up-optional = freiwillig
sign-up-yes = Ja
sign-up-no = Nein
sign-up-keep = Meine Angaben nach dieser Veranstaltung behalten, damit die Veranstalter mich zu späteren Veranstaltungen einladen können.
sign-up-trap = Dieses Feld leer lassen
sign-up-privacy = Was wir über Sie speichern und wie lange:
sign-up-privacy-link = Datenschutzhinweis
sign-up-send = Anmelden
sign-up-employer-heading = Für Arbeitgeber
sign-up-employer-intro = Möchte Ihre Organisation mitmachen? Schreiben Sie uns, was Sie anbieten. Nachdem Sie Ihre Adresse bestätigt haben, antworten Ihnen die Veranstalter, und Sie bekommen einen Link, um Ihre Ehrenamtlichen einzutragen.
sign-up-organisation = Organisation
sign-up-contact-name = Ihr Name
sign-up-contact-email = Ihre E-Mail-Adresse
sign-up-contact-language = Sprache Ihrer E-Mails
sign-up-offer = Was Sie anbieten
sign-up-offer-hint = Zum Beispiel Probe-Vorstellungsgespräche, einen Tisch beim Speed-Networking, Schnuppertage, offene Stellen.
sign-up-employer-send = Als Arbeitgeber anmelden
sign-up-closed = Die Anmeldung für diese Veranstaltung ist geschlossen.
sign-up-thanks-heading = Vielen Dank
sign-up-thanks-mail = Bitte sehen Sie in Ihre E-Mails: Wir haben Ihnen einen Link geschickt, mit dem Sie Ihre Anmeldung bestätigen. Er gilt 48 Stunden.
sign-up-thanks-phone = Die Veranstalter rufen Sie an.
sign-up-thanks-employer = Bitte sehen Sie in Ihre E-Mails: Wir haben Ihnen einen Link geschickt, mit dem Sie Ihre Adresse bestätigen. Danach antworten Ihnen die Veranstalter.
sign-up-thanks-no-mail = Keine E-Mail? Sehen Sie im Spam-Ordner nach. Wenn Sie sich schon angemeldet haben, kommt eine Weile keine zweite E-Mail.
sign-up-back = Zurück zu { $event }
sign-up-confirm-heading = Anmeldung bestätigen
sign-up-confirm-for = Sie melden sich für { $event } an mit:
sign-up-confirm-not-you-page = Wenn Sie sich nicht angemeldet haben, schließen Sie diese Seite: Es passiert nichts.
sign-up-confirmed-heading = Ihre Adresse ist bestätigt
sign-up-confirmed-awaiting = Vielen Dank. Die Veranstalter sehen sich Ihre Anmeldung an und antworten Ihnen per E-Mail.
sign-up-confirmed-on-list = Vielen Dank: Sie stehen auf der Liste. Die Veranstalter melden sich bei Ihnen.
sign-up-link-title = Bestätigungslink
sign-up-link-expired = Dieser Link funktioniert nicht mehr: Er wurde schon benutzt, oder 48 Stunden sind vorbei. Wenn Sie schon bestätigt haben, steht Ihr persönlicher Link in Ihren E-Mails.
sign-up-link-home = Einen neuen persönlichen Link anfordern
sign-up-online = Online: Wer auf der Liste steht, bekommt den Videolink
sign-up-keep-confirm = Sie möchten, dass wir Ihre Angaben nach dieser Veranstaltung behalten, um Sie zu späteren Veranstaltungen einzuladen.
sign-up-to-employers = Sie melden eine Organisation an? Zum Formular für Arbeitgeber.
sign-up-level-none = (Niveau wählen)
notice-signed-up = Sie stehen auf der Liste. Den Link zu dieser Seite haben wir Ihnen auch per E-Mail geschickt: Bewahren Sie ihn auf, er ist nur für Sie.
