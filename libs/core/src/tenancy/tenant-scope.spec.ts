import { AppError } from '../errors/app-error';
import { Role } from '../users/role';
import { assertInScope, resolveMunicipality } from './tenant-scope';

const aarhus = 'a0000000-0000-4000-8000-000000000751';
const norddjurs = 'a0000000-0000-4000-8000-000000000707';
const consultant = { userId: 'u1', municipalityId: aarhus, role: Role.FAMILY_CONSULTANT };
const admin = { userId: 'u2', municipalityId: aarhus, role: Role.ADMIN };

function code(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (err) {
    return err instanceof AppError ? err.code : 'OTHER';
  }
  return undefined;
}

describe('tenant scope', () => {
  it('keeps staff in their own municipality', () => {
    expect(resolveMunicipality(consultant)).toBe(aarhus);
    expect(resolveMunicipality(consultant, aarhus)).toBe(aarhus);
    expect(code(() => resolveMunicipality(consultant, norddjurs))).toBe('FORBIDDEN');
  });

  it('lets only the platform ADMIN address another municipality', () => {
    expect(resolveMunicipality(admin, norddjurs)).toBe(norddjurs);
  });

  it('makes another municipality’s row indistinguishable from a missing one', () => {
    expect(code(() => assertInScope(consultant, { municipalityId: norddjurs }))).toBe('NOT_FOUND');
    expect(code(() => assertInScope(consultant, null))).toBe('NOT_FOUND');
    expect(assertInScope(consultant, { municipalityId: aarhus })).toEqual({ municipalityId: aarhus });
  });
});
