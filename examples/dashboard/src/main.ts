/**
 * A dashboard over the ru-tj-news corpus, in plain TypeScript and SVG.
 * Every figure comes from the package: corpus.query filters, countByPeriod
 * and countByEntity feed the charts, the places' `geo` the map, the mention
 * spans drive the entity highlights, and corpus.searchHits with
 * searchSnippets the search's.
 */
import {
  type Article,
  articles,
  corpus,
  countByEntity,
  countByPeriod,
  countByTopic,
  datasetVersion,
  entities,
  type Entity,
  type EntityType,
  normalizeArabic,
  type Query,
  RuTjNewsError,
  type SearchField,
  type SearchHit,
  type SearchMatch,
  searchSnippets,
  topics,
} from 'ru-tj-news';

import { barChart, monthChart } from './charts.ts';
import { $, h, plural } from './dom.ts';
import { apart, layered } from './highlight.ts';
import { placeMap } from './map.ts';
import { quoteAnchor } from './quotes.ts';

interface State {
  text: string;
  entity: Entity | undefined;
  topic: string | undefined;
  from: string;
  to: string;
  type: EntityType | '';
  selected: string | undefined;
  /** The anchor of the quotation whose link was followed last, marked in the open article. */
  quote: string | undefined;
}

const state: State = {
  text: '',
  entity: undefined,
  topic: undefined,
  from: '',
  to: '',
  type: '',
  selected: undefined,
  quote: undefined,
};

const entityById = new Map(entities.map((entity) => [entity.id, entity]));
const publisher = (article: Article): string => article.source.chain.at(-1)?.en ?? '';

// The whole corpus's months, so that the timeline keeps its axis and shows empty months.
const firstDay = `${articles[0]?.publishedAt.slice(0, 7) ?? '2021-01'}-01`;
const lastDay = articles.at(-1)?.publishedAt.slice(0, 10) ?? '2025-12-31';

/** The query the filters describe. */
function currentQuery(): Query {
  return {
    ...(state.text.trim() === '' ? {} : { text: state.text }),
    ...(state.entity === undefined ? {} : { entities: state.entity.id }),
    ...(state.topic === undefined ? {} : { topics: state.topic }),
    ...(state.from === '' ? {} : { from: state.from }),
    ...(state.to === '' ? {} : { to: state.to }),
  };
}

/** The search's hit of each article it finds, by id: its score and the spans to highlight. */
let hits: ReadonlyMap<string, SearchHit> = new Map();

function render(): void {
  let list: Article[];
  let problem = '';
  try {
    const q = currentQuery();
    list = corpus.query(q);
    // The same search as the query's, over the whole corpus: a hit for every article in the list.
    hits = new Map(q.text === undefined ? [] : corpus.searchHits(q.text).map((hit) => [hit.article.id, hit]));
  } catch (error) {
    // A query the package rejects (a search with no letters, an unclosed ", a reversed range) is shown, not thrown.
    if (!(error instanceof RuTjNewsError)) {
      throw error;
    }
    list = [];
    hits = new Map();
    problem = error.message.split('\n')[0] ?? '';
  }
  const months = countByPeriod(list, 'month', { from: firstDay, to: lastDay });
  monthChart($('timeline', SVGSVGElement), $('timeline-table', HTMLElement), months);
  const top = countByEntity(list, state.type === '' ? {} : { type: state.type }).slice(0, 10);
  barChart(
    $('top-entities', SVGSVGElement),
    $('top-entities-table', HTMLElement),
    top.map(({ entity, count }) => ({ id: entity.id, label: entity.name.en, type: entity.type, count })),
    (id) => {
      chooseEntity(entityById.get(id));
    },
  );
  renderMap(list);
  renderTopics(list);
  $('count', HTMLElement).textContent = problem || `${list.length} of ${articles.length} articles`;
  $('list', HTMLElement).replaceChildren(...list.map(listItem));
  renderDetail(list.find((article) => article.id === state.selected));
}

/** The places the listed articles name, on the map where their entity has a point, and in a note where not. */
function renderMap(list: readonly Article[]): void {
  const places = countByEntity(list, { type: 'location' });
  placeMap($('map', SVGSVGElement), $('map-table', HTMLElement), places, state.entity?.id, (id) => {
    chooseEntity(state.entity?.id === id ? undefined : entityById.get(id));
  });
  const pointless = places.filter(({ entity }) => entity.geo === undefined);
  $('map-note', HTMLElement).textContent =
    places.length === 0
      ? 'The articles in view name no place.'
      : `${plural(places.length - pointless.length, 'place')} on the map, sized by mentions.${
          pointless.length === 0
            ? ''
            : ` Not on it, having no point: ${pointless.map(({ entity }) => entity.name.en).join(', ')}.`
        }`;
}

function renderTopics(list: readonly Article[]): void {
  const inView = new Map(countByTopic(list).map(({ topic, count }) => [topic.id, count]));
  const used = new Set(articles.flatMap((article) => article.topics));
  const chips = topics
    .filter((topic) => used.has(topic.id))
    .map((topic) => {
      const chip = h(
        'button',
        {
          type: 'button',
          class: 'chip',
          'data-id': topic.id,
          'aria-pressed': String(state.topic === topic.id),
          title: `${topic.label.en}${topic.iptc ? ` (${topic.iptc})` : ''}`,
        },
        `${topic.iptcLabel ?? topic.label.en} `,
        h('span', { class: 'n' }, String(inView.get(topic.id) ?? 0)),
      );
      chip.addEventListener('click', () => {
        state.topic = state.topic === topic.id ? undefined : topic.id;
        render();
      });
      return chip;
    });
  $('topics', HTMLElement).replaceChildren(...chips);
}

function listItem(article: Article): HTMLElement {
  const hit = hits.get(article.id);
  const button = h(
    'button',
    { type: 'button', class: 'item', 'aria-pressed': String(state.selected === article.id), 'data-id': article.id },
    h('time', { datetime: article.publishedAt }, article.publishedAt.slice(0, 10)),
    h('span', { class: 'outlet' }, publisher(article)),
    h('span', { class: 'en' }, ...withMatches(article.en.title, matchesIn(hit, 'en.title'))),
    h('span', { class: 'ar', dir: 'rtl', lang: 'ar' }, ...withMatches(article.title, matchesIn(hit, 'title'))),
    ...snippets(hit),
  );
  button.addEventListener('click', () => {
    state.selected = article.id;
    render();
  });
  return h('li', {}, button);
}

/** Whether a field is one of the English ones, which read left to right. */
const isEnglish = (field: SearchField): boolean => field === 'en.title' || field === 'en.summary';

/**
 * `text` from `from` to `to`, with each part inside a search match (spans of the
 * same text, sorted and apart, as a hit's matches are) wrapped in a <mark class="hit">.
 */
function withMatches(
  text: string,
  matches: readonly { start: number; end: number }[],
  from = 0,
  to = text.length,
): Node[] {
  const out: Node[] = [];
  let at = from;
  for (const match of matches) {
    const start = Math.max(match.start, from);
    const end = Math.min(match.end, to);
    if (start < end) {
      out.push(document.createTextNode(text.slice(at, start)), h('mark', { class: 'hit' }, text.slice(start, end)));
      at = end;
    }
  }
  out.push(document.createTextNode(text.slice(at, to)));
  return out;
}

/**
 * The snippets of a hit for its list item: the words around its first matches
 * in the body and the English summary, each match in a <mark class="hit">. The
 * item shows both titles whole, with their matches marked, so they need none.
 */
function snippets(hit: SearchHit | undefined): HTMLElement[] {
  if (hit === undefined) {
    return [];
  }
  const inText = hit.matches.filter((match) => match.field === 'body' || match.field === 'en.summary');
  return searchSnippets({ article: hit.article, matches: inText }, { context: 50, limit: 2 }).map(
    ({ field, text, highlights, truncatedStart, truncatedEnd }) =>
      h(
        'span',
        { class: 'snippet', 'data-field': field, ...(isEnglish(field) ? { lang: 'en' } : { dir: 'rtl', lang: 'ar' }) },
        truncatedStart ? '… ' : '',
        ...withMatches(text, highlights),
        truncatedEnd ? ' …' : '',
      ),
  );
}

/** The matches of a hit in one field. */
const matchesIn = (hit: SearchHit | undefined, field: SearchField): SearchMatch[] =>
  hit?.matches.filter((match) => match.field === field) ?? [];

/**
 * The text of one field, with each quotation's words in a <mark class="quote"> (its id the anchor that
 * the quotes panel links to), each entity mention in a <mark> coloured by the entity's type, and each
 * match of the search in a <mark class="hit">, nested in that order. The mentions come from the title
 * only when the title is the source's: an editor's title has none.
 */
function highlighted(article: Article, field: 'title' | 'body', hit: SearchHit | undefined): Node[] {
  const text = article[field];
  // Two speakers can share one span (a joint statement's words): one mark, which both links point at.
  const quoted = new Map<string, { start: number; end: number; anchor: string; speakers: string[] }>();
  for (const { speaker, quote } of article.quotations ?? []) {
    if (quote.field === field) {
      const anchor = quoteAnchor({ article: article.id, quote });
      const seen = quoted.get(anchor);
      quoted.set(anchor, { ...quote, anchor, speakers: [...(seen?.speakers ?? []), speaker] });
    }
  }
  const quotes = apart([...quoted.values()]).map((layer) =>
    layer.map(({ start, end, anchor, speakers }) => ({
      start,
      end,
      make: (children: Node[]) =>
        h(
          'mark',
          {
            class: `quote${anchor === state.quote ? ' current' : ''}`,
            id: anchor,
            tabindex: '-1',
            'data-speaker': speakers.join(' '),
            title: `Quoted: ${speakers.map((id) => entityById.get(id)?.name.en ?? id).join(' and ')}`,
          },
          ...children,
        ),
    })),
  );
  const mentions = article.entities
    .flatMap(({ id, mentions }) =>
      mentions
        .filter((mention) => mention.field === field && (field === 'body' || article.titleBasis === 'source'))
        .map((mention) => ({ ...mention, entity: entityById.get(id) })),
    )
    .sort((a, b) => a.start - b.start)
    .map(({ start, end, entity }) => ({
      start,
      end,
      make: (children: Node[]) =>
        h(
          'mark',
          { class: `type-${entity?.type ?? 'unknown'}`, 'data-entity': entity?.id ?? '', title: entity?.name.en ?? '' },
          ...children,
        ),
    }));
  const matches = matchesIn(hit, field).map(({ start, end }) => ({
    start,
    end,
    make: (children: Node[]) => h('mark', { class: 'hit' }, ...children),
  }));
  return layered(text, 0, text.length, [...quotes, mentions, matches]);
}

function renderDetail(article: Article | undefined): void {
  const detail = $('detail', HTMLElement);
  detail.hidden = article === undefined;
  if (article === undefined) {
    detail.replaceChildren();
    return;
  }
  const named = article.entities
    .map(({ id }) => entityById.get(id))
    .filter((entity): entity is Entity => entity !== undefined);
  const hit = hits.get(article.id);
  detail.replaceChildren(
    h('h2', {}, ...withMatches(article.en.title, matchesIn(hit, 'en.title'))),
    h(
      'p',
      { class: 'meta' },
      `${article.publishedAt.slice(0, 10)}${article.date.basis === 'inferred' ? ' (inferred)' : ''} · ${publisher(article)}`,
    ),
    h('p', { class: 'summary' }, ...withMatches(article.en.summary, matchesIn(hit, 'en.summary'))),
    h('h3', { class: 'ar', dir: 'rtl', lang: 'ar' }, ...highlighted(article, 'title', hit)),
    // The body scrolls, so it takes the focus, for the arrow keys to scroll it (axe: scrollable-region-focusable).
    h(
      'div',
      { class: 'body ar', dir: 'rtl', lang: 'ar', tabindex: '0', role: 'region', 'aria-label': 'The article’s text' },
      ...highlighted(article, 'body', hit),
    ),
    h(
      'ul',
      { class: 'legend' },
      ...named.map((entity) =>
        h(
          'li',
          {},
          h('mark', { class: `type-${entity.type}` }, entity.name.en),
          ` ${entity.type} `,
          ...(entity.wikidata === undefined
            ? []
            : [
                h(
                  'a',
                  { href: `https://www.wikidata.org/wiki/${entity.wikidata}`, rel: 'noopener', target: '_blank' },
                  entity.wikidata,
                ),
              ]),
        ),
      ),
    ),
  );
}

// Entity type-ahead: any name or alias, compared after Arabic normalization, so رحمن, رحمون and Rahmon find one person.
const spellings = entities.map((entity) => ({
  entity,
  names: [entity.name.ar, entity.name.en, ...entity.aliases].map(normalizeArabic),
}));

function suggestions(typed: string): Entity[] {
  const wanted = normalizeArabic(typed.trim());
  if (wanted === '') {
    return [];
  }
  return spellings
    .filter(({ names }) => names.some((name) => name.includes(wanted)))
    .map(({ entity }) => entity)
    .slice(0, 8);
}

function chooseEntity(entity: Entity | undefined): void {
  state.entity = entity;
  const input = $('entity', HTMLInputElement);
  input.value = '';
  showOptions([]);
  const chosen = $('entity-chosen', HTMLElement);
  chosen.hidden = entity === undefined;
  chosen.replaceChildren(
    ...(entity === undefined
      ? []
      : [`${entity.name.en} · `, h('span', { dir: 'rtl', lang: 'ar' }, entity.name.ar), ' ', clearButton()]),
  );
  render();
}

function clearButton(): HTMLElement {
  const button = h('button', { type: 'button', 'aria-label': 'Remove the entity filter' }, '×');
  button.addEventListener('click', () => {
    chooseEntity(undefined);
  });
  return button;
}

/** The suggestions on show, and which one the arrow keys point at (-1: none). */
let shown: readonly Entity[] = [];
let active = -1;

function showOptions(found: readonly Entity[]): void {
  shown = found;
  active = -1;
  const options = $('entity-options', HTMLElement);
  options.hidden = found.length === 0;
  const input = $('entity', HTMLElement);
  input.setAttribute('aria-expanded', String(found.length > 0));
  input.removeAttribute('aria-activedescendant');
  options.replaceChildren(
    ...found.map((entity, index) => {
      const option = h(
        'li',
        { role: 'option', id: `entity-option-${index}`, 'data-id': entity.id, 'aria-selected': 'false' },
        `${entity.name.en} `,
        h('span', { dir: 'rtl', lang: 'ar' }, entity.name.ar),
      );
      option.addEventListener('mousedown', (event) => {
        event.preventDefault();
        chooseEntity(entity);
      });
      return option;
    }),
  );
}

/** Moves the highlighted suggestion by `step`, as a combobox's arrow keys do. */
function moveActive(step: number): void {
  if (shown.length === 0) {
    return;
  }
  active = (active + step + shown.length) % shown.length;
  const options = $('entity-options', HTMLElement).querySelectorAll('[role=option]');
  options.forEach((option, index) => {
    option.setAttribute('aria-selected', String(index === active));
  });
  $('entity', HTMLElement).setAttribute('aria-activedescendant', `entity-option-${active}`);
}

const entityInput = $('entity', HTMLInputElement);
entityInput.addEventListener('input', () => {
  showOptions(suggestions(entityInput.value));
});
entityInput.addEventListener('keydown', (event) => {
  if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    event.preventDefault();
    moveActive(event.key === 'ArrowDown' ? 1 : -1);
  }
  if (event.key === 'Enter') {
    chooseEntity(shown[active] ?? corpus.getEntity(entityInput.value.trim()) ?? suggestions(entityInput.value)[0]);
  }
  if (event.key === 'Escape') {
    showOptions([]);
  }
});
entityInput.addEventListener('blur', () => {
  showOptions([]);
});

const searchInput = $('search', HTMLInputElement);
searchInput.addEventListener('input', () => {
  state.text = searchInput.value;
  render();
});
for (const edge of ['from', 'to'] as const) {
  const input = $(edge, HTMLInputElement);
  input.min = firstDay;
  input.max = lastDay;
  input.addEventListener('change', () => {
    state[edge] = input.value;
    render();
  });
}
$('entity-type', HTMLSelectElement).addEventListener('change', (event) => {
  state.type = (event.target as HTMLSelectElement).value as EntityType | '';
  render();
});
$('reset', HTMLElement).addEventListener('click', () => {
  Object.assign(state, {
    text: '',
    topic: undefined,
    from: '',
    to: '',
    type: '',
    selected: undefined,
    quote: undefined,
  });
  for (const id of ['search', 'from', 'to']) {
    $(id, HTMLInputElement).value = '';
  }
  $('entity-type', HTMLSelectElement).value = '';
  chooseEntity(undefined);
});

$('coverage', HTMLElement).textContent =
  `${articles.length} articles, ${entities.length} entities and ${topics.length} topics, ${firstDay.slice(0, 7)} to ${lastDay.slice(0, 7)} · ru-tj-news dataset ${datasetVersion.id}`;
render();
