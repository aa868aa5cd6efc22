// Real web servers for the package test: Debian's apache2 and nginx, started as plain processes with their own
// configuration in a temp dir, on free ports of 127.0.0.1, serving the unpacked package zip under a sub-path with
// the configuration files the package ships (htaccess.txt renamed to .htaccess, as KAMMER.md says; the nginx snippets
// included into a test server block).
import { spawn, execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempDir } from './temp.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const APACHE = '/usr/sbin/apache2';
export const NGINX = '/usr/sbin/nginx';

/**
 * Builds the package from the current dist/ (the e2e layer builds dist/ first), or from another build folder, and
 * returns the zip's path.
 */
export function buildPackage(dist = undefined) {
  // Each build writes into a folder of its own: specs run side by side and would otherwise read each other's zip.
  const out = tempDir('agc-package-');
  const env = { ...process.env, SKIP_BUILD: '1', PACKAGE_DIR: out, ...(dist ? { DIST: dist } : {}) };
  execFileSync('scripts/package.sh', { cwd: ROOT, env, stdio: ['ignore', 'ignore', 'inherit'] });
  const version = /^version = "([^"]+)"/m.exec(readFileSync(join(ROOT, 'Cargo.toml'), 'utf8'))[1];
  return join(out, `arbeitgeber-check-${version}.zip`);
}

/** The shipped Apache settings as the editor installs them: htaccess.txt renamed, `edit` applied to its text. */
export function installHtaccess(web, edit = (text) => text) {
  writeFileSync(join(web, '.htaccess'), edit(readFileSync(join(web, 'htaccess.txt'), 'utf8')));
  chmodSync(join(web, '.htaccess'), 0o644);
}

/**
 * Unpacks the zip into a fresh temp dir: `<dir>/www/<subPath>` holds the web folder, `<dir>/package` the whole
 * package (for the nginx snippets). Everything is made world-readable: the servers' workers drop root.
 */
export function unpack(zip, subPath, { htaccess = true } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'ac-servers-'));
  execFileSync('unzip', ['-q', zip, '-d', join(dir, 'unzipped')]);
  const [top] = readdirSync(join(dir, 'unzipped'));
  const pkg = join(dir, 'unzipped', top);
  const web = join(dir, 'www', subPath);
  mkdirSync(join(web, '..'), { recursive: true });
  execFileSync('cp', ['-a', join(pkg, 'arbeitgeber-check'), web]);
  if (htaccess) installHtaccess(web);
  execFileSync('chmod', ['-R', 'a+rX', dir]);
  chmodSync(dir, 0o755);
  return { dir, pkg, web, www: join(dir, 'www') };
}

/** A free TCP port on 127.0.0.1. */
export async function freePort() {
  const server = createServer();
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  await new Promise((ok) => server.close(ok));
  return port;
}

/** One raw HTTP request (no automatic decompression): status, headers and body bytes. */
export function fetchRaw(url, headers = {}) {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers }, (response) => {
      const chunks = [];
      response.on('data', (chunk) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode, headers: response.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

async function waitUntilUp(url, child, log) {
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) break;
    try {
      await fetchRaw(url);
      return;
    } catch { await new Promise((ok) => setTimeout(ok, 100)); }
  }
  const errors = existsSync(log) ? readFileSync(log, 'utf8') : '';
  throw new Error(`server did not start (exit ${child.exitCode}): ${errors}`);
}

function stopper(child, dir) {
  return async () => {
    if (child.exitCode === null) {
      const exited = new Promise((ok) => child.once('exit', ok));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((ok) => setTimeout(ok, 5000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    rmSync(dir, { recursive: true, force: true });
  };
}

/**
 * Apache 2.4 with Debian's module and MIME defaults, so the shipped .htaccess applies: `AllowOverride All` unless
 * `allowOverride` names less, every module but those in `without`, and `site` (server configuration of the web site,
 * e.g. its own CSP) in the virtual host.
 */
export async function startApache({ dir, www }, { allowOverride = 'All', without = [], site = '' } = {}) {
  if (!existsSync(APACHE)) throw new Error(`${APACHE} is missing: run scripts/setup.sh`);
  const port = await freePort();
  const modules = ['mpm_event', 'authz_core', 'unixd', 'mime', 'dir', 'rewrite', 'headers', 'alias', 'setenvif']
    .filter((name) => !without.includes(name))
    .filter((name) => existsSync(`/usr/lib/apache2/modules/mod_${name}.so`))
    .map((name) => `LoadModule ${name}_module /usr/lib/apache2/modules/mod_${name}.so`);
  const conf = join(dir, 'apache.conf');
  writeFileSync(conf, `ServerRoot ${dir}
${modules.join('\n')}
Include /etc/apache2/mods-available/mime.conf
ServerName 127.0.0.1
Listen 127.0.0.1:${port}
PidFile ${dir}/apache.pid
DefaultRuntimeDir ${dir}
Mutex file:${dir} default
ErrorLog ${dir}/apache-error.log
LogLevel warn
User www-data
Group www-data
DocumentRoot ${www}
<Directory />
  AllowOverride None
  Require all denied
</Directory>
<Directory ${www}>
  AllowOverride ${allowOverride}
  Require all granted
</Directory>
${site}
`);
  const child = spawn(APACHE, ['-f', conf, '-DFOREGROUND'], { stdio: 'ignore' });
  const origin = `http://127.0.0.1:${port}`;
  await waitUntilUp(origin + '/', child, join(dir, 'apache-error.log'));
  return { name: 'apache', origin, stop: stopper(child, dir) };
}

/**
 * nginx with the package's two snippets: the http part in `http {}`, the location part in the check's location; the
 * site's own line for the pages that may embed it (`einbetten`) and `site` (e.g. its CSP) go into the server block.
 */
export async function startNginx({ dir, www, pkg }, subPath, { einbetten = '', site = '' } = {}) {
  if (!existsSync(NGINX)) throw new Error(`${NGINX} is missing: run scripts/setup.sh`);
  const port = await freePort();
  mkdirSync(join(dir, 'snippets'), { recursive: true });
  for (const name of ['arbeitgeber-check-http.conf', 'arbeitgeber-check-location.conf']) {
    copyFileSync(join(pkg, 'nginx', name), join(dir, 'snippets', name));
  }
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `${kind}_temp_path ${dir}/${kind};`);
  const conf = join(dir, 'nginx.conf');
  writeFileSync(conf, `daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/nginx-error.log warn;
user www-data;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  ${temp.join('\n  ')}
  include ${dir}/snippets/arbeitgeber-check-http.conf;
  server {
    listen 127.0.0.1:${port};
    root ${www};
    ${site}
    set $arbeitgeber_check_einbetten "${einbetten}";
    location /${subPath} {
      include ${dir}/snippets/arbeitgeber-check-location.conf;
    }
  }
}
`);
  const child = spawn(NGINX, ['-p', dir, '-c', conf, '-e', join(dir, 'nginx-error.log')], { stdio: 'ignore' });
  const origin = `http://127.0.0.1:${port}`;
  await waitUntilUp(origin + '/', child, join(dir, 'nginx-error.log'));
  return { name: 'nginx', origin, stop: stopper(child, dir) };
}
