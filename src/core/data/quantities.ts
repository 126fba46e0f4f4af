/**
 * Quantity heads for money: what kind of sum a figure is, so that sums of different kinds (a cost and an aid
 * pledge, a loan and a budget) are not set against each other as rival counts of one quantity.
 *
 * Source: the head nouns of sums in English-language business and wire copy (Reuters and AP style guides'
 * vocabulary of budgets, aid, trade and company results), grouped by what is counted; the verbs are the
 * usual ones that take a sum as their object ("invested $16m", "pledged £5bn").
 */

/** Kinds of sums, by the head word of what a sum is: "damage" and "cost" are one kind, "funding" and "aid" another. */
export const SUM_KINDS: ReadonlyMap<string, string> = new Map(Object.entries({
  cost: 'cost costs damage damages loss losses bill bills price prices',
  aid: 'aid funding funds grant grants assistance relief donations pledges credits incentives subsidies subsidy',
  budget: 'budget budgets spending expenditure',
  savings: 'savings cuts',
  revenue: 'revenue revenues sales income earnings profit profits',
  debt: 'debt debts deficit borrowing',
  lending: 'loan loans lending',
  investment: 'investment investments',
  trade: 'trade exports imports',
}).flatMap(([kind, words]) => words.split(' ').map((w) => [w, kind] as [string, string])));

/**
 * Verbs whose object is a sum, and the noun of that sum: "Carrier said it planned to invest $16 million"
 * is an investment, "has spent up to $350 billion" spending, "pledged $100m" aid.
 */
export const MONEY_VERBS: ReadonlyMap<string, string> = new Map(Object.entries({
  investment: 'invest invests invested investing',
  spending: 'spend spends spent spending',
  pledges: 'pledge pledges pledged pledging donate donates donated donating',
  loans: 'lend lends lent lending borrow borrows borrowed borrowing',
  losses: 'lose loses lost losing',
  debt: 'owe owes owed owing',
  earnings: 'earn earns earned earning',
  savings: 'save saves saved saving',
  cost: 'cost costs costing',
}).flatMap(([noun, words]) => words.split(' ').map((w) => [w, noun] as [string, string])));

/**
 * Currency abbreviations written before the number, glued or not: "Rs8,500", "Tk 23,000", "JPY1.35 trillion",
 * "USD12.6 billion". Source: ISO 4217 codes as wire copy writes them, and the customary abbreviations of South
 * and South-East Asian and African currencies (rupee, taka, rupiah, ringgit, shilling, naira, rand) in the
 * style guides of the region's English-language press. The value is the unit a figure carries.
 */
export const CURRENCY_PREFIXES: ReadonlyMap<string, string> = new Map([
  ['Rs', 'Rs'], ['Tk', 'Tk'], ['Rp', 'Rp'], ['RM', 'RM'], ['KSh', 'KSh'], ['Ksh', 'KSh'], ['N', 'NGN'], ['R', 'ZAR'],
  ['USD', 'USD'], ['EUR', 'EUR'], ['GBP', 'GBP'], ['JPY', 'JPY'], ['CNY', 'CNY'], ['RMB', 'CNY'], ['INR', 'INR'],
  ['PKR', 'PKR'], ['BDT', 'BDT'], ['LKR', 'LKR'], ['NPR', 'NPR'], ['IDR', 'IDR'], ['NGN', 'NGN'], ['KES', 'KES'],
  ['ZAR', 'ZAR'], ['CHF', 'CHF'], ['CAD', 'CAD'], ['AUD', 'AUD'], ['NZD', 'NZD'], ['HKD', 'HKD'], ['SGD', 'SGD'],
  ['RUB', 'RUB'], ['UAH', 'UAH'], ['TRY', 'TRY'], ['BRL', 'BRL'], ['MXN', 'MXN'], ['KRW', 'KRW'],
]);

/** Abbreviations of a currency that may stand apart before the number ("Rs 3,300"): not single letters. */
export const SPACED_CURRENCY_PREFIXES: ReadonlySet<string> = new Set([...CURRENCY_PREFIXES.keys()].filter((k) => k.length > 1));

/**
 * Units of measure written as abbreviations or scaled words, with the factor to the base unit and the noun
 * of the quantity: "85 mt" is 85 million tonnes, "2 GW" 2 billion watts, so that "93.62 million tonnes" and
 * "below 85 mt", or "2 gigawatts" and "2,000 megawatts", are compared as one measure. Source: SI prefixes
 * (BIPM, The International System of Units, 9th edition) and the abbreviations of commodity and energy copy
 * (million tonnes "mt"/"mmt", billion cubic metres "bcm", trillion cubic feet "tcf").
 */
export const SCALED_UNITS: ReadonlyMap<string, readonly [number, string]> = new Map([
  ['mt', [1e6, 'tonnes']], ['mmt', [1e6, 'tonnes']], ['bcm', [1e9, 'cubic metres']], ['tcf', [1e12, 'cubic feet']],
  ['kw', [1e3, 'watts']], ['mw', [1e6, 'watts']], ['gw', [1e9, 'watts']], ['kilowatts', [1e3, 'watts']],
  ['megawatts', [1e6, 'watts']], ['gigawatts', [1e9, 'watts']], ['kwh', [1e3, 'watt-hours']], ['mwh', [1e6, 'watt-hours']],
  ['gwh', [1e9, 'watt-hours']], ['twh', [1e12, 'watt-hours']],
]);

/** Nouns of measures and their one name, whatever the spelling: "metric tons", "tonnes"; "km", "kilometres". */
export const MEASURE_GROUPS: ReadonlyMap<string, string> = new Map(Object.entries({
  tonnes: 'tonnes tonne tons ton mt mmt',
  barrels: 'barrels barrel bbl',
  kilometres: 'kilometres kilometre kilometers kilometer km kms',
  miles: 'miles mile',
  hectares: 'hectares hectare ha',
  acres: 'acres acre',
  litres: 'litres litre liters liter',
  gallons: 'gallons gallon',
  watts: 'watts kw mw gw kilowatts megawatts gigawatts',
  'watt-hours': 'kwh mwh gwh twh',
  'cubic metres': 'bcm',
}).flatMap(([group, words]) => words.split(' ').map((w) => [w, group] as [string, string])));
