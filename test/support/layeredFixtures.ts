/**
 * Three made-up articles with annotation layers, in the style of the corpus (the words are
 * invented for the tests; the speakers are shipped entities): the trade figures of one, the
 * visit of another, and a third with no layers at all. The layer helpers, the export tables,
 * JSON-LD and the commands are tested on them, since the shipped records carry their layers
 * only once the curated data is merged.
 */
import type { Article } from '../../src/index.js';
import { layeredArticle } from './layeredArticle.js';

export const TRADE = layeredArticle({
  id: '2022-09-14-layers-trade',
  publishedAt: '2022-09-14',
  title: 'لافروف: التجارة تنمو',
  body: 'قال لافروف إن "حجم التجارة بلغ أكثر من 1.2 مليار دولار في عام 2021". وأضاف أن التجارة نمت بنسبة 15.7 بالمائة من يناير إلى أبريل 2022.\n\nوذكّر بتوقيع البروتوكول في 8 أبريل 1992، قبل 30 عاما.',
  quotations: [
    {
      speaker: 'sergey-lavrov',
      kind: 'direct',
      cue: { words: 'قال لافروف' },
      quote: { words: 'حجم التجارة بلغ أكثر من 1.2 مليار دولار في عام 2021' },
    },
    {
      speaker: 'sergey-lavrov',
      kind: 'indirect',
      cue: { words: 'وأضاف' },
      quote: { words: 'التجارة نمت بنسبة 15.7 بالمائة من يناير إلى أبريل 2022' },
    },
    { speaker: 'sergey-lavrov', kind: 'partial', quote: { words: 'التجارة تنمو', field: 'title' } },
  ],
  timeExpressions: [
    { words: 'في عام 2021', value: '2021', basis: 'stated' },
    { words: 'من يناير إلى أبريل 2022', value: '2022-01/2022-04', basis: 'stated' },
    { words: '8 أبريل 1992', value: '1992-04-08', basis: 'stated' },
    { words: '30 عاما', value: 'P30Y', basis: 'stated' },
  ],
  quantities: [
    {
      words: 'أكثر من 1.2 مليار دولار',
      value: 1_200_000_000,
      unit: 'USD',
      comparator: 'more-than',
      measure: 'trade-volume',
      period: '2021',
    },
    { words: '15.7 بالمائة', value: 15.7, unit: 'percent', measure: 'trade-growth', period: '2022-01/2022-04' },
  ],
});

export const VISIT = layeredArticle({
  id: '2025-10-09-layers-visit',
  publishedAt: '2025-10-09',
  title: 'بوتين في دوشنبه',
  body: 'وصل بوتين إلى دوشنبه مساء أمس الأربعاء. وقال بوتين: "وقعنا 16 اتفاقية هذا العام".\n\nوأشار الكرملين إلى أن حجم التجارة بلغ حوالي 1.5 مليار دولار في عام 2024، وأن استثمارات روسيا بلغت 200 مليون روبل.',
  quotations: [
    {
      speaker: 'vladimir-putin',
      kind: 'direct',
      cue: { words: 'وقال بوتين' },
      quote: { words: 'وقعنا 16 اتفاقية هذا العام' },
    },
    {
      speaker: 'kremlin',
      kind: 'indirect',
      cue: { words: 'وأشار الكرملين إلى' },
      quote: { words: 'حجم التجارة بلغ حوالي 1.5 مليار دولار في عام 2024' },
    },
  ],
  timeExpressions: [
    { words: 'مساء أمس الأربعاء', value: '2025-10-08TEV', basis: 'inferred', evidence: '2025-10-09' },
    { words: 'هذا العام', value: '2025', basis: 'inferred', evidence: '2025-10-09' },
    { words: 'في عام 2024', value: '2024', basis: 'stated' },
  ],
  quantities: [
    { words: '16 اتفاقية', value: 16, unit: 'count', measure: 'agreements', period: '2025' },
    {
      words: 'حوالي 1.5 مليار دولار',
      value: 1_500_000_000,
      unit: 'USD',
      comparator: 'about',
      measure: 'trade-volume',
      period: '2024',
      subject: 'russia',
    },
    { words: '200 مليون روبل', value: 200_000_000, unit: 'RUB', measure: 'investment-stock', subject: 'russia' },
  ],
});

export const PLAIN = layeredArticle({ id: '2021-07-22-layers-none', publishedAt: '2021-07-22', body: 'نص بلا طبقات.' });

/** The three, in date order. */
export const LAYERED: readonly Article[] = [PLAIN, TRADE, VISIT];
