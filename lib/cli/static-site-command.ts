/**
 * `sverka static-site [--dist .next] [--out site] [--corpus texts]`: the built site as a folder of
 * plain files for any static host or CDN, no Node.js needed. It takes what `npm run build` rendered
 * (every page as `<path>/index.html`, every export, sentence and search file under its own path, the
 * app's JavaScript under `_next/static/`, the 404 page) and writes a `_headers` file (the format
 * Netlify and Cloudflare Pages read) with the security headers of `next.config.js` for every path
 * and the type and download name of each file whose path has no extension. A build that left pages
 * to be rendered on request (a corpus above 100 documents) is refused: rebuild with
 * SVERKA_PRERENDER=all. The folder is written aside and swapped in whole.
 */
import { cp, mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { corpusDirectory, isSafeSlug, listSlugs } from '../corpus';
import type { Output } from './output';

/** Usage line shown by `sverka help`. */
export const STATIC_SITE_USAGE = 'static-site [--dist .next] [--out site] [--corpus texts]   the built site as plain files (and a _headers file) for a static host';

/** A file in a folder this command wrote, so that it never replaces a folder it did not write. */
const MARKER = '.sverka-static-site';

/** What Next.js records about each route it rendered at build time. */
interface PrerenderedRoute {
  routeType?: 'page' | 'route';
  initialHeaders?: Record<string, string>;
}

/** Headers of a rendered file that describe it to a browser; Next.js's cache bookkeeping stays behind. */
const FILE_HEADERS = new Set(['content-type', 'content-disposition']);

/** Run the static-site command; returns the process exit code. */
export async function runStaticSite(args: string[], output: Output): Promise<number> {
  const { values } = parseArgs({ args, options: { dist: { type: 'string' }, out: { type: 'string' }, corpus: { type: 'string' } } });
  const dist = values.dist ?? process.env.SVERKA_DIST_DIR ?? '.next';
  const out = path.resolve(values.out ?? 'site');
  const corpus = values.corpus ?? corpusDirectory();
  const manifest = await readJson<{ routes: Record<string, PrerenderedRoute> }>(path.join(dist, 'prerender-manifest.json'));
  const routesManifest = await readJson<{ headers: Array<{ source: string; headers: Array<{ key: string; value: string }> }> }>(path.join(dist, 'routes-manifest.json'));
  if (!manifest || !routesManifest) {
    output.error(`${dist} holds no finished build: run npm run build first (or give --dist)`);
    return 1;
  }
  const routes = Object.entries(manifest.routes);
  const rendered = new Set(routes.filter(([, route]) => route.routeType === 'page').map(([route]) => route));
  const slugs = await listSlugs(corpus).catch(() => undefined);
  if (!slugs) {
    output.error(`${corpus}: the corpus folder cannot be read (give --corpus, the folder the site was built from)`);
    return 1;
  }
  const missing = slugs.filter((slug) => isSafeSlug(slug) && !rendered.has(`/documents/${slug}`));
  if (missing.length > 0) {
    output.error(`the build did not render ${missing.length} document page(s) (${missing.slice(0, 3).join(', ')}${missing.length > 3 ? ', …' : ''}): `
      + 'above 100 documents pages are rendered on request. Build with SVERKA_PRERENDER=all npm run build, then run this again');
    return 1;
  }
  if (await folderNotOurs(out)) {
    output.error(`${out} exists and was not written by sverka static-site: give another --out`);
    return 1;
  }

  const temporary = `${out}.${process.pid}.tmp`;
  await rm(temporary, { recursive: true, force: true });
  const appDir = path.join(dist, 'server', 'app');
  const headerBlocks: string[] = [];
  for (const [route, info] of routes) {
    if (info.routeType === 'page') {
      await copyInto(path.join(appDir, `${route === '/' ? 'index' : route}.html`), path.join(temporary, route, 'index.html'));
    } else {
      await copyInto(path.join(appDir, `${route}.body`), path.join(temporary, route));
      const fileHeaders = Object.entries(info.initialHeaders ?? {}).filter(([name]) => FILE_HEADERS.has(name)).sort(([a], [b]) => a.localeCompare(b));
      if (path.extname(route) === '' && fileHeaders.length > 0) headerBlocks.push([route, ...fileHeaders.map(([name, value]) => `  ${name}: ${value}`)].join('\n'));
    }
  }
  await cp(path.join(dist, 'static'), path.join(temporary, '_next', 'static'), { recursive: true });
  await copyInto(path.join(appDir, '_not-found.html'), path.join(temporary, '404.html'));
  const everyPath = routesManifest.headers.flatMap((rule) => rule.headers.map((header) => `  ${header.key}: ${header.value}`));
  await writeFile(path.join(temporary, '_headers'), `${['/*', ...everyPath].join('\n')}\n${headerBlocks.map((block) => `${block}\n`).join('')}`);
  await writeFile(path.join(temporary, MARKER), 'Written by sverka static-site; replaced whole by the next run.\n');

  const previous = `${out}.${process.pid}.old`;
  const hadPrevious = await stat(out).then(() => true, () => false);
  if (hadPrevious) await rename(out, previous);
  await rename(temporary, out);
  if (hadPrevious) await rm(previous, { recursive: true, force: true });
  output.line(`${out}: ${routes.length} rendered routes and the app's files, with _headers for the host`);
  return 0;
}

async function readJson<T>(file: string): Promise<T | undefined> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as T;
  } catch {
    return undefined;
  }
}

async function copyInto(source: string, target: string): Promise<void> {
  await mkdir(path.dirname(target), { recursive: true });
  await cp(source, target);
}

/** True when `folder` exists but is not a site this command wrote. */
async function folderNotOurs(folder: string): Promise<boolean> {
  const exists = await stat(folder).then(() => true, () => false);
  return exists && !(await stat(path.join(folder, MARKER)).then(() => true, () => false));
}
