/**
 * A small reader for the HTML pages TypeDoc writes: well-formed markup, with
 * quoted attributes. Enough to walk the text of a page with the elements
 * around it, not a general HTML parser.
 */

/** An element around a piece of text. */
export interface HtmlElement {
  readonly name: string;
  readonly attributes: ReadonlyMap<string, string>;
}

/** A run of text between two tags, with its decoded text and the elements it sits in, outermost first. */
export interface HtmlText {
  readonly text: string;
  readonly ancestors: readonly HtmlElement[];
}

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
/** Elements whose contents are not markup. */
const RAW = new Set(['script', 'style', 'textarea', 'title']);
const MARKUP = /<!--[\s\S]*?-->|<![^>]*>|<(\/?)([a-zA-Z][\w-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const ATTRIBUTE = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

/** Decodes the character references TypeDoc writes. */
export function decodeEntities(text: string): string {
  const named: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0' };
  return text.replace(/&(#x[\da-fA-F]+|#\d+|[a-zA-Z]+);/g, (reference, body: string) => {
    if (body.startsWith('#x')) {
      return String.fromCodePoint(Number.parseInt(body.slice(2), 16));
    }
    if (body.startsWith('#')) {
      return String.fromCodePoint(Number.parseInt(body.slice(1), 10));
    }
    return named[body] ?? reference;
  });
}

/** The text of an HTML fragment, without its tags. */
export function textOf(html: string): string {
  return decodeEntities(html.replace(MARKUP, ''));
}

/**
 * Every run of text in a page, with the elements it sits in. The contents
 * of script, style, textarea and title elements are not text of the page,
 * and are left out.
 */
export function htmlTexts(html: string): HtmlText[] {
  const texts: HtmlText[] = [];
  const stack: HtmlElement[] = [];
  let at = 0;
  let raw: string | undefined;
  for (const match of html.matchAll(MARKUP)) {
    const [tag, slash, rawName, rawAttributes] = match;
    const name = rawName?.toLowerCase();
    if (raw !== undefined && !(slash === '/' && name === raw)) {
      continue;
    }
    const text = html.slice(at, match.index);
    if (raw === undefined && text !== '') {
      texts.push({ text: decodeEntities(text), ancestors: [...stack] });
    }
    at = match.index + tag.length;
    if (name === undefined) {
      continue;
    } // A comment or a doctype.
    if (slash === '/') {
      raw = undefined;
      const open = stack.map((element) => element.name).lastIndexOf(name);
      if (open === -1) {
        throw new Error(`</${name}> closes no element at offset ${match.index}`);
      }
      stack.length = open;
    } else if (!VOID.has(name) && !tag.endsWith('/>')) {
      const attributes = new Map<string, string>();
      for (const [, key, double, single, bare] of (rawAttributes ?? '').matchAll(ATTRIBUTE)) {
        if (key !== undefined) {
          attributes.set(key.toLowerCase(), decodeEntities(double ?? single ?? bare ?? ''));
        }
      }
      stack.push({ name, attributes });
      if (RAW.has(name)) {
        raw = name;
      }
    }
  }
  if (stack.length > 0) {
    throw new Error(`<${stack.map((element) => element.name).join('>, <')}> left open`);
  }
  return texts;
}
