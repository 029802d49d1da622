import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A municipality (kommune): the tenant that owns every domain row. */
@Entity('municipality')
export class Municipality {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The official three-digit municipality code, e.g. 751 for Aarhus. */
  @Column({ type: 'varchar', length: 3, unique: true })
  code: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'varchar', length: 30, nullable: true })
  phone: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
