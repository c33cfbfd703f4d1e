/**
 * A dashboard over the ru-tj-news corpus, in plain TypeScript and SVG.
 * Every figure comes from the package: corpus.query filters; timeline (with
 * the events registry) feeds the relationship timeline, the places' `geo` the map,
 * quotations the quotes and quantities the figures; countByPeriod and
 * countByEntity feed the other charts; the mention spans drive the entity
 * highlights, and corpus.searchHits with searchSnippets the search's.
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
  quantities,
  type Query,
  quotations,
  RuTjNewsError,
  type SearchField,
  type SearchHit,
  type SearchMatch,
  searchSnippets,
  topics,
} from 'ru-tj-news';

import { barChart, monthChart } from './charts.ts';
import { $, h, plural } from './dom.ts';
import { evidencePanel, type Occurrence, spanAnchor } from './evidence.ts';
import { type FigureRow, figuresPanel } from './figures.ts';
import { apart, layered } from './highlight.ts';
import { historyChart, type Mark, markSummary } from './history.ts';
import { placeMap } from './map.ts';
import { marksOf } from './marks.ts';
import { quotesPanel } from './quotes.ts';

interface State {
  text: string;
  entity: Entity | undefined;
  topic: string | undefined;
  from: string;
  to: string;
  type: EntityType | '';
  selected: string | undefined;
  /** The timeline mark whose articles the list is narrowed to. */
  mark: Mark | undefined;
  /** The span that a quotation's link or a figure's point pointed at last, marked in the open article. */
  spot: Occurrence | undefined;
}

const state: State = {
  text: '',
  entity: undefined,
  topic: undefined,
  from: '',
  to: '',
  type: '',
  selected: undefined,
  mark: undefined,
  spot: undefined,
};

const entityById = new Map(entities.map((entity) => [entity.id, entity]));
const articleById: ReadonlyMap<string, Article> = new Map(articles.map((article) => [article.id, article]));
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

/**
 * A selector for the chart mark that has the focus, if one has: the charts are drawn anew on every
 * render, and a keyboard user who pressed Enter on a mark should find the focus where it was.
 */
function focusedMark(): string | undefined {
  const focused = document.activeElement;
  const chart = focused?.closest('svg[id]');
  if (!(focused instanceof SVGElement) || chart === null || chart === undefined) {
    return undefined;
  }
  const key = focused.getAttribute('data-key');
  const id = focused.getAttribute('data-id');
  return key !== null
    ? `#${chart.id} [data-key="${CSS.escape(key)}"]`
    : id !== null
      ? `#${chart.id} [data-id="${CSS.escape(id)}"]`
      : undefined;
}

function render(): void {
  const refocus = focusedMark();
  draw();
  if (refocus !== undefined) {
    document.querySelector<SVGElement>(refocus)?.focus();
  }
}

function draw(): void {
  let list: Article[];
  let problem = '';
  try {
    const q = currentQuery();
    list = corpus.query(q);
    if (state.mark !== undefined) {
      const of = new Set(state.mark.articles);
      list = list.filter((article) => of.has(article.id));
    }
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
  renderHistory(list);
  renderMap(list);
  renderFigures(list);
  renderQuotes(list);
  renderTopics(list);
  $('count', HTMLElement).textContent = problem || `${list.length} of ${articles.length} articles`;
  $('list', HTMLElement).replaceChildren(...list.map(listItem));
  renderDetail(list.find((article) => article.id === state.selected));
}

/** The key of the timeline mark whose evidence is on show. */
let shownMark: string | undefined;

/** The relationship timeline of the listed articles, and the mark chosen in the filters. */
function renderHistory(list: readonly Article[]): void {
  const evidence = $('history-evidence', HTMLElement);
  const marks = marksOf(list);
  // The evidence on show stays while its mark is on the timeline, and goes with it.
  const still = marks.find((mark) => mark.key === shownMark);
  if (still === undefined) {
    shownMark = undefined;
    evidence.replaceChildren();
  } else {
    evidencePanel(evidence, still, articleById);
  }
  historyChart(
    $('history', SVGSVGElement),
    $('history-table', HTMLElement),
    marks,
    state.mark?.key,
    (mark) => {
      shownMark = mark.key;
      evidencePanel(evidence, mark, articleById);
    },
    (mark) => {
      chooseMark(state.mark?.key === mark.key ? undefined : mark);
    },
  );
  const chosen = $('mark-chosen', HTMLElement);
  chosen.replaceChildren(
    ...(state.mark === undefined
      ? ['no mark chosen']
      : [
          markSummary(state.mark),
          ' ',
          clearButton('Remove the timeline filter', () => {
            chooseMark(undefined);
          }),
        ]),
  );
}

function chooseMark(mark: Mark | undefined): void {
  state.mark = mark;
  render();
}

/** The trade figures of the listed articles, each citing its article. */
function renderFigures(list: readonly Article[]): void {
  const rows: FigureRow[] = [
    ...quantities(list, { measure: 'trade-volume' }),
    ...quantities(list, { measure: 'trade-growth' }),
  ];
  figuresPanel(
    $('figures', HTMLElement),
    $('figures-table', HTMLElement),
    rows,
    (id) => entityById.get(id)?.name.en ?? id,
    (id) => {
      const article = articleById.get(id);
      return { title: article?.en.title ?? id, date: article?.publishedAt.slice(0, 10) ?? '' };
    },
    (row) => {
      openSpot(row);
    },
  );
}

/** Who said what in the listed articles. */
function renderQuotes(list: readonly Article[]): void {
  quotesPanel(
    $('quotes', HTMLElement),
    quotations(list),
    entityById,
    (id) => articleById.get(id)?.publishedAt.slice(0, 10) ?? '',
    (row) => {
      openSpot({ article: row.article, ...row.quote });
    },
  );
}

/** Opens the article of a span, marks the span, and scrolls it into view with the focus on it. */
function openSpot(spot: Occurrence): void {
  state.selected = spot.article;
  state.spot = { article: spot.article, field: spot.field, start: spot.start, end: spot.end };
  render();
  const target = document.getElementById(spanAnchor(state.spot));
  target?.scrollIntoView({ block: 'center' });
  target?.focus({ preventScroll: true });
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
    state.spot = undefined;
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
 * the quotes panel links to), each entity mention in a <mark> coloured by the entity's type (a mention
 * inside a document's or an event's, inside its mark), and each match of the search in a
 * <mark class="hit">, nested in that order. The mentions come from the title
 * only when the title is the source's: an editor's title has none.
 */
function highlighted(article: Article, field: 'title' | 'body', hit: SearchHit | undefined): Node[] {
  const text = article[field];
  // Two speakers can share one span (a joint statement's words): one mark, which both links point at.
  const quoted = new Map<string, { start: number; end: number; anchor: string; speakers: string[] }>();
  for (const { speaker, quote } of article.quotations ?? []) {
    if (quote.field === field) {
      const anchor = spanAnchor({ article: article.id, ...quote });
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
            class: `quote${state.spot !== undefined && anchor === spanAnchor(state.spot) ? ' current' : ''}`,
            id: anchor,
            tabindex: '-1',
            'data-speaker': speakers.join(' '),
            title: `Quoted: ${speakers.map((id) => entityById.get(id)?.name.en ?? id).join(' and ')}`,
          },
          ...children,
        ),
    })),
  );
  // A document's or an event's mention can hold other entities' mentions: those are marks inside its mark.
  const mentions = apart(
    article.entities.flatMap(({ id, mentions }) =>
      mentions
        .filter((mention) => mention.field === field && (field === 'body' || article.titleBasis === 'source'))
        .map((mention) => ({ ...mention, entity: entityById.get(id) })),
    ),
  ).map((layer) =>
    layer.map(({ start, end, entity }) => ({
      start,
      end,
      make: (children: Node[]) =>
        h(
          'mark',
          { class: `type-${entity?.type ?? 'unknown'}`, 'data-entity': entity?.id ?? '', title: entity?.name.en ?? '' },
          ...children,
        ),
    })),
  );
  const matches = matchesIn(hit, field).map(({ start, end }) => ({
    start,
    end,
    make: (children: Node[]) => h('mark', { class: 'hit' }, ...children),
  }));
  // The figure a point of the figures chart opened, unless it is a quotation's words, marked already.
  const spot = state.spot;
  const figure =
    spot !== undefined && spot.article === article.id && spot.field === field && !quoted.has(spanAnchor(spot))
      ? [
          {
            start: spot.start,
            end: spot.end,
            make: (children: Node[]) =>
              h('mark', { class: 'figure current', id: spanAnchor(spot), tabindex: '-1' }, ...children),
          },
        ]
      : [];
  return layered(text, 0, text.length, [...quotes, figure, ...mentions, matches]);
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
      : [
          `${entity.name.en} · `,
          h('span', { dir: 'rtl', lang: 'ar' }, entity.name.ar),
          ' ',
          clearButton('Remove the entity filter', () => {
            chooseEntity(undefined);
          }),
        ]),
  );
  render();
}

function clearButton(label: string, clear: () => void): HTMLElement {
  const button = h('button', { type: 'button', 'aria-label': label }, '×');
  button.addEventListener('click', clear);
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
  const cleared: Omit<State, 'entity'> = {
    text: '',
    topic: undefined,
    from: '',
    to: '',
    type: '',
    selected: undefined,
    mark: undefined,
    spot: undefined,
  };
  Object.assign(state, cleared);
  for (const id of ['search', 'from', 'to']) {
    $(id, HTMLInputElement).value = '';
  }
  $('entity-type', HTMLSelectElement).value = '';
  chooseEntity(undefined);
});

$('coverage', HTMLElement).textContent =
  `${articles.length} articles, ${entities.length} entities and ${topics.length} topics, ${firstDay.slice(0, 7)} to ${lastDay.slice(0, 7)} · ru-tj-news dataset ${datasetVersion.id}`;
render();
