import { Field, ID, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '../../../graphql/pagination';

@ObjectType('Municipality')
export class MunicipalityModel {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  code: string;

  @Field(() => String)
  name: string;

  @Field(() => String, { nullable: true })
  phone: string | null;

  @Field(() => Date)
  createdAt: Date;
}

export const MunicipalityConnection = ConnectionType(MunicipalityModel, 'Municipality');
