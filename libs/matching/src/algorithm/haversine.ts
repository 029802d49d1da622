import type { GeoPoint } from './types';

// Private stand-in until libs/matching/src/geo/distance.ts lands (another helper's path); same signature,
// so swapping it is one import. Kept out of index.ts on purpose. The prepared form below is what the hot
// path uses: radians and cos(latitude) computed once per need and per family, not once per pair.
const EARTH_RADIUS_KM = 6371.0088;
const RAD = Math.PI / 180;

/** A point in radians with its cos(latitude), for many distance computations from the same place. */
export interface PreparedPoint {
  lat: number;
  lon: number;
  cosLat: number;
}

export function preparePoint(p: GeoPoint | null): PreparedPoint | null {
  if (!p) return null;
  const lat = p.lat * RAD;
  return { lat, lon: p.lon * RAD, cosLat: Math.cos(lat) };
}

/** Great-circle (haversine) distance in kilometres between prepared points. */
export function preparedDistanceKm(a: PreparedPoint, b: PreparedPoint): number {
  const sLat = Math.sin((b.lat - a.lat) / 2);
  const sLon = Math.sin((b.lon - a.lon) / 2);
  const s = sLat * sLat + a.cosLat * b.cosLat * sLon * sLon;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(s)));
}

/** Great-circle distance in kilometres. */
export function distanceKm(a: GeoPoint, b: GeoPoint): number {
  return preparedDistanceKm(preparePoint(a) as PreparedPoint, preparePoint(b) as PreparedPoint);
}
