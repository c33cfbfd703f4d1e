/** Marks spans of a text in nested layers: quotations around entity mentions around search matches. */

/** A span of the text, and the element that wraps what it holds. */
export interface Wrap {
  readonly start: number;
  readonly end: number;
  readonly make: (children: Node[]) => HTMLElement;
}

/**
 * The text from `from` to `to` as nodes, each span of the first layer wrapped by its element around the
 * text as the next layers mark it, and so on. Within a layer the spans must be sorted and apart; a span
 * that crosses the edge of an outer one is cut there, so that the elements nest.
 */
export function layered(text: string, from: number, to: number, layers: readonly (readonly Wrap[])[]): Node[] {
  if (from >= to) {
    return [];
  }
  const [layer, ...inner] = layers;
  if (layer === undefined) {
    return [document.createTextNode(text.slice(from, to))];
  }
  const out: Node[] = [];
  let at = from;
  for (const wrap of layer) {
    const start = Math.max(wrap.start, at);
    const end = Math.min(wrap.end, to);
    if (start < end) {
      out.push(...layered(text, at, start, inner), wrap.make(layered(text, start, end, inner)));
      at = end;
    }
  }
  out.push(...layered(text, at, to, inner));
  return out;
}

/**
 * Spans that may overlap, dealt into layers whose spans are apart: each span goes into the first layer
 * where it fits, so that a quotation inside another becomes a mark inside the other's.
 */
export function apart<T extends { readonly start: number; readonly end: number }>(spans: readonly T[]): T[][] {
  const layers: T[][] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start || b.end - a.end)) {
    // A layer is made with its first span, so it has a last one.
    const fits = layers.find((layer) => layer.at(-1)!.end <= span.start);
    if (fits === undefined) {
      layers.push([span]);
    } else {
      fits.push(span);
    }
  }
  return layers;
}
