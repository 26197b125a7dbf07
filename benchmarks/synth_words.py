"""Word tables for the synthetic histories: odd "article spinner" synonyms, paraphrase swaps,
filler sentences, scribal spelling variants, outlets and names. Written for these benchmarks."""

from __future__ import annotations

# word -> replacements, one entry per line ("word: alt1 | alt2"). Nouns get their plurals and
# verbs their -s / -ed / -ing forms derived automatically (see ``build_synonyms``).
NOUNS = """
government: administration | regime | authority
minister: clergyman | pastor | secretary
police: constabulary | law enforcement
officer: official | cop
official: authority | functionary
country: nation | land
nation: country | state
people: individuals | persons | folks
man: gentleman | fellow
woman: lady | female
child: kid | youngster
family: household | clan
home: residence | dwelling
house: dwelling | residence
town: township | municipality
city: metropolis | municipality
area: region | territory | zone
region: district | territory
border: frontier | boundary
attack: assault | offensive | strike
war: conflict | warfare | combat
fight: battle | struggle
battle: fight | combat
troop: soldier | trooper
soldier: trooper | serviceman | fighter
force: power | drive
army: military | navy
weapon: arm | armament
fire: blaze | inferno | flame
bushfire: wildfire | brush blaze
firefighter: fire crew member | fire fighter
blaze: inferno | fire
wind: gust | breeze
weather: climate | conditions
rain: precipitation | downpour
storm: tempest | squall
water: liquid | aqua
crew: team | squad
leader: chief | head | boss
party: celebration | faction | gathering
election: vote | poll | ballot
vote: ballot | election
campaign: crusade | drive
decision: choice | determination | verdict
plan: scheme | proposal | blueprint
policy: approach | strategy | plan
law: legislation | statute | rule
court: tribunal | judiciary
judge: justice | magistrate
trial: hearing | case
case: matter | instance
charge: allegation | accusation
crime: offence | wrongdoing
prison: jail | penitentiary
report: account | statement | news
statement: declaration | remark
question: query | inquiry
answer: reply | response
problem: issue | difficulty | trouble
issue: matter | problem | subject
matter: issue | affair
concern: worry | anxiety
risk: danger | hazard
threat: menace | danger
danger: peril | hazard
crisis: emergency | disaster | catastrophe
disaster: calamity | catastrophe
death: demise | passing | loss of life
life: existence | lifetime
injury: wound | harm
hospital: clinic | infirmary
doctor: physician | medic
health: wellbeing | wellness
patient: sufferer | case
victim: casualty | sufferer
company: firm | business | enterprise
business: commerce | enterprise | company
market: marketplace | exchange
share: stake | portion
price: cost | value | rate
cost: expense | price
job: employment | occupation | position
worker: labourer | employee
employee: worker | staff member
union: alliance | association
industry: sector | trade
economy: financial system | market
bank: lender | financial institution
money: cash | funds | currency
fund: finance | cash
debt: liability | obligation
tax: levy | duty
deal: agreement | bargain | arrangement
agreement: accord | pact | deal
talk: discussion | negotiation | conversation
meeting: gathering | assembly | session
member: participant | affiliate
group: gathering | collection | faction
team: squad | side
player: participant | competitor
game: match | contest
match: game | contest
season: period | term
win: victory | triumph
victory: triumph | win
lead: advantage | edge
record: document | file | tally
result: outcome | consequence
effect: impact | influence
change: alteration | modification | shift
increase: rise | surge | boost
rise: increase | surge | ascent
fall: decline | drop
number: figure | quantity
figure: number | statistic
amount: quantity | sum
level: degree | amount
rate: pace | level
time: period | moment
day: date | time
week: seven days
month: thirty days
morning: forenoon | dawn
night: evening | nightfall
hour: sixty minutes
minute: moment
moment: instant | minute
year: twelvemonth | annum
way: method | manner | route
road: street | route | highway
street: road | avenue
highway: motorway | freeway
car: vehicle | automobile
vehicle: automobile | transport
plane: aircraft | airliner
aircraft: plane | airliner
airport: airfield | terminal
flight: trip | journey
ship: vessel | boat
boat: vessel | craft
building: structure | edifice
office: bureau | workplace
school: academy | institution
student: pupil | scholar
teacher: educator | instructor
university: college | academy
study: research | examination
research: study | investigation
expert: specialist | authority
scientist: researcher | expert
system: framework | structure | network
service: provision | facility
support: backing | assistance | help
help: aid | assistance
aid: assistance | help
security: safety | protection
safety: security | protection
control: command | authority
power: energy | control | force
energy: power | vigour
fuel: gas | petrol
oil: petroleum | crude
land: territory | soil
ground: land | soil | earth
side: flank | camp
north: northern region
source: origin | supply
spokesman: representative | mouthpiece | agent
spokeswoman: representative | agent
president: head of state | leader
prime minister: premier | head of government
chief: head | boss
head: leader | chief
director: manager | executive
manager: director | supervisor
opposition: rival camp | resistance
protest: demonstration | rally
protester: demonstrator | activist
activist: campaigner | advocate
refugee: displaced person | asylum seeker
asylum seeker: refugee | migrant
resident: inhabitant | local
community: neighbourhood | society
population: inhabitants | populace
public: populace | community
world: globe | planet
island: isle | atoll
coast: shore | coastline
sea: ocean | waters
river: stream | waterway
mountain: peak | mount
hill: slope | mound
forest: woodland | woods
animal: creature | beast
information: data | intelligence
evidence: proof | confirmation
detail: particular | specific
claim: assertion | allegation
idea: notion | concept
view: opinion | outlook
opinion: view | judgement
hope: expectation | aspiration
effort: attempt | endeavour
attempt: effort | bid
move: step | action
action: move | measure | step
step: move | measure
measure: step | action
project: venture | scheme
program: programme | scheme
programme: scheme | program
operation: procedure | mission
mission: task | assignment
task: job | assignment
role: part | function
part: portion | role
member of parliament: lawmaker | legislator
brother: sibling | elder sibling
sister: sibling
friend: companion | pal
ally: partner | friend
enemy: adversary | foe
terrorist: militant | extremist
militant: fighter | extremist
bomb: explosive | device
explosion: blast | detonation
blast: explosion | burst
killing: slaying | murder
"""

VERBS = """
say: state | express | declare | remark
tell: inform | notify
ask: request | query
announce: declare | proclaim | reveal
report: state | convey | relay
confirm: verify | affirm
believe: consider | trust | reckon
expect: anticipate | predict
want: wish | desire
need: require | call for
try: attempt | endeavour
help: assist | aid
use: utilise | employ
make: create | produce
take: seize | grab
give: provide | hand
get: obtain | acquire
show: display | demonstrate | reveal
find: discover | locate
call: name | summon | label
leave: depart | exit
remain: stay | linger
continue: proceed | persist
start: begin | commence
begin: start | commence
end: conclude | finish
stop: halt | cease
close: shut | seal
open: unlock | unseal
move: shift | relocate
return: come back | revert
arrive: reach | show up
join: unite | enlist
kill: slay | murder
die: perish | pass away
attack: assault | strike
destroy: demolish | ruin
damage: harm | impair
burn: scorch | torch
threaten: menace | endanger
warn: caution | alert
fear: dread | worry
worry: fret | agonise
force: compel | oblige
arrest: detain | apprehend
charge: accuse | indict
accuse: blame | charge
claim: assert | allege
deny: reject | refute
reject: dismiss | refuse
refuse: decline | reject
agree: concur | consent
approve: endorse | sanction
support: back | endorse | champion
oppose: resist | contest
criticise: scrutinise | condemn
criticize: scrutinize | condemn
urge: press | implore
demand: insist on | require
plan: intend | scheme
decide: resolve | determine
choose: select | pick
win: triumph | prevail
lose: forfeit | misplace
fail: flop | falter
increase: boost | raise | enlarge
rise: climb | ascend
fall: drop | plummet
cut: slash | reduce
reduce: lower | cut
raise: lift | elevate
pay: compensate | remunerate
buy: purchase | acquire
sell: vend | trade
spend: expend | outlay
cost: price | run to
work: labour | toil
provide: supply | furnish
offer: propose | extend
receive: obtain | accept
send: dispatch | transmit
bring: carry | convey
carry: bear | transport
hold: retain | maintain
keep: retain | preserve
include: contain | comprise
involve: entail | concern
affect: influence | impact
cause: trigger | induce
lead: guide | head
allow: permit | enable
prevent: avert | stop
protect: defend | shield
save: rescue | preserve
rescue: save | recover
escape: flee | evade
flee: escape | bolt
evacuate: vacate | clear out
search: hunt | scour
investigate: probe | examine
examine: inspect | scrutinise
discuss: debate | talk over
describe: depict | portray
explain: clarify | elucidate
suggest: propose | hint
indicate: signal | suggest
appear: seem | emerge
happen: occur | transpire
occur: happen | take place
change: alter | modify
improve: enhance | better
face: confront | encounter
meet: encounter | convene
visit: tour | call on
travel: journey | voyage
fly: soar | jet
drive: steer | motor
attend: go to | frequent
release: free | liberate
launch: initiate | unleash
respond: reply | answer
answer: reply | respond
"""

ADJECTIVES = """
big: huge | large | massive
large: huge | sizeable | big
small: little | tiny | minor
huge: massive | enormous
high: elevated | lofty | tall
low: minimal | reduced
new: fresh | novel
old: aged | former
young: youthful | juvenile
long: lengthy | extended
short: brief | concise
early: initial | premature
late: tardy | belated
recent: latest | current
former: previous | past
current: present | existing
major: significant | key | huge
important: vital | crucial | key
key: crucial | vital | primary
main: principal | primary | chief
serious: grave | severe | critical
strong: powerful | sturdy | robust
weak: feeble | frail
hard: difficult | tough
difficult: challenging | hard | tricky
easy: simple | effortless
good: great | fine | decent
bad: poor | terrible | awful
great: tremendous | excellent
best: finest | greatest
worst: poorest | most awful
likely: probable | liable
possible: feasible | plausible
clear: apparent | evident
certain: sure | confident
different: various | distinct
similar: alike | comparable
local: regional | nearby
national: federal | countrywide
international: global | worldwide
foreign: overseas | alien
federal: national | commonwealth
political: governmental | partisan
economic: financial | fiscal
military: armed | defence
public: communal | open
private: personal | confidential
official: formal | authorised
free: liberated | unbound
safe: secure | protected
dangerous: hazardous | risky | perilous
violent: brutal | savage
dead: deceased | lifeless
injured: wounded | hurt
full: complete | entire
whole: entire | complete
total: complete | overall
special: particular | unique
top: upper | leading
senior: elder | ranking
heavy: weighty | hefty
fresh: new | renewed
quick: fast | speedy
fast: quick | rapid
slow: gradual | sluggish
strict: stern | rigid
angry: furious | irate
happy: pleased | glad
worried: concerned | anxious
quickly: rapidly | swiftly
slowly: gradually | steadily
recently: lately | currently
already: previously | by now
almost: nearly | virtually
nearly: almost | practically
very: extremely | really
really: truly | genuinely
finally: eventually | ultimately
however: nonetheless | nevertheless
""" 


# Exact word forms (no inflections derived).
OTHER = """
first: initial | earliest | foremost
second: next | subsequent
third: tertiary | next
three: trio of | 3
four: quartet of | 4
five: 5 | handful of
eight: 8
still: nevertheless | yet
around: roughly | approximately
next: following | upcoming
think: reckon | suppose
thought: idea | believed
suicide: self-murder | self-destruction
back: rear | returned
well: properly | nicely
since: considering that | ever since
general: common | universal
going: heading | proceeding
know: realise | recognise
known: recognised | acknowledged
many: numerous | countless
like: similar to | such as
million: mil | thousand thousand
billion: bil | thousand million
another: yet another | a further
given: granted | handed
peace: tranquillity | harmony
fighters: combatants | warriors
come: arrive | approach
came: arrived | approached
looking: searching | peering
state: condition | province
interim: provisional | stopgap
authorities: specialists | powers
place: location | spot
trip: journey | excursion
whether: if
meanwhile: in the meantime | simultaneously
several: various | numerous
defence: protection | safeguard
asylum: sanctuary | haven
process: procedure | course of action
even: indeed | actually
terrorism: fear-mongering | terror
earlier: prior | sooner
shot: fired upon | gunned
better: improved | superior
play: recreation | performance
taken: seized | grabbed
pressure: strain | stress
centre: middle | hub
commission: committee | fee
conditions: circumstances | situations
much: a lot | considerably
following: succeeding | after
seekers: hunters | searchers
detainees: captives | inmates
overnight: during the night | nocturnally
training: coaching | drilling
across: throughout | over
least: smallest | minimum
past: previous | earlier
without: lacking | minus
southern: austral | meridional
later: afterwards | subsequently
violence: brutality | savagery
weekend: end of the week | Saturday and Sunday
fighting: combating | warring
captured: seized | caught
within: inside | in
final: last | ultimate
position: place | stance
person: individual | human
might: may | could
eastern: easterly | oriental
behind: at the back of | after
network: web | system
legal: lawful | legit
interest: curiosity | attention
latest: newest | most recent
strikes: hits | walkouts
concerned: involved | anxious
capital: money | funds
seen: witnessed | observed
series: sequence | string
able: capable | competent
line: queue | row
towards: in the direction of | toward
along: beside | alongside
ahead: forward | in advance
right: correct | proper
bombings: bombardments | blasts
allegations: claims | accusations
news: tidings | information
targets: objectives | goals
guilty: blameworthy | culpable
west: occident | western region
raids: incursions | forays
executive: administrator | manager
event: occasion | occurrence
others: other people | the rest
situation: circumstance | state of affairs
northern: northerly | boreal
become: turn into | grow to be
emergency: crisis | exigency
half: 50 percent | fifty percent
enough: sufficient | adequate
envoy: emissary | delegate
industrial: manufacturing | commercial
tomorrow: the next day | the following day
financial: monetary | fiscal
warplanes: combat aircraft | fighter jets
disease: ailment | sickness
abuse: mistreatment | misuse
growth: development | expansion
station: depot | base
prepared: ready | organised
dispute: quarrel | disagreement
radical: extreme | drastic
captain: skipper | commander
forward: onward | ahead
jail: prison | lockup
according: as indicated | as stated
movement: development | motion
added: included | appended
sure: certain | positive
caught: grabbed | trapped
bombing: bombardment | blasting
alleged: supposed | purported
freeze: halt | suspension
probably: likely | presumably
investigation: examination | inquiry
kilometres: km | clicks
hundreds: scores | loads
access: entry | admission
crash: collision | smash
tourists: travellers | sightseers
lives: existences | souls
helicopters: choppers | rotorcraft
immediately: instantly | straight away
declared: proclaimed | stated
order: command | sequence
reached: arrived at | attained
collapse: breakdown | fall down
response: reaction | reply
proposed: suggested | put forward
stage: phase | platform
suspected: presumed | supposed
future: destiny | prospect
beat: defeated | overcame
drop: decline | fall
thousands: lots | countless numbers
trees: timber | woodland
inside: within | indoors
inquiry: investigation | enquiry
soon: shortly | before long
always: constantly | invariably
biggest: largest | most enormous
ever: at any time | always
airline: air carrier | aviation company
supporters: backers | advocates
although: though | even though
wave: surge | swell
wounded: injured | harmed
surrender: capitulation | give up
rights: privileges | entitlements
based: situated | founded
point: moment | juncture
responsibility: obligation | duty
agency: bureau | organisation
available: obtainable | accessible
quite: rather | fairly
massive: enormous | huge
currently: at present | now
means: implies | signifies
gunmen: shooters | armed men
terms: conditions | phrases
human: person | individual
circumstances: conditions | situations
annual: yearly | once-a-year
militia: paramilitary | irregular army
look: glance | appear
understand: comprehend | grasp
facility: amenity | installation
accident: mishap | collision
actually: really | in fact
negotiations: discussions | talks
address: speech | location
conference: convention | meeting
rule: regulation | dominion
significant: considerable | notable
fact: reality | certainty
intelligence: knowledge | data
period: stretch | spell
recession: downturn | depression
afternoon: post-meridian | later in the day
struck: hit | smacked
commanders: leaders | officers
crowd: throng | mob
rest: remainder | break
authority: power | right
conflict: clash | war
violent: fierce | vicious
authorities: officials | regulators
despite: in spite of | notwithstanding
"""

# Function-word and phrase changes a paraphrase or translation round trip tends to make.
PARAPHRASE = [
    (" has been ", " was "),
    (" have been ", " were "),
    (" will be ", " is going to be "),
    (" because ", " since "),
    (" about ", " around "),
    (" more than ", " over "),
    (" less than ", " under "),
    (" also ", " additionally "),
    (" despite ", " in spite of "),
    (" after ", " following "),
    (" before ", " prior to "),
    (" in order to ", " to "),
    (" while ", " whereas "),
    (" among ", " amongst "),
    (" but ", " however "),
    (" so that ", " so "),
    (" a lot of ", " many "),
    (" many ", " numerous "),
    (" some ", " certain "),
    (" the government ", " the executive "),
    (" could ", " might "),
    (" would ", " should "),
    (" must ", " has to "),
    (" which ", " that "),
    (" there are ", " there exist "),
    (" as well as ", " and "),
    (" for example ", " for instance "),
    (" at least ", " a minimum of "),
    (" during ", " throughout "),
    (" until ", " till "),
    (" near ", " close to "),
    (" around ", " about "),
]

FILLER = [
    "The situation remains fluid and further updates are expected.",
    "It is not yet clear what the next steps will be.",
    "Officials did not immediately respond to requests for comment.",
    "The development has drawn wide attention in recent days.",
    "Observers say the coming weeks will be critical.",
    "More details are expected to emerge later.",
    "The matter has been the subject of intense debate.",
    "Many questions remain unanswered.",
    "Local media reported similar accounts.",
    "The issue is likely to remain in the headlines.",
    "Reactions have been mixed so far.",
    "This is a developing story.",
    "Critics were quick to respond.",
    "The news was met with concern in some quarters.",
    "Analysts have been watching the situation closely.",
    "Further information was not immediately available.",
]

# Scribal spelling variants (both directions are applied).
SPELLING = [
    ("our", "or"), ("ise", "ize"), ("ll", "l"), ("ph", "f"), ("ck", "k"), ("y", "ie"),
    ("ou", "ow"), ("ai", "ay"), ("ee", "ea"), ("ss", "s"), ("tt", "t"), ("c", "k"),
]
WORD_VARIANTS = {
    "and": ["&", "and"], "the": ["ye", "the", "þe"], "that": ["yt", "that"], "with": ["wt", "with"],
    "which": ["wch", "which"], "before": ["afore"], "because": ["bycause"], "again": ["agayne"],
    "people": ["peple"], "they": ["thei"], "their": ["theyr"], "said": ["sayd"], "would": ["wolde"],
    "could": ["coulde"], "should": ["sholde"], "been": ["bene"], "have": ["haue"], "over": ["ouer"],
    "every": ["euery"], "year": ["yeare"], "years": ["yeares"], "also": ["als"], "upon": ["vpon"],
    "under": ["vnder"], "until": ["vntil"], "her": ["hir"], "one": ["oon"], "these": ["thise"],
}

WIRES = [
    ("AP", "The Associated Press", "AP Photo"),
    ("Reuters", "Reuters", "Reuters Photo"),
    ("AFP", "Agence France-Presse", "AFP Photo"),
    ("AAP", "Australian Associated Press", "AAP Image"),
]

OUTLETS = [
    "The Daily Ledger", "Metro Herald", "Coastal Post", "NewsFlash 24", "Valley Times",
    "The Morning Courier", "Harbour Gazette", "Northern Star Online", "The Evening Dispatch",
    "Capital Observer", "Frontline Report", "The Weekly Bulletin", "Riverside Chronicle",
    "World Update Network", "Pacific Monitor", "The Civic Sentinel", "Highland Tribune",
    "Global Digest", "Newsline Today", "The Plains Examiner",
]

FIRST_NAMES = [
    "Anna", "Rohit", "Maria", "James", "Liam", "Sofia", "David", "Priya", "Tom", "Elena", "Omar",
    "Grace", "Kenji", "Laura", "Peter", "Nadia", "Samuel", "Chloe", "Ivan", "Ruth", "Marco",
]
LAST_NAMES = [
    "Ranjan", "Smith", "Kowalski", "Nguyen", "Okafor", "Brown", "Garcia", "Dyjuk", "Tanaka",
    "Rossi", "Murphy", "Haddad", "Novak", "Fischer", "Lee", "Walsh", "Costa", "Patel", "Berg",
]

CITIES = [
    "SYDNEY", "CANBERRA", "MELBOURNE", "BRISBANE", "PERTH", "ADELAIDE", "HOBART", "DARWIN",
    "JERUSALEM", "KABUL", "WASHINGTON", "LONDON", "JAKARTA", "ISLAMABAD", "NEW YORK",
]


def _plural(word: str) -> str:
    if " " in word:
        head, _, tail = word.rpartition(" ")
        return f"{head} {_plural(tail)}"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    if word in ("man", "woman", "gentleman", "fireman"):
        return word[:-3] + "men"
    if word == "child":
        return "children"
    return word + "s"


def _verb_forms(word: str) -> tuple[str, str, str]:
    """(-s, -ed, -ing) forms by plain spelling rules (irregular verbs come out odd, which is
    what spun text looks like anyway)."""
    if " " in word:
        head, _, tail = word.partition(" ")
        s, ed, ing = _verb_forms(head)
        return f"{s} {tail}", f"{ed} {tail}", f"{ing} {tail}"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        s, ed = word[:-1] + "ies", word[:-1] + "ied"
    elif word.endswith(("s", "x", "ch", "sh")):
        s, ed = word + "es", word + "ed"
    else:
        s, ed = word + "s", word + "d" if word.endswith("e") else word + "ed"
    ing = word[:-1] + "ing" if word.endswith("e") and not word.endswith("ee") else word + "ing"
    return s, ed, ing


_IRREGULAR = {
    "say": ("says", "said", "saying"), "tell": ("tells", "told", "telling"),
    "make": ("makes", "made", "making"), "take": ("takes", "took", "taking"),
    "give": ("gives", "gave", "giving"), "get": ("gets", "got", "getting"),
    "find": ("finds", "found", "finding"), "leave": ("leaves", "left", "leaving"),
    "begin": ("begins", "began", "beginning"), "die": ("dies", "died", "dying"),
    "win": ("wins", "won", "winning"), "lose": ("loses", "lost", "losing"),
    "fall": ("falls", "fell", "falling"), "rise": ("rises", "rose", "rising"),
    "cut": ("cuts", "cut", "cutting"), "pay": ("pays", "paid", "paying"),
    "buy": ("buys", "bought", "buying"), "sell": ("sells", "sold", "selling"),
    "spend": ("spends", "spent", "spending"), "bring": ("brings", "brought", "bringing"),
    "hold": ("holds", "held", "holding"), "keep": ("keeps", "kept", "keeping"),
    "lead": ("leads", "led", "leading"), "meet": ("meets", "met", "meeting"),
    "send": ("sends", "sent", "sending"), "flee": ("flees", "fled", "fleeing"),
    "choose": ("chooses", "chose", "choosing"), "stop": ("stops", "stopped", "stopping"),
    "plan": ("plans", "planned", "planning"), "drive": ("drives", "drove", "driving"),
    "fly": ("flies", "flew", "flying"), "show": ("shows", "showed", "showing"),
    "cost": ("costs", "cost", "costing"), "run to": ("runs to", "ran to", "running to"),
    "burn": ("burns", "burnt", "burning"), "seize": ("seizes", "seized", "seizing"),
}


def _parse(table: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for line in table.strip().splitlines():
        if ":" not in line:
            continue
        word, _, alts = line.partition(":")
        out[word.strip()] = [a.strip() for a in alts.split("|") if a.strip()]
    return out


def build_synonyms() -> dict[str, list[str]]:
    """Lower-case word (or phrase) -> odd replacements, with inflected forms."""
    table: dict[str, list[str]] = {}

    def add(word: str, alts: list[str]) -> None:
        alts = [a for a in alts if a != word]
        if alts:
            table.setdefault(word, [])
            table[word].extend(a for a in alts if a not in table[word])

    for word, alts in _parse(NOUNS).items():
        add(word, alts)
        add(_plural(word), [_plural(a) for a in alts])
    for word, alts in _parse(VERBS).items():
        add(word, alts)
        forms = _IRREGULAR.get(word) or _verb_forms(word)
        alt_forms = [_IRREGULAR.get(a) or _verb_forms(a) for a in alts]
        for k in range(3):
            add(forms[k], [f[k] for f in alt_forms])
    for word, alts in _parse(ADJECTIVES).items():
        add(word, alts)
    for word, alts in _parse(OTHER).items():
        add(word, alts)
    return table


SYNONYMS = build_synonyms()
