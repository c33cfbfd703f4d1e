/**
 * The map of the places the articles name: Natural Earth's countries from the `world-atlas` package
 * (TopoJSON, turned into GeoJSON by `topojson-client`), drawn in plain SVG with an equirectangular
 * projection, and one circle per place, sized by its mentions. A place's point is its entity's
 * `geo`, which the package took from a maintained data package: nothing here types a coordinate.
 */
import type { Position } from 'geojson';
import type { EntityCount } from 'ru-tj-news';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';

import { actAsButton, dataTable, plural, rovingFocus, svg } from './dom.ts';

/** The part of the world the articles name, from Moscow and Kazan to Tianjin, Iran to the Urals. */
const WEST = 26;
const EAST = 126;
const SOUTH = 23;
const NORTH = 64;
/** The equirectangular projection's standard parallel: east–west distances are true at 45° N. */
const PARALLEL = (45 * Math.PI) / 180;
const WIDTH = 460;
const SCALE = WIDTH / ((EAST - WEST) * Math.cos(PARALLEL));
const HEIGHT = Math.round((NORTH - SOUTH) * SCALE);

const project = (lon: number, lat: number): [number, number] => [
  (lon - WEST) * Math.cos(PARALLEL) * SCALE,
  (NORTH - lat) * SCALE,
];

// A GeoJSON position is [longitude, latitude, …]: it has at least two numbers.
const projectPosition = (position: Position): [number, number] => project(position[0]!, position[1]!);

const ring = (points: readonly Position[]): string =>
  `M${points
    .map((point) =>
      projectPosition(point)
        .map((value) => value.toFixed(1))
        .join(','),
    )
    .join('L')}Z`;

/** Whether any point of a ring falls near the map's frame; the rest of the world is left out of the page. */
const nearFrame = (points: readonly Position[]): boolean =>
  points.some(
    (point) => point[0]! > WEST - 25 && point[0]! < EAST + 25 && point[1]! > SOUTH - 20 && point[1]! < NORTH + 25,
  );

/**
 * The countries' outlines as SVG path data, computed once. The JSON module's inferred type is a plain
 * object; it is a TopoJSON topology with a `countries` collection, as world-atlas documents.
 */
const outlines: readonly string[] = (() => {
  const topology = world as unknown as Topology<{ countries: GeometryCollection }>;
  return feature(topology, topology.objects.countries).features.flatMap(({ geometry }) => {
    const polygons =
      geometry.type === 'Polygon'
        ? [geometry.coordinates]
        : geometry.type === 'MultiPolygon'
          ? geometry.coordinates
          : [];
    const rings = polygons.flat().filter(nearFrame);
    return rings.length === 0 ? [] : [rings.map(ring).join('')];
  });
})();

/** A label's size, estimated: the page's sans-serif at 11px is about 6px a letter. */
const LETTER = 6.5;
const LINE = 12;

interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}
const overlaps = (a: Box, b: Box): boolean =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Where each place's name goes: right of its circle, else left, above or below, wherever it covers no
 * other name and no circle. The most-mentioned places are placed first; a name that fits
 * nowhere is left out of the drawing (the circle's tooltip, its label and the table still give it).
 */
function placeLabels(
  drawn: readonly { entity: Place['entity']; x: number; y: number; r: number }[],
): Map<string, { x: number; y: number; anchor: 'start' | 'end' | 'middle' }> {
  const taken: Box[] = drawn.map(({ x, y, r }) => ({ left: x - r, top: y - r, right: x + r, bottom: y + r }));
  const found = new Map<string, { x: number; y: number; anchor: 'start' | 'end' | 'middle' }>();
  for (const { entity, x, y, r } of drawn) {
    const width = entity.name.en.length * LETTER;
    const candidates = [
      {
        x: x + r + 3,
        y: y + 4,
        anchor: 'start',
        box: { left: x + r + 2, top: y - LINE / 2, right: x + r + 4 + width, bottom: y + LINE / 2 },
      },
      {
        x: x - r - 3,
        y: y + 4,
        anchor: 'end',
        box: { left: x - r - 4 - width, top: y - LINE / 2, right: x - r - 2, bottom: y + LINE / 2 },
      },
      {
        x,
        y: y - r - 3,
        anchor: 'middle',
        box: { left: x - width / 2, top: y - r - 3 - LINE, right: x + width / 2, bottom: y - r - 2 },
      },
      {
        x,
        y: y + r + LINE,
        anchor: 'middle',
        box: { left: x - width / 2, top: y + r + 2, right: x + width / 2, bottom: y + r + 3 + LINE },
      },
    ] as const;
    const fits = candidates.find(
      ({ box }) =>
        box.left >= 0 &&
        box.right <= WIDTH &&
        box.top >= 0 &&
        box.bottom <= HEIGHT &&
        !taken.some((other) => overlaps(box, other)),
    );
    if (fits !== undefined) {
      taken.push(fits.box);
      found.set(entity.id, { x: fits.x, y: fits.y, anchor: fits.anchor });
    }
  }
  return found;
}

/** One place on the map: its entity's row of `countByEntity`. */
export type Place = EntityCount;

/**
 * Draws the map of `places` (location entities with `geo`), each circle a button that calls `choose`
 * with its entity id, and puts its text alternative (a table) after the SVG.
 */
export function placeMap(
  target: SVGSVGElement,
  table: HTMLElement,
  places: readonly Place[],
  chosen: string | undefined,
  choose: (id: string) => void,
): void {
  const most = Math.max(1, ...places.map((place) => place.mentions));
  const radius = (mentions: number): number => 3 + 10 * Math.sqrt(mentions / most);
  // Larger circles first, so that a small place on top of a large one stays clickable.
  const drawn = places
    .flatMap(({ entity, count, mentions }) => {
      if (entity.geo === undefined) {
        return [];
      }
      const [x, y] = project(entity.geo.lon, entity.geo.lat);
      return [{ entity, count, mentions, x, y, r: radius(mentions) }];
    })
    .sort((a, b) => b.mentions - a.mentions);
  const labels = placeLabels(drawn);
  const marks = drawn.map(({ entity, count, mentions, x, y, r }) => {
    const label = labels.get(entity.id);
    const summary = `${entity.name.en}: ${plural(mentions, 'mention')} in ${plural(count, 'article')}`;
    const group = svg(
      'g',
      {
        class: `place ${entity.countryCode === undefined ? 'city' : 'country'}`,
        'data-id': entity.id,
        'data-mentions': mentions,
        'aria-pressed': String(chosen === entity.id),
      },
      svg('circle', { cx: x.toFixed(1), cy: y.toFixed(1), r: r.toFixed(1) }),
      ...(label === undefined
        ? []
        : [svg('text', { x: label.x.toFixed(1), y: label.y.toFixed(1), 'text-anchor': label.anchor }, entity.name.en)]),
      svg('title', {}, summary),
    );
    actAsButton(group, `${summary}; show the articles that name it`, () => {
      choose(entity.id);
    });
    return group;
  });
  target.setAttribute('viewBox', `0 0 ${WIDTH} ${HEIGHT}`);
  target.replaceChildren(
    svg('rect', { class: 'sea', x: 0, y: 0, width: WIDTH, height: HEIGHT }),
    svg('path', { class: 'land', d: outlines.join('') }),
    ...marks,
  );
  rovingFocus(target);
  table.replaceChildren(
    dataTable(
      'Places the articles name, with their mentions',
      ['place', 'latitude, longitude', 'mentions', 'articles', 'source of the point'],
      places.map(({ entity, count, mentions }) => [
        entity.name.en,
        entity.geo === undefined ? 'no point (a region or a vague place)' : `${entity.geo.lat}, ${entity.geo.lon}`,
        String(mentions),
        String(count),
        entity.geo?.source ?? '',
      ]),
    ),
  );
}
