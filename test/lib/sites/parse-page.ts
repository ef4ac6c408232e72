import { Window } from 'happy-dom';

/** Parses a saved page without running any of its scripts or loading anything (pages are hostile input). */
export function parsePage(html: string, url: string): Document {
  const window = new Window({
    url,
    settings: {
      enableJavaScriptEvaluation: false,
      disableJavaScriptFileLoading: true,
      enableCSSFileLoading: false,
      enableIframePageLoading: false,
      enableImageFileLoading: false,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true },
    },
  });
  // DOMParser never executes scripts either. happy-dom's Document type is not lib.dom's, hence the cast.
  const document = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  attachDeclarativeShadowRoots(document);
  return document;
}

/**
 * A browser loading a saved page attaches `<template shadowrootmode>` as its parent's shadow root
 * (that is how a page's open shadow roots are saved); happy-dom's parser keeps the template, so this
 * does what the browser would.
 */
function attachDeclarativeShadowRoots(document: Document): void {
  for (const template of Array.from(document.querySelectorAll('template[shadowrootmode]'))) {
    const host = template.parentElement;
    if (!host || host.shadowRoot || template.localName !== 'template') continue;
    const mode = template.getAttribute('shadowrootmode') === 'closed' ? 'closed' : 'open';
    host.attachShadow({ mode }).append((template as HTMLTemplateElement).content.cloneNode(true));
    template.remove();
  }
}
