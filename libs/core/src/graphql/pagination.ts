import { Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { AppError } from '../errors/app-error';

@ObjectType()
export class PageInfo {
  @Field(() => String, { nullable: true })
  endCursor: string | null;

  @Field(() => Boolean)
  hasNextPage: boolean;
}

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 50 })
  @IsInt()
  @Min(1, { message: 'first skal være mindst 1' })
  @Max(100, { message: 'first må højst være 100' })
  first: number = 50;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  after?: string;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
}

/** Relay connection type for a node type: `XConnection { edges { cursor node } pageInfo }`. */
export function ConnectionType<T>(node: Type<T>, name: string): Type<Connection<T>> {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field(() => String)
    cursor: string;

    @Field(() => node)
    node: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionClass {
    @Field(() => [EdgeType])
    edges: EdgeType[];

    @Field(() => PageInfo)
    pageInfo: PageInfo;
  }
  return ConnectionClass as Type<Connection<T>>;
}

interface KeysetRow {
  id: string;
  createdAt: Date;
}

function encodeCursor(row: KeysetRow): string {
  return Buffer.from(`${row.createdAt.toISOString()}|${row.id}`).toString('base64url');
}

function decodeCursor(cursor: string): { createdAt: Date; id: string } {
  const [at, id] = Buffer.from(cursor, 'base64url').toString().split('|');
  const createdAt = new Date(at ?? '');
  if (!id || Number.isNaN(createdAt.getTime()) || !/^[0-9a-f-]{36}$/.test(id)) {
    throw AppError.badInput({ after: 'Ugyldig markør (after).' });
  }
  return { createdAt, id };
}

/**
 * Keyset pagination over (created_at, id), newest first: stable under inserts and never OFFSET.
 * The query builder must already carry its scoping (municipality) conditions.
 */
export async function paginate<T extends ObjectLiteral & KeysetRow>(
  qb: SelectQueryBuilder<T>,
  alias: string,
  { first, after }: PageArgs,
): Promise<Connection<T>> {
  if (after) {
    const c = decodeCursor(after);
    qb.andWhere(`(${alias}.created_at, ${alias}.id) < (:cursorAt, :cursorId)`, {
      cursorAt: c.createdAt,
      cursorId: c.id,
    });
  }
  const rows = await qb
    .orderBy(`${alias}.created_at`, 'DESC')
    .addOrderBy(`${alias}.id`, 'DESC')
    .limit(first + 1)
    .getMany();
  const page = rows.slice(0, first);
  const last = page.at(-1);
  return {
    edges: page.map((node) => ({ cursor: encodeCursor(node), node })),
    pageInfo: { endCursor: last ? encodeCursor(last) : null, hasNextPage: rows.length > first },
  };
}
