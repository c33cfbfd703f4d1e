/**
 * Every kind of mutation, tried on every object of the shipped data: test/freeze.test.ts
 * runs them, and scripts/build-reliability.ts counts them for docs/reliability.md.
 */
import { articles, corpus, datasetVersion, entities, events, topics } from '../../src/index.js';

/** One attempt to change shared data. In strict mode it must throw a TypeError. */
export interface Mutation {
  /** What it tries, such as `push`. */
  readonly kind: string;
  /** The path of the object it tries it on, such as `articles[0].entities[0].mentions`. */
  readonly where: string;
  readonly run: () => unknown;
}

type Bag = Record<PropertyKey, unknown>;

// Test files are ES modules, so these functions run in strict mode.
const OBJECT_MUTATIONS: readonly (readonly [kind: string, run: (target: Bag, key: string) => unknown])[] = [
  [
    'assign',
    (target, key) => {
      target[key] = 'changed';
    },
  ],
  [
    'add a key',
    (target) => {
      target.added = 'changed';
    },
  ],
  // eslint-disable-next-line @typescript-eslint/no-dynamic-delete -- deleting a key of frozen data is the mutation under test
  ['delete', (target, key) => delete target[key]],
  ['Object.defineProperty', (target, key) => Object.defineProperty(target, key, { value: 'changed' })],
  ['Object.assign', (target, key) => Object.assign(target, { [key]: 'changed' })],
  [
    'Object.setPrototypeOf',
    (target) => {
      Object.setPrototypeOf(target, null);
    },
  ],
];

const ARRAY_MUTATIONS: readonly (readonly [kind: string, run: (target: unknown[]) => unknown])[] = [
  ['push', (target) => target.push('changed')],
  ['pop', (target) => target.pop()],
  ['unshift', (target) => target.unshift('changed')],
  ['splice', (target) => target.splice(0, 1)],
  ['sort', (target) => target.sort()],
  ['reverse', (target) => target.reverse()],
  ['fill', (target) => target.fill('changed')],
  [
    'length = 0',
    (target) => {
      target.length = 0;
    },
  ],
];

function collect(value: unknown, where: string, out: Mutation[], seen: Set<object>): void {
  if (typeof value !== 'object' || value === null || seen.has(value)) {
    return;
  }
  seen.add(value);
  const target = value as Bag;
  // An empty array has no key to assign, so its first slot is used; the mutation must still throw.
  const key = Object.keys(target)[0] ?? '0';
  for (const [kind, run] of OBJECT_MUTATIONS) {
    // Deleting a key that is not there changes nothing, so it cannot throw (an empty list of participants).
    if (kind === 'delete' && !Object.hasOwn(target, key)) {
      continue;
    }
    out.push({ kind, where, run: () => run(target, key) });
  }
  if (Array.isArray(value)) {
    // A mutation that would change nothing writes nothing, so it cannot throw: sorting or
    // reversing fewer than two items, or popping or filling an empty array.
    const needs: Readonly<Record<string, number>> = { pop: 1, splice: 1, fill: 1, sort: 2, reverse: 2 };
    const kinds = ARRAY_MUTATIONS.filter(([kind]) => value.length >= (needs[kind] ?? 0));
    for (const [kind, run] of kinds) {
      out.push({ kind, where, run: () => run(value) });
    }
    value.forEach((item, index) => {
      collect(item, `${where}[${index}]`, out, seen);
    });
  } else {
    for (const [name, item] of Object.entries(target)) {
      collect(item, `${where}.${name}`, out, seen);
    }
  }
}

/** The shared values a user can reach, by the name they import them under. */
export const SHARED = { articles, entities, topics, events, datasetVersion, corpus } as const;

/** Every mutation of every object reachable from the shared values. */
export function mutations(): Mutation[] {
  const out: Mutation[] = [];
  const seen = new Set<object>();
  for (const [name, value] of Object.entries(SHARED)) {
    collect(value, name, out, seen);
  }
  return out;
}

/** Whether an attempt was refused as strict mode refuses a write to frozen data: with a TypeError. */
export function isRefused(mutation: Mutation): boolean {
  try {
    mutation.run();
    return false;
  } catch (error) {
    return error instanceof TypeError;
  }
}
