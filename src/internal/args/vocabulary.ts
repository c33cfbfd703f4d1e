/**
 * Closed vocabularies that code outside the schemas needs too. They live
 * here, free of Zod, so that a helper can check a value against one without
 * pulling the schemas into a user's bundle.
 */

/** The kinds of entity, in the order the schema lists them. */
export const ENTITY_TYPES = ['person', 'organization', 'location', 'facility', 'event', 'document'] as const;
