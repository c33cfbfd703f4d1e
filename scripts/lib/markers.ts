/**
 * Generated blocks inside hand-written Markdown: the text between
 * `<!-- name:start -->` and `<!-- name:end -->` belongs to a script.
 */

function markers(name: string): readonly [string, string] {
  return [`<!-- ${name}:start -->`, `<!-- ${name}:end -->`];
}

/** Returns `doc` with the `name` block's content replaced by `content`; throws when the block is missing. */
export function replaceBlock(doc: string, name: string, content: string): string {
  const [start, end] = markers(name);
  const from = doc.indexOf(start);
  const to = doc.indexOf(end, from);
  if (from === -1 || to === -1) {
    throw new Error(`Expected a "${start}" … "${end}" block`);
  }
  return `${doc.slice(0, from + start.length)}\n${content.trimEnd()}\n${doc.slice(to)}`;
}
