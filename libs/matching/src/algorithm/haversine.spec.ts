import { distanceKm } from '../geo/distance';
import { preparedDistanceKm, preparePoint, type PreparedPoint } from './haversine';
import { seededRandom } from './random-instances';

describe('preparedDistanceKm', () => {
  it('gives the same kilometres as geo/distanceKm', () => {
    const rnd = seededRandom(3);
    for (let k = 0; k < 1000; k++) {
      const a = { lat: 54.5 + rnd() * 3.3, lon: 8 + rnd() * 7 };
      const b = { lat: 54.5 + rnd() * 3.3, lon: 8 + rnd() * 7 };
      const prepared = preparedDistanceKm(preparePoint(a) as PreparedPoint, preparePoint(b) as PreparedPoint);
      expect(prepared).toBeCloseTo(distanceKm(a, b), 9);
    }
    expect(preparePoint(null)).toBeNull();
  });
});
