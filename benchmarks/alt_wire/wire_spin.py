"""Word tables for wire_synth.py: an "article spinner" thesaurus (odd, context-blind synonyms, the kind a
content farm's spinning tool produces) and a small table of sensible paraphrase substitutions.

Notation, one entry per line:  forms: alternative | alternative
where "forms" may be several inflections separated by "/", and each alternative lists the same
number of inflections in the same order (extra or missing inflections are ignored).
Multi-word keys (up to three words) are matched as phrases.
"""

SPIN = r"""
first: preliminary|very first|first-ever
attack/attacks/attacked/attacking: assault/assaults/assaulted/assaulting|onslaught/onslaughts/stormed/storming
security: safety|safety and security|protection
police: cops|regulation enforcement|legislation enforcement
policeman/policemen: cop/cops|officer/officers
time/times: period/occasions|interval/instances
man/men: gentleman/males|particular person/guys
day/days: day trip/days|date/dates
fire/fires: hearth/fires|blaze/blazes
bushfire/bushfires: bush hearth/bush fires|wildfire/wildfires
blaze/blazes: inferno/infernos|flame/flames
killed: slain|murdered|kicked the bucket
kill/kills/killing: slay/slays/slaying|homicide/murders/murdering
still: nonetheless|nonetheless|but
forces: powers|drive
force: drive|power|pressure
around: round|about|all around
officials: officers|functionaries|authorities
official: officer|functionary|formal
leader/leaders: chief/chiefs|head/heads|chief/frontrunners
next: subsequent|following|upcoming
company/companies: firm/corporations|enterprise/companies|agency/firms
take/takes/taking: seize/seizes/seizing|carry/carries/carrying
taken: seized|carried
government: authorities|administration|authorities
governments: administrations|authorities
meeting/meetings: assembly/conferences|assembly/gatherings
members/member: individuals/particular person|members/affiliate
made: manufactured|produced|constructed
make/makes/making: produce/produces/producing|create/creates/creating
world: globe|world large|planet
military: navy|army|armed service
morning: morn|early morning|forenoon
number: quantity|amount|variety
called: known as|referred to as|termed
area/areas: space/areas|space/zones|region/areas
hours/hour: hrs/hr|hours/hr
back: again|once more|back again
end: finish|conclusion|finish
action/actions: motion/actions|motion/motions
including: together with|along with|comprising
group/groups: group/teams|crew/teams|collective/teams
report/reports: report/stories|account/accounts
reported: reported|revealed|talked about
week/weeks: week/weeks|seven days/weeks
month/months: month/months|thirty day period/months
second: second|second one|2nd
night: evening|evening time
workers: staff|employees|laborers
worker: employee|staffer|laborer
former: previous|former|erstwhile
international: worldwide|international|global
near: close to|close by|near to
left: left|departed|remaining
war: conflict|warfare|struggle
wars: conflicts|wars
died: died|passed away|perished
support/supports/supported: assist/assists/assisted|help/helps/helped|backing/backs/backed
work/works/worked/working: work/works/labored/working|job/jobs/toiled/operating
good: good|excellent|nice
staff: employees|workers|personnel
given: given|offered|supplied
give/gives/giving: give/gives/giving|present/presents/presenting|supply/supplies/supplying
saying: saying|stating|declaring
ago: in the past|earlier|again
million: million|mln
expected: anticipated|anticipated|predicted
expect/expects: anticipate/anticipates|count on/counts on
peace: peace|peacefulness|tranquility
air: air|aerial|atmosphere
power: energy|energy|electricity
found: discovered|found|positioned
state: state|province|condition
states: states|provinces|states
militants: militants|extremists|radicals
militant: militant|extremist|radical
arrested: arrested|detained|nabbed
arrest/arrests: arrest/arrests|apprehension/apprehensions
north: north|northern side
groups: teams|teams|collectives
national: nationwide|nationwide|nationwide
fighters: fighters|warriors|combatants
fighter: fighter|warrior|combatant
city: metropolis|metropolis|metropolis
cities: cities|metropolises
local: native|native|regional
injured: injured|harm|wounded
statement/statements: assertion/statements|assertion/assertions
troops: troops|troopers|troopers
children: youngsters|kids|kids
child: little one|youngster|baby
authorities: authorities|officers|authorities
start/starts/started/starting: begin/begins/began/beginning|start/begins/commenced/commencing
part: half|section|portion
talks: talks|negotiations|discussions
hit: hit|struck|smashed
team/teams: group/groups|staff/squads|squad/squads
match/matches: match/matches|recreation/video games|sport/games
control: management|management|command
agreement: settlement|settlement|deal
family/families: household/households|household/households|relations/households
place/places: place/places|spot/spots|location/places
asylum seekers: asylum seekers|asylum searchers|refuge seekers
asylum: asylum|refuge|sanctuary
process: course of|process|process
want/wants/wanted: need/needs/wished|want/desires/wished
early: early|early on|at an early stage
terrorism: terrorism|terror|terrorist acts
terrorist/terrorists: terrorist/terrorists|terror/terrorists
best: finest|greatest|finest
close: shut|close|near
south: south|southern|south aspect
shot: shot|photographed|fired
dead: useless|lifeless|dead
came: got here|came|arrived
high: excessive|excessive|high
trying: attempting|making an attempt|attempting
pressure: strain|stress|strain
help/helps/helped/helping: assist/assists/assisted/aiding|assist/aids/aided/assisting
earlier: earlier|beforehand|previously
several: a number of|a number of|a number of
damage: injury|harm|injury
economy: financial system|economic system|financial system
economic: financial|economic|financial
confirmed: confirmed|established|verified
confirm: verify|affirm|verify
centre: centre|heart|middle
commission: fee|commission|fee
following: following|after|subsequent
detainees: detainees|prisoners|inmates
third: third|third-party|3rd
overnight: in a single day|in a single day|overnight
death/deaths: loss of life/deaths|demise/deaths|dying/fatalities
released: launched|launched|freed
release: launch|launch|free
believe/believes: imagine/believes|consider/considers|believe/thinks
believed: believed|thought|considered
winds: winds|gusts|breezes
wind: wind|breeze|gust
across: throughout|throughout|throughout
conditions: circumstances|situations|circumstances
condition: situation|situation|condition
accused: accused|alleged|charged
countries: nations|nations|international locations
country: nation|nation|nation
least: least|minimal|slightest
at least: a minimum of|not less than|no less than
cut: reduce|minimize|lower
possible: potential|attainable|doable
need/needs: want/wants|require/requires
information: info|data|data
held: held|organised|maintained
court: court docket|courtroom|court docket
weather: climate|climate|weather conditions
senior: senior|senior|elder
hospital: hospital|medical institution|infirmary
aircraft: plane|airplane|aircraft
win/wins/won: win/wins/gained|victory/victories/received
brought: introduced|introduced|delivered
asked: requested|requested|asked
armed: armed|armed forces|outfitted
community: neighborhood|group|neighborhood
without: with out|with out|without
change/changes/changed: change/modifications/modified|alteration/adjustments/altered
administration: administration|management|administration
head: head|head|chief
pay: pay|pay|wage
training: coaching|coaching|training
southern: southern|southerly
better: higher|higher|better
return/returned: return/returned|return/returned|come back/got here again
working: working|operating|functioning
public: public|public|common
crew: crew|workforce|team
later: later|afterward|in a while
violence: violence|violence|brutality
rate/rates: fee/charges|charge/charges|fee/rates
strong: sturdy|robust|sturdy
took: took|took|seized
within: inside|inside|inside
major: main|main|major
despite: regardless of|despite|in spite of
region: area|area|region
weekend: weekend|weekend|week-end
plans: plans|plans|schemes
plan: plan|scheme|plan
issue/issues: concern/points|problem/points|situation/issues
services: providers|companies|services
town: city|city|township
decision: choice|resolution|determination
remain/remains: stay/stays|stay/stays|stay/continues to be
key: key|key|important
use/used/using: use/used/utilizing|make use of/utilized/utilizing
final: last|ultimate|final
position: place|place|position
continuing: persevering with|persevering with|continuing
person: particular person|individual|particular person
already: already|by now|already
boat/boats: boat/boats|vessel/vessels
network: community|community|network
life/lives: life/lives|life/lives|existence/lives
soldiers: troopers|troopers|soldiers
soldier: soldier|trooper|soldier
weapons: weapons|weapons|arms
fighting: preventing|combating|fighting
latest: newest|newest|latest
strikes: strikes|strikes|moves
homes: houses|properties|homes
home: residence|house|dwelling
firefighters: firefighters|hearth fighters|fireplace fighters
capital: capital|capital|capital metropolis
jobs: jobs|jobs|positions
series: collection|sequence|collection
failed: failed|didn't|failed
able: in a position|able|ready
operations: operations|operations|operations
line/lines: line/strains|line/traces
known: identified|recognized|identified
large: giant|massive|big
move/moves/moved: transfer/strikes/moved|transfer/transfers/transferred
might: may|would possibly|may
received: acquired|obtained|received
offer: provide|supply|provide
eastern: jap|eastern|japanese
stop/stopped: cease/stopped|halt/halted|cease/ceased
race: race|race|contest
country's: nation's|nation's|nation's
laws: legal guidelines|legal guidelines|laws
law: legislation|regulation|legislation
plane/planes: aircraft/aircraft|airplane/airplanes
board: board|board|panel
officers: officers|officers|officers
leading: main|main|leading
behind: behind|behind|at the back of
charged: charged|charged|billed
policy: coverage|coverage|coverage
captured: captured|captured|seized
forced: pressured|compelled|pressured
storm/storms: storm/storms|storm/storms|tempest/tempests
concerned: involved|involved|anxious
along: alongside|alongside|along
chief: chief|chief|chief
launched: launched|launched|initiated
seen: seen|seen|considered
long: lengthy|lengthy|long
continue/continues/continued: proceed/continues/continued|proceed/proceeds/continued|proceed/carries on/carried on
lot: lot|lot|great deal
house: home|home|house
army: military|military|military
due: due|due|owing
flight/flights: flight/flights|flight/flights|flight/flights
ahead: forward|forward|ahead
party: occasion|social gathering|celebration
building/buildings: constructing/buildings|constructing/buildings
right: proper|proper|right
bombings: bombings|bombings|bombings
thought: thought|thought|idea
heard: heard|heard|heard
allegations: allegations|allegations|accusations
news: information|information|news
targets: targets|targets|goals
unions: unions|unions|unions
special: particular|particular|special
guilty: responsible|responsible|guilty
west: west|west|west
likely: probably|doubtless|possible
raids: raids|raids|raids
executive: government|govt|govt
risk: danger|threat|danger
matter: matter|matter|matter
claimed: claimed|claimed|claimed
victory: victory|victory|win
great: nice|nice|nice
others: others|others|others
wants: desires|needs|wishes
situation: state of affairs|scenario|state of affairs
emergency: emergency|emergency|emergency
show/shows/showed/shown: present/reveals/confirmed/proven|show/exhibits/confirmed/proven
important: essential|vital|necessary
financial: monetary|monetary|monetary
bid: bid|bid|bid
warplanes: warplanes|warplanes|warplanes
disease: illness|illness|disease
deal: deal|deal|deal
growth: progress|development|progress
station: station|station|station
border: border|border|border
office: workplace|workplace|workplace
president: president|president|president
women: ladies|ladies|girls
top: prime|high|prime
radical: radical|radical|radical
ground: floor|floor|floor
half: half|half|half
envoy: envoy|envoy|envoy
according to: in line with|in keeping with|based on
movement: motion|motion|motion
added: added|added|added
result: outcome|consequence|outcome
went: went|went|went
innings: innings|innings|innings
caught: caught|caught|caught
minister: minister|minister|minister
prime minister: prime minister|Prime Minister|prime minister
bombing: bombing|bombing|bombing
airport: airport|airport|airport
rejected: rejected|rejected|rejected
young: younger|younger|younger
school: faculty|college|faculty
union: union|union|union
health: well being|well being|well being
evidence: proof|proof|proof
industry: trade|business|trade
probably: most likely|in all probability|most likely
political: political|political|political
crisis: disaster|disaster|disaster
worst: worst|worst|worst
investigation: investigation|investigation|investigation
try/tried: attempt/tried|attempt/tried|strive/tried
quickly: rapidly|shortly|rapidly
kilometres: kilometres|kilometres|kilometres
hundreds: tons of|a whole lot|lots of
thousands: hundreds|1000's|1000's
prepared: ready|ready|ready
opened: opened|opened|opened
forward: ahead|ahead|ahead
crash: crash|crash|crash
planning: planning|planning|planning
jail: jail|jail|jail
enough: sufficient|sufficient|sufficient
late: late|late|late
calls: calls|calls|calls
case: case|case|case
carried out: carried out|carried out|performed
mission: mission|mission|mission
sure: positive|certain|certain
helicopters: helicopters|helicopters|helicopters
cricket: cricket|cricket|cricket
money: cash|cash|cash
mountains: mountains|mountains|mountains
declared: declared|declared|declared
opposition: opposition|opposition|opposition
alleged: alleged|alleged|alleged
reached: reached|reached|reached
collapse: collapse|collapse|collapse
response: response|response|response
residents: residents|residents|residents
stage: stage|stage|stage
coast: coast|coast|coast
future: future|future|future
yet: but|but|but
fight: battle|struggle|combat
hard: laborious|arduous|exhausting
drop: drop|drop|drop
trees: timber|bushes|timber
every: each|each|each
inside: inside|inside|inside
sent: despatched|despatched|despatched
destroyed: destroyed|destroyed|destroyed
inquiry: inquiry|inquiry|inquiry
dispute: dispute|dispute|dispute
allow: permit|permit|enable
sources: sources|sources|sources
source: supply|supply|source
boy: boy|boy|boy
airline: airline|airline|airline
tourists: vacationers|vacationers|tourists
river: river|river|river
decided: determined|determined|determined
clear: clear|clear|clear
figures: figures|figures|figures
rise: rise|rise|rise
serious: critical|severe|severe
industrial: industrial|industrial|industrial
supporters: supporters|supporters|supporters
job: job|job|job
although: though|though|though
attempt: try|attempt|try
immediately: instantly|instantly|instantly
cancer: most cancers|most cancers|most cancers
tomorrow: tomorrow|tomorrow|tomorrow
wounded: wounded|wounded|wounded
surrender: give up|give up|give up
rights: rights|rights|rights
full: full|full|full
based: based mostly|primarily based|based mostly
point: level|level|level
program: program|program|program
order: order|order|order
outside: exterior|exterior|outdoors
agency: company|company|company
defence: defence|protection|defence
proposed: proposed|proposed|proposed
available: obtainable|obtainable|accessible
quite: fairly|fairly|fairly
efforts: efforts|efforts|efforts
announced: introduced|introduced|announced
level: stage|stage|degree
refused: refused|refused|refused
currently: presently|presently|at present
getting: getting|getting|getting
means: means|means|means
access: entry|entry|entry
measures: measures|measures|measures
among: amongst|amongst|amongst
meet: meet|meet|meet
soon: quickly|quickly|quickly
gunmen: gunmen|gunmen|gunmen
happened: occurred|occurred|occurred
increase: improve|enhance|improve
safety: security|security|security
side: aspect|facet|aspect
calling: calling|calling|calling
bring: convey|carry|convey
human: human|human|human
travel: journey|journey|journey
business: enterprise|enterprise|enterprise
flying: flying|flying|flying
find: discover|discover|discover
cost/costs: value/prices|price/prices|value/prices
billion: billion|billion|billion
authority: authority|authority|authority
understand: perceive|perceive|perceive
actually: really|truly|really
anything: something|something|something
offices: workplaces|workplaces|places of work
address: tackle|deal with|tackle
conference: convention|convention|convention
rule: rule|rule|rule
done: completed|carried out|finished
less: much less|much less|less
significant: vital|important|vital
fact: truth|reality|truth
suspected: suspected|suspected|suspected
intelligence: intelligence|intelligence|intelligence
period: interval|interval|interval
massive: large|huge|huge
foreign: international|overseas|overseas
recession: recession|recession|recession
involved: concerned|concerned|concerned
event: occasion|occasion|occasion
beat: beat|beat|beat
afternoon: afternoon|afternoon|afternoon
car/cars: automobile/vehicles|automotive/automobiles|automobile/automobiles
began: started|started|started
face/faces: face/faces|face/faces|face/faces
parties: events|events|events
warned: warned|warned|warned
conflict: battle|battle|battle
form: type|kind|type
commanders: commanders|commanders|commanders
away: away|away|away
always: all the time|all the time|at all times
biggest: greatest|largest|greatest
something: one thing|one thing|one thing
banks: banks|banks|banks
lost: misplaced|misplaced|misplaced
terms: phrases|phrases|phrases
leadership: management|management|management
general: common|basic|normal
feel: really feel|really feel|really feel
certainly: definitely|actually|definitely
difficult: tough|troublesome|tough
prevent: forestall|stop|forestall
media: media|media|media
heavy: heavy|heavy|heavy
population: inhabitants|inhabitants|inhabitants
share: share|share|share
expressed: expressed|expressed|expressed
annual: annual|annual|annual
terror: terror|terror|terror
break: break|break|break
look/looking: look/trying|look/wanting|look/wanting
shortly: shortly|shortly|quickly
cabinet: cupboard|cupboard|cupboard
needed: wanted|wanted|wanted
gave: gave|gave|gave
responsibility: duty|accountability|duty
followed: adopted|adopted|adopted
bomb: bomb|bomb|bomb
bombers: bombers|bombers|bombers
secretary: secretary|secretary|secretary
negotiations: negotiations|negotiations|negotiations
huge: big|large|large
caused: brought on|prompted|brought about
longer: longer|longer|longer
organisations: organisations|organisations|organisations
recorded: recorded|recorded|recorded
debt: debt|debt|debt
act: act|act|act
body: physique|physique|physique
hold: maintain|maintain|maintain
threat: menace|risk|menace
seeking: in search of|searching for|looking for
finished: completed|completed|completed
total: whole|complete|whole
chance: probability|likelihood|probability
game: recreation|sport|recreation
forecast: forecast|forecast|forecast
protect: defend|shield|defend
smoke: smoke|smoke|smoke
struck: struck|struck|struck
entered: entered|entered|entered
markets: markets|markets|markets
short: quick|brief|quick
summit: summit|summit|summit
ended: ended|ended|ended
giving: giving|giving|giving
appeared: appeared|appeared|appeared
sign: signal|signal|signal
post: submit|put up|publish
nine: 9|9|9
gun: gun|gun|gun
rest: relaxation|remainder|relaxation
federal: federal|federal|federal
placed: positioned|positioned|positioned
disaster: catastrophe|catastrophe|catastrophe
global: international|world|international
organisation: organisation|organisation|organisation
threatened: threatened|threatened|threatened
speaking: talking|talking|talking
nearly: almost|practically|almost
helicopter: helicopter|helicopter|helicopter
arrived: arrived|arrived|arrived
beginning: starting|starting|starting
base: base|base|base
market: market|market|market
main: fundamental|predominant|major
claim/claims: declare/claims|declare/claims|declare/claims
land: land|land|land
tanks: tanks|tanks|tanks
treatment: remedy|therapy|remedy
circumstances: circumstances|circumstances|circumstances
criticism: criticism|criticism|criticism
advice: recommendation|recommendation|recommendation
employees: staff|workers|workers
secret: secret|secret|secret
almost: nearly|virtually|nearly
powers: powers|powers|powers
bill: invoice|invoice|invoice
witnesses: witnesses|witnesses|witnesses
son: son|son|son
vote: vote|vote|vote
current: present|present|present
strike: strike|strike|strike
management: administration|administration|administration
hearings: hearings|hearings|hearings
begin: start|start|start
rather: quite|moderately|slightly
sentence: sentence|sentence|sentence
together: collectively|collectively|collectively
wage: wage|wage|wage
ambush: ambush|trap|ambush
guides: guides|guides|guides
virus: virus|virus|virus
closed: closed|closed|closed
little: little|little|little
burning: burning|burning|burning
though: although|although|although
fell: fell|fell|fell
coming: coming|coming|coming
property: property|property|property
activity: exercise|exercise|exercise
ruled: dominated|dominated|dominated
small: small|small|small
signed: signed|signed|signed
nothing: nothing|nothing|nothing
proposals: proposals|proposals|proposals
overall: general|total|general
injuries: accidents|accidents|accidents
squad: squad|squad|squad
tour: tour|tour|tour
hopes: hopes|hopes|hopes
payment: cost|fee|cost
stopped: stopped|stopped|stopped
problems: issues|issues|issues
problem: downside|drawback|downside
explosives: explosives|explosives|explosives
central: central|central|central
concern: concern|concern|concern
never: by no means|by no means|by no means
crowd: crowd|crowd|crowd
played: performed|performed|performed
twice: twice|twice|twice
sea: sea|sea|sea
levels: ranges|ranges|ranges
survey: survey|survey|survey
potential: potential|potential|potential
ban: ban|ban|ban
led: led|led|led
deadly: lethal|deadly|lethal
ensure: guarantee|guarantee|guarantee
paid: paid|paid|paid
big: large|huge|massive
largest: largest|largest|largest
fired: fired|fired|fired
confidence: confidence|confidence|confidence
confident: assured|assured|assured
whole: entire|complete|entire
beyond: past|past|past
system: system|system|system
saw: noticed|noticed|noticed
ceremony: ceremony|ceremony|ceremony
warning: warning|warning|warning
recent: current|latest|current
sector: sector|sector|sector
election/elections: election/elections|election/elections|election/elections
damaged: broken|broken|broken
accident: accident|accident|accident
insurance: insurance coverage|insurance coverage|insurance coverage
ties: ties|ties|ties
ministers: ministers|ministers|ministers
review: evaluation|overview|evaluate
hope: hope|hope|hope
different: totally different|completely different|completely different
space: house|house|area
fall: fall|fall|fall
responsible: accountable|accountable|accountable
verdict: verdict|verdict|verdict
study: examine|research|research
civilians: civilians|civilians|civilians
east: east|east|east
rain: rain|rain|rain
tensions: tensions|tensions|tensions
raid: raid|raid|raid
roads: roads|roads|roads
suspended: suspended|suspended|suspended
labour: labour|labour|labour
fleeing: fleeing|fleeing|fleeing
delivered: delivered|delivered|delivered
remaining: remaining|remaining|remaining
keep: hold|preserve|maintain
anyone: anybody|anybody|anybody
tough: powerful|robust|powerful
completed: accomplished|accomplished|accomplished
severe: extreme|extreme|extreme
lower: decrease|decrease|decrease
avoid: keep away from|keep away from|keep away from
reduced: lowered|diminished|lowered
traditional: conventional|conventional|conventional
flames: flames|flames|flames
blame: blame|blame|blame
victims: victims|victims|victims
respond: reply|reply|reply
reduce: scale back|cut back|cut back
accept: settle for|settle for|settle for
assault: assault|assault|assault
growing: rising|rising|rising
incident: incident|incident|incident
issued: issued|issued|issued
open: open|open|open
built: constructed|constructed|constructed
winner: winner|winner|winner
successful: profitable|profitable|profitable
conducted: carried out|performed|carried out
heading: heading|heading|heading
yacht/yachts: yacht/yachts|yacht/yachts|yacht/yachts
created: created|created|created
carry: carry|carry|carry
wake: wake|wake|wake
complex: complicated|advanced|complicated
showed: confirmed|confirmed|confirmed
suffered: suffered|suffered|suffered
heart: coronary heart|coronary heart|coronary heart
affected: affected|affected|affected
history: historical past|historical past|historical past
spread: unfold|unfold|unfold
questions: questions|questions|questions
provide: present|present|present
enter: enter|enter|enter
suspect/suspects: suspect/suspects|suspect/suspects|suspect/suspects
charge/charges: cost/prices|cost/expenses|cost/fees
technology: expertise|know-how|expertise
approach: method|strategy|method
leave: depart|go away|depart
documents: paperwork|paperwork|paperwork
direct: direct|direct|direct
resolution: decision|decision|decision
crackdown: crackdown|crackdown|crackdown
research: analysis|analysis|analysis
seriously: critically|severely|significantly
detention: detention|detention|detention
revealed: revealed|revealed|revealed
started: began|began|began
tribal: tribal|tribal|tribal
chairman: chairman|chairman|chairman
shows: reveals|exhibits|reveals
assistance: help|help|help
promised: promised|promised|promised
unemployment: unemployment|unemployment|unemployment
tragedy: tragedy|tragedy|tragedy
farmers: farmers|farmers|farmers
lung: lung|lung|lung
blame: blame|blame|blame
nearby: close by|close by|close by
streets: streets|streets|streets
diplomatic: diplomatic|diplomatic|diplomatic
toll: toll|toll|toll
holiday: vacation|vacation|vacation
free: free|free|free
fellow: fellow|fellow|fellow
scheduled: scheduled|scheduled|scheduled
year-old: 12 months-old|yr-old|12 months previous
year: yr|12 months|yr
years: years|years|years
last year: final yr|final 12 months|final yr
last week: final week|final week|final week
next week: subsequent week|subsequent week|subsequent week
last night: final evening|final night time|final night time
people: individuals|folks|folks
said: mentioned|stated|stated
says: says|states|says
told: informed|advised|instructed
per cent: p.c.|%|per cent
percent: p.c.|%|p.c.
more than: greater than|over|greater than
as well as: in addition to|in addition to|in addition to
because of: due to|due to|due to
in order to: so as to|to be able to|so as to
a number of: quite a few|a lot of|numerous
took place: came about|occurred|came about
prime minister's: prime minister's|premier's|prime minister's
tear gas: tear fuel|tear gasoline|tear fuel
front line: entrance line|entrance line|entrance line
front lines: entrance strains|entrance traces|entrance strains
however: nonetheless|nevertheless|however
but: however|however|but
also: additionally|additionally|moreover
many: many|quite a lot of|a lot of
some: some|some|a few
about: about|about|roughly
because: as a result of|as a result of|as a result of
before: earlier than|earlier than|earlier than
after: after|after|following
since: since|since|for the reason that
during: throughout|throughout|throughout
until: till|till|till
against: in opposition to|towards|in opposition to
while: whereas|whereas|whilst
other: different|different|different
another: one other|one other|one other
today: as we speak|right now|at this time
yesterday: yesterday|yesterday|yesterday
tonight: tonight|tonight|this night
now: now|now|now
again: once more|once more|once more
very: very|extremely|very
only: solely|solely|solely
often: usually|typically|typically
even: even|even|even
just: simply|simply|simply
however: nonetheless|nevertheless|however
meanwhile: in the meantime|in the meantime|in the meantime
spokesman: spokesman|spokesperson|spokesman
spokeswoman: spokeswoman|spokesperson|spokeswoman
suicide: suicide|self-destruction|suicide
suicide bomber: suicide bomber|suicide bomber|self-destruction bomber
suicide bombers: suicide bombers|suicide bombers|suicide bombers
democratic: democratic|popularity based|democratic
democracy: democracy|democracy|democracy
pro-democracy: pro-democracy|favorable to a majority rules system|pro-democracy
campaign: marketing campaign|marketing campaign|marketing campaign
attempts: makes an attempt|makes an attempt|makes an attempt
behaviour: behaviour|behaviour|behaviour
announce: announce|announce|announce
cricketers: cricketers|cricketers|cricketers
bowler: bowler|bowler|bowler
wicket/wickets: wicket/wickets|wicket/wickets|wicket/wickets
runs: runs|runs|runs
batsman/batsmen: batsman/batsmen|batsman/batsmen|batsman/batsmen
hostages: hostages|hostages|hostages
refugees: refugees|refugees|refugees
evacuate: evacuate|evacuate|evacuate
evacuated: evacuated|evacuated|evacuated
vacate: vacate|vacate|vacate
property: property|property|property
properties: properties|properties|properties
destroy: destroy|destroy|destroy
threatening: threatening|threatening|threatening
interim: interim|interim|interim
currency: forex|foreign money|forex
default: default|default|default
debt: debt|debt|debt
repayments: repayments|repayments|repayments
jobs: jobs|jobs|jobs
airline's: airline's|airline's|airline's
passengers: passengers|passengers|passengers
employees: staff|workers|workers
unions: unions|unions|unions
entitlements: entitlements|entitlements|entitlements
administrators: directors|directors|directors
liquidation: liquidation|liquidation|liquidation
"""

# Odd spinner output rarely touches every column above; the tool below rebuilds a table that
# keeps only entries where at least one alternative differs from the key.

REWRITE = r"""
residents: locals|people living in the area
blaze: fire
blazes: fires
huge: massive|large
announced: said|revealed
approximately: about|around
around: about|some
more than: over
authorities: officials
officials: authorities
arrested: detained
attack: assault
attacks: assaults
forced to: made to
however: but
but: however
also: as well
says: said
said: added
told reporters: said
large: big
big: large
children: kids
injured: hurt
began: started
started: began
expected: likely
likely: expected
currently: now
want: wish
wants: wishes
believe: think
believes: thinks
received: got
help: assist
buildings: structures
homes: houses
houses: homes
military: armed forces
fighters: combatants
troops: soldiers
government: administration
spokesman: spokesperson
spokeswoman: spokesperson
strong: powerful
several: a number of
many: a lot of
major: big
talks: negotiations
agreement: deal
deal: agreement
killed: left dead
died: lost their lives
deaths: fatalities
damage: destruction
warned: cautioned
continue: go on
continued: went on
earlier: previously
recently: lately
quickly: rapidly
need: have to
needs: has to
because: as
despite: in spite of
although: though
including: among them
near: close to
attempt: bid
efforts: attempts
meeting: talks
area: region
region: area
crisis: turmoil
economy: economic situation
possible: likely
"""


def parse_table(text: str) -> dict[tuple[str, ...], list[str]]:
    """{key word tuple: [replacement, ...]} with identical alternatives removed."""
    table: dict[tuple[str, ...], list[str]] = {}
    for line in text.strip().splitlines():
        line = line.strip()
        if not line or line.startswith("#") or ":" not in line:
            continue
        keys, alts = line.split(":", 1)
        forms = [k.strip() for k in keys.split("/")]
        alternatives = [a.strip() for a in alts.split("|")]
        for fi, form in enumerate(forms):
            key = tuple(form.lower().split())
            if not key:
                continue
            options = table.setdefault(key, [])
            for alt in alternatives:
                parts = [p.strip() for p in alt.split("/")]
                if fi < len(parts) and parts[fi] and parts[fi].lower() != form.lower() and parts[fi] not in options:
                    options.append(parts[fi])
    return {k: v for k, v in table.items() if v}


SPIN_TABLE = parse_table(SPIN)
REWRITE_TABLE = parse_table(REWRITE)



SPIN_MORE = r"""
terrorists: terror suspects|terrorist operatives
lives: existences|lives
operations: operations|procedures
operation: procedure|process
line: line|strains
officers: officials|officers
chief: principal|main
flight/flights: air travel/flights|airplane journey/air journeys
buildings: constructions|edifices
bombings: explosions|blasts
heard: learnt|overheard
unions: commerce unions|labour unions
raids: forays|incursions
raid: foray|incursion
matter: subject|affair
claimed: asserted|professed
others: different folks|other individuals
emergency: exigency|emergency situation
bid: supply|try
warplanes: battle planes|struggle planes
deal: cope|settlement
station: put up|station
border: frontier|boundary
president: chairman|head of state
radical: extremist|novel
envoy: emissary|consultant
added: further|included
went: went|headed
caught: trapped|caught out
minister: secretary|minister
prime minister: premier|top minister
bombing: bombardment|blast
airport: airfield|airdrome
rejected: rebuffed|turned down
union: commerce union|guild
political: politic|political
worst: worst|poorest
investigation: probe|examination
tried: tried|tried to
kilometres: kms|km
opened: opened up|unveiled
crash: smash|wreck
planning: planning|preparing
jail: prison|gaol
late: belated|tardy
calls: requires|calls for
case: case|occasion
mission: mission|errand
helicopters: choppers|rotorcraft
helicopter: chopper|rotorcraft
cricket: cricket|crickets
mountains: mountains|mountain ranges
declared: declared|proclaimed
opposition: opposition|resistance
alleged: alleged|purported
reached: reached|attained
collapse: collapse|fall down
response: response|reply
residents: residents|inhabitants
stage: stage|section
coast: coast|shoreline
future: future|long term
drop: drop|fall
inside: inside|within
destroyed: destroyed|wrecked
inquiry: inquiry|enquiry
dispute: dispute|disagreement
sources: sources|resources
boy: boy|lad
airline: airline|airways
river: river|stream
clear: clear|apparent
figures: figures|collectible figurines
rise: rise|upward thrust
industrial: industrial|industrialised
supporters: supporters|backers
job: task|activity
tomorrow: the following day|day after today
wounded: wounded|injured
rights: rights|privileges
full: full|complete
program: programme|application
order: order|order to
proposed: proposed|projected
efforts: efforts|endeavours
refused: refused|declined
getting: getting|obtaining
means: means|manner
measures: measures|measurements
meet: meet|meet up with
gunmen: gunmen|shooters
calling: calling|referring to as
human: human|human being
flying: flying|aviation
billion: billion|bn
authority: authority|energy
rule: rule|rule of thumb
suspected: suspected|suspicious
intelligence: intelligence|intelligence agencies
recession: recession|financial downturn
beat: beat|overwhelmed
afternoon: afternoon|night
face/faces: face/faces|confront/confronts
warned: warned|cautioned
commanders: commanders|commandants
away: away|away from
banks: banks|banking institutions
media: media|press
heavy: heavy|weighty
share: share|proportion
expressed: expressed|voiced
annual: annual|yearly
terror: terror|fear
break: break|smash
look: look|look into
gave: gave|gave up
bomb: bomb|explosive
bombers: bombers|bombing planes
secretary: secretary|assistant
negotiations: negotiations|talks
longer: longer|extra
organisations: organisations|organizations
organisation: organisation|organization
recorded: recorded|logged
debt: debt|indebtedness
act: act|act as
forecast: forecast|forecast to
smoke: smoke|smoking
struck: struck|hit
entered: entered|entered into
markets: markets|marketplaces
market: market|market place
summit: summit|peak
ended: ended|ended up
appeared: appeared|seemed
gun: gun|firearm
federal: federal|Commonwealth
threatened: threatened|endangered
arrived: arrived|got here
base: base|base camp
claims: assertions|statements
land: land|land on
tanks: tanks|tankers
circumstances: circumstances|situations
criticism: criticism|critique
secret: secret|secretive
powers: powers|capabilities
witnesses: witnesses|eyewitnesses
son: son|offspring
vote: vote|poll
strike: strike|hanging
hearings: hearings|listening to
sentence: sentence|sentence to
wage: wage|salary
guides: guides|guide books
virus: virus|bug
closed: closed|shut
little: little|slight
burning: burning|flaming
fell: fell|dropped
coming: coming|upcoming
property: property|possession
properties: properties|possessions
small: small|little
signed: signed|inked
nothing: nothing|nothing in any respect
proposals: proposals|propositions
squad: squad|group
tour: tour|journey
hopes: hopes|hopes for
explosives: explosives|explosive units
central: central|central authorities
concern: concern|worry
crowd: crowd|throng
twice: twice|two times
sea: sea|ocean
survey: survey|ballot
potential: potential|prospective
ban: ban|prohibition
led: led|headed
paid: paid|paid out
largest: largest|greatest
fired: fired|sacked
confidence: confidence|self-confidence
system: system|system of
ceremony: ceremony|ritual
warning: warning|caution
sector: sector|section
election: election|ballot
elections: elections|polls
accident: accident|mishap
ties: ties|relations
ministers: ministers|secretaries
hope: hope|hope for
fall: fall|autumn
verdict: verdict|judgment
civilians: civilians|non-combatants
east: east|jap
rain: rain|rainfall
tensions: tensions|stress
roads: roads|highway
suspended: suspended|postponed
labour: labour|labor
fleeing: fleeing|escaping
delivered: delivered|handed
remaining: remaining|staying
flames: flames|flames of
blame: blame|fault
victims: victims|casualties
assault: assault|attack
incident: incident|occasion
issued: issued|launched
open: open|open up
winner: winner|victor
heading: heading|going
yacht/yachts: yacht/yachts|sailboat/sailboats
created: created|made
carry: carry|carry out
wake: wake|aftermath
suffered: suffered|sustained
affected: affected|impacted
questions: questions|queries
enter: enter|enter into
suspect/suspects: suspect/suspects|suspected person/suspected persons
direct: direct|direct to
crackdown: crackdown|clampdown
detention: detention|detainment
revealed: revealed|disclosed
tribal: tribal|tribe
chairman: chairman|chair
promised: promised|pledged
unemployment: unemployment|jobless rate
tragedy: tragedy|calamity
farmers: farmers|growers
streets: streets|avenues
diplomatic: diplomatic|diplomatical
toll: toll|tally
free: free|free of charge
fellow: fellow|fellow man
scheduled: scheduled|slated
yesterday: yesterday|the day prior to this
now: now|now now
even: even|even though
suicide: self-destruction|suicide
suicide bombers: self-destruction bombers|suicide bombers
democracy: democracy|self-rule
behaviour: behaviour|conduct
announce: announce|declare
cricketers: cricketers|cricket gamers
bowler: bowler|bowler hat
wicket/wickets: wicket/wickets|gate/gates
runs: runs|operates
batsman/batsmen: batsman/batsmen|batter/batters
hostages: hostages|captives
refugees: refugees|displaced individuals
evacuate: evacuate|clear
evacuated: evacuated|cleared
vacate: vacate|go away
destroy: destroy|wreck
threatening: threatening|menacing
interim: interim|provisional
default: default|default on
repayments: repayments|compensation
airline's: airline's|airways'
passengers: passengers|travellers
entitlements: entitlements|rights
liquidation: liquidation|winding up
went: went|headed
kilometre: kilometre|km
metre: metre|meter
water: water|H2O
bus: bus|coach
half: half|fifty p.c.
innings: innings|innings of
investigate: examine|probe
investigators: investigators|detectives
detained: detained|held
wounding: wounding|injuring
explosion/explosions: explosion/explosions|blast/blasts
fierce: fierce|ferocious
exchange: alternate|change
cancelled: cancelled|known as off
extremist/extremists: extremist/extremists|fanatic/fanatics
hardline: hardline|onerous line
cabinet: cupboard|cupboard
leaders: leaders|frontrunners
captain: captain|skipper
test: take a look at|check
series: sequence|collection
match: match|recreation
players: gamers|gamers
player: participant|participant
coach: coach|mentor
season: season|season
record: file|report
victory: victory|conquer
defeat: defeat|beat
title: title|name
tournament: event|match
final: final|closing
round: spherical|spherical
opening: opening|opening up
prices: costs|costs
price: worth|value
shares: shares|stocks
investors: buyers|traders
profit: revenue|revenue
loss: loss|loss of
losses: losses|damages
sales: gross sales|gross sales
spending: spending|expenditure
budget: finances|finances
tax: tax|taxation
interest rates: rates of interest|interest charges
bank: financial institution|financial institution
dollar: greenback|greenback
dollars: greenbacks|bucks
"""

SPIN_TABLE = parse_table(SPIN + "\n" + SPIN_MORE)
