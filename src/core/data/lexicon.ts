/**
 * Word lists the analysis reads: reporting verbs, titles, organisation heads, the groups a counted
 * subject belongs to, number words and qualifiers. General English, not tied to any article.
 */

const words = (s: string): Set<string> => new Set(s.trim().split(/\s+/).map((w) => w.toLowerCase()));

/** Verbs (every form) that introduce a claim: "X says", "said X", "X estimated". */
export const REPORTING_VERBS = words(`
say says said saying claim claims claimed claiming believe believes believed believing
estimate estimates estimated estimating announce announces announced announcing report reports reported reporting
states stated insist insists insisted argue argues argued contend contends contended
tell tells told add adds added adding note notes noted noting suggest suggests suggested suggesting think thinks thought
arguing warning insisting explaining stressing
put puts count counts counted calculate calculates calculated confirm confirms confirmed
assert asserts asserted allege alleges alleged maintain maintains maintained warn warns warned
fear fears feared predict predicts predicted forecast forecasts projected project projects
reckon reckons reckoned record records recorded register registers registered expect expects expected
acknowledge acknowledges acknowledged admit admits admitted deny denies denied
write writes wrote show shows showed found finds find concluded concludes conclude
explain explains explained declare declares declared disclose discloses disclosed reveal reveals revealed
put cite cites cited quote quoted indicate indicates indicated
`);

/** Marks after which a word opens a clause as a sentence's first word does: quotation marks, brackets, dashes, a colon. */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['“', '"', '‘', "'", '(', '—', '–', ':']);

/** Words that may stand between a subject and its reporting verb: "Ukraine also believes". */
export const VERB_ADVERBS = words(`also now still even later earlier previously initially officially publicly privately repeatedly
has have had is was were are will would could may might did does do had been be not only however though separately then`);

/** Nouns naming where a figure comes from: "Russia's figures", "the ministry's estimate". */
export const SOURCE_NOUNS = words(`figure figures estimate estimates count counts tally tallies data numbers statistics stats
calculation calculations assessment assessments projection projections forecast forecasts report reports survey study
analysis review audit census poll reckoning tallying account breakdown measure findings results reading view
accounting register records database`);

/**
 * Participles that name a figure's source after "by": "the 280,000 put forward by the CGT", "a toll given by the
 * ministry", "an opinion poll conducted by Nezopont".
 */
export const PASSIVE_SOURCE_VERBS = words(`put given provided released published compiled issued cited reported estimated announced
claimed calculated counted recorded registered confirmed quoted conducted commissioned carried supplied gathered collected
offered presented submitted tallied`);

/**
 * Groups that make claims without being named: "police say", "organisers estimated", "reports say".
 * Maps each form to the group's canonical name.
 */
export const CLAIMANT_GROUPS: ReadonlyMap<string, string> = new Map(
  `
reports:Reports report:Report media-reports:Reports
analysts:Analysts analyst:Analysts experts:Experts expert:Experts
police:Police organisers:Organisers organizers:Organisers organiser:Organisers organizer:Organisers
officials:Officials official:Officials authorities:Authorities
critics:Critics witnesses:Witnesses researchers:Researchers scientists:Scientists activists:Activists
observers:Observers monitors:Monitors sources:Sources source:Source residents:Residents economists:Economists
investigators:Investigators doctors:Doctors medics:Medics rescuers:Rescuers campaigners:Campaigners
unions:Unions groups:Groups agencies:Agencies opponents:Opponents supporters:Supporters diplomats:Diplomats historians:Historians
state-media:State-media statisticians:Statisticians studies:Studies
demonstrators:Demonstrators protesters:Protesters protestors:Protesters marchers:Marchers workers:Workers employees:Employees
students:Students migrants:Migrants farmers:Farmers teachers:Teachers nurses:Nurses pilots:Pilots petitioners:Petitioners
junior-doctors:Junior-doctors factory-owners:Factory-owners protest-leaders:Protest-leaders opposition-parties:Opposition-parties tech-giants:Tech-giants
lawyers:Lawyers survivors:Survivors villagers:Villagers relatives:Relatives officers:Officers pollsters:Pollsters charities:Charities
study:Study survey:Survey poll:Poll census:Census government:Government ministry:Ministry army:Army
military:Military agency:Agency prosecutors:Prosecutors spokesman:Spokesman spokeswoman:Spokeswoman
developing-countries:Developing-countries developing-nations:Developing-countries developing-economies:Developing-countries
poor-countries:Developing-countries poorer-countries:Developing-countries poor-nations:Developing-countries poorer-nations:Developing-countries
developed-countries:Developed-countries developed-nations:Developed-countries rich-countries:Developed-countries richer-countries:Developed-countries
rich-nations:Developed-countries richer-nations:Developed-countries wealthy-countries:Developed-countries wealthy-nations:Developed-countries
member-states:Member-states island-states:Island-states island-nations:Island-states
administration:Administration prefecture:Prefecture prefect:Prefecture mayor:Mayor governor:Governor coroner:Coroner sheriff:Sheriff town-hall:Town-hall city-hall:City-hall
union:Union group:Group network:Network lab:Lab council:Council commission:Commission committee:Committee
board:Board court:Court tribunal:Tribunal department:Department office:Office service:Service bureau:Bureau
authority:Authority authorities:Authorities institute:Institute observatory:Observatory monitor:Monitor assessment:Assessment
television:Television radio:Radio newspaper:Newspaper broadcaster:Broadcaster
state-television:State-television state-tv:State-TV state-radio:State-radio state-broadcaster:State-broadcaster
rights-groups:Rights-groups human-rights-groups:Rights-groups lawmakers:Lawmakers legislators:Legislators families:Families
`
    .trim()
    .split(/\s+/)
    .map((pair) => {
      const [k, v] = pair.split(':');
      return [k.replace(/-/g, ' '), v.replace(/-/g, ' ')] as [string, string];
    }),
);

/** Nouns which, after a country's adjective ("Russian officials"), make the country the claimant. */
export const STATE_ORGANS = words(`government officials official authorities ministry military army forces leadership
media state intelligence president minister spokesman spokeswoman spokesperson embassy defence defense regime
command navy police parliament administration prosecutors sources diplomats envoy leader leaders policymakers negotiators`);

/**
 * Nouns which, after a country's demonym or possessive, name the state itself ("the Kenyan government",
 * "Peru's authorities", "Russian officials", "the Chinese side"): the phrase is another name of the country.
 */
export const STATE_NOUNS = words(`government governments authorities officials ministers administration side leadership regime`);

/** Groups named "the government" and the like: the state the article is about, when one is (see actorLinks.ts). */
export const GOVERNMENT_NAMES: ReadonlySet<string> = new Set(['government', 'central government', 'federal government', 'national government', 'authorities', 'national authorities', 'federal authorities', 'central authorities']);

/** Titles and roles that may precede a person's name; they are not part of the name. */
export const TITLES = words(`President Vice Prime Minister Ministers Secretary Chancellor Premier King Queen Prince Princess
Leader Supreme General Gen Colonel Col Major Captain Capt Lieutenant Admiral Commander Marshal Sergeant
Senator Sen Representative Rep Governor Gov Mayor Judge Justice Ambassador Envoy Spokesman Spokeswoman Spokesperson
Chairman Chairwoman Chair Chief Director Professor Prof Dr Mr Mrs Ms Miss Sir Dame Lord Lady Pope Cardinal Bishop
Archbishop Rabbi Imam Sheikh Emir Sultan Ayatollah Defence Defense Foreign Interior Finance Culture Health Justice
Deputy Acting Former Chief Executive CEO Founder Head Commissioner Inspector Officer Speaker Councillor Councilor
Treasurer Cllr Cr Crs MP MEP MLA MSP Administrator Manager Superintendent
Economy Education Trade Security Culture Energy Environment Transport Labour Labor Home Press Planning Development
`);

/**
 * The portfolios among the titles ("Health", "Energy"): they make a title only with the title word after them
 * ("Energy Minister"), so that "Institute of Development Economics" is no one titled "Development".
 */
export const PORTFOLIOS = words(`Defence Defense Foreign Interior Finance Culture Health Justice Economy Education Trade Security
Energy Environment Transport Labour Labor Home Press Planning Development`);

/** Heads that make a capitalised phrase an organisation: "Security Council", "Harvard University". */
export const ORGANISATION_HEADS = words(`Council Ministry Agency Guild University Institute Committee Commission Party Bank
Office Department Police Service Services Fund Organisation Organization Union Association Court Parliament Government
Company Corporation Corp Inc Ltd Group Federation Authority Bureau Centre Center Foundation Board Assembly Congress
Senate Army Navy Forces Guard Network Times Post Press Agency Observatory Coalition Alliance Front Movement Trust
Society Academy College School Hospital Laboratory Laboratories Lab Labs Programme Program Unit Directorate Watch
Monitor Initiative Tribunal Cabinet Administration Secretariat Survey Statistics Campaign
Force Corps Brigade Regiment Battalion Squadron Club League Project Forum Consortium Energy Air Institution Brothers Aerospace Partners Limited
Tribune Herald Journal Gazette Chronicle Telegraph Observer Inquirer Examiner Courier Television Radio Broadcasting
Steel Motors Airlines Airways Petroleum Pharmaceuticals Pharma Telecom Communications Technologies Industries Holdings
Insurance Mining Chemicals Electric Electronics Automotive Airline Railways Shipping Logistics Foods`);

/** Heads that make a capitalised phrase a place, event or thing rather than an actor. */
export const NON_ACTOR_HEADS = words(`Theatre Theater Street Square Road Avenue Bridge River Sea Ocean Mountains Mountain
Island Islands Region Province District Oblast County State City Town Village Airport Station Stadium Palace Hall
Park Tower Building Hotel Museum Cathedral Church Mosque Temple Partnership Treaty Agreement Accord Accords Pact Deal Act Bill
Law War Wars Day Week Month Year Summit Conference Games Cup Championship Olympics Festival Prize Award Award Index
Plan Strategy Operation Project Mission Crisis Revolution Peninsula Valley Coast Gulf Strait Lake Desert Front Meeting
North South East West Northern Southern Eastern Western Central Grand New Old Upper Lower Great`);

/** Capitalised words that begin sentences or headings but are never part of a name. */
export const CAPITALISED_STOPWORDS = words(`The A An And But Or Nor So Yet For On In At By To Of From With Without As If When While
Where Why How What Who Whom Whose Which That This These Those There Here Then Than Since After Before During
Although Though Because Even Also Still Just Only Meanwhile However Moreover Furthermore Indeed Instead
It Its He She They We I You His Her Their Our My Your Him Them Us Me Is Was Were Are Be Been Has Have Had Do Does Did
Will Would Could Should May Might Must Can Shall Not No Yes All Some Many Most Much More Less Few Several Each Every
Both Either Neither Other Another Such Last First Next Once Twice Now Today Yesterday Tomorrow Tonight Reports
Over Under About Around Up Down Out Into Onto Upon Against Between Among Through Across Behind Beyond Near
Mr Mrs Ms Dr According Despite Unlike Like Including Like Until Unless Whether Whatever Whoever Pictures Photos
Was Is Explainer Analysis Opinion Comment Update Updated Breaking Live Watch Read See Download Share
Earlier Later Previously Recently Initially Eventually Finally Overall Nonetheless Nevertheless Currently Already
Someone Somebody Something Everyone Everybody Everything Anyone Anybody Anything Nobody Nothing None Whichever Wherever Whenever`);

/** Month and weekday names, for telling dates from figures. */
export const MONTHS = words(`January February March April May June July August September October November December
Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec`);
export const WEEKDAYS = words(`Monday Tuesday Wednesday Thursday Friday Saturday Sunday`);

/** Nouns of time, for telling durations and ages from counts: "5 years", "18 months". */
export const TIME_UNITS = words(`second seconds minute minutes hour hours day days week weeks month months year years
decade decades century centuries night nights weekend weekends am pm a.m. p.m. hrs hr mins min sec secs`);

/**
 * The group each counted noun belongs to; figures of one group are the same kind of quantity.
 * "troops ~ soldiers ~ fighters", "people ~ demonstrators ~ protesters", "deaths ~ dead ~ killed".
 */
export const SUBJECT_GROUPS: ReadonlyMap<string, string> = (() => {
  const table: Record<string, string> = {
    civilians: `civilians civilian`,
    troops: `troops troop soldiers soldier fighters fighter servicemen serviceman servicewomen personnel forces
      recruits conscripts reservists mercenaries sappers marines paratroopers combatants militants infantry`,
    people: `people persons demonstrators demonstrator protesters protester protestors protestor marchers participants
      attendees turnout crowd crowds rally-goers supporters spectators visitors`,
    deaths: `deaths death dead killed fatalities lives victims bodies died toll`,
    injuries: `injured wounded injuries hurt`,
    casualties: `casualties casualty losses`,
    refugees: `refugees refugee asylum-seekers migrants displaced evacuees`,
    cases: `cases infections infected patients hospitalisations hospitalizations`,
    jobs: `jobs job workers employees staff positions layoffs redundancies cuts`,
    homes: `homes houses buildings dwellings households`,
    votes: `votes vote voters ballots electorate`,
    money: `pounds dollars euros yen yuan rupees roubles rubles francs`,
    children: `children kids students pupils`,
    species: `species`,
    users: `users customers subscribers members`,
    arrests: `arrests arrested detained detentions prisoners`,
    weapons: `missiles shells rockets drones weapons tanks aircraft`,
  };
  const map = new Map<string, string>();
  for (const [group, list] of Object.entries(table)) {
    for (const word of list.trim().split(/\s+/)) map.set(word.replace(/-/g, ' '), group);
  }
  return map;
})();

/** Modifiers that make a noun military personnel: "combat engineers", "military builders". */
export const MILITARY_MODIFIERS = words(`military combat army armed frontline front-line naval special elite`);

/** Words that may stand between a number and the thing counted: "6,000 more soldiers". */
export const COUNT_MODIFIERS = words(`more additional extra further new other another fresh former active young old
local foreign civilian total estimated`);

/** Nouns a definite description uses for an organisation named before: "the company announced". */
export const COMPANY_NOUNS = words(`company firm carmaker automaker group bank retailer airline insurer lender manufacturer
chipmaker startup conglomerate giant operator broadcaster publisher newspaper agency carrier miner utility`);

/**
 * Verbs after (or before) a count that say what is counted: "1,210 people had died" counts deaths,
 * "killed 2,000 civilians" too; "displaced 500,000 people" counts refugees.
 */
/** Words that say a quantity changed: a figure after "from" or "by" next to them is a former value or a change. */
export const CHANGE_WORDS: ReadonlySet<string> = new Set(`rose rise rises rising risen increased increase increases increasing
  climbed climb climbs climbing jumped jump jumps jumping soared soars surged surges fell fall falls falling fallen dropped drop
  drops dropping declined decline declines declining decreased decrease decreases grew grow grows growing raised raise raises
  revised revises lowered lowers doubled tripled halved up down higher lower upgraded downgraded cut cuts reduced reduce
  reduces slashed trimmed shrank shrunk expanded widened narrowed`.split(/\s+/));
/** Nouns of change: "an increase of 500", "a drop of 3%". */
export const CHANGE_NOUNS: ReadonlySet<string> = new Set(['increase', 'rise', 'drop', 'fall', 'decline', 'decrease', 'jump', 'reduction', 'surge', 'growth']);

export const PREDICATE_GROUPS: ReadonlyMap<string, string> = (() => {
  const table: Record<string, string> = {
    deaths: 'died die dies dead killed perished drowned executed murdered slain',
    injuries: 'injured wounded hurt hospitalised hospitalized',
    arrests: 'arrested detained jailed imprisoned',
    refugees: 'displaced fled evacuated uprooted',
  };
  const map = new Map<string, string>();
  for (const [group, list] of Object.entries(table)) for (const w of list.split(' ')) map.set(w, group);
  return map;
})();

/** Nouns of people whose group a predicate may refine: "people", "civilians", "residents". */
export const PEOPLE_NOUNS = words(`people persons civilians residents men women children inhabitants villagers citizens
passengers workers migrants soldiers troops fighters patients`);

/** Qualifiers before a number and what they make of it. */
export const QUALIFIERS: ReadonlyArray<{ phrase: string; kind: 'approx' | 'min' | 'max' | 'minApprox' | 'maxApprox' | 'farBelow' | 'farAbove' }> = [
  // A denial or a stress on distance: the value is a bound the speaker says is far from the truth.
  { phrase: 'nowhere near', kind: 'farBelow' },
  { phrase: 'not even', kind: 'farBelow' },
  { phrase: 'far fewer than', kind: 'farBelow' },
  { phrase: 'far less than', kind: 'farBelow' },
  { phrase: 'much less than', kind: 'farBelow' },
  { phrase: 'well below', kind: 'farBelow' },
  { phrase: 'well under', kind: 'farBelow' },
  { phrase: 'far below', kind: 'farBelow' },
  { phrase: 'far more than', kind: 'farAbove' },
  { phrase: 'many more than', kind: 'farAbove' },
  { phrase: 'much more than', kind: 'farAbove' },
  { phrase: 'well over', kind: 'farAbove' },
  { phrase: 'well above', kind: 'farAbove' },
  { phrase: 'far above', kind: 'farAbove' },
  { phrase: 'an estimated', kind: 'approx' },
  { phrase: 'approximately', kind: 'approx' },
  { phrase: 'about', kind: 'approx' },
  { phrase: 'around', kind: 'approx' },
  { phrase: 'roughly', kind: 'approx' },
  { phrase: 'some', kind: 'approx' },
  { phrase: 'circa', kind: 'approx' },
  { phrase: 'close to', kind: 'maxApprox' },
  { phrase: 'nearly', kind: 'maxApprox' },
  { phrase: 'almost', kind: 'maxApprox' },
  { phrase: 'just under', kind: 'maxApprox' },
  { phrase: 'just below', kind: 'maxApprox' },
  { phrase: 'up to', kind: 'max' },
  { phrase: 'as many as', kind: 'max' },
  { phrase: 'no more than', kind: 'max' },
  { phrase: 'fewer than', kind: 'max' },
  { phrase: 'less than', kind: 'max' },
  { phrase: 'under', kind: 'max' },
  { phrase: 'below', kind: 'max' },
  { phrase: 'just over', kind: 'minApprox' },
  { phrase: 'just above', kind: 'minApprox' },
  { phrase: 'more than', kind: 'min' },
  { phrase: 'over', kind: 'min' },
  { phrase: 'above', kind: 'min' },
  { phrase: 'at least', kind: 'min' },
  { phrase: 'no fewer than', kind: 'min' },
  { phrase: 'upwards of', kind: 'min' },
  { phrase: 'in excess of', kind: 'min' },
];

/** How far a "far" qualifier puts the true value from the one written: "nowhere near 6,000" is at most 80% of it. */
export const FAR_FACTOR = 0.8;
/** The qualifiers of distance ("nowhere near", "well over"), lower-cased, by kind. */
export const FAR_QUALIFIERS: ReadonlyMap<string, 'farBelow' | 'farAbove'> = new Map(
  QUALIFIERS.flatMap((q) => (q.kind === 'farBelow' || q.kind === 'farAbove' ? [[q.phrase, q.kind] as const] : [])),
);

/** The kind of a figure's qualifier when it is one of distance ("nowhere near", quoted or not), else `undefined`. */
export function farQualifier(qualifier: string | null | undefined): 'farBelow' | 'farAbove' | undefined {
  return qualifier ? FAR_QUALIFIERS.get(qualifier.toLowerCase().replace(/["“”‘’']/g, '').trim()) : undefined;
}

/** Cardinal number words and their values. */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9],
  ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15], ['sixteen', 16],
  ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50],
  ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90], ['a dozen', 12], ['dozen', 12],
]);

/** Multiplier words and suffixes: "1.03 million", "£350m", "$2bn", "5k". */
export const MULTIPLIERS: ReadonlyMap<string, number> = new Map([
  ['hundred', 100], ['thousand', 1e3], ['k', 1e3], ['million', 1e6], ['mn', 1e6], ['m', 1e6], ['mln', 1e6],
  ['billion', 1e9], ['bn', 1e9], ['b', 1e9], ['trillion', 1e12], ['tn', 1e12], ['lakh', 1e5], ['crore', 1e7],
]);

/** Currency symbols and codes. */
export const CURRENCIES: ReadonlyMap<string, string> = new Map([
  ['$', 'USD'], ['US$', 'USD'], ['£', 'GBP'], ['€', 'EUR'], ['¥', 'JPY'], ['₹', 'INR'], ['₽', 'RUB'], ['₩', 'KRW'],
  ['₴', 'UAH'], ['USD', 'USD'], ['GBP', 'GBP'], ['EUR', 'EUR'], ['dollars', 'USD'], ['pounds', 'GBP'], ['euros', 'EUR'],
  ['yen', 'JPY'], ['yuan', 'CNY'], ['rupees', 'INR'], ['roubles', 'RUB'], ['rubles', 'RUB'],
]);
