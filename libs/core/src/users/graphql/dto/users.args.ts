import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';
import { PageArgs } from '../../../graphql/pagination';

@ArgsType()
export class UsersArgs extends PageArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'Ugyldig kommune.' })
  municipalityId?: string;
}
