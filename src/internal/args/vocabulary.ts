/**
 * Closed vocabularies that code outside the schemas needs too. They live
 * here, free of Zod, so that a helper can check a value against one without
 * pulling the schemas into a user's bundle.
 */

/** The kinds of entity, in the order the schema lists them. */
export const ENTITY_TYPES = ['person', 'organization', 'location', 'facility', 'event', 'document'] as const;

/**
 * What a quantity measures: the `measure` of an article's quantities, in the
 * order docs/data-model.md ("Quantities") documents them, one line each. The
 * ids are those the five texts need; the keyword table of `findQuantities`
 * (src/internal/quantities/words.ts) gives some of them to counts.
 */
export const MEASURES = [
  'trade-volume',
  'trade-growth',
  'trade-share',
  'investment-stock',
  'investment-share',
  'direct-investment-stock',
  'direct-investment-share',
  'funding',
  'companies',
  'agreements',
  'documents',
  'phone-calls',
  'students',
  'scholarships',
  'teachers',
  'officials',
  'delegation-share',
  'countries',
  'regions',
  'districts',
  'territory-share',
] as const;

/** How a quantity's words bound its value: `about` (حوالي), `more-than` (أكثر من), `less-than` (أقل من), `up-to` (يصل إلى). */
export const COMPARATORS = ['about', 'more-than', 'less-than', 'up-to'] as const;

/** How a quotation reports its words: in quotation marks or after a colon, as a clause with أن, or as a quoted fragment. */
export const QUOTATION_KINDS = ['direct', 'indirect', 'partial'] as const;

/**
 * The kinds of event in the event registry (data/events.json), each documented
 * in docs/data-model.md, "Events", with its CAMEO code.
 */
export const EVENT_TYPES = [
  'ceremony',
  'cultural-event',
  'decision',
  'diplomatic-recognition',
  'fighting',
  'joint-military-exercise',
  'meeting',
  'military-exercise',
  'phone-call',
  'signing',
  'statement',
  'summit',
  'talks',
  'third-location-meeting',
  'visit',
  'withdrawal',
] as const;

/**
 * The CAMEO event code and its name for each event type, from the CAMEO codebook
 * (Schrodt, "CAMEO: Conflict and Mediation Event Observations Event and Actor
 * Codebook", version 1.1b3, March 2012, chapter 6, "CAMEO Event Codes"), checked
 * against the codebook's own text; `null` where no code of the codebook fits the
 * type (docs/data-model.md, "Events", says why for each).
 */
export const EVENT_TYPE_CAMEO: {
  readonly [type in (typeof EVENT_TYPES)[number]]: { readonly code: string; readonly name: string } | null;
} = {
  ceremony: { code: '017', name: 'Engage in symbolic act' },
  'cultural-event': null,
  decision: null,
  'diplomatic-recognition': { code: '054', name: 'Grant diplomatic recognition' },
  fighting: { code: '190', name: 'Use conventional military force, not specified below' },
  'joint-military-exercise': { code: '062', name: 'Cooperate militarily' },
  meeting: { code: '040', name: 'Consult, not specified below' },
  'military-exercise': { code: '150', name: 'Demonstrate military or police power, not specified below' },
  'phone-call': { code: '041', name: 'Discuss by telephone' },
  signing: { code: '057', name: 'Sign formal agreement' },
  statement: { code: '010', name: 'Make statement, not specified below' },
  summit: { code: '040', name: 'Consult, not specified below' },
  talks: { code: '046', name: 'Engage in negotiation' },
  'third-location-meeting': { code: '044', name: 'Meet at a "third" location' },
  visit: { code: '042', name: 'Make a visit' },
  withdrawal: null,
};

/** What a participant did in an event, where the text makes it clear. */
export const EVENT_ROLES = ['host', 'visitor', 'delegate', 'signatory', 'speaker', 'addressee'] as const;

/** Whether an event happened (`reported`) or was planned when the texts were written (`announced`). */
export const EVENT_STATUSES = ['reported', 'announced'] as const;
