/**
 * Word lists of the interest frames: what an actor wants, seeks, needs or gets. General English, grouped by
 * the frames of FrameNet 1.7 (Desiring, Purpose, Seeking_to_achieve, Attempt, Needing, Getting, Receiving,
 * Exchange, Request) and the CAMEO verb classes 02 appeal, 03 intent and 10 demand (PETRARCH2,
 * `CAMEO.2.0.txt`); see ../shared/ATTRIBUTION.md §6. Not tied to any article.
 */

const words = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s+/));

/** Verbs of getting or wanting: "Kim is getting oil and food", "X seeks sanctions relief". */
export const ACQUIRE = words('welcome welcomes need needs needed needing prefer prefers preferred buy buys buying bought purchase purchases purchasing purchased get gets getting got receive receives receiving received gain gains gaining gained obtain obtains obtaining obtained secure secures securing secured win wins winning won want wants wanting wanted seek seeks seeking sought demand demands demanding demanded reap reaps reaping reaped extract extracts extracting extracted acquire acquires acquiring acquired regain regains regained regaining earn earns earned earning enjoy enjoys enjoyed covet covets coveted clinch clinches clinched');
/**
 * Verbs of striving, followed by "to" and what the actor is after: "is trying to extract …". Not "agreed to", "pledged to",
 * "promised to", "vowed to": what one commits to is a concession or an undertaking, which the keys do not count as wanted.
 */
export const STRIVE = words('trying try tries tried seek seeks sought seeking strive strives striving strove aspire aspires aspiring hope aiming aims aim aimed hoping hopes hoped looking attempting attempts working plans planning planned intends intending intended wants wanted want needs needed determined bidding eager keen struggling scrambling scrambles');
/** Verbs of committing: their subject acts (a group named so is an actor), but what it commits to is not wanted. */
export const COMMIT = words('agreed agree agrees pledged pledge pledges vowed vow vows promised');
/** Nouns whose content is a "that" clause: "wants guarantees that the corridor will not become an opening". */
export const CONTENT_NOUNS = words('guarantee guarantees assurance assurances promise promises commitment commitments pledge pledges proof confirmation');
/** Nouns of a gain whose beneficiary follows "for": "economic benefits for Sudan", "a win for Brazil". */
/** Nouns of what is provided, whose beneficiary follows "for": "privileged access for Turkey", "a bailout package for Argentina". */
export const PROVISIONS = words('relief access aid assistance loan loans package packages funding financing concessions');
export const BENEFIT_NOUNS: ReadonlySet<string> = new Set([...words(`benefit benefits gain gains returns return win victory boost boon windfall lifeline reward rewards advantage advantages payoff
dividend dividends`), ...PROVISIONS]);
/** Those of them that also take "to": "little benefit to Tanzania", "a boost to Kenya". */
export const BENEFIT_TO = words('benefit benefits boost boon advantage advantages');
/** What one undertakes as a means to an end: "agreed to take joint measures to strengthen …". */
export const UNDERTAKINGS = words('measures steps action actions efforts work');
/** Verbs followed by "for" and what the actor is after: "Ankara has been pushing for defence autonomy". */
export const SEEK_FOR = words('aim aims aiming aimed compete competes competing competed vie vies vying look looks looking looked search searches searching searched hunt hunts hunting push pushes pushing pushed press presses pressing pressed call calls calling called lobby lobbies lobbying lobbied fight fights fighting fought bid bids bidding ask asks asking asked hope hopes hoping angling');
/** Verbs whose first object gets the second: "It hands Moscow an enormous new market", "lets him keep pursuing …". */
export const GIVE = words('give gives gave giving hand hands handed handing offer offers offered offering grant grants granted granting bring brings brought bringing lend lends lent lending award awards awarded promise promises promised guarantee guarantees guaranteed let lets letting');
/** Verbs of gaining from something: "X benefits from …", "X is taking advantage of …". */
export const BENEFIT = words('benefit benefits benefited benefiting benefitted benefitting profit profits profited profiting');
/** Verbs that raise what follows for the actor named in it: "would boost Lima's leverage over its neighbours". */
export const BOOST = words('boost boosts boosted boosting strengthen strengthens strengthened strengthening increase increases increased enhance enhances enhanced expand expands expanded widen widens widened bolster bolsters bolstered deepen deepens deepened extend extends extended cement cements cemented consolidate consolidates consolidated diversify diversifies diversified');
/** What a boost raises for its owner. */
export const ASSETS = words(`leverage influence position standing power hand role economy security clout reach sway prestige ability capacity capabilities presence share revenue revenues income access
relationship relationships relations ties partnership industry competitiveness credibility legitimacy finances reserves`);
/** Verbs that make an actor see something as a means: "Putin sees it as a way to challenge …". */
export const SEE = words('sees see saw seeing views view viewed regards regard regarded considers consider considered');
export const MEANS = words('way chance opportunity means tool lever route path');
/** Adverbs that may stand between a verb of striving and "to": "is working hard to retain ties". */
export const RELATIVE_OPENERS = words('which who whose');
export const REGION_WORDS = words('southern northern eastern western central rural coastal urban');
/** Nouns whose complement is "to" and a verb: "the chance to develop", "the right to explore". */
export const INFINITIVE_NOUNS = words('chance chances right rights opportunity opportunities ability power licence license licences permission freedom means way approval go-ahead');
/** Adjectives and participles that raise a subject over "to": "is likely to receive". */
export const RAISING = words('likely unlikely expected set due poised able going certain bound stands stand stood');
export const MANNER = words('hard urgently desperately actively quietly openly increasingly eagerly badly also still long repeatedly publicly privately');
export const HELP = words('help helps helping helped assist assists assisting assisted aid aids aiding aided support supports supporting supported reinforce reinforcing');
export const SEND = words('send sends sending sent deploy deploys deploying deployed dispatch dispatches dispatching dispatched provide provides providing provided offer offers offering offered give gives giving gave grant grants granting granted hand hands handing handed lend lends lending lent');
export const USE = words('using uses used use');
export const AUX = words('is are was were be been being has have had will would could can may might must shall do does did also now even already still supposedly reportedly allegedly apparently increasingly clearly just only further');
export const NEGATIONS = words('not never no without refuse refuses refused refusing stop stopped halt halted');
/** Marks inside a noun phrase: hyphens, apostrophes, quotation marks, per cent and currency signs ("US$550 billion"), an editor's brackets ("6 billion [euros]"). */
export const PHRASE_MARKS = new Set(['-', '’', "'", '%', '“', '”', '"', '$', '£', '€', '¥', '₹', '[', ']']);
/** Finite verbs that end a noun phrase: "Ankara's request for F-16 fighters was approved". */
export const FINITE = words('is are was were has have had will would could can may might must shall does did remains remained');
export const CLAUSE_WORDS = words('that which who whom whose while because so but if when where although though whether unless until as than');
export const PREPOSITIONS = words('out of in from at on by for with into about over under through');
export const OBJECT_PRONOUNS = new Set(['him', 'her']);
export const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those']);
/** Verbs of hoping for what another will do: "China hopes Washington will ease limits …". */
export const HOPE = words('hope hopes hoped hoping expects expected wants wanted want');
/** Nouns of what an actor is after: "Rolling back tariffs remains China's top goal", "its demand that tariffs be lifted". */
/** Nouns of what an actor gains: "Mercosur's headline gain is a beef quota", "the main prize for the EU is …". */
export const GAINS = words('gain gains prize prizes win wins benefit benefits reward rewards payoff boon attraction upside protection protections incentive incentives sweetener dividend dividends');
export const GOALS = words('goal goals aim aims priority objective objectives demand demands ambition ambitions request requests effort efforts drive quest interest interests plan plans strategy strategies pledge pledges aspiration aspirations campaign desire intention intentions call calls appeal appeals');
export const LINKS = words('is remains was are were has been');
/** Verbs that let an actor do what it wants: "the deal would allow China to send police". */
export const ALLOW = words('allow allows allowed allowing enable enables enabled enabling permit permits permitted');
export const HAVE = words('has have had');


/**
 * Verbs of asking another to act (FrameNet Request, CAMEO 02 appeal and 10 demand): the asker wants what
 * follows "to": "UNHCR asked the mayor to find shelter", "He urged the regulator to step in".
 */
export const REQUEST = words(`ask asks asked asking urge urges urged urging press presses pressed pressing persuade persuades
persuaded persuading order orders ordered ordering encourage encourages encouraged encouraging push pushes pushed pushing
implore implores implored pressure pressures pressured pressuring lobby lobbies lobbied lobbying dare dares dared
challenge challenges challenged invite invites invited`);
/** Verbs of asking followed by "on" or "to" before the one asked: "called on Washington to …", "appealed to donors to …". */
export const CALL_ON = words('call calls called calling appeal appeals appealed appealing');
/**
 * Nouns of purpose in an adjunct of the clause's subject (FrameNet Purpose, Attempt): "in an effort to restore
 * order", "in a bid to", "in order to", "in the hope of reaching", "in search of safety".
 */
export const PURPOSE_NOUNS = words('effort attempt bid push drive move order hope hopes search quest');
/** Verbs that launch a goal noun for their subject: "Washington makes a fresh push to deepen ties". */
export const LAUNCH = words('make makes made making launch launches launched launching mount mounts mounted begin begins began begun lead leads led renew renews renewed step steps stepped intensify intensifies intensified');
/** Definite descriptions of a state named before: "the kingdom", "the landlocked country". */
export const STATE_NOUNS = words('country nation kingdom emirate republic monarchy sultanate archipelago');
/** Definite descriptions of an organisation named before: "the bloc", "the lender". */
export const BODY_NOUNS = words('bloc alliance company firm carrier airline lender miner chipmaker carmaker automaker insurer retailer regulator operator');
/** Objects of winning that are an election's result, not something an actor gets from another: "won 47.9 percent". */
export const RESULT_WORDS = words('vote votes ballots seats percent per cent % outright presidency election race');
/** Modals before "have to": an obligation to come is imposed, not wanted ("would have to answer before a court"). */
export const MODALS = words('will would could can may might must shall');
/** Asides between a subject and its verb: "China, for its part, secures …", "Bangladesh, meanwhile, gets …". */
export const ASIDES = words('meanwhile however though too also then instead in turn return exchange for its their his her part contrast short');

/** What an actor may have that is a gain: "the US will have unrestricted access to …", "has the right to …". */
export const HELD = words('access right rights control say stake foothold');
/** Verbs of securing followed by "in": "it has locked in a 15-year sale". */
export const LOCK = words('lock locks locked locking');
/**
 * Words of a clause opened by "For X," that say what X gets ("For Nepal, the deal opens a market"), beside the
 * verbs and nouns of wanting and gaining; a clause with none ("For China, the arithmetic works") is no interest.
 */
export const FOR_GAINS = words(`opens opened open keeps keep kept brings brought means meant delivers delivered provides provided
promises promised offers offered secures secured lifeline door source market partner buyer customer foothold relief outlet
boost windfall victory achievement guarantee guarantees security supply fills filled trades traded eagerness about`);
/** Passive participles of giving: "Kenya was promised a loan", "the firms were granted licences". */
export const PASSIVE_GIVE = words('given granted offered promised awarded handed guaranteed lent');
/** Passive participles of permission, before "to" and a verb: "Ethiopia will be allowed to build a corridor". */
export const PASSIVE_ALLOW = words('able allowed permitted entitled');
/** Degree adverbs between "benefit" and "from": "stands to benefit most from the agreement". */
export const BENEFIT_DEGREE = words('most greatly hugely directly significantly substantially handsomely heavily the more');
/** Roles that introduce a person as speaking for a body, beside the titles of the lexicon: "NASA Administrator …". */
export const ROLE_WORDS = words(`spokesman spokeswoman spokesperson leader chief head secretary general president chairman chairwoman
chair director minister official adviser advisor envoy ambassador commissioner administrator executive founder governor mayor
deputy representative negotiator officer fellow economist analyst researcher professor member manager`);
/** Asides between "For X," and its clause: "For NASA, then, the gain is …". */
export const FOR_ASIDES = words('then meanwhile however instead though too also now');
/** What one is locked in that is no gain: "locked in a bitter row". */
export const STRIFE = words('row dispute battle conflict stalemate struggle fight feud standoff war');


/**
 * The verbs of an explainer's section heading that name what an actor gets or wants: "What Turkey gets", "What
 * Namibia hopes to gain", "What Somalia is after". A heading of getting makes the section's giving and doing (what
 * another "will provide", what "the deal brings") the named actor's gains; a heading of wanting, its aims.
 */
export const TOPIC_GETS = words('gets get got gains gain receives receive wins win secures secure expects expect after');
export const TOPIC_WANTS = words('wants want seeks seek needs need');
/** Verbs of providing in a sentence under such a heading: "The deal also brings funds for land reclamation". */
export const PROVIDE = words(`offers offered provides provided brings brought gives gave delivers delivered creates created generates generated
establishes established includes envisages means meant promises opens supplies extends guarantees grants allows lets enables sets`);
/** Verbs after a modal that say nothing gained: "Europe will remain Russia's largest market", "would come under pressure". */
export const TOPIC_STATIVE = words('remain come see say tell face lose suffer pay cost depend need likely lead');
/** Participles of what a thing is for: "the contract is meant to unlock money", "the package is intended to relieve …". */
export const PURPOSED = words('meant intended designed aimed');
/** Verbs of wanting that end a relative clause: "the 25-year term it had wanted", "something it has long sought". */
export const WANTED = words('wanted wants want sought seeks coveted covets demanded demands needed needs lacks lacked craved');
/** What a thing may be to an actor that protects or serves it: "sees its relationship with Moscow as a shield". */
export const PROTECTIONS = words('shield buffer counterweight bulwark hedge lifeline springboard gateway insurance safeguard');
/** Verbs that join an actor to what it gains: "connects Serbia with the future of mobility", "will link Azerbaijan's mainland with its exclave". */
export const CONNECT = words('connects connect connected connecting links link linked linking');
/** Participles that place a subject to gain what follows: "Namibia remains well-positioned to become a major supplier". */
export const PLACED = words('poised positioned well-positioned placed well-placed');

/** The words an interest hangs on: a sentence with none of them has none. */
export const CUES: ReadonlySet<string> = new Set([...ALLOW, ...HAVE, ...ACQUIRE, ...STRIVE, ...HELP, ...SEND, ...USE, ...HOPE, ...GOALS, ...SEEK_FOR,
  ...GIVE, ...COMMIT, ...BENEFIT_NOUNS, 'action', 'actions', 'measures', 'steps', 'right', 'rights', ...PASSIVE_GIVE, ...PASSIVE_ALLOW, ...BENEFIT, ...BOOST, ...SEE, ...REQUEST, ...CALL_ON, ...PURPOSE_NOUNS, ...LOCK, 'exchange', 'return', 'for', 'advantage', 'winner', 'winners', 'stands', 'stand', 'short', ...CONNECT, ...PLACED]);
