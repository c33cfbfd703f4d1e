/**
 * The dashboard example, built with Vite, served on localhost and used in headless Debian
 * Chromium as a person would: `npm run test:browser` (and .ci/run) runs it.
 */
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';

import type { AxeResults } from 'axe-core';
import { type Browser, chromium, type Page } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  type Article,
  articles,
  countByEntity,
  countByPeriod,
  datasetVersion,
  type EventEntry,
  eventsOf,
  filterByDate,
  filterByEntity,
  filterByTopic,
  getEntity,
  getTopic,
  InvalidQueryError,
  quantities,
  quotations,
  searchArticles,
  searchHits,
  type TimeExpressionEntry,
  timeline,
  type TimelineOptions,
} from '../../src/index.js';
import { ROOT } from '../support/corpus.js';
import { textWords, wordHolds } from '../support/holdsWord.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CONFIG = `${ROOT}examples/dashboard/vite.config.ts`;
const SCREENSHOTS = `${ROOT}test-results/`;
const hasChromium = existsSync(CHROMIUM);
/** axe-core's browser build, which the tests inject into the page. */
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/**
 * The part of a DOM element that the page functions below call. They run in the browser, but this file is
 * type-checked with Node's libraries and no DOM, where Playwright's element types do not resolve.
 */
interface PageElement {
  getAttribute(name: string): string | null;
  querySelectorAll(selector: string): ArrayLike<{ readonly textContent: string | null }>;
  readonly textContent: string | null;
}

if (!hasChromium) {
  console.warn(
    `\n  Skipping the dashboard browser test: there is no Chromium at ${CHROMIUM}.\n  Install it with: apt-get install -y chromium (or set CHROMIUM_PATH).\n`,
  );
}

describe.skipIf(!hasChromium)('the dashboard example, in headless Chromium', () => {
  // Undefined until beforeAll gets that far, so afterAll closes only what was opened.
  let server: PreviewServer | undefined;
  let browser: Browser | undefined;
  let page: Page;
  const problems: string[] = [];

  /**
   * axe-core's violations of serious or critical impact on the page as it is, each as its rule and the
   * elements that break it. The page gets axe's script once; `axe.run()` checks the whole document.
   */
  const seriousViolations = async (): Promise<string[]> => {
    if (!(await page.evaluate(() => 'axe' in globalThis))) {
      await page.addScriptTag({ path: AXE });
    }
    const { violations } = await page.evaluate(() =>
      (globalThis as unknown as { axe: { run(): Promise<AxeResults> } }).axe.run(),
    );
    return violations
      .filter(({ impact }) => impact === 'serious' || impact === 'critical')
      .map(
        ({ id, impact, nodes }) => `${impact ?? ''} ${id}: ${nodes.map((node) => node.target.join(' ')).join('; ')}`,
      );
  };

  const listed = async (): Promise<string[]> =>
    page
      .locator('#list [data-id]')
      .evaluateAll((items: PageElement[]) => items.map((item) => item.getAttribute('data-id') ?? ''));

  beforeAll(async () => {
    if (!existsSync(`${ROOT}dist/index.js`)) {
      throw new Error('dist/ is missing: run `npm run build` first');
    }
    await build({ configFile: CONFIG, logLevel: 'error' });
    server = await preview({ configFile: CONFIG, logLevel: 'error', preview: { host: '127.0.0.1', port: 0 } });
    const url = server.resolvedUrls?.local[0];
    if (url === undefined) {
      throw new Error('The preview server has no local address');
    }
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox'] });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
    page.on('console', (message) => {
      if (message.type() === 'error') {
        problems.push(`console error: ${message.text()}`);
      }
    });
    page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
    page.on('requestfailed', (request) =>
      problems.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? 'unknown'})`),
    );
    page.on('response', (response) => {
      if (response.status() >= 400) {
        problems.push(`HTTP ${response.status()}: ${response.url()}`);
      }
    });
    await page.goto(url);
    await page.locator('#list [data-id]').first().waitFor();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('passes axe-core with no serious or critical violation as it opens', async () => {
    expect(await seriousViolations()).toEqual([]);
  });

  it('says which dataset version it shows', async () => {
    await expect.poll(() => page.locator('#coverage').textContent()).toContain(datasetVersion.id);
    expect(await listed()).toEqual(articles.map((article) => article.id));
    // Each item shows the date, the outlet, the English title and the Arabic title, set right to left.
    const first = page.locator('#list [data-id]').first();
    expect(await first.locator('time').textContent()).toBe(articles[0]!.publishedAt.slice(0, 10));
    expect(await first.locator('.outlet').textContent()).toBe(articles[0]!.source.chain.at(-1)?.en);
    expect(await first.locator('.en').textContent()).toBe(articles[0]!.en.title);
    const arabic = first.locator('.ar');
    expect(await arabic.textContent()).toBe(articles[0]!.title);
    expect([await arabic.getAttribute('dir'), await arabic.getAttribute('lang')]).toEqual(['rtl', 'ar']);
  });

  it('draws a timeline bar for every month, empty months included', async () => {
    const months = countByPeriod(articles, 'month', {
      from: `${articles[0]!.publishedAt.slice(0, 7)}-01`,
      to: articles.at(-1)!.publishedAt.slice(0, 10),
    });
    const bars = page.locator('#timeline rect.bar');
    await expect.poll(() => bars.count()).toBe(months.length);
    const counts = await bars.evaluateAll((rects: PageElement[]) =>
      rects.map((rect) => Number(rect.getAttribute('data-count'))),
    );
    expect(counts).toEqual(months.map((month) => month.count));
    expect(counts.filter((count) => count > 0).length).toBeGreaterThan(1);
    expect(counts).toContain(0);
  });

  it('finds one person whether typed رحمن, رحمون or Rahmon', async () => {
    for (const typed of ['رحمن', 'رحمون', 'Rahmon']) {
      await page.locator('#entity').fill(typed);
      await expect
        .poll(() => page.locator('#entity-options [role=option]').first().getAttribute('data-id'))
        .toBe('emomali-rahmon');
    }
    await page.locator('#entity').fill('');
  });

  it('filters by رحمن to exactly the three articles that mention Rahmon', async () => {
    await page.locator('#entity').fill('رحمن');
    await page.locator('#entity').press('Enter');
    const expected = filterByEntity(articles, 'emomali-rahmon').map((article) => article.id);
    expect(expected).toHaveLength(3);
    await expect.poll(listed).toEqual(expected);
    await expect.poll(() => page.locator('#count').textContent()).toBe(`3 of ${articles.length} articles`);
  });

  it('opens an article and highlights its mentions', async () => {
    await page.locator('#list [data-id]').first().click();
    await expect.poll(() => page.locator('#detail').isVisible()).toBe(true);
    const marks = page.locator('#detail .body mark[data-entity="emomali-rahmon"]');
    expect(await marks.count()).toBeGreaterThanOrEqual(1);
    // The highlighted text is one of Rahmon's spellings.
    expect(getEntity((await marks.first().textContent()) ?? '')?.id).toBe('emomali-rahmon');
    expect(await page.locator('#detail .body').getAttribute('dir')).toBe('rtl');
  });

  it('links the entities of the open article to Wikidata where the ID is verified', async () => {
    const rahmon = getEntity('emomali-rahmon');
    expect(rahmon?.wikidata).toBeDefined();
    expect(
      await page.locator(`#detail a[href="https://www.wikidata.org/wiki/${rahmon?.wikidata ?? ''}"]`).count(),
    ).toBe(1);
  });

  it('filters the top-entity chart by type', async () => {
    await page.locator('#entity-type').selectOption('person');
    const types = () =>
      page
        .locator('#top-entities .entity-bar')
        .evaluateAll((bars: PageElement[]) => bars.map((bar) => bar.getAttribute('class')));
    await expect.poll(types).toEqual(
      countByEntity(filterByEntity(articles, 'emomali-rahmon'), { type: 'person' })
        .slice(0, 10)
        .map(() => 'entity-bar type-person'),
    );
    await page.locator('#entity-type').selectOption('');
  });

  it('filters everything by a topic chip, and by a date range', async () => {
    await page.locator('#reset').click();
    await page.locator('#topics .chip[data-id="military-base"]').click();
    await expect.poll(listed).toEqual(filterByTopic(articles, 'military-base').map((article) => article.id));
    expect(await page.locator('#topics .chip[data-id="military-base"]').textContent()).toContain(
      getTopic('military-base')?.iptcLabel ?? '?',
    );
    await page.locator('#topics .chip[aria-pressed="true"]').click();
    await page.locator('#from').fill('2022-01-01');
    await page.locator('#to').fill('2022-12-31');
    await page.locator('#to').dispatchEvent('change');
    await expect
      .poll(listed)
      .toEqual(filterByDate(articles, { from: '2022-01-01', to: '2022-12-31' }).map((article) => article.id));
    const counts = await page
      .locator('#timeline rect.bar')
      .evaluateAll((rects: PageElement[]) => rects.map((rect) => Number(rect.getAttribute('data-count'))));
    expect(counts.reduce((sum, count) => sum + count, 0)).toBe(2);
  });

  it('searches افغانستان, with normalization, to three articles', async () => {
    await page.locator('#reset').click();
    await page.locator('#search').fill('افغانستان');
    const expected = searchArticles(articles, 'افغانستان').map((article) => article.id);
    expect(expected).toHaveLength(3);
    await expect.poll(listed).toEqual(expected);
  });

  /** Each listed article's id, with the text of each search <mark> in its titles and snippets. */
  const snippetMarks = async (): Promise<{ id: string; marks: string[] }[]> =>
    page.locator('#list [data-id]').evaluateAll((items: PageElement[]) =>
      items.map((item) => ({
        id: item.getAttribute('data-id') ?? '',
        marks: Array.from(item.querySelectorAll('mark.hit'), (mark) => mark.textContent ?? ''),
      })),
    );

  it.each([
    // Words: each highlight is one word of the text that holds one of the query's words.
    [
      'القاعدة العسكرية',
      (words: readonly string[], query: readonly string[]) =>
        words.length === 1 && query.some((word) => wordHolds(words[0]!, word)),
    ],
    // A phrase: each highlight is the phrase's words, in order, each in a form of its own.
    [
      '"القاعدة العسكرية"',
      (words: readonly string[], query: readonly string[]) =>
        words.length === query.length && words.every((word, at) => wordHolds(word, query[at]!)),
    ],
    [
      'شراكة',
      (words: readonly string[], query: readonly string[]) => words.length === 1 && wordHolds(words[0]!, query[0]!),
    ],
    // English, in the English title and summary: the word, in any case, or the word and an ending (bases, military's).
    [
      'military base',
      (words: readonly string[], query: readonly string[]) =>
        words.length === 1 && query.some((word) => words[0]!.startsWith(word)),
    ],
  ] as const)('marks, in each result of %s and its snippets, forms of the query', async (text, holds) => {
    await page.locator('#reset').click();
    await page.locator('#search').fill(text);
    const hits = searchHits(articles, text);
    expect(hits.length).toBeGreaterThan(0);
    await expect.poll(listed).toEqual(hits.map((hit) => hit.article.id));
    const query = textWords(text);
    for (const { id, marks } of await snippetMarks()) {
      expect(marks.length, id).toBeGreaterThan(0);
      for (const mark of marks) {
        expect(holds(textWords(mark), query), `${id}: ${mark}`).toBe(true);
      }
    }
  });

  it('highlights, in the open article, exactly the matches of the search', async () => {
    const text = '"القاعدة العسكرية"';
    await page.locator('#reset').click();
    await page.locator('#search').fill(text);
    const [best] = searchHits(articles, text);
    await expect.poll(async () => (await listed())[0]).toBe(best?.article.id);
    await page.locator('#list [data-id]').first().click();
    await expect.poll(() => page.locator('#detail').isVisible()).toBe(true);
    const shown = await page
      .locator('#detail h3 mark.hit, #detail .body mark.hit')
      .evaluateAll((marks: PageElement[]) => marks.map((mark) => mark.textContent ?? ''));
    const expected = best!.matches.flatMap(({ field, start, end }) =>
      field === 'title' || field === 'body' ? [best!.article[field].slice(start, end)] : [],
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(shown).toEqual(expected);
  });

  it('shows a query the package refuses, an unclosed ", instead of throwing it', async () => {
    const text = '"القاعدة';
    const refusal = (() => {
      try {
        searchArticles(articles, text);
      } catch (error) {
        return error;
      }
      return undefined;
    })();
    expect(refusal).toBeInstanceOf(InvalidQueryError);
    await page.locator('#reset').click();
    await page.locator('#search').fill(text);
    await expect
      .poll(() => page.locator('#count').textContent())
      .toBe((refusal as InvalidQueryError).message.split('\n')[0]);
    expect(await listed()).toEqual([]);
  });

  it('draws every place the articles name that has a point, sized by its mentions', async () => {
    await page.locator('#reset').click();
    const places = countByEntity(articles, { type: 'location' });
    const withPoint = places.filter(({ entity }) => entity.geo !== undefined);
    expect(withPoint.length).toBeGreaterThan(1);
    expect(withPoint.length).toBeLessThan(places.length);
    const drawn = await page
      .locator('#map .place')
      .evaluateAll((marks: PageElement[]) =>
        marks.map((mark) => [mark.getAttribute('data-id') ?? '', Number(mark.getAttribute('data-mentions'))] as const),
      );
    expect(new Map(drawn)).toEqual(new Map(withPoint.map(({ entity, mentions }) => [entity.id, mentions])));
    // The places without a point are named under the map.
    const note = await page.locator('#map-note').textContent();
    for (const { entity } of places.filter((place) => place.entity.geo === undefined)) {
      expect(note).toContain(entity.name.en);
    }
  });

  it('filters by Dushanbe when its place on the map is clicked, and again from the keyboard', async () => {
    const expected = filterByEntity(articles, 'dushanbe').map((article) => article.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(articles.length);
    const dushanbe = page.locator('#map .place[data-id="dushanbe"]');
    await dushanbe.locator('circle').click();
    await expect.poll(listed).toEqual(expected);
    expect(await page.locator('#entity-chosen').textContent()).toContain(getEntity('dushanbe')?.name.en ?? '?');
    expect(await dushanbe.getAttribute('aria-pressed')).toBe('true');
    // Enter on the chosen place lifts the filter; Space sets it again.
    await dushanbe.focus();
    await page.keyboard.press('Enter');
    await expect.poll(listed).toEqual(articles.map((article) => article.id));
    await page.locator('#map .place[data-id="dushanbe"]').focus();
    await page.keyboard.press(' ');
    await expect.poll(listed).toEqual(expected);
  });

  it('chooses an entity with the arrow keys in the type-ahead', async () => {
    await page.locator('#reset').click();
    await page.locator('#entity').fill('Rahmon');
    await page.locator('#entity-options [role=option]').first().waitFor();
    await page.locator('#entity').press('ArrowDown');
    expect(await page.locator('#entity').getAttribute('aria-activedescendant')).toBe('entity-option-0');
    const id = await page.locator('#entity-options [aria-selected="true"]').getAttribute('data-id');
    await page.locator('#entity').press('Enter');
    await expect.poll(listed).toEqual(filterByEntity(articles, id ?? '?').map((article) => article.id));
  });

  it('filters by a top entity from the keyboard', async () => {
    await page.locator('#reset').click();
    const [top] = countByEntity(articles);
    await page.locator(`#top-entities .entity-bar[data-id="${top?.entity.id ?? '?'}"]`).focus();
    await page.keyboard.press('Enter');
    await expect.poll(listed).toEqual(filterByEntity(articles, top?.entity.id ?? '?').map((article) => article.id));
  });

  it('passes axe-core with an entity chosen and an article open', async () => {
    await page.locator('#reset').click();
    await page.locator('#map .place[data-id="dushanbe"] circle').click();
    await page.locator('#list [data-id]').first().click();
    await expect.poll(() => page.locator('#detail').isVisible()).toBe(true);
    expect(await seriousViolations()).toEqual([]);
  });

  /** The data-* attribute `name` of every element `selector` finds. */
  const attributes = async (selector: string, name: string): Promise<string[]> =>
    page
      .locator(selector)
      .evaluateAll(
        (found: PageElement[], attribute: string) => found.map((item) => item.getAttribute(attribute) ?? ''),
        name,
      );

  /** The id of the element that has the focus. */
  const focusedId = (): Promise<string | undefined> =>
    page.evaluate(
      () =>
        (globalThis as unknown as { document: { activeElement: { id: string } | null } }).document.activeElement?.id,
    );

  /** The data-key of the element that has the focus. */
  const focusedKey = (): Promise<string | null | undefined> =>
    page.evaluate(() =>
      (
        globalThis as unknown as { document: { activeElement: { getAttribute(name: string): string | null } | null } }
      ).document.activeElement?.getAttribute('data-key'),
    );

  /** The distinct articles of some spans, in corpus order. */
  const articlesOf = (spans: readonly { article: string }[]): string[] =>
    articles.map((article) => article.id).filter((id) => spans.some((span) => span.article === id));

  /** The events on the timeline of `list`, and the time expressions, each kind by itself. */
  const eventEntries = (list: readonly Article[], options: TimelineOptions = {}): EventEntry[] =>
    timeline(list, { ...options, kinds: ['event'] }).filter((entry): entry is EventEntry => entry.kind === 'event');
  const dateEntries = (list: readonly Article[], options: TimelineOptions = {}): TimeExpressionEntry[] =>
    timeline(list, { ...options, kinds: ['time-expression'] }).filter(
      (entry): entry is TimeExpressionEntry => entry.kind === 'time-expression',
    );

  it('draws the relationship from 1992 to 2025: a mark for each dated event and each date the texts name', async () => {
    await page.locator('#reset').click();
    // The timeline leaves out the events whose date the calendar cannot place.
    const dated = eventEntries(articles);
    expect(dated.length).toBeGreaterThan(0);
    expect(dated.length).toBeLessThan(eventsOf(articles).length);
    await expect
      .poll(async () => (await attributes('#history .mark.event', 'data-key')).sort())
      .toEqual(dated.map((event) => `event:${event.id}`).sort());
    const dates = [...new Set(dateEntries(articles).map((entry) => entry.value))];
    expect((await attributes('#history .mark.time', 'data-value')).sort()).toEqual(dates.sort());
    for (const year of ['1992', '2025']) {
      const within = { from: `${year}-01-01`, to: `${year}-12-31` };
      const expected = [
        ...eventEntries(articles, within).map((event) => `event:${event.id}`),
        ...new Set(dateEntries(articles, within).map((entry) => `time:${entry.value}`)),
      ];
      expect(expected.filter((key) => key.startsWith('event:')).length, year).toBeGreaterThan(0);
      expect(expected.filter((key) => key.startsWith('time:')).length, year).toBeGreaterThan(0);
      expect(await attributes('#history .mark', 'data-key'), year).toEqual(expect.arrayContaining(expected));
    }
    // Each mark is a button that names what it stands for, and the hidden table has a row for each.
    expect(await page.locator('#history .mark[role=button][aria-label]').count()).toBe(dated.length + dates.length);
    expect(await page.locator('#history-table tbody tr').count()).toBe(dated.length + dates.length);
  });

  it('makes the timeline one Tab stop, whose marks the arrow keys walk through in date order', async () => {
    expect(await page.locator('#history .mark[tabindex="0"]').count()).toBe(1);
    const keys = await attributes('#history .mark', 'data-key');
    const firstDays = await attributes('#history .mark', 'data-first');
    expect(firstDays).toEqual([...firstDays].sort());
    await page.locator('#history .mark[tabindex="0"]').focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    expect(await focusedKey()).toBe(keys[1]);
    await page.keyboard.press('End');
    expect(await focusedKey()).toBe(keys.at(-1));
    // The mark that has the focus is the chart's one stop now.
    expect(await page.locator('#history .mark[tabindex="0"]').getAttribute('data-key')).toBe(keys.at(-1));
  });

  it('emphasises the talks of 9 October 2025, which both articles of that day report, and shows their evidence', async () => {
    const [talks, ...others] = eventsOf(articles, { type: 'talks', from: '2025-10-09', to: '2025-10-09' });
    expect(others).toEqual([]);
    const sameDay = articles
      .filter((article) => article.publishedAt.startsWith('2025-10-09'))
      .map((article) => article.id);
    expect(sameDay).toHaveLength(2);
    expect(articlesOf(talks!.mentions)).toEqual(sameDay);
    const mark = page.locator(`#history .mark[data-key="event:${talks!.id}"]`);
    expect(await mark.getAttribute('class')).toBe('mark event shared');
    expect(await mark.getAttribute('data-articles')).toBe(sameDay.join(' '));
    // Only the events that several articles report are emphasised.
    expect((await attributes('#history .mark.shared', 'data-key')).sort()).toEqual(
      eventEntries(articles)
        .filter((event) => event.articles.length > 1)
        .map((event) => `event:${event.id}`)
        .sort(),
    );
    // Hovering shows, for each article, the sentence of its first mention, with the mention marked.
    await mark.hover();
    const evidence = page.locator('#history-evidence li');
    await expect.poll(() => attributes('#history-evidence li', 'data-article')).toEqual(sameDay);
    for (const [index, id] of sameDay.entries()) {
      const first = talks!.mentions.find((mention) => mention.article === id)!;
      const article = articles.find((item) => item.id === id)!;
      expect(await evidence.nth(index).locator('mark.evidence').textContent()).toBe(
        article[first.field].slice(first.start, first.end),
      );
    }
    // Focusing another mark shows its evidence instead.
    await page.locator('#history .mark').first().focus();
    await expect.poll(() => page.locator('#history-evidence .what').textContent()).not.toContain(talks!.description);
  });

  it('narrows the list to the articles of a timeline mark, by click and from the keyboard', async () => {
    const [talks] = eventsOf(articles, { type: 'talks', from: '2025-10-09', to: '2025-10-09' });
    const mark = page.locator(`#history .mark[data-key="event:${talks!.id}"]`);
    await mark.click();
    await expect.poll(listed).toEqual(articlesOf(talks!.mentions));
    expect(await mark.getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('#mark-chosen').textContent()).toContain('9 October 2025');
    // The focus stays on the mark, drawn anew, and Enter lifts the filter.
    await page.keyboard.press('Enter');
    await expect.poll(listed).toEqual(articles.map((article) => article.id));
    // A date the texts name: Space narrows the list to the articles that write it.
    const [first] = dateEntries(articles, { from: '1992-01-01', to: '1992-12-31' });
    await page.locator(`#history .mark[data-key="time:${first!.value}"]`).focus();
    await page.keyboard.press(' ');
    await expect
      .poll(listed)
      .toEqual(articlesOf(dateEntries(articles).filter((entry) => entry.value === first!.value)));
    await page.locator('#reset').click();
    await expect.poll(listed).toEqual(articles.map((article) => article.id));
  });

  it("shows Lavrov's quotations in the 2022-09-14 article, each linked to its words, marked in the article", async () => {
    await page.locator('#reset').click();
    await page.locator('#from').fill('2022-09-14');
    await page.locator('#to').fill('2022-09-14');
    await page.locator('#to').dispatchEvent('change');
    const inView = filterByDate(articles, { from: '2022-09-14', to: '2022-09-14' });
    await expect.poll(listed).toEqual(inView.map((article) => article.id));
    const lavrov = quotations(inView, { speaker: 'sergey-lavrov' });
    expect(lavrov.length).toBeGreaterThan(1);
    const links = '#quotes [data-speaker="sergey-lavrov"] a.quote-link';
    expect(await attributes(links, 'data-start')).toEqual(lavrov.map((quote) => String(quote.quote.start)));
    // Every speaker of the article is listed, the one with the most quotations first.
    const speakers = [...new Set(quotations(inView).map((quote) => quote.speaker))];
    expect((await attributes('#quotes [data-speaker]', 'data-speaker')).sort()).toEqual(speakers.sort());
    expect((await attributes('#quotes [data-speaker]', 'data-speaker'))[0]).toBe('sergey-lavrov');
    // Following a link opens the article, with the quotation's words marked and focused.
    const last = lavrov.at(-1)!;
    await page.locator(links).last().click();
    await expect.poll(() => page.locator('#detail').isVisible()).toBe(true);
    const marked = page.locator('#detail mark.quote.current');
    expect(await marked.count()).toBe(1);
    expect(await marked.textContent()).toBe(last.text);
    expect(await focusedId()).toBe(await marked.getAttribute('id'));
    // The article marks every quotation's words, each span once.
    const spans = new Set(quotations(inView).map(({ quote }) => `${quote.field}:${quote.start}`));
    expect(await page.locator('#detail mark.quote').count()).toBe(spans.size);
  });

  it('draws the trade figures over their periods, the 2021 and 2024 points among them, each citing its article', async () => {
    await page.locator('#reset').click();
    const figures = [
      ...quantities(articles, { measure: 'trade-volume' }),
      ...quantities(articles, { measure: 'trade-growth' }),
    ];
    const withPeriod = figures.filter((figure) => figure.period !== undefined);
    expect(withPeriod.length).toBeGreaterThan(0);
    await expect
      .poll(async () => (await attributes('#figures .point', 'data-period')).sort())
      .toEqual(withPeriod.map((figure) => figure.period ?? '').sort());
    for (const period of ['2021', '2024']) {
      for (const measure of ['trade-volume', 'trade-growth'] as const) {
        const expected = quantities(articles, { measure }).filter((figure) => figure.period === period);
        expect(expected.length, `${measure} ${period}`).toBeGreaterThan(0);
        expect(
          await attributes(`#figures .point[data-measure="${measure}"][data-period="${period}"]`, 'data-article'),
        ).toEqual(expected.map((figure) => figure.article));
      }
    }
    // The table cites every figure's article by its title.
    const cited = await page.locator('#figures-table tbody tr td:last-child').allTextContents();
    expect(cited).toHaveLength(figures.length);
    figures.forEach((figure, index) => {
      expect(cited[index]).toContain(articles.find((article) => article.id === figure.article)!.en.title);
    });
    // A point opens its article, with the figure's words marked.
    const [first] = withPeriod;
    await page
      .locator(`#figures .point[data-period="${first!.period ?? ''}"][data-measure="${first!.measure}"]`)
      .first()
      .focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#detail').isVisible()).toBe(true);
    expect(await page.locator('#detail mark.current').textContent()).toContain(first!.text);
  });

  it('passes axe-core with a mark chosen, an article open and a quotation followed', async () => {
    await page.locator('#reset').click();
    await page.locator('#history .mark.shared').first().click();
    await page.locator('#quotes a.quote-link').first().click();
    await expect.poll(() => page.locator('#detail').isVisible()).toBe(true);
    expect(await seriousViolations()).toEqual([]);
  });

  it('takes the screenshot: the timeline with the evidence of the talks of 9 October 2025, the map and the figures', async () => {
    await page.locator('#reset').click();
    const [talks] = eventsOf(articles, { type: 'talks', from: '2025-10-09', to: '2025-10-09' });
    await page.locator(`#history .mark[data-key="event:${talks!.id}"]`).hover();
    await expect.poll(() => page.locator('#history-evidence li').count()).toBe(2);
    await page.evaluate(() => {
      (globalThis as unknown as { scrollTo(x: number, y: number): void }).scrollTo(0, 0);
    });
    mkdirSync(SCREENSHOTS, { recursive: true });
    // Tall enough for the whole map; the page goes back to its size after.
    await page.setViewportSize({ width: 1280, height: 980 });
    await page.screenshot({ path: `${SCREENSHOTS}dashboard.png`, fullPage: false });
    await page.setViewportSize({ width: 1280, height: 900 });
    if (process.env.UPDATE_SCREENSHOT === '1') {
      copyFileSync(`${SCREENSHOTS}dashboard.png`, `${ROOT}docs/dashboard.png`);
    }
    expect(existsSync(`${SCREENSHOTS}dashboard.png`)).toBe(true);
  });

  it('logged no console error and no failed request', () => {
    expect(problems).toEqual([]);
  });
});
