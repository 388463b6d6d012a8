# Warum jemand weniger bekam als gewünscht (auf der Seite der Platzvergabe; an die Teilnehmenden
# gerichtet, damit man sie so weitergeben kann).

alloc-no-free-places = In dieser Sitzung gab es keine freien Plätze.
alloc-none-open = Kein Platz in dieser Sitzung stand Ihnen offen: { $barrier }.
alloc-places-taken = { $count ->
    [one] Der eine Platz, der Ihnen offenstand, { $cause }.
   *[other] Alle { $count } Plätze, die Ihnen offenstanden, { $cause }.
}
alloc-first-choice-closed = Ihre erste Wahl ({ $option }) steht Ihnen nicht offen: { $barrier }.
alloc-first-choice-taken = Ihre erste Wahl ({ $option }) { $cause }.
alloc-first-choice-full = Ihre erste Wahl ({ $option }) hatte keinen freien Platz mehr: Alle Plätze waren schon vorher vergeben.

alloc-cause-ranked = { $count ->
    [one] ging an jemand anderen: hätten Sie ihn bekommen, hätte jemand eine Wahl bekommen, die er oder sie niedriger eingestuft hat
   *[other] gingen an andere: hätten Sie einen davon bekommen, hätte jemand eine Wahl bekommen, die er oder sie niedriger eingestuft hat
}
alloc-cause-priority = { $count ->
    [one] ging an jemand anderen: hätten Sie ihn bekommen, wäre eine Person mit Vorrang (sie ging bei einer früheren Veranstaltung leer aus) ohne Platz geblieben
   *[other] gingen an andere: hätten Sie einen davon bekommen, wäre eine Person mit Vorrang (sie ging bei einer früheren Veranstaltung leer aus) ohne Platz geblieben
}
alloc-cause-lottery = { $count ->
    [one] ging an jemanden mit gleich gutem Anspruch (gleicher Vorrang, gleiche Wahl, gleiches Berufsfeld); das Los hat entschieden (Startwert { $seed })
   *[other] gingen an Personen mit gleich gutem Anspruch (gleicher Vorrang, gleiche Wahl, gleiches Berufsfeld); das Los hat entschieden (Startwert { $seed })
}
alloc-cause-field = { $count ->
    [one] ging an jemand anderen: hätten Sie ihn bekommen, hätte jemand einen Platz außerhalb des eigenen Berufsfelds bekommen
   *[other] gingen an andere: hätten Sie einen davon bekommen, hätte jemand einen Platz außerhalb des eigenen Berufsfelds bekommen
}
alloc-cause-plan = { $count ->
    [one] ging nach den Regeln der Sitzung an jemand anderen: zuerst ein Platz für alle, dann Vorrang, höher gewählte Wünsche, das Berufsfeld und das Los (Startwert { $seed }); bei so vielen Personen ohne Platz wurde nicht für jede einzeln bestimmt, was davon entschied
   *[other] gingen nach den Regeln der Sitzung an andere: zuerst ein Platz für alle, dann Vorrang, höher gewählte Wünsche, das Berufsfeld und das Los (Startwert { $seed }); bei so vielen Personen ohne Platz wurde nicht für jede einzeln bestimmt, was davon entschied
}
alloc-cause-tie = { $count ->
    [one] ging an jemand anderen: ein Plan, in dem Sie ihn bekommen, wäre nach allen Regeln und dem Los gleich gut gewesen, und der zuerst gefundene wurde behalten
   *[other] gingen an andere: ein Plan, in dem Sie einen davon bekommen, wäre nach allen Regeln und dem Los gleich gut gewesen, und der zuerst gefundene wurde behalten
}
alloc-cause-needed = { $count ->
    [one] ging an jemand anderen: hätten Sie ihn bekommen, hätte jemand weniger Plätze bekommen
   *[other] gingen an andere: hätten Sie einen davon bekommen, hätte jemand weniger Plätze bekommen
}

alloc-barrier-language-level = dafür braucht es { $language } auf Niveau { $level } oder höher
alloc-barrier-language = dort wird { $language } gesprochen
alloc-barrier-language-unknown = dafür braucht es eine Sprache, die Sie nicht angegeben haben
alloc-barrier-interviewer-language-level = keine freie Interviewerin und kein freier Interviewer spricht { $language } auf Niveau { $level } oder höher
alloc-barrier-interviewer-language = keine freie Interviewerin und kein freier Interviewer spricht { $language }
alloc-barrier-interviewer-level = keine freie Interviewerin und kein freier Interviewer teilt eine Ihrer Sprachen auf Niveau { $level }
alloc-barrier-interviewer-none = keine freie Interviewerin und kein freier Interviewer teilt eine Ihrer Sprachen
alloc-barrier-occupation = die Sitzung bringt Sie mit Interviewenden aus Ihrem eigenen Berufsfeld zusammen, und dort war niemand frei
alloc-barrier-clash = das liegt zur selben Zeit wie eine andere Ihrer Buchungen

# Von Läufen, die gespeichert wurden, bevor Gründe kontrafaktisch bestimmt wurden (damit sie lesbar bleiben).
alloc-cause-ranked-higher = { $count ->
    [one] ging an Personen, die diesen Platz höher gewählt haben als Sie
   *[other] gingen an Personen, die diese Plätze höher gewählt haben als Sie
}
