// TrackRU v1: only its 7 documented tracking endpoints plus the carrier list (contract §10). Everything
// else under /v1 is an unknown path, as on the real service, including carrier detection, which the
// TrackRU documentation does not list (clients must cope without it).
import type { Endpoint, Route } from './route-types';
import { V2_ROUTES } from './routes-v2';

const V1_ENDPOINTS = new Set<Endpoint>(['post', 'get', 'put', 'delete', 'batch', 'list', 'realtime', 'carriers']);

export const V1_ROUTES: Route[] = V2_ROUTES.map((route) => ({
  path: route.path,
  methods: Object.fromEntries(Object.entries(route.methods).filter(([, m]) => m && V1_ENDPOINTS.has(m[0]))),
})).filter((route) => Object.keys(route.methods).length > 0);
