/**
 * Browser mode: which requests may reach the local server. Only our own page: the Host must name this
 * server (127.0.0.1 or localhost at our port, so a DNS-rebound name is refused), an Origin, when the
 * browser sends one, must be one of ours, and a browser that says the request comes from another site
 * (Sec-Fetch-Site; another port on 127.0.0.1 is "same-site", not "same-origin") is refused.
 */
export interface RequestOriginHeaders {
  host: string | undefined;
  origin: string | undefined;
  secFetchSite: string | undefined;
}

export type RequestOriginVerdict = 'ok' | 'bad-host' | 'bad-origin' | 'cross-site';

const LOCAL_NAMES = ['127.0.0.1', 'localhost'];

export function allowedHosts(port: number): string[] {
  return LOCAL_NAMES.map((name) => `${name}:${port}`);
}

export function checkRequestOrigin(headers: RequestOriginHeaders, port: number): RequestOriginVerdict {
  const hosts = allowedHosts(port);
  const host = headers.host?.trim().toLowerCase();
  if (host === undefined || !hosts.includes(host)) return 'bad-host';
  if (headers.origin !== undefined) {
    const origins = hosts.map((name) => `http://${name}`);
    if (!origins.includes(headers.origin.trim().toLowerCase())) return 'bad-origin';
  }
  const site = headers.secFetchSite?.trim().toLowerCase();
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return 'cross-site';
  return 'ok';
}
