"""Hand-written synonym table used for spinning and paraphrasing.

Each line: word: synonym, synonym, ...  The first synonym is the "plain"
choice used by paraphrases; spinners pick any of them, often the odd ones.
"""

_TABLE = """
said: stated, expressed, mentioned, uttered, remarked
says: states, expresses, mentions, remarks
say: state, express, mention, declare
told: informed, advised, instructed
market: marketplace, bazaar, business sector, commercial center
markets: marketplaces, bazaars, business sectors
price: cost, valuation, charge, sticker worth
prices: costs, valuations, charges, rates
rose: climbed, ascended, went up, soared
rise: increase, ascent, upward push, climb
fell: dropped, tumbled, descended, plunged
fall: drop, decline, descent, tumble
increase: boost, enlargement, hike, augmentation
increased: boosted, expanded, hiked, augmented
decline: drop, slump, downturn, decrease
company: firm, enterprise, organization, outfit
companies: firms, enterprises, organizations, outfits
government: administration, authorities, regime, state
officials: authorities, functionaries, bureaucrats, representatives
official: authority, functionary, bureaucrat, representative
year: annum, twelvemonth, calendar year
years: annums, twelvemonths, calendar years
week: seven days, weekly period, workweek
month: calendar month, thirty days, moon cycle
today: this day, these days, nowadays
bank: lender, monetary institution, financial house
banks: lenders, monetary institutions, financial houses
shares: stakes, offers, portions, equities
stock: stock, inventory, equity, supply
trade: commerce, exchange, trading, buying and selling
exports: outbound shipments, overseas sales, exportations
imports: inbound shipments, importations, foreign purchases
export: outbound shipment, exportation, overseas sale
import: importation, inbound shipment
farmers: growers, agriculturalists, ranchers, cultivators
crop: harvest, yield, produce
crops: harvests, yields, produce
grain: cereal, corn, kernel
wheat: wheat grain, cereal crop
maize: corn, Indian corn
tonnes: metric tons, huge amounts
tonne: metric ton, ton
sources: insiders, informants, sources of information
source: insider, informant, origin
agreement: accord, settlement, understanding, pact
deal: arrangement, bargain, transaction
talks: discussions, negotiations, conversations, parleys
meeting: gathering, assembly, session, get-together
minister: secretary, cabinet member, clergyman
ministry: department, bureau, ministry office
president: head, chief executive, leader, chairman
chairman: chair, chief, head honcho, presiding officer
spokesman: representative, mouthpiece, agent, voice
analysts: experts, observers, pundits, commentators
dealers: traders, merchants, brokers, vendors
traders: merchants, dealers, brokers, vendors
expected: anticipated, predicted, foreseen, awaited
estimated: assessed, approximated, reckoned, evaluated
about: around, roughly, approximately, close to
around: about, roughly, approximately, round
between: among, amid, betwixt
large: huge, enormous, massive, sizable
big: huge, large, sizable, massive
small: little, tiny, minor, modest
high: excessive, elevated, lofty, tall
low: reduced, minimal, depressed, humble
new: fresh, novel, recent, brand-new
current: present, existing, ongoing, contemporary
recent: latest, current, fresh, new
major: main, significant, principal, big
important: vital, essential, critical, significant
total: complete, entire, overall, full
main: principal, chief, primary, key
likely: probable, prone, apt, possible
possible: feasible, achievable, plausible, doable
help: assist, aid, support, abet
helped: assisted, aided, supported, abetted
make: create, produce, generate, fabricate
made: created, produced, generated, fabricated
buy: purchase, acquire, procure, obtain
bought: purchased, acquired, procured, obtained
sell: vend, market, trade, peddle
sold: vended, marketed, traded, peddled
sales: deals, transactions, purchases, vending
purchase: acquisition, procurement, buying
purchases: acquisitions, procurements, buys
offer: proposal, bid, tender, proffer
offered: proposed, proffered, tendered, extended
plan: scheme, strategy, blueprint, design
plans: schemes, strategies, blueprints, designs
planned: scheduled, intended, projected, designed
program: scheme, programme, plan, initiative
policy: strategy, approach, procedure, guideline
production: manufacturing, output, creation, fabrication
output: production, yield, creation, turnout
demand: request, need, call, want
supply: provide, provision, stock, reserve
supplies: provisions, stocks, reserves, materials
growth: development, expansion, progress, advancement
economy: financial system, economic system, thrift
economic: financial, fiscal, monetary, commercial
financial: monetary, fiscal, economic, pecuniary
money: cash, funds, capital, currency
dollar: buck, greenback, US currency
dollars: bucks, greenbacks, US currency
rate: rate, price, charge, tempo
rates: prices, charges, tempos, levels
interest: curiosity, attention, involvement, interest
level: degree, amount, stage, tier
levels: degrees, amounts, stages, tiers
country: nation, state, land, kingdom
countries: nations, states, lands, kingdoms
world: globe, earth, planet, universe
international: worldwide, global, intercontinental
foreign: overseas, international, alien, external
domestic: home, internal, local, household
national: countrywide, nationwide, civil, state
last: past, previous, final, closing
next: following, subsequent, coming, upcoming
first: initial, primary, leading, earliest
early: premature, initial, first, prompt
late: belated, overdue, tardy, recent
record: file, document, report, register
report: story, account, record, statement
reported: recounted, announced, documented, described
announced: declared, proclaimed, revealed, disclosed
statement: declaration, announcement, assertion, report
added: included, appended, attached, supplemented
noted: mentioned, remarked, observed, pointed out
agreed: consented, concurred, settled, assented
decided: determined, resolved, concluded, settled
decision: choice, determination, ruling, verdict
approved: authorized, sanctioned, endorsed, ratified
include: comprise, contain, encompass, incorporate
including: comprising, containing, encompassing
under: beneath, below, underneath, beneath
because: since, as, due to the fact that
however: nevertheless, nonetheless, even so
also: additionally, likewise, too, moreover
still: nonetheless, yet, even now
only: just, merely, solely, simply
already: previously, by now, earlier
very: extremely, really, highly, exceedingly
much: considerably, greatly, significantly
many: numerous, various, a lot of, countless
several: a few, various, numerous, some
some: a few, certain, several, a little
other: different, additional, alternative, further
same: identical, similar, equal, equivalent
part: portion, component, section, piece
end: conclusion, finish, close, termination
ended: concluded, finished, closed, terminated
start: begin, commence, initiate, launch
began: commenced, started, initiated, launched
begin: commence, start, initiate, launch
continue: proceed, persist, carry on, go on
continued: proceeded, persisted, carried on, went on
remain: stay, persist, linger, continue
remained: stayed, persisted, lingered, continued
need: requirement, necessity, want, demand
needed: required, essential, necessary, wanted
problem: issue, difficulty, trouble, predicament
problems: issues, difficulties, troubles, predicaments
issue: problem, matter, concern, subject
support: backing, help, assistance, endorsement
strong: powerful, robust, sturdy, forceful
weak: feeble, frail, fragile, flimsy
good: great, fine, excellent, decent
poor: bad, inferior, substandard, needy
better: improved, superior, finer, greater
higher: greater, larger, loftier, more elevated
lower: reduced, decreased, smaller, diminished
cut: reduce, trim, slash, chop
cuts: reductions, trims, slashes, chops
reduce: decrease, lessen, diminish, cut
reduced: decreased, lessened, diminished, cut
raise: lift, elevate, boost, hoist
raised: lifted, elevated, boosted, hoisted
loss: loss, deficit, shortfall, damage
losses: deficits, shortfalls, damages
profit: earnings, gain, revenue, income
profits: earnings, gains, revenues, incomes
earnings: income, profits, revenue, salary
business: commerce, trade, enterprise, industry
industry: business, trade, sector, manufacturing
sector: area, division, zone, branch
group: team, association, organisation, cluster
members: participants, associates, individuals
member: participant, associate, affiliate
committee: board, council, panel, commission
system: structure, framework, scheme, method
period: span, time frame, interval, term
season: time of year, period, term
weather: climate, conditions, atmospheric conditions
rain: precipitation, downpour, showers, rainfall
rains: downpours, showers, rainfalls
dry: arid, parched, dehydrated, waterless
area: region, zone, district, territory
areas: regions, zones, districts, territories
state: state, nation, condition, province
states: nations, conditions, provinces
city: metropolis, town, municipality, urban area
port: harbour, harbor, seaport, dock
ship: vessel, boat, ship, craft
ships: vessels, boats, crafts
shipment: consignment, cargo, delivery, load
shipments: consignments, cargoes, deliveries, loads
cargo: freight, load, consignment, shipment
quality: excellence, calibre, grade, standard
quantity: amount, volume, sum, measure
amount: quantity, sum, volume, measure
figures: numbers, statistics, digits, figures
number: quantity, amount, figure, digit
show: display, exhibit, present, demonstrate
showed: displayed, exhibited, presented, demonstrated
shows: displays, exhibits, presents, demonstrates
seen: viewed, observed, witnessed, spotted
see: view, observe, witness, behold
believe: think, consider, reckon, suppose
think: believe, consider, reckon, suppose
move: step, action, measure, maneuver
moves: steps, actions, measures, maneuvers
action: move, step, measure, act
measures: steps, actions, moves, procedures
effect: impact, influence, consequence, result
impact: effect, influence, consequence, affect
result: outcome, consequence, effect, upshot
results: outcomes, consequences, effects, upshots
due: owing, expected, scheduled, payable
held: kept, retained, maintained, conducted
hold: keep, retain, maintain, conduct
give: provide, grant, hand, supply
given: provided, granted, handed, supplied
take: seize, grab, capture, acquire
taken: seized, grabbed, captured, acquired
pay: compensate, remunerate, reimburse, settle
paid: compensated, remunerated, reimbursed, settled
receive: obtain, get, gain, collect
received: obtained, got, gained, collected
allow: permit, let, enable, authorize
allowed: permitted, let, enabled, authorized
use: utilize, employ, apply, exploit
used: utilized, employed, applied, exploited
set: established, fixed, placed, put
open: unfastened, accessible, available, unlocked
close: shut, near, nearby, conclude
closed: shut, concluded, ended, sealed
data: information, figures, statistics, facts
information: data, knowledge, details, intelligence
reports: stories, accounts, records, statements
unchanged: unaltered, steady, constant, static
lead: guide, direct, head, steer
leading: main, chief, foremost, principal
following: after, subsequent to, next, succeeding
against: versus, opposed to, counter to, in opposition to
before: prior to, ahead of, earlier than
after: following, subsequent to, later than, behind
during: throughout, through, in the course of
since: because, as, given that, considering that
despite: regardless of, notwithstanding, in spite of
without: lacking, minus, with no, devoid of
within: inside, in, inside of, amid
private: personal, confidential, secret, non-public
public: open, communal, general, civic
pressure: strain, stress, force, tension
concern: worry, anxiety, matter, fear
concerns: worries, anxieties, matters, fears
hopes: desires, aspirations, wishes, expectations
fears: worries, anxieties, dreads, apprehensions
ago: back, previously, earlier, in the past
day: day, date, daytime, twenty-four hours
days: days, dates, daytimes
week's: seven days', workweek's
futures: prospects, destinies, forward contracts
harvest: crop, yield, gathering, reaping
stocks: shares, inventories, supplies, reserves
reserves: stockpiles, supplies, funds, holds
forecast: prediction, projection, outlook, prognosis
outlook: prospect, view, forecast, viewpoint
prospects: chances, possibilities, outlooks, odds
mln: million
bln: billion
pct: percent, per cent
dlrs: dollars, bucks
"""

SYN = {}
for _line in _TABLE.strip().splitlines():
    _w, _, _rest = _line.partition(":")
    _alts = [a.strip() for a in _rest.split(",") if a.strip() and a.strip() != _w.strip()]
    if _alts:
        SYN[_w.strip()] = _alts
