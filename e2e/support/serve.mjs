// A small static file server for dist/: used by `make serve` and by the end-to-end tests. Serves the app under an
// optional sub-path (to prove sub-path hosting) and with optional extra headers (to prove a strict CSP works).
// Text and wasm files go out brotli-compressed (cached per file version) when the browser accepts it, as a real host
// serves them. Quality 5 by default: quality 11 takes 5-20 s of CPU for the wasm on a busy machine, blocking the first
// request of every test file; `make perf-ui` asks for 11, so its load figures match `scripts/size.mjs`.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { brotliCompressSync, constants } from 'node:zlib';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Types worth compressing; images such as PNG are compressed already. */
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.wasm', '.css', '.svg', '.json']);

/** Brotli bodies by path, size and modification time, so a rebuilt file is compressed anew. */
const compressed = new Map();

function brotli(file, body, mtimeMs, quality) {
  const key = `${file}:${body.length}:${mtimeMs}:${quality}`;
  if (!compressed.has(key)) {
    compressed.set(key, brotliCompressSync(body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
    }));
  }
  return compressed.get(key);
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/**
 * Starts serving `root` on 127.0.0.1.
 * @param {object} options
 * @param {string} options.root      directory to serve
 * @param {number} [options.port]    0 picks a free port
 * @param {string} [options.host]    address to bind, 127.0.0.1 by default
 * @param {string} [options.base]    URL sub-path the app lives under, e.g. "/check/"
 * @param {object} [options.headers] extra response headers for every file
 * @param {object} [options.pages]   extra routes: path -> html string (host pages for embedding tests)
 * @param {number} [options.brotliQuality]  0-11; 5 by default (fast), 11 to serve what `scripts/size.mjs` measures
 * @returns {Promise<{url: string, origin: string, close: () => Promise<void>}>}
 */
export async function serve({ root, port = 0, host = '127.0.0.1', base = '/', headers = {}, pages = {}, brotliQuality = 5 }) {
  const rootDir = resolve(root);
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    if (pages[path] !== undefined) {
      response.writeHead(200, { 'content-type': TYPES['.html'] });
      response.end(pages[path]);
      return;
    }
    if (!path.startsWith(base)) {
      response.writeHead(404).end('not found');
      return;
    }
    let file = normalize(join(rootDir, path.slice(base.length)));
    if (!file.startsWith(rootDir)) {
      response.writeHead(403).end('forbidden');
      return;
    }
    // A missing kammer.json means "no chamber": 204, as the package's Apache and nginx configurations answer it.
    if (path === `${base}kammer.json` && !(await stat(file).catch(() => null))) {
      response.writeHead(204, { 'cache-control': 'no-cache', ...headers }).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const [body, info] = await Promise.all([readFile(file), stat(file)]);
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const head = { 'content-type': type, 'cache-control': 'no-cache', vary: 'accept-encoding', ...headers };
      if (COMPRESSIBLE.has(extname(file)) && /\bbr\b/.test(request.headers['accept-encoding'] ?? '')) {
        response.writeHead(200, { ...head, 'content-encoding': 'br' });
        response.end(brotli(file, body, info.mtimeMs, brotliQuality));
      } else {
        response.writeHead(200, head);
        response.end(body);
      }
    } catch {
      response.writeHead(404).end('not found');
    }
  });
  await new Promise((ok) => server.listen(port, host, ok));
  const origin = `http://${host}:${server.address().port}`;
  return {
    origin,
    url: origin + base,
    close: () => new Promise((ok) => { server.closeAllConnections(); server.close(() => ok()); }),
  };
}

// `node e2e/support/serve.mjs DIR PORT` serves DIR until interrupted.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [root = 'dist', port = '8080'] = process.argv.slice(2);
  await serve({ root, port: Number(port) });
}
