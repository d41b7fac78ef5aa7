import { browser, type PublicPath } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** The sidebar's place in a site page: a custom element at the end of `<body>` with its own shadow root. */
export interface SidebarHost {
  /** The element added to the page. */
  shadowHost: HTMLElement;
  shadow: ShadowRoot;
  /** Where Preact renders (the shadow root's `<body>`). */
  uiContainer: HTMLElement;
  readonly mounted: boolean;
  mount(): void;
  remove(): void;
}

export interface SidebarHostOptions {
  /** The custom element's name (two words, kebab-case). */
  name: string;
  /** Events stopped at the shadow root, so keys typed in the sidebar never reach the site's shortcuts. */
  isolateEvents: readonly string[];
  /** Called before the host leaves the page, to unmount what was rendered. */
  onRemove(container: HTMLElement): void;
}

/**
 * Builds the sidebar's host: the site's styles stay outside its shadow root (`all: initial` on the host), the
 * content script's stylesheet (built by WXT, `cssInjectionMode: 'ui'`) inside it. This is what WXT's
 * `createShadowRootUi` does for an inline UI, written out because that helper also brings its auto-mount
 * machinery (element waiting, a keyed map, option merging: about 2 kB gzipped) into the script every
 * facebook.com and instagram.com page loads, and Pandu mounts by hand.
 */
export async function createSidebarHost(ctx: ContentScriptContext, options: SidebarHostOptions): Promise<SidebarHost> {
  const shadowHost = document.createElement(options.name);
  const shadow = shadowHost.attachShadow({ mode: 'open' });
  const html = document.createElement('html');
  const head = document.createElement('head');
  const body = document.createElement('body');
  const style = document.createElement('style');
  style.textContent = `:host{all:initial !important;}\n${(await stylesheet()).replaceAll(':root', ':host')}`;
  head.append(style);
  html.append(head, body);
  shadow.append(html);
  for (const type of options.isolateEvents) body.addEventListener(type, (event) => event.stopPropagation());

  let mounted = false;
  const remove = () => {
    if (mounted) options.onRemove(body);
    shadowHost.remove();
    body.replaceChildren();
    mounted = false;
  };
  ctx.onInvalidated(remove);
  return {
    shadowHost,
    shadow,
    uiContainer: body,
    get mounted() {
      return mounted;
    },
    mount() {
      document.body.append(shadowHost);
      mounted = true;
    },
    remove,
  };
}

/**
 * Where WXT writes the content script's stylesheet (and lists it as a web-accessible resource). WXT's path
 * types name only the files it knows before building, so the build's CSS output is named here.
 */
const STYLESHEET = '/content-scripts/content.css' as PublicPath;

/** The content script's stylesheet, from the extension. */
async function stylesheet(): Promise<string> {
  try {
    return await (await fetch(browser.runtime.getURL(STYLESHEET))).text();
  } catch {
    // Unstyled but working beats no sidebar at all.
    return '';
  }
}
