export { distanceKm, EARTH_RADIUS_KM } from './distance';
export {
  DENMARK_BOUNDS,
  isInsideDenmark,
  isKnownPostalCode,
  locationOfPostalCode,
  shippedPostalCodeTable,
  PostalCodeTableError,
} from './postal-codes';
export type { PostalCodeLocation, PostalCodeSource, PostalCodeTable } from './postal-codes';
