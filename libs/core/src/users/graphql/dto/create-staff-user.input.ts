import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEmail, IsEnum, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { Role } from '../../role';

@InputType()
export class CreateStaffUserInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'Vælg en kommune.' })
  municipalityId: string;

  @Field(() => String)
  @IsEmail({}, { message: 'Skriv en gyldig e-mailadresse.' })
  @MaxLength(254, { message: 'E-mailadressen er for lang.' })
  email: string;

  @Field(() => String)
  @Length(2, 200, { message: 'Navnet skal være mellem 2 og 200 tegn.' })
  name: string;

  @Field(() => Role)
  @IsEnum(Role, { message: 'Vælg en rolle.' })
  role: Role;

  @Field(() => String)
  @IsString()
  password: string;
}
