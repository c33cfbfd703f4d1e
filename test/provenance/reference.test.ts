import { describe, expect, it } from 'vitest';

import { entities, normalizeArabic, topics } from '../../src/index.js';
import { markdownTableRows, readShared } from './shared.js';

describe('facts from ../shared/reference', () => {
  it('gives Wikidata ids exactly to the entities the reference verifies', () => {
    const verified = new Map(
      markdownTableRows(readShared('reference/wikidata.md')).map(([name, qid]) => [qid ?? '', name ?? '']),
    );
    expect(verified.size).toBeGreaterThan(20);
    for (const entity of entities) {
      if (entity.wikidata === undefined) {
        continue;
      }
      const name = verified.get(entity.wikidata);
      expect(name, `${entity.id} has ${entity.wikidata}, which the reference does not list`).toBeDefined();
      expect(name?.startsWith(entity.name.en), `${entity.id} is listed as ${name}`).toBe(true);
    }
    const withIds = new Set(entities.flatMap((entity) => entity.wikidata ?? []));
    expect([...verified.keys()].filter((qid) => !withIds.has(qid))).toEqual([]);
  });

  it('maps topics only to IPTC codes the reference checked, with their exact labels', () => {
    const rows = new Map(
      markdownTableRows(readShared('reference/iptc-media-topics.md')).map(([code, label]) => [
        code ?? '',
        (label ?? '').replace(/ \(new in 2023\)$/, ''),
      ]),
    );
    const coded = topics.filter((topic) => topic.iptc !== undefined);
    expect(coded.length).toBeGreaterThan(0);
    for (const topic of coded) {
      expect(rows.get(topic.iptc ?? ''), topic.id).toBe(topic.iptcLabel);
    }
  });

  it('folds every alef form the normalization reference lists', () => {
    const rules = markdownTableRows(readShared('reference/arabic-normalization.md'));
    const alef = rules.find((row) => row[0] === 'alef forms');
    expect(alef).toBeDefined();
    // eslint-disable-next-line @typescript-eslint/no-misused-spread -- code points on purpose: the reference writes each alef form as one precomposed code point
    const letters = [...(alef?.[1] ?? '')].filter((char) => /\p{Script=Arabic}/u.test(char));
    expect(letters.length).toBeGreaterThan(3);
    expect(new Set(letters.map((char) => normalizeArabic(char)))).toEqual(new Set(['ا']));
  });
});
