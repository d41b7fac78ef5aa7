/**
 * What the stores refuse in an upload, checked on the zips themselves: `npm run store` refuses to finish with
 * a zip a store would refuse, and `npm test` checks the zips `npm run zip` makes. Each problem is a sentence
 * naming the file and what to change.
 *
 * Sources: the Chrome Web Store refuses a manifest with `key` ("key field is not allowed in manifest") and
 * takes versions of one to four dot-separated integers up to 65535 (Chrome's manifest `version` docs); its
 * summary is the manifest's description, at most 132 characters; it needs a 128 px icon. addons.mozilla.org
 * takes files up to 200 MB (Extension Workshop, "Submitting an add-on"), parses no JavaScript file over 4 MB
 * ("File is too large to parse"), takes versions of one to four numbers of up to nine digits without leading
 * zeros, needs `browser_specific_settings.gecko.id` in MV3, and refuses `update_url` in a listed add-on. The
 * Chrome Web Store documents no smaller size limit, so every zip is held to AMO's.
 */
import { strFromU8, unzipSync } from 'fflate';

export type Store = 'chrome' | 'firefox';

export const LIMITS = {
  uploadBytes: 200 * 1024 * 1024,
  /** AMO's linter does not parse a larger script, and the upload cannot continue. */
  scriptBytes: 4 * 1024 * 1024,
  description: 132,
  /** The manifest's name (Chrome's limit; the listing's own, stricter limit is checked in listing.ts). */
  name: 75,
} as const;

type Files = Record<string, Uint8Array>;

interface Manifest {
  manifest_version?: unknown;
  name?: unknown;
  description?: unknown;
  version?: unknown;
  default_locale?: unknown;
  key?: unknown;
  update_url?: unknown;
  icons?: Record<string, unknown>;
  background?: { service_worker?: unknown; scripts?: unknown; page?: unknown };
  action?: { default_popup?: unknown; default_icon?: unknown };
  options_ui?: { page?: unknown };
  options_page?: unknown;
  side_panel?: { default_path?: unknown };
  devtools_page?: unknown;
  content_scripts?: { js?: unknown; css?: unknown }[];
  web_accessible_resources?: { resources?: unknown }[];
  browser_specific_settings?: {
    gecko?: { id?: unknown; strict_min_version?: unknown; update_url?: unknown; data_collection_permissions?: unknown };
  };
}

const strings = (value: unknown): string[] =>
  typeof value === 'string' ? [value] : Array.isArray(value) ? value.filter((item) => typeof item === 'string') : [];

/** A path as a zip names it: no leading slash. */
const inZip = (path: string) => path.replace(/^\/+/, '');

/** Whether `version` is a version `store` takes (and Chrome's and Firefox's manifest parsers read). */
export function versionProblem(version: unknown, store: Store): string | null {
  if (typeof version !== 'string') return 'The manifest has no "version" string.';
  const parts = version.split('.');
  const wellFormed = parts.length <= 4 && parts.every((part) => /^(0|[1-9][0-9]*)$/.test(part));
  if (!wellFormed) return `Version "${version}" is not one to four dot-separated whole numbers without leading zeros.`;
  if (store === 'chrome' && parts.some((part) => Number(part) > 65535))
    return `Version "${version}" has a part over 65535, which Chrome does not take.`;
  if (store === 'firefox' && parts.some((part) => part.length > 9))
    return `Version "${version}" has a part longer than nine digits, which addons.mozilla.org does not take.`;
  if (parts.every((part) => part === '0')) return `Version "${version}" is all zeros.`;
  return null;
}

/** Every locale's text for a `__MSG_name__` field, or the field itself when it is not a message. */
function localised(field: unknown, messages: Map<string, Record<string, { message?: unknown }>>): Map<string, string> {
  const texts = new Map<string, string>();
  if (typeof field !== 'string') return texts;
  const key = /^__MSG_(\w+)__$/.exec(field)?.[1];
  if (!key) {
    texts.set('(manifest)', field);
    return texts;
  }
  for (const [locale, table] of messages) {
    const entry = Object.entries(table).find(([name]) => name.toLowerCase() === key.toLowerCase())?.[1];
    if (typeof entry?.message === 'string') texts.set(locale, entry.message);
  }
  return texts;
}

/** The PNG's width and height, or null when the bytes are not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((byte, index) => bytes[index] !== byte)) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** Whether a `web_accessible_resources` pattern (`*` for any characters) names at least one file. */
function matchesSome(pattern: string, names: string[]): boolean {
  const expression = new RegExp(
    `^${inZip(pattern)
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return names.some((name) => expression.test(name));
}

/**
 * Why `store` would refuse the extension zip `zip` (empty when it would take it). `version` is the version
 * the release is of (package.json's).
 */
export function extensionZipProblems(zip: Uint8Array, store: Store, version: string): string[] {
  const problems: string[] = [];
  if (zip.length > LIMITS.uploadBytes)
    problems.push(`The zip is ${zip.length} bytes, over the stores' limit of ${LIMITS.uploadBytes}.`);
  let files: Files;
  try {
    files = unzipSync(zip);
  } catch (error) {
    return [...problems, `The zip cannot be read: ${error instanceof Error ? error.message : String(error)}.`];
  }
  const names = Object.keys(files).filter((name) => !name.endsWith('/'));
  const manifestBytes = files['manifest.json'];
  if (!manifestBytes) return [...problems, 'The zip has no manifest.json at its root.'];
  let manifest: Manifest;
  try {
    manifest = JSON.parse(strFromU8(manifestBytes)) as Manifest;
  } catch {
    return [...problems, 'manifest.json is not valid JSON.'];
  }

  if (manifest.manifest_version !== 3) problems.push('manifest_version is not 3.');
  if ('key' in manifest)
    problems.push(
      'manifest.json has "key": the Chrome Web Store refuses it ("key field is not allowed in manifest"). Only the unpacked development build may carry it.',
    );
  if ('update_url' in manifest || manifest.browser_specific_settings?.gecko?.update_url !== undefined)
    problems.push('manifest.json has an "update_url": the stores update what they list, and refuse one.');
  const badVersion = versionProblem(manifest.version, store);
  if (badVersion) problems.push(badVersion);
  else if (manifest.version !== version)
    problems.push(`The manifest is version ${String(manifest.version)}, the release is ${version}.`);

  // Names and descriptions, in every locale the zip carries.
  const messages = new Map<string, Record<string, { message?: unknown }>>();
  for (const name of names) {
    const locale = /^_locales\/([^/]+)\/messages\.json$/.exec(name)?.[1];
    if (!locale) continue;
    try {
      messages.set(locale, JSON.parse(strFromU8(files[name] as Uint8Array)) as Record<string, { message?: unknown }>);
    } catch {
      problems.push(`${name} is not valid JSON.`);
    }
  }
  const defaultLocale = typeof manifest.default_locale === 'string' ? manifest.default_locale : null;
  if (messages.size > 0 && !defaultLocale) problems.push('The zip has _locales but the manifest no default_locale.');
  if (defaultLocale && !messages.has(defaultLocale))
    problems.push(`default_locale is "${defaultLocale}", but the zip has no _locales/${defaultLocale}/messages.json.`);
  for (const [field, limit] of [
    ['name', LIMITS.name],
    ['description', LIMITS.description],
  ] as const) {
    const texts = localised(manifest[field], messages);
    if (texts.size === 0) problems.push(`The manifest's ${field} is missing, or names a message no locale has.`);
    if (defaultLocale && /^__MSG_/.test(String(manifest[field])) && !texts.has(defaultLocale))
      problems.push(`The ${field} message is missing from the default locale (${defaultLocale}).`);
    for (const [locale, text] of texts)
      if (text.length > limit)
        problems.push(`The ${field} in ${locale} is ${text.length} characters, over the stores' ${limit}.`);
  }

  // Icons: present, PNGs of the size they claim; the Chrome Web Store wants a 128 px one.
  const icons = Object.entries(manifest.icons ?? {});
  if (!icons.some(([size]) => size === '128')) problems.push('The manifest names no 128 px icon.');
  for (const [size, path] of icons) {
    const bytes = typeof path === 'string' ? files[inZip(path)] : undefined;
    if (!bytes) {
      problems.push(`Icon ${size} (${String(path)}) is not in the zip.`);
      continue;
    }
    const measured = pngSize(bytes);
    if (!measured) problems.push(`Icon ${size} (${String(path)}) is not a PNG.`);
    else if (measured.width !== Number(size) || measured.height !== Number(size))
      problems.push(`Icon ${size} (${String(path)}) is ${measured.width}×${measured.height}.`);
  }

  // Every file the manifest names.
  const named = [
    ...strings(manifest.background?.service_worker),
    ...strings(manifest.background?.scripts),
    ...strings(manifest.background?.page),
    ...strings(manifest.action?.default_popup),
    ...(typeof manifest.action?.default_icon === 'object' && manifest.action.default_icon !== null
      ? Object.values(manifest.action.default_icon).flatMap(strings)
      : strings(manifest.action?.default_icon)),
    ...strings(manifest.options_ui?.page),
    ...strings(manifest.options_page),
    ...strings(manifest.side_panel?.default_path),
    ...strings(manifest.devtools_page),
    ...(manifest.content_scripts ?? []).flatMap((script) => [...strings(script.js), ...strings(script.css)]),
  ];
  for (const path of named)
    if (!files[inZip(path)]) problems.push(`The manifest names ${path}, which is not in the zip.`);
  for (const entry of manifest.web_accessible_resources ?? [])
    for (const pattern of strings(entry.resources))
      if (!matchesSome(pattern, names))
        problems.push(`web_accessible_resources names ${pattern}, which matches nothing in the zip.`);

  // Source maps point reviewers and users at files that do not ship; Pandu ships none.
  for (const name of names) {
    if (name.endsWith('.map')) problems.push(`${name} is a source map.`);
    else if (/\.(js|css)$/.test(name) && /[#@] sourceMappingURL=/.test(strFromU8(files[name] as Uint8Array)))
      problems.push(`${name} points to a source map.`);
    if (name.split('/').some((part) => part.startsWith('.') || part === '__MACOSX'))
      problems.push(`${name} is a hidden or system file.`);
    if (store === 'firefox' && name.endsWith('.js') && (files[name] as Uint8Array).length > LIMITS.scriptBytes)
      problems.push(`${name} is over 4 MB, which addons.mozilla.org's linter does not parse.`);
  }

  if (store === 'firefox') {
    const gecko = manifest.browser_specific_settings?.gecko;
    if (typeof gecko?.id !== 'string' || gecko.id === '')
      problems.push('browser_specific_settings.gecko.id is missing: addons.mozilla.org needs it for MV3.');
    if (gecko?.strict_min_version !== undefined && versionProblem(gecko.strict_min_version, 'firefox'))
      problems.push(`strict_min_version "${String(gecko.strict_min_version)}" is not a Firefox version.`);
    if (gecko?.data_collection_permissions === undefined)
      problems.push('browser_specific_settings.gecko.data_collection_permissions is missing (new add-ons need it).');
  }
  return problems;
}

/** Why addons.mozilla.org's reviewers could not rebuild the add-on from the sources zip (empty when they can). */
export function sourcesZipProblems(zip: Uint8Array): string[] {
  const problems: string[] = [];
  if (zip.length > LIMITS.uploadBytes)
    problems.push(`The sources zip is ${zip.length} bytes, over addons.mozilla.org's ${LIMITS.uploadBytes}.`);
  let names: string[];
  try {
    names = Object.keys(unzipSync(zip));
  } catch (error) {
    return [...problems, `The sources zip cannot be read: ${error instanceof Error ? error.message : String(error)}.`];
  }
  for (const required of ['BUILDING.md', 'package.json', 'package-lock.json', 'wxt.config.ts'])
    if (!names.includes(required)) problems.push(`The sources zip has no ${required}.`);
  for (const folder of ['node_modules/', '.output/', '.git/', '.wxt/'])
    if (names.some((name) => name.startsWith(folder))) problems.push(`The sources zip carries ${folder}.`);
  return problems;
}
