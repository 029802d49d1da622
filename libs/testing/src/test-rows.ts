import { randomUUID } from 'node:crypto';
import { Actor, Role } from '@pleje/core';
import { DataSource } from 'typeorm';

// Rows written straight to the database for integration tests, independent of the services under test.

export async function insertMunicipality(ds: DataSource, code: string, name = `Testkommune ${code}`) {
  const [row] = (await ds.query(
    `INSERT INTO "municipality" ("code", "name") VALUES ($1, $2) RETURNING "id"`,
    [code, name],
  )) as Array<{ id: string }>;
  return row!.id;
}

/** An active account with a unique e-mail in the municipality, as the actor the services take. */
export async function insertUser(
  ds: DataSource,
  municipalityId: string,
  role: Role,
  name = 'Test',
): Promise<Actor> {
  const [row] = (await ds.query(
    `INSERT INTO "app_user" ("municipality_id", "email", "name", "role", "version") VALUES ($1, $2, $3, $4, 1) RETURNING "id"`,
    [municipalityId, `${randomUUID()}@test.example`, name, role],
  )) as Array<{ id: string }>;
  return { userId: row!.id, municipalityId, role };
}
