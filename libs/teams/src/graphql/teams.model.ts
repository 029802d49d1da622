import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('TeamsLinkCode', { description: 'En engangskode til at forbinde Teams med Plejeportalen' })
export class TeamsLinkCodeModel {
  @Field(() => String, { description: 'Seks cifre; vises kun denne ene gang' })
  code: string;

  @Field(() => Date, { description: 'Koden virker indtil dette tidspunkt (10 minutter)' })
  expiresAt: Date;

  @Field(() => String, {
    description: 'Vejledning til brugeren, fx "Skriv \'forbind 123456\' til Plejeportalen i Teams"',
  })
  instruction: string;
}

@ObjectType('TeamsLink', { description: 'Om din Plejeportal-konto er forbundet med Teams' })
export class TeamsLinkModel {
  @Field(() => Boolean)
  linked: boolean;

  @Field(() => Date, { nullable: true })
  linkedAt: Date | null;

  @Field(() => Boolean, { description: 'Der er en aktiv chat med botten, så beskeder kan nå frem' })
  reachable: boolean;
}
