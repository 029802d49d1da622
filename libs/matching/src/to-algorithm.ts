import type { GeoPoint, NeedInput } from './algorithm/types';
import { PlacementNeed } from './placement-need.entity';

const point = (lat: number | null, lon: number | null): GeoPoint | null =>
  lat === null || lon === null ? null : { lat, lon };

export function needInput(need: PlacementNeed): NeedInput {
  return {
    id: need.id,
    children: need.children,
    supportLevel: need.supportLevel,
    needs: need.needs,
    schoolLocation: point(need.schoolLat, need.schoolLon),
    biologicalFamilyLocation: point(need.bioLat, need.bioLon),
    contactVisitsPerMonth: need.contactVisitsPerMonth,
    languages: need.languages,
    culture: need.culture,
    wishes: need.wishes,
    networkFamilyIds: need.networkFamilyIds,
    acute: need.acute,
  };
}
