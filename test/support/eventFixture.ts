/** A small event registry over articles of makeArticle, for table-driven tests of eventsOf and createCorpus. */
import type { Article, NewsEvent } from '../../src/index.js';
import { makeArticle } from './makeArticle.js';

/** Three articles: one body each, long enough for the mention spans below. */
export const fixtureArticles: readonly Article[] = [
  makeArticle({ id: 'a', body: 'زار بوتين دوشنبه وعقد محادثات مع رحمون' }),
  makeArticle({ id: 'b', body: 'أجرى الرئيسان محادثات هاتفية' }),
  makeArticle({ id: 'c', body: 'وقع البلدان اتفاقية في موسكو' }),
];

/** A mention of `article`'s body from 0 to `end`. */
const at = (article: string, end: number): NewsEvent['mentions'][number] => ({ article, field: 'body', start: 0, end });

/** The events: each says which articles report it, and the filters each one passes are in its id. */
export const fixtureEvents: readonly NewsEvent[] = [
  {
    id: 'visit-dushanbe-2022-06-28',
    type: 'visit',
    description: 'A visit.',
    date: { value: '2022-06-28', basis: 'stated' },
    place: 'dushanbe',
    participants: [{ entity: 'vladimir-putin', role: 'visitor' }],
    status: 'reported',
    mentions: [at('a', 16)],
  },
  {
    id: 'talks-dushanbe-2022-06-28-in-a-and-b',
    type: 'talks',
    description: 'Talks.',
    date: { value: '2022-06-28TEV', basis: 'stated' },
    place: 'dushanbe',
    participants: [{ entity: 'vladimir-putin' }, { entity: 'emomali-rahmon' }],
    status: 'reported',
    mentions: [at('a', 9), at('b', 13)],
  },
  {
    id: 'phone-calls-2022',
    type: 'phone-call',
    description: 'Phone calls.',
    date: { value: '2022', basis: 'inferred', evidence: 'date 2022-01-01', inference: 'The year of the article.' },
    participants: [{ entity: 'vladimir-putin' }, { entity: 'emomali-rahmon' }],
    status: 'reported',
    mentions: [at('b', 13)],
  },
  {
    id: 'signing-moscow-announced-2023-01',
    type: 'signing',
    description: 'A signing, announced.',
    date: { value: '2023-01', basis: 'stated' },
    place: 'moscow',
    participants: [
      { entity: 'russia', role: 'signatory' },
      { entity: 'tajikistan', role: 'signatory' },
    ],
    status: 'announced',
    mentions: [at('c', 11)],
  },
  {
    id: 'statement-undated',
    type: 'statement',
    description: 'An undated statement.',
    date: { value: 'PAST_REF', basis: 'stated' },
    participants: [{ entity: 'emomali-rahmon', role: 'speaker' }],
    status: 'reported',
    mentions: [at('c', 3)],
  },
  {
    id: 'event-of-another-article',
    type: 'summit',
    description: 'A summit of an article not in the list.',
    date: { value: '2022-06-28', basis: 'stated' },
    participants: [{ entity: 'vladimir-putin' }],
    status: 'reported',
    mentions: [{ article: 'elsewhere', field: 'body', start: 0, end: 1 }],
  },
];
