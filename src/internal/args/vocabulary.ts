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
