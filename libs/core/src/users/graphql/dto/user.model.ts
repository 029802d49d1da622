import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType } from '../../../graphql/pagination';
import { Role } from '../../role';

registerEnumType(Role, { name: 'Role' });

@ObjectType('User')
export class UserModel {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  email: string;

  @Field(() => String)
  name: string;

  @Field(() => Role)
  role: Role;

  @Field(() => Boolean)
  active: boolean;

  @Field(() => Date)
  createdAt: Date;

  /** Resolved through the per-request DataLoader; never an eager join. */
  municipalityId: string;
}

export const UserConnection = ConnectionType(UserModel, 'User');
