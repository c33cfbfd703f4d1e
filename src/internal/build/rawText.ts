/**
 * How a raw text file becomes the title and body of a `buildArticle` input:
 * the one rule that `ru-tj-news build` and the tests of the unseen fixture
 * (test/support/unseen.ts) share, so that the command and the tests cannot
 * drift apart.
 */

/** The title and body of a raw text file. */
export interface RawTextParts {
  /** The first line that is neither blank nor furniture; `''` when there is none. */
  readonly title: string;
  /** The other lines that are neither blank nor furniture, in order, joined with a blank line (`"\n\n"`). */
  readonly body: string;
}

/**
 * Splits a raw file's text into its title and body. Each line is trimmed
 * (a `\r` of a Windows line end goes with it), blank lines are dropped, and
 * so is every line that is exactly the text of a furniture piece (a dateline,
 * a credit); the first line left is the title and the others are the body's
 * paragraphs.
 *
 * @param text - The file's text, decoded.
 * @param furniture - The furniture pieces of the record, as `buildArticle` takes them. Whatever in it is
 * not a piece with a string `text` takes no line out: `buildArticle` reports it.
 */
export function splitRawText(text: string, furniture: unknown): RawTextParts {
  const pieces = new Set<string>();
  if (Array.isArray(furniture)) {
    for (const piece of furniture as readonly unknown[]) {
      const pieceText = (piece as { readonly text?: unknown } | null)?.text;
      if (typeof pieceText === 'string') {
        pieces.add(pieceText);
      }
    }
  }
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !pieces.has(line));
  const [title = '', ...paragraphs] = lines;
  return { title, body: paragraphs.join('\n\n') };
}
