import { Field, InputType } from '@nestjs/graphql';
import { IsOptional, Length, Matches } from 'class-validator';

@InputType()
export class CreateMunicipalityInput {
  @Field(() => String)
  @Matches(/^[0-9]{3}$/, { message: 'Kommunekoden skal være tre cifre, fx 751.' })
  code: string;

  @Field(() => String)
  @Length(2, 100, { message: 'Navnet skal være mellem 2 og 100 tegn.' })
  name: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\+?[0-9 ]{8,20}$/, { message: 'Telefonnummeret skal være 8 cifre, evt. med landekode.' })
  phone?: string;
}
