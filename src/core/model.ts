/** A half-open span of UTF-16 code units in the document text: `start` inclusive, `end` exclusive. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A span with the document text it covers. */
export interface Excerpt extends Span {
  readonly text: string;
}

/** The person's annotation that made or changed a model item (shown as an author badge). */
export interface AnnotationRef {
  readonly id: string;
  readonly author: string;
}

/** What kind of thing an actor is. */
export type ActorKind = 'country' | 'person' | 'organisation' | 'group' | 'other';

/** One place where the document names an actor. */
export interface Mention extends Excerpt {
  readonly actorId: string;
}

/** A person, country, organisation or group that the document names or quotes. */
export interface Actor {
  readonly id: string;
  readonly name: string;
  readonly kind: ActorKind;
  /** Other names the document uses for this actor, in order of first use. */
  readonly aliases: readonly string[];
  readonly mentions: readonly Mention[];
  /** Annotations that declared, renamed or merged this actor. */
  readonly annotatedBy?: readonly AnnotationRef[];
}

/**
 * The rule that gave a figure or an interest its source, so that a reader can judge it:
 * - `source-before`: the source, then a reporting verb ("Kyiv says …", "Police estimated …");
 * - `source-after`: a reporting verb closing the clause, with its source ("…, the ministry said", "…, said Oxfam");
 * - `according-to`: "according to X";
 * - `source-noun`: the source's figures, count or estimate ("Russia's figures", "organisers' estimate");
 * - `participle`: ", saying …" or ", adding that …" after a clause whose subject is the source;
 * - `carried`: a hedged sentence ("reportedly") carrying the source of the sentence before it;
 * - `quotation`: a sentence inside a quotation whose source is named where it closes.
 */
export type ClaimBasis = 'source-before' | 'source-after' | 'according-to' | 'source-noun' | 'participle' | 'carried' | 'quotation';

/** A number the document states, normalised to a value range. */
export interface Figure extends Excerpt {
  readonly id: string;
  /** Lower bound of the value; `null` when open ("up to 5,000"). */
  readonly low: number | null;
  /** Upper bound of the value; `null` when open ("more than 1,000"). */
  readonly high: number | null;
  readonly approximate: boolean;
  /** The qualifier as written ("about", "more than"), if any. */
  readonly qualifier: string | null;
  /** `%`, a currency code such as `GBP`, or `null` for a plain count. */
  readonly unit: string | null;
  /** The thing counted, as written ("soldiers"). */
  readonly subject: string | null;
  /** The kind of quantity: figures of one group can be compared ("troops" for soldiers, fighters …). */
  readonly subjectGroup: string | null;
  /** Actor id of whoever the document says claims this figure; `null` for the article's own voice. */
  readonly claimant: string | null;
  /** The words that attribute the figure ("Kyiv says"), if any. */
  readonly attribution: Excerpt | null;
  /** The rule that read {@link attribution}; `null` when there is none (or a person set the claimant). */
  readonly claimBasis: ClaimBasis | null;
  /** Id of the figure this one is a part of (1,000 + 5,000 making up 6,000). */
  readonly partOf: string | null;
  /**
   * `previous` for an earlier value of the quantity ("up from 2,000", "increased to 34 from 16"), `delta` for
   * a change in it ("rose by 1,000", "an increase of 500"); `null` for the quantity itself. Neither of the
   * first two is a rival of the current value.
   */
  readonly change: 'previous' | 'delta' | null;
  /** The city its sentence names ("750,000 marched in Los Angeles"), if any: figures of different places are not rivals. */
  readonly place: string | null;
  /** Annotations that set this figure's claimant or subject. */
  readonly annotatedBy?: readonly AnnotationRef[];
}

/** Two or more sources giving values that do not agree for the same quantity. */
export interface Dispute {
  readonly id: string;
  readonly subject: string;
  /** Ids of the rival figures, in document order. */
  readonly figures: readonly string[];
  readonly message: string;
  /** A person's review of the dispute ("confirmed" or "resolved"; "not a dispute" removes it). */
  readonly review?: AnnotationRef & { readonly status: 'confirmed' | 'resolved'; readonly comment: string };
}

/** What a source says an actor wants or gets. */
export interface Interest {
  /** Actor id of the actor whose interest it is. */
  readonly actor: string;
  readonly interest: string;
  /** Actor id of the source; `null` for the article's own voice. */
  readonly claimedBy: string | null;
  /** The words that attribute the interest to {@link claimedBy} ("analysts say"), if any. */
  readonly attribution: Excerpt | null;
  /** The rule that read {@link attribution}; `null` when there is none. */
  readonly claimBasis: ClaimBasis | null;
  /** The word of wanting or getting the interest was read from ("wants", "gets", "goal"). */
  readonly cue: string | null;
  readonly evidence: Excerpt;
  /** The annotation that added this interest, when a person did. */
  readonly annotatedBy?: readonly AnnotationRef[];
}

/** Severity of a finding, from most to least severe. */
export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** A problem or point of interest in the content, with a place and a rule code. */
export interface Finding extends Span {
  readonly code: 'disputed-figure';
  readonly severity: Severity;
  readonly message: string;
  /** Other places the finding refers to (the rival claims), each with a short label. */
  readonly related: ReadonlyArray<Span & { readonly message: string }>;
  readonly figureId: string;
  readonly disputeId: string;
}

/** Everything the analysis knows about one document. */
export interface DocumentModel {
  readonly actors: readonly Actor[];
  readonly figures: readonly Figure[];
  readonly disputes: readonly Dispute[];
  readonly interests: readonly Interest[];
  readonly findings: readonly Finding[];
  /**
   * How many findings the analysis made, when `findings` holds only the first {@link FINDINGS_SENT} of them:
   * a large document's model as the worker hands it to the extension host, which shows no more than that.
   */
  readonly findingsTotal?: number;
}

/** The findings a model handed from the worker to the extension host keeps: VS Code shows 1,000 diagnostics per file. */
export const FINDINGS_SENT = 1_000;
