/** The fields a check-in asks for, with the flag that sets each (for hints). */
export const CHECK_IN_FLAGS: Record<string, string> = {
  week: '--week 2026-W48',
  hours: '--hours 38',
  quality: '--quality 4',
  satisfaction: '--satisfaction 4',
  energy: '--energy 4',
  growth: '--growth 4',
  respected: '--respected yes',
  note: '--note "..."',
  who5: '--who5 3,4,3,2,4',
  cbi: '--cbi 2,2,1,2,1,1,3',
};
