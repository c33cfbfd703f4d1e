// A TypeDoc plugin that makes the README's links to API pages work inside
// the API site.
//
// The package has no published API site: `npm run docs` writes it to
// docs/api/, and the README links each export to its page there, such as
// `docs/api/functions/filterByDate.html`. Those links work on a clone once
// the site is built. In the site itself, whose front page is the README,
// TypeDoc would take them for files to copy, and fail the build because
// they do not exist yet. This plugin points each such link at the export
// it names, so that TypeDoc writes the page's own URL, and fails the build
// when a link names no export, or when the page TypeDoc writes for the
// export is not at the path the README gives.
import { dirname, resolve } from 'node:path';

import { Converter, Renderer } from 'typedoc';

/** Where `npm run docs` writes the site (typedoc.json's `out`), from the README's folder. */
const SITE = 'docs/api/';

/** @param {import('typedoc').Application} app */
export function load(app) {
  /** @type {Map<import('typedoc').Reflection, string>} */
  const linked = new Map();
  const site = () => `${toPosix(resolve(dirname(app.options.getValue('readme')), SITE))}/`;

  // TypeDoc registers a relative link only when the file exists. A page of
  // the site does not until the site is built, so take these links as they
  // are; the handler below then points each at its export, or fails.
  const register = app.files.register.bind(app.files);
  app.files.register = (sourcePath, relativePath) => {
    const absolute = toPosix(resolve(dirname(sourcePath), relativePath));
    return absolute.startsWith(site())
      ? app.files.registerAbsolute(/** @type {import('typedoc').NormalizedPath} */ (absolute))
      : register(sourcePath, relativePath);
  };

  app.converter.on(Converter.EVENT_RESOLVE_END, (context) => {
    const project = context.project;
    const prefix = site();
    for (const absolute of project.files.getMediaPaths()) {
      if (!absolute.startsWith(prefix)) {
        continue;
      }
      const page = absolute.slice(prefix.length);
      const name = /^[a-z]+\/([^/]+)\.html$/.exec(page)?.[1];
      const targets = (project.children ?? []).filter((child) => child.name === name);
      const [target] = targets;
      if (targets.length !== 1 || !target) {
        app.logger.error(`The README links to ${SITE}${page}, which is not the page of exactly one export`);
        continue;
      }
      project.files.registerReflectionPath(absolute, target);
      linked.set(target, page);
    }
  });

  app.renderer.on(Renderer.EVENT_BEGIN, () => {
    for (const [target, page] of linked) {
      const url = app.renderer.router?.getFullUrl(target);
      if (url !== page) {
        app.logger.error(
          `The README links to ${SITE}${page}, but the page of ${target.name} is ${SITE}${url ?? '(none)'}`,
        );
      }
    }
  });
}

/** @param {string} path */
function toPosix(path) {
  return path.replaceAll('\\', '/');
}
