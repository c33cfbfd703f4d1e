/**
 * A seeded synthetic registry and article bodies for the mention benchmark
 * (`npm run bench -- --mentions`, bench/mentions.ts).
 *
 * Names are Arabic-looking: two or three words of random Arabic letters, the first
 * drawn from a small pool so that many names share it (as أحمد or عبد do), a quarter
 * of them organizations and places written with ال on each word. A person has the
 * full name, the name without its middle word, the last name alone and after a title
 * (الرئيس، الوزير …); a place has its first word alone; each has a hamza and
 * ta marbuta spelling and an English name. Bodies are running text as
 * bench/generate.ts writes it (Zipf-drawn words with clitics), with names dropped in
 * the way Arabic writes them: after و ب ل, with لل for a name that starts with ال,
 * before an Arabic comma, with a vowel on the last letter, and now and then with
 * tanween, which makes an adjective and no mention.
 */
import type { Entity } from '../src/index.ts';
import { random, zipf } from './generate.ts';

// eslint-disable-next-line @typescript-eslint/no-misused-spread -- code points on purpose: each Arabic letter is one
const LETTERS = [...'ابتثجحخدذرزسشصضطظعغفقكلمنهوي'];
const TITLES = ['الرئيس', 'الوزير', 'السيد', 'السفير'];
const CLITICS = ['', '', '', '', '', 'و', 'ب', 'ل', 'وب', 'ف'];
const WORD_CLITICS = ['', '', '', '', 'ال', 'و', 'ب', 'ل', 'وال', 'بال'];

/** The benchmark's data: the registry, frozen as `EntitySchema` output is, and the bodies. */
export interface MentionData {
  readonly entities: readonly Entity[];
  readonly bodies: readonly string[];
  /** How many names the bodies hold, tanween ones included. */
  readonly planted: number;
}

export interface GenerateMentionOptions {
  readonly entityCount: number;
  readonly articleCount: number;
  /** Running words per body, names aside. */
  readonly bodyWords: number;
  readonly seed?: number;
}

export function generateMentionData(options: GenerateMentionOptions): MentionData {
  const next = random(options.seed ?? 7);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!; // next() < 1
  const word = (min: number, max: number): string => {
    const length = min + Math.floor(next() * (max - min + 1));
    let out = '';
    for (let index = 0; index < length; index += 1) {
      out += pick(LETTERS);
    }
    return out;
  };

  const firsts = Array.from({ length: 150 }, () => word(3, 5));
  const entities: Entity[] = [];
  const names = new Set<string>();
  while (entities.length < options.entityCount) {
    const index = entities.length;
    const isPlace = next() < 0.25;
    const parts = isPlace
      ? [`ال${word(4, 7)}`, ...(next() < 0.6 ? [`ال${word(4, 7)}`] : [])]
      : [pick(firsts), ...(next() < 0.4 ? [word(3, 6)] : []), word(4, 8)];
    const full = parts.join(' ');
    if (names.has(full)) {
      continue;
    }
    names.add(full);
    const last = parts.at(-1)!; // parts has a word or more
    const aliases = new Set([full, `${parts[0]!} ${last}`]);
    if (isPlace) {
      // The first word alone, as a short form: a name that begins a longer one.
      aliases.add(parts[0]!);
    } else {
      aliases.add(last);
      aliases.add(`${pick(TITLES)} ${last}`);
    }
    // Another spelling: hamza on the first alef, ta marbuta for a final ه.
    aliases.add(full.replace('ا', 'أ').replace(/ه$/u, 'ة'));
    entities.push(
      Object.freeze({
        id: `e-${index}`,
        type: isPlace ? 'place' : 'person',
        name: Object.freeze({ ar: full, en: `Entity ${index}` }),
        aliases: Object.freeze([...aliases]),
        description: `Synthetic entity ${index}.`,
      }) as Entity,
    );
  }

  const vocabulary = Array.from({ length: 20_000 }, () => word(3, 8));
  const drawWord = zipf(vocabulary.length, next);
  const drawEntity = zipf(entities.length, next, 0.8);
  let planted = 0;
  const bodies = Array.from({ length: options.articleCount }, () => {
    const words = Array.from({ length: options.bodyWords }, () => pick(WORD_CLITICS) + vocabulary[drawWord()]!);
    const mentions = 2 + Math.floor(next() * 5);
    for (let count = 0; count < mentions; count += 1) {
      const entity = entities[drawEntity()]!; // zipf draws below the registry's length
      let name = pick(entity.aliases);
      const clitic = pick(CLITICS);
      name = clitic.endsWith('ل') && name.startsWith('ال') ? `${clitic}ل${name.slice(2)}` : `${clitic}${name}`;
      const ending = next();
      name += ending < 0.15 ? '،' : ending < 0.25 ? '.' : ending < 0.3 ? 'ُ' : ending < 0.33 ? 'ً' : '';
      words.splice(Math.floor(next() * (words.length + 1)), 0, name);
      planted += 1;
    }
    return words.join(' ');
  });
  return { entities: Object.freeze(entities), bodies, planted };
}
