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

alloc-cause-ranked-higher = { $count ->
    [one] ging an Personen, die diesen Platz höher gewählt haben als Sie
   *[other] gingen an Personen, die diese Plätze höher gewählt haben als Sie
}
alloc-cause-priority = { $count ->
    [one] ging an Personen, die diesen Platz ebenso hoch gewählt haben und Vorrang haben, weil sie bei einer früheren Veranstaltung leer ausgingen
   *[other] gingen an Personen, die diese Plätze ebenso hoch gewählt haben und Vorrang haben, weil sie bei einer früheren Veranstaltung leer ausgingen
}
alloc-cause-lottery = { $count ->
    [one] ging an Personen, die diesen Platz ebenso hoch gewählt haben wie Sie; das Los hat entschieden (Startwert { $seed })
   *[other] gingen an Personen, die diese Plätze ebenso hoch gewählt haben wie Sie; das Los hat entschieden (Startwert { $seed })
}
alloc-cause-needed = { $count ->
    [one] ging an Personen, die keinen anderen Platz nehmen konnten; hätten Sie ihn bekommen, wäre eine von ihnen leer ausgegangen oder schlechter weggekommen
   *[other] gingen an Personen, die keinen anderen Platz nehmen konnten; hätten Sie einen davon bekommen, wäre eine von ihnen leer ausgegangen oder schlechter weggekommen
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
