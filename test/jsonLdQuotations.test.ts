/** The schema.org `Quotation` nodes of toJsonLd: one per quotation of the record, each tied to its speaker and its article. */
import { describe, expect, it } from 'vitest';

import {
  articles,
  entities,
  type Entity,
  InvalidRecordError,
  quotations,
  toJsonLd,
  UnknownEntityError,
} from '../src/index.js';
import { jsonLdGraph } from '../src/internal/formats/jsonLdGraph.js';
import { catchError } from './support/catchError.js';
import { PLAIN, TRADE, VISIT } from './support/layeredFixtures.js';

interface QuotationNode {
  readonly '@type': string;
  readonly text: string;
  readonly inLanguage: string;
  readonly description: { readonly '@value': string; readonly '@language': string };
  readonly spokenByCharacter?: { readonly '@type': string; readonly identifier: string };
  readonly creator?: { readonly '@type': string; readonly identifier: string };
  readonly isBasedOn?: { readonly identifier: string };
}

const partsOf = (node: object): readonly QuotationNode[] => (node as { hasPart?: QuotationNode[] }).hasPart ?? [];

/** The property that names a node's speaker, and the speaker's id. */
const speakerOf = (node: QuotationNode): [string, string | undefined] => {
  const property = (['spokenByCharacter', 'creator', 'isBasedOn'] as const).find((key) => node[key] !== undefined);
  return [property ?? 'none', property === undefined ? undefined : node[property]?.identifier];
};

describe('the Quotation nodes of toJsonLd', () => {
  it('gives one Quotation per quotation, in the order quotations() lists them, with the quoted words and the article language', () => {
    for (const article of [TRADE, VISIT]) {
      const nodes = partsOf(toJsonLd(article));
      const entries = quotations([article]);
      expect(nodes.map((node) => [node['@type'], node.text, node.inLanguage])).toEqual(
        entries.map((entry) => ['Quotation', entry.text, 'ar']),
      );
      expect(nodes.length).toBeGreaterThan(0);
    }
  });

  it.each([
    ['a person speaks the words', TRADE, 'sergey-lavrov', ['spokenByCharacter', 'sergey-lavrov'], 'Person'],
    ['an organization is credited with them', VISIT, 'kremlin', ['creator', 'kremlin'], 'Organization'],
  ] as const)('names the speaker where %s', (_name, article, speaker, expected, type) => {
    const node = partsOf(toJsonLd(article)).find((each) => speakerOf(each)[1] === speaker)!;
    expect(speakerOf(node)).toEqual(expected);
    expect((node.spokenByCharacter ?? node.creator)?.['@type']).toBe(type);
  });

  it('takes the words of a document speaker as based on the document', () => {
    // A registry with a document among its entities, as the registry of the annotated corpus has.
    const statement = {
      id: 'a-joint-statement',
      type: 'document',
      name: { ar: 'بيان مشترك', en: 'A joint statement' },
      aliases: ['بيان مشترك'],
      description: 'A statement, for this test.',
    } as unknown as Entity;
    const article = {
      ...VISIT,
      quotations: VISIT.quotations!.map((quotation) => ({ ...quotation, speaker: statement.id })),
    };
    const nodes = partsOf(toJsonLd(article, { entities: [...entities, statement] }));
    expect(nodes.map(speakerOf)).toEqual([
      ['isBasedOn', statement.id],
      ['isBasedOn', statement.id],
    ]);
  });

  it('describes each kind in words, tagged as English', () => {
    const described = new Map(
      partsOf(toJsonLd(TRADE)).map((node, at) => [quotations([TRADE])[at]!.kind, node.description]),
    );
    expect([...described.keys()].sort()).toEqual(['direct', 'indirect', 'partial']);
    for (const [kind, description] of described) {
      expect(description['@language']).toBe('en');
      expect(description['@value'].toLowerCase()).toContain(`${kind} quotation`);
    }
  });

  it('adds no hasPart to an article without quotations', () => {
    expect('hasPart' in toJsonLd(PLAIN)).toBe(false);
    expect('hasPart' in toJsonLd({ ...TRADE, quotations: [] })).toBe(false);
  });

  it('gives each shipped article the Quotation nodes of its quotations layer', () => {
    for (const article of articles) {
      expect(partsOf(toJsonLd(article)).map((node) => node.text)).toEqual(
        quotations([article]).map((entry) => entry.text),
      );
    }
  });

  it('writes the same nodes in a graph of many articles', () => {
    const graph = jsonLdGraph([TRADE, VISIT], { entities, topics: [] });
    expect(graph['@graph'].map(partsOf)).toEqual([partsOf(toJsonLd(TRADE)), partsOf(toJsonLd(VISIT))]);
  });

  it('throws UnknownEntityError, naming the article, for a speaker the registry lacks', () => {
    const error = catchError(() => toJsonLd(VISIT, { entities: entities.filter((entity) => entity.id !== 'kremlin') }));
    expect(error).toBeInstanceOf(UnknownEntityError);
    expect((error as UnknownEntityError).article).toBe(VISIT.id);
    expect((error as UnknownEntityError).ref).toBe('kremlin');
  });

  it('throws InvalidRecordError for a quote outside its field', () => {
    const broken = {
      ...VISIT,
      quotations: [{ ...VISIT.quotations![0]!, quote: { field: 'title' as const, start: 0, end: 999 } }],
    };
    const error = catchError(() => toJsonLd(broken));
    expect(error).toBeInstanceOf(InvalidRecordError);
    expect((error as InvalidRecordError).path).toEqual(['quotations', 0, 'quote']);
  });
});
