/// <reference lib="webworker" />
// Upward's service worker (decision 028). Vaadin builds this file instead of its default one. What it does:
// - keeps only the offline page, Vaadin's offline stub, the icons and the manifest (Vaadin's runtime list), not the
//   whole bundle: the app needs the server anyway, and the HTTP cache already holds the bundle;
// - page loads always go to the network; the offline page (or a cached stub) answers only when that fails;
// - beacons (keepalive requests) are sent from here. A page's "I am gone" message to Vaadin is a beacon; when the
//   browser hands it to a service worker that leaves it to the network, the request still belongs to the page being
//   unloaded and was lost now and then, and the server kept that page's UI for 15 minutes (docs/benchmarks.md).
import { clientsClaim } from 'workbox-core';
import { matchPrecache, precacheAndRoute } from 'workbox-precaching';
import type { PrecacheEntry } from 'workbox-precaching/_types';
import { NavigationRoute, registerRoute } from 'workbox-routing';

declare let self: ServiceWorkerGlobalScope & {
  __WB_DISABLE_DEV_LOGS: boolean;
  additionalManifestEntries?: PrecacheEntry[];
};

self.__WB_DISABLE_DEV_LOGS = true;
self.importScripts('sw-runtime-resources-precache.js');
self.skipWaiting();
clientsClaim();

const OFFLINE_PAGE = 'offline.html';
let connectionLost = false;

async function fromNetwork(request: Request): Promise<Response> {
  try {
    const response = await fetch(request);
    connectionLost = false;
    return response;
  } catch (error) {
    connectionLost = true;
    throw error;
  }
}

precacheAndRoute(self.additionalManifestEntries ?? []);

registerRoute(
  new NavigationRoute(async ({ request }) => {
    try {
      return await fromNetwork(request);
    } catch (error) {
      const offline = (await matchPrecache(request.url)) ?? (await matchPrecache(OFFLINE_PAGE));
      if (offline) {
        return offline;
      }
      throw error;
    }
  })
);

registerRoute(({ request }) => request.keepalive, ({ request }) => fromNetwork(request), 'POST');

// Vaadin's connection indicator asks whether the last request failed
self.addEventListener('message', (event) => {
  if (event.data?.method === 'Vaadin.ServiceWorker.isConnectionLost' && 'id' in event.data) {
    event.source?.postMessage({ id: event.data.id, result: connectionLost }, []);
  }
});
