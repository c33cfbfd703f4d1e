/**
 * A registry's names compiled for the mention finder (src/internal/text/mentions.ts):
 * a trie over the normalized aliases, built once per registry, its edges in an
 * open-addressing hash table of typed arrays, so that a walk from a word start costs
 * one probe per letter, however many names there are.
 */
import { nameKey } from './mentionRules.js';
import { normalizeText } from './normalize.js';

/** A name to look for, and the entity it belongs to. */
export interface AliasEntry {
  readonly entity: string;
  readonly alias: string;
  /** Whether the entity is a document or an event, whose mentions contain others (rule 5). */
  readonly container: boolean;
}

/**
 * A registry's aliases, compiled: a trie over their normalized forms, its edges in a hash table.
 *
 * A pattern is one normalized string, without quotation marks (`nameKey`), looked for under one prefix rule: as written
 * (after و ف ب ل ك ال), or, for a name that starts with ال, without it after لل.
 * Where several aliases normalize to the same pattern, it keeps the one that would
 * win a tie: the smallest id (`localeCompare`), then the first in registry order; and,
 * for the mentions inside a document's or an event's (rule 5), the one that would win
 * among the entities that are neither.
 */
export interface AliasMatcher {
  /** How many distinct names (normalized aliases) it looks for. */
  readonly nameCount: number;
  /** The root's child along each unit below {@link ROOT_TABLE_SIZE}, or -1: a walk starts at most words. */
  readonly rootChildren: Int32Array;
  /**
   * Open addressing, three cells a slot, so that a probe reads one cache line: slot `i` holds
   * the edge from node `edges[3i] - 1` along unit `edges[3i + 1]` to node `edges[3i + 2]`;
   * 0 in `edges[3i]` marks an empty slot.
   */
  readonly edges: Int32Array;
  /** The table's size less one: its size is a power of two, at least twice the number of edges. */
  readonly mask: number;
  /** The pattern that ends at each node under the plain prefix rule, or -1. */
  readonly plain: Int32Array;
  /** The pattern that ends at each node after لل, or -1. */
  readonly fused: Int32Array;
  /** Per pattern: the id it reports. */
  readonly ids: readonly string[];
  /** Per pattern: its normalized length, which decides between overlapping names. */
  readonly lengths: Int32Array;
  /** Per pattern: `2 × entry + (fused ? 1 : 0)` of the alias it keeps, the last tie-break. */
  readonly order: Int32Array;
  /** Per pattern: 1 when the entity it reports is a container (a document or an event), else 0. */
  readonly containers: Uint8Array;
  /** Per pattern: the id it reports inside a container, the best of the entities that are not containers, or undefined. */
  readonly nestedIds: readonly (string | undefined)[];
  /** Per pattern: {@link order} of the alias that gives {@link nestedIds}, or -1. */
  readonly nestedOrder: Int32Array;
}

/** The root's children are also kept in a table up to here: Latin, Cyrillic and Arabic, in 8 KB. */
export const ROOT_TABLE_SIZE = 0x0800;

/** The first slot to probe for the edge from `node` along `unit`. */
function slotOf(node: number, unit: number, mask: number): number {
  let hash = Math.imul(node, 0x9e3779b1) ^ Math.imul(unit, 0x85ebca6b);
  hash ^= hash >>> 15;
  return Math.imul(hash, 0x2c1b3c6d) & mask;
}

/** The child of `node` along `unit`, or -1. */
export function childOf(matcher: AliasMatcher, node: number, unit: number): number {
  const { edges, mask } = matcher;
  const from = node + 1;
  for (let slot = slotOf(node, unit, mask); ; slot = (slot + 1) & mask) {
    const at = edges[3 * slot]!; // slot is masked into the table, of 3 cells a slot
    if (at === 0) {
      return -1;
    }
    if (at === from && edges[3 * slot + 1] === unit) {
      return edges[3 * slot + 2]!;
    }
  }
}

/** Compiles the aliases for {@link findCompiled}. Work and memory are linear in the aliases' total length. */
export function compileAliases(entries: readonly AliasEntry[]): AliasMatcher {
  // Every alias as a needle, and after لل each one that starts with ال, without it, in registry order.
  const needles: {
    readonly text: string;
    readonly entity: string;
    readonly rank: number;
    readonly container: boolean;
  }[] = [];
  let units = 0;
  entries.forEach(({ entity, alias, container }, entry) => {
    // Quotation marks inside a name are skipped as the text is read, so the pattern leaves them out.
    const text = nameKey(normalizeText(alias.trim()), true);
    if (text.length > 0) {
      needles.push({ text, entity, rank: 2 * entry, container });
      units += text.length;
      if (text.startsWith('ال') && text.length > 3) {
        needles.push({ text: text.slice(2), entity, rank: 2 * entry + 1, container });
        units += text.length - 2;
      }
    }
  });

  // At most one edge per unit: a table of twice that keeps probes short.
  let size = 16;
  while (size < 2 * units) {
    size *= 2;
  }
  const mask = size - 1;
  const edges = new Int32Array(3 * size);
  const rootChildren = new Int32Array(ROOT_TABLE_SIZE).fill(-1);
  const plain: number[] = [-1];
  const fused: number[] = [-1];
  const ids: string[] = [];
  const lengths: number[] = [];
  const order: number[] = [];
  const containers: number[] = [];
  const nestedIds: (string | undefined)[] = [];
  const nestedOrder: number[] = [];
  let nameCount = 0;

  for (const { text, entity, rank, container } of needles) {
    let node = 0;
    for (let index = 0; index < text.length; index += 1) {
      const unit = text.charCodeAt(index);
      let slot = slotOf(node, unit, mask);
      while (edges[3 * slot] !== 0 && !(edges[3 * slot] === node + 1 && edges[3 * slot + 1] === unit)) {
        slot = (slot + 1) & mask;
      }
      if (edges[3 * slot] === 0) {
        const child = plain.length;
        plain.push(-1);
        fused.push(-1);
        edges[3 * slot] = node + 1;
        edges[3 * slot + 1] = unit;
        edges[3 * slot + 2] = child;
        if (node === 0 && unit < ROOT_TABLE_SIZE) {
          rootChildren[unit] = child;
        }
      }
      node = edges[3 * slot + 2]!; // slot is masked into the table
    }
    const slots = rank % 2 === 1 ? fused : plain;
    const kept = slots[node]!; // node < slots.length: both grow with the nodes
    if (kept === -1) {
      slots[node] = ids.length;
      ids.push(entity);
      lengths.push(text.length);
      order.push(rank);
      containers.push(container ? 1 : 0);
      nestedIds.push(container ? undefined : entity);
      nestedOrder.push(container ? -1 : rank);
      nameCount += rank % 2 === 1 ? 0 : 1;
      continue;
    }
    // Candidates sort by id, then in registry order: an equal id keeps the earlier alias.
    if (ids[kept] !== entity && entity.localeCompare(ids[kept]!) < 0) {
      ids[kept] = entity;
      order[kept] = rank;
      containers[kept] = container ? 1 : 0;
    }
    // Inside a container, only the entities that are not containers compete.
    const nested = nestedIds[kept];
    if (!container && (nested === undefined || (nested !== entity && entity.localeCompare(nested) < 0))) {
      nestedIds[kept] = entity;
      nestedOrder[kept] = rank;
    }
  }
  return {
    nameCount,
    rootChildren,
    edges,
    mask,
    plain: Int32Array.from(plain),
    fused: Int32Array.from(fused),
    ids,
    lengths: Int32Array.from(lengths),
    order: Int32Array.from(order),
    containers: Uint8Array.from(containers),
    nestedIds,
    nestedOrder: Int32Array.from(nestedOrder),
  };
}
