import { DataSource } from 'typeorm';
import { hashPassword } from '../../auth/password';
import { Municipality } from '../../tenancy/municipality.entity';
import { Role } from '../../users/role';
import { User } from '../../users/user.entity';

/** Shown by `npm start` and the README. Demo only: `SEED=none` (and production) never loads it. */
export const DEMO_PASSWORD = 'Pleje-demo-2026';

export const DEMO_MUNICIPALITIES = [
  { code: '751', name: 'Aarhus Kommune', phone: '89 40 20 00' },
  { code: '707', name: 'Norddjurs Kommune', phone: '89 59 10 00' },
  { code: '101', name: 'Københavns Kommune', phone: '33 66 33 66' },
] as const;

export const DEMO_USERS: ReadonlyArray<{
  email: string;
  name: string;
  role: Role;
  municipalityCode: string;
}> = [
  {
    email: 'admin@plejeportalen.example',
    name: 'Anne Administrator',
    role: Role.ADMIN,
    municipalityCode: '751',
  },
  {
    email: 'familiekonsulent@aarhus.example',
    name: 'Mette Familieplejekonsulent',
    role: Role.FAMILY_CONSULTANT,
    municipalityCode: '751',
  },
  {
    email: 'sagsbehandler@aarhus.example',
    name: 'Lars Sagsbehandler',
    role: Role.CASEWORKER,
    municipalityCode: '751',
  },
  {
    email: 'netvaerk@aarhus.example',
    name: 'Sofie Netværkskonsulent',
    role: Role.NETWORK_CONSULTANT,
    municipalityCode: '751',
  },
  {
    email: 'laering@aarhus.example',
    name: 'Jonas Læringskonsulent',
    role: Role.LEARNING_CONSULTANT,
    municipalityCode: '751',
  },
  {
    email: 'plejefamilie@aarhus.example',
    name: 'Karen og Peter Plejefamilie',
    role: Role.FOSTER_PARENT,
    municipalityCode: '751',
  },
  { email: 'ansoeger@aarhus.example', name: 'Ida Ansøger', role: Role.APPLICANT, municipalityCode: '751' },
  {
    email: 'familiekonsulent@norddjurs.example',
    name: 'Bo Familieplejekonsulent',
    role: Role.FAMILY_CONSULTANT,
    municipalityCode: '707',
  },
  {
    email: 'sagsbehandler@norddjurs.example',
    name: 'Hanne Sagsbehandler',
    role: Role.CASEWORKER,
    municipalityCode: '707',
  },
];

const FIRST = ['Anna', 'Mads', 'Freja', 'Oliver', 'Ella', 'Noah', 'Sofia', 'William', 'Alma', 'Karl'];
const LAST = ['Jensen', 'Nielsen', 'Hansen', 'Pedersen', 'Andersen', 'Christensen', 'Larsen', 'Sørensen'];

/** Idempotent: loads what is missing, so it is safe on every start. Returns how many rows it added. */
export async function seedDemoData(
  dataSource: DataSource,
  options: { scale?: number } = {},
): Promise<number> {
  let added = 0;
  const hash = await hashPassword(DEMO_PASSWORD);
  await dataSource.transaction(async (em) => {
    const byCode = new Map<string, Municipality>();
    for (const m of DEMO_MUNICIPALITIES) {
      let row = await em.findOne(Municipality, { where: { code: m.code } });
      if (!row) {
        row = await em.save(em.create(Municipality, { ...m }));
        added++;
      }
      byCode.set(m.code, row);
    }
    for (const u of DEMO_USERS) {
      if (await em.exists(User, { where: { email: u.email } })) continue;
      const municipality = byCode.get(u.municipalityCode);
      if (!municipality) throw new Error(`unknown municipality ${u.municipalityCode}`);
      await em.insert(User, {
        email: u.email,
        name: u.name,
        role: u.role,
        municipalityId: municipality.id,
        passwordHash: hash,
      });
      added++;
    }
    const scale = options.scale ?? 0;
    if (scale > 0) {
      // Synthetic staff for benchmarks: no login (no password hash), spread over the demo municipalities.
      const have = await em.count(User, {});
      const municipalities = [...byCode.values()];
      const rows = [];
      for (let i = have; i < scale; i++) {
        const first = FIRST[i % FIRST.length];
        const last = LAST[Math.floor(i / FIRST.length) % LAST.length];
        rows.push({
          email: `bruger${i}@demo.example`,
          name: `${first} ${last}`,
          role: Role.FAMILY_CONSULTANT,
          municipalityId: municipalities[i % municipalities.length].id,
          passwordHash: null,
        });
      }
      for (let i = 0; i < rows.length; i += 1000) await em.insert(User, rows.slice(i, i + 1000));
      added += rows.length;
    }
  });
  return added;
}
