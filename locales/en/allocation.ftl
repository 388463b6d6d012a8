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

alloc-cause-ranked-higher = { $count ->
    [one] went to people who ranked it higher than you did
   *[other] went to people who ranked them higher than you did
}
alloc-cause-priority = { $count ->
    [one] went to people who ranked it as highly and have priority because they missed out at an earlier event
   *[other] went to people who ranked them as highly and have priority because they missed out at an earlier event
}
alloc-cause-lottery = { $count ->
    [one] went to people who ranked it as highly as you; a lottery decided (seed { $seed })
   *[other] went to people who ranked them as highly as you; a lottery decided (seed { $seed })
}
alloc-cause-needed = { $count ->
    [one] went to people who could take no other place; giving it to you would have left one of them with nothing or a worse choice
   *[other] went to people who could take no other place; giving one to you would have left one of them with nothing or a worse choice
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
