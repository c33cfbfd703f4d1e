// A TypeDoc plugin that sets the Arabic text of the site right to left.
//
// The site's pages are English (`<html lang="en">`), with Arabic in the
// examples (`filterByEntity(articles, 'رحمون')`), in inline code and in the
// guides' quotations. Left unmarked, an Arabic run takes its direction from
// the English around it: punctuation next to it can jump to the wrong side,
// and screen readers and fonts take it for English. This plugin wraps each
// run of Arabic script in `<span dir="rtl" lang="ar">`, which isolates the
// run (`dir` on an inline element isolates it, as `<bdi>` does) and names
// its language.
//
// It works on the text between tags of each page as it is written, so it
// never touches tags, attributes, or the contents of script, style, title
// and textarea elements. A run never crosses a tag. In a highlighted code
// block, each token is its own element, so a run stays inside one token,
// such as one string literal, and the token keeps its colour.
import { Renderer } from 'typedoc';

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.renderer.on(Renderer.EVENT_END_PAGE, (/** @type {import('typedoc').PageEvent} */ page) => {
    if (page.contents !== undefined) {
      page.contents = markArabic(page.contents);
    }
  });
}

/** A character of Arabic script, including its marks, digits and punctuation. */
const ARABIC = String.raw`\p{Script_Extensions=Arabic}`;
/**
 * What may stand between two Arabic characters of one run: spaces, digits,
 * joiners, and the punctuation that occurs inside an Arabic phrase, such as
 * `المصدر: تاس` or `أكتوبر/تشرين الأول`. A comma, a semicolon or an
 * apostrophe ends a run, as it separates items in English (`أ إ آ ٱ become
 * ا, ى becomes ي`): Arabic text has its own comma and semicolon, which are
 * Arabic characters. The two joiners (ZWNJ, ZWJ) have a class of their own,
 * as single characters: a ZWJ between two members of a class would read as
 * one joined character.
 */
const BETWEEN = String.raw`[\s\d:./\-–—"()!?…«»]|[\u200C\u200D]|&(?:quot|amp|nbsp|#34|#160);`;
/** A run: Arabic characters, with anything {@link BETWEEN} between them. */
const RUN = new RegExp(String.raw`${ARABIC}(?:(?:${ARABIC}|${BETWEEN})*${ARABIC})?`, 'gu');
/** A comment, or a start or end tag; quoted attribute values may hold `>`. */
const MARKUP = /<!--[\s\S]*?-->|<(\/?)([a-z][\w-]*)(?:[^>"']|"[^"]*"|'[^']*')*>/gi;
/** Elements whose contents are not HTML text, or may not hold elements. */
const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea']);

/**
 * Wraps each run of Arabic script in the text of an HTML page in
 * `<span dir="rtl" lang="ar">`.
 *
 * @param {string} html
 * @returns {string}
 */
export function markArabic(html) {
  let out = '';
  let at = 0;
  /** The raw-text element we are inside, if any. */
  let raw;
  for (const match of html.matchAll(MARKUP)) {
    const text = html.slice(at, match.index);
    out += raw === undefined ? text.replace(RUN, (run) => `<span dir="rtl" lang="ar">${run}</span>`) : text;
    out += match[0];
    at = match.index + match[0].length;
    const name = match[2]?.toLowerCase();
    if (name === undefined) {
      continue; // A comment.
    }
    if (raw === undefined && match[1] === '' && RAW_TEXT.has(name)) {
      raw = name;
    } else if (raw === name && match[1] === '/') {
      raw = undefined;
    }
  }
  const rest = html.slice(at);
  return out + (raw === undefined ? rest.replace(RUN, (run) => `<span dir="rtl" lang="ar">${run}</span>`) : rest);
}
