import { distanceKm, EARTH_RADIUS_KM } from './distance';

// Expected values follow from the sphere itself (arc = radius x angle), so they need no outside data.
const KM_PER_DEGREE = (EARTH_RADIUS_KM * Math.PI) / 180; // 111.195 km

describe('distanceKm', () => {
  it('is zero for the same point', () => {
    expect(distanceKm({ lat: 56.15, lon: 10.2 }, { lat: 56.15, lon: 10.2 })).toBe(0);
  });

  it('gives one degree of arc along a meridian', () => {
    expect(distanceKm({ lat: 55, lon: 10 }, { lat: 56, lon: 10 })).toBeCloseTo(KM_PER_DEGREE, 6);
  });

  it('gives one degree of arc along the equator', () => {
    expect(distanceKm({ lat: 0, lon: 10 }, { lat: 0, lon: 11 })).toBeCloseTo(KM_PER_DEGREE, 6);
  });

  it('shrinks an east-west degree by cos(latitude) at Danish latitudes', () => {
    // At 56° N the small-arc length of 0.01° of longitude is cos(56°) times that on the equator.
    const expected = 0.01 * KM_PER_DEGREE * Math.cos((56 * Math.PI) / 180);
    expect(distanceKm({ lat: 56, lon: 10 }, { lat: 56, lon: 10.01 })).toBeCloseTo(expected, 4);
  });

  it('gives a quarter circumference from the equator to the pole', () => {
    expect(distanceKm({ lat: 0, lon: 0 }, { lat: 90, lon: 0 })).toBeCloseTo(
      (Math.PI / 2) * EARTH_RADIUS_KM,
      6,
    );
  });

  it('gives half the circumference for antipodes without NaN', () => {
    const d = distanceKm({ lat: 55.5, lon: 12 }, { lat: -55.5, lon: -168 });
    expect(Number.isNaN(d)).toBe(false);
    expect(d).toBeCloseTo(Math.PI * EARTH_RADIUS_KM, 3);
  });

  it('is symmetric and obeys the triangle inequality', () => {
    const a = { lat: 57.05, lon: 9.92 };
    const b = { lat: 55.4, lon: 10.39 };
    const c = { lat: 55.1, lon: 14.7 };
    expect(distanceKm(a, b)).toBeCloseTo(distanceKm(b, a), 10);
    expect(distanceKm(a, c)).toBeLessThanOrEqual(distanceKm(a, b) + distanceKm(b, c) + 1e-9);
  });

  it('handles crossing the antimeridian by the short way', () => {
    expect(distanceKm({ lat: 0, lon: 179.5 }, { lat: 0, lon: -179.5 })).toBeCloseTo(KM_PER_DEGREE, 6);
  });
});
