import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';

import * as api from '../src/index.js';
import { ArticleSchema, EntitySchema, EventSchema, TopicSchema } from '../src/index.js';
import { readText, ROOT } from './support/corpus.js';
import { htmlTexts, textOf } from './support/html.js';

// The API site as `npm run docs` builds it, written to a scratch folder so
// that the test never reads a stale docs/api/.
const SITE = mkdtempSync(join(tmpdir(), 'ru-tj-news-api-'));

beforeAll(() => {
  const result = spawnSync(process.execPath, [`${ROOT}node_modules/typedoc/bin/typedoc`, '--out', SITE], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  const log = `${result.stdout}${result.stderr}`;
  if (result.status !== 0 || /\[(?:warning|error)\]/.test(log)) {
    throw new Error(`typedoc failed (exit code ${String(result.status)}):\n${log}`);
  }
}, 180_000);

afterAll(() => {
  rmSync(SITE, { recursive: true, force: true });
});

const page = (path: string): string => readFileSync(join(SITE, path), 'utf8');
const pagesIn = (folder: string): string[] =>
  readdirSync(join(SITE, folder))
    .filter((file) => file.endsWith('.html'))
    .map((file) => `${folder}/${file}`);
const allPages = (): string[] =>
  readdirSync(SITE, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name).slice(SITE.length + 1));

/** The exported Zod schemas, by the name of the type inferred from each (`ArticleSchema` → `Article`). */
const schemaNames = new Map<unknown, string>(
  Object.entries(api).flatMap(([name, value]) =>
    name.endsWith('Schema') && value instanceof z.ZodType ? [[value, name.slice(0, -'Schema'.length)] as const] : [],
  ),
);

type FieldKind =
  | { readonly kind: 'record'; readonly name: string }
  | { readonly kind: 'object'; readonly keys: readonly string[] }
  | { readonly kind: 'other' };

/** What a field's schema is, seen through optional, readonly and array: an exported record, an object of its own, or neither. */
function fieldKind(schema: z.ZodType): FieldKind {
  const name = schemaNames.get(schema);
  if (name !== undefined) {
    return { kind: 'record', name };
  }
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodExactOptional || schema instanceof z.ZodReadonly) {
    return fieldKind(schema.unwrap() as z.ZodType);
  }
  if (schema instanceof z.ZodArray) {
    return fieldKind(schema.element as z.ZodType);
  }
  if (schema instanceof z.ZodObject) {
    return { kind: 'object', keys: Object.keys(schema.shape) };
  }
  return { kind: 'other' };
}

interface Member {
  readonly name: string;
  /** The member's signature, as HTML. */
  readonly signature: string;
  /** The member's doc comment, as text. */
  readonly comment: string;
  /** The fields listed under the member, for an object type: name → doc comment. */
  readonly fields: ReadonlyMap<string, string>;
}

/** The members TypeDoc lists on the page of an interface. */
function members(html: string): Map<string, Member> {
  const found = new Map<string, Member>();
  for (const [, section = ''] of html.matchAll(/<section class="tsd-panel tsd-member[^"]*">([\s\S]*?)<\/section>/g)) {
    const signature = /<div class="tsd-signature">([\s\S]*?)<\/div>/.exec(section)?.[1] ?? '';
    const name = textOf(/<span class="tsd-kind-property">([\s\S]*?)<\/span>/.exec(signature)?.[1] ?? '');
    const comment = textOf(/<div class="tsd-comment tsd-typography">([\s\S]*?)<\/div>/.exec(section)?.[1] ?? '').trim();
    const fields = new Map<string, string>();
    for (const [, item = ''] of section.matchAll(/<li class="tsd-parameter">([\s\S]*?)<\/li>/g)) {
      const field = textOf(/<span class="tsd-kind-property">([\s\S]*?)<\/span>/.exec(item)?.[1] ?? '');
      fields.set(
        field,
        textOf(/<div class="tsd-comment tsd-typography">([\s\S]*?)<\/div>/.exec(item)?.[1] ?? '').trim(),
      );
    }
    found.set(name, { name, signature, comment, fields });
  }
  return found;
}

const RECORDS = [
  ['Article', ArticleSchema],
  ['Entity', EntitySchema],
  ['Topic', TopicSchema],
  ['NewsEvent', EventSchema],
] as const;

describe('the API site', () => {
  describe.each(RECORDS)('the page of %s', (name, schema) => {
    const shape: Readonly<Record<string, z.ZodType>> = schema.unwrap().shape;

    it('lists every top-level field of the schema, with its doc comment and type', () => {
      const listed = members(page(`interfaces/${name}.html`));
      expect([...listed.keys()].sort()).toEqual(Object.keys(shape).sort());
      for (const member of listed.values()) {
        expect(member.comment, member.name).not.toBe('');
        // A long union (the event types) is printed one member a line, after the colon.
        expect(textOf(member.signature), member.name).toMatch(new RegExp(`^${member.name}\\??:\\s*\\S`));
      }
    });

    it('lists the fields of each nested object with their doc comments, and links each nested record to its page', () => {
      const listed = members(page(`interfaces/${name}.html`));
      for (const [key, field] of Object.entries(shape)) {
        const kind = fieldKind(field);
        const member = listed.get(key);
        if (kind.kind === 'object') {
          expect([...(member?.fields.keys() ?? [])].sort(), key).toEqual([...kind.keys].sort());
          for (const [nested, comment] of member?.fields ?? []) {
            expect(comment, `${key}.${nested}`).not.toBe('');
          }
        }
        if (kind.kind === 'record' && existsSync(join(SITE, `interfaces/${kind.name}.html`))) {
          expect(member?.signature, key).toContain(`href="${kind.name}.html"`);
        }
      }
    });
  });

  it('names Article, never its expansion, on every page of a function or an interface but its own', () => {
    const keys = Object.keys(ArticleSchema.unwrap().shape);
    const checked = [...pagesIn('functions'), ...pagesIn('interfaces')].filter(
      (path) => path !== 'interfaces/Article.html',
    );
    expect(checked.length).toBeGreaterThan(20);
    for (const path of checked) {
      const text = textOf(page(path));
      const expanded = keys.every((key) => new RegExp(`\\b${key}\\??:`).test(text));
      expect(expanded, path).toBe(false);
    }
  });

  it('shows `T extends Article`, linked to the Article page, on the page of each generic helper', () => {
    const generic = readdirSync(`${ROOT}src`)
      .filter((file) => file.endsWith('.ts'))
      .flatMap((file) =>
        [...readText(`src/${file}`).matchAll(/^export function (\w+)<T extends Article>/gm)].map(
          (match) => match[1] ?? '',
        ),
      );
    expect(generic).toContain('filterByDate');
    for (const helper of generic) {
      const html = page(`functions/${helper}.html`);
      expect(html, helper).toMatch(
        />T<\/(?:a|span)> <span class="tsd-signature-keyword">extends<\/span> <a href="\.\.\/interfaces\/Article\.html"[^>]*>Article<\/a>/,
      );
    }
  });

  it('sets every piece of Arabic text in the site with dir="rtl" and lang="ar"', () => {
    const arabic = /\p{Script_Extensions=Arabic}/u;
    let pieces = 0;
    const pagesWithArabic = new Set<string>();
    for (const path of allPages()) {
      for (const { text, ancestors } of htmlTexts(page(path))) {
        if (!arabic.test(text)) {
          continue;
        }
        pieces += 1;
        pagesWithArabic.add(path);
        const marked = ancestors.some(
          (element) => element.attributes.get('dir') === 'rtl' && element.attributes.get('lang') === 'ar',
        );
        expect(marked, `${path}: ${text}`).toBe(true);
      }
    }
    // The README's examples, a guide and a helper's examples all hold Arabic.
    expect([...pagesWithArabic]).toEqual(
      expect.arrayContaining(['index.html', 'documents/Data_model.html', 'functions/filterByEntity.html']),
    );
    expect(pieces).toBeGreaterThan(100);
  });

  it('keeps the highlighting of code: Arabic in a code block sits inside its highlighted token', () => {
    let inCode = 0;
    for (const path of allPages()) {
      for (const { text, ancestors } of htmlTexts(page(path))) {
        const names = ancestors.map((element) => element.name);
        const rtl = ancestors.findIndex((element) => element.attributes.get('dir') === 'rtl');
        if (rtl === -1 || !names.includes('pre')) {
          continue;
        }
        inCode += 1;
        expect(ancestors[rtl - 1]?.attributes.get('class') ?? '', `${path}: ${text}`).toMatch(/^hl-\d+$/);
      }
    }
    expect(inCode).toBeGreaterThan(50);
  });

  it('puts the guides in a section of their own, in the order src/index.ts includes them', () => {
    const titles = [...readText('src/index.ts').matchAll(/@document \.\.\/(docs\/[\w-]+\.md)/g)].map((match) => {
      const title = /^---\n(?:.*\n)*?title: (.+)\n/.exec(readText(match[1] ?? ''))?.[1];
      expect(title, match[1]).toBeDefined();
      return title;
    });
    expect(titles.length).toBeGreaterThan(0);
    const encoded = /"([A-Za-z0-9+/=]+)"/.exec(page('assets/navigation.js'))?.[1] ?? '';
    const navigation = JSON.parse(inflateSync(Buffer.from(encoded, 'base64')).toString('utf8')) as {
      text: string;
      children?: { text: string; path: string }[];
    }[];
    const guides = navigation.find((item) => item.text === 'Guides');
    expect(guides?.children?.map((child) => child.text)).toEqual(titles);
    expect(guides?.children?.every((child) => child.path.startsWith('documents/'))).toBe(true);
    expect(navigation.map((item) => item.text)).not.toContain('Other');
    expect(textOf(page('modules.html'))).not.toMatch(/^\s*Other\s*$/m);
  });

  it("links each export in the README's table to its page", () => {
    const readme = readText('README.md');
    const table = readme.slice(readme.indexOf('| export | what it is |'));
    const rows = table.slice(0, table.indexOf('\n\n')).split('\n').slice(2);
    expect(rows.length).toBeGreaterThan(10);
    const index = page('index.html');
    for (const row of rows) {
      const exportCell = row.split('|')[1] ?? '';
      // Every name in the first column is a link.
      expect(exportCell.replace(/\[`[^`]+`\]\([^)]+\)/g, ''), row).not.toMatch(/`/);
      for (const [, label = '', path = ''] of row.matchAll(/\[`([^`]+)`\]\(docs\/api\/([^)]+)\)/g)) {
        const name = /^\w+/.exec(label)?.[0] ?? '';
        expect(/<title>([^<|]*) \|/.exec(page(path))?.[1], path).toBe(name);
        expect(index, path).toContain(`href="${path}"`);
      }
    }
  });
});
