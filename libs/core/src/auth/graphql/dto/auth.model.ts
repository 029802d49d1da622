import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';
import { UserModel } from '../../../users/graphql/dto/user.model';

@InputType()
export class LoginInput {
  @Field(() => String)
  @IsEmail({}, { message: 'Skriv en gyldig e-mailadresse.' })
  @MaxLength(254, { message: 'E-mailadressen er for lang.' })
  email: string;

  @Field(() => String)
  @IsString()
  @MinLength(1, { message: 'Skriv din adgangskode.' })
  @MaxLength(200, { message: 'Adgangskoden er for lang.' })
  password: string;
}

@ObjectType()
export class AuthPayload {
  @Field(() => String)
  accessToken: string;

  @Field(() => Date)
  expiresAt: Date;

  @Field(() => UserModel)
  user: UserModel;
}

@ObjectType()
export class PublicConfig {
  @Field(() => Boolean)
  oidcEnabled: boolean;
}
