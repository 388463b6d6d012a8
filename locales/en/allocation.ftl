# Why someone got less than they asked for in an allocation run (coordinators read these on the
# allocation page; they speak to the participant, so they can be passed on as they are).

alloc-no-free-places = There were no free places in this session.
alloc-none-open = No place in this session was open to you: { $barrier }.
alloc-places-taken = { $count ->
    [one] The one place open to you { $cause }.
   *[other] All { $count } places open to you { $cause }.
}
alloc-first-choice-closed = Your first choice ({ $option }) is not open to you: { $barrier }.
alloc-first-choice-taken = Your first choice ({ $option }) { $cause }.
alloc-first-choice-full = Your first choice ({ $option }) had no free place left: its places were all booked before.

alloc-cause-ranked = { $count ->
    [one] went to someone else: giving it to you would have left someone with a choice they ranked lower
   *[other] went to others: giving one to you would have left someone with a choice they ranked lower
}
alloc-cause-priority = { $count ->
    [one] went to someone else: giving it to you would have left a participant with priority (they missed out at an earlier event) without a place
   *[other] went to others: giving one to you would have left a participant with priority (they missed out at an earlier event) without a place
}
alloc-cause-lottery = { $count ->
    [one] went to someone with an equally good claim (the same priority, ranks and field); a lottery decided (seed { $seed })
   *[other] went to people with an equally good claim (the same priority, ranks and field); a lottery decided (seed { $seed })
}
alloc-cause-field = { $count ->
    [one] went to someone else: giving it to you would have moved someone to a place outside their occupation field
   *[other] went to others: giving one to you would have moved someone to a place outside their occupation field
}
alloc-cause-plan = { $count ->
    [one] went to someone else under the session's rules: a place for everyone first, then priority, higher-ranked choices, the occupation field and a lottery (seed { $seed }); with this many people left out, which of these decided was not worked out for each person
   *[other] went to others under the session's rules: a place for everyone first, then priority, higher-ranked choices, the occupation field and a lottery (seed { $seed }); with this many people left out, which of these decided was not worked out for each person
}
alloc-cause-tie = { $count ->
    [one] went to someone else: a plan giving it to you would have been just as good by every rule and the lottery, and the plan found first was kept
   *[other] went to others: a plan giving one to you would have been just as good by every rule and the lottery, and the plan found first was kept
}
alloc-cause-needed = { $count ->
    [one] went to someone else: giving it to you would have left someone with fewer places
   *[other] went to others: giving one to you would have left someone with fewer places
}

alloc-barrier-language-level = it needs { $language } at level { $level } or above
alloc-barrier-language = it is held in { $language }
alloc-barrier-language-unknown = it needs a language you did not give
alloc-barrier-interviewer-language-level = no free interviewer speaks { $language } at level { $level } or above
alloc-barrier-interviewer-language = no free interviewer speaks { $language }
alloc-barrier-interviewer-level = no free interviewer shares one of your languages at level { $level }
alloc-barrier-interviewer-none = no free interviewer shares one of your languages
alloc-barrier-occupation = the session matches interviewers from your own occupation field, and none was free in it
alloc-barrier-clash = it is at the same time as another of your bookings

# Said by runs stored before reasons were found by counterfactual (kept so they still read).
alloc-cause-ranked-higher = { $count ->
    [one] went to people who ranked it higher than you did
   *[other] went to people who ranked them higher than you did
}
