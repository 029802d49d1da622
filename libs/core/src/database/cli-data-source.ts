import 'reflect-metadata';
import { DataSource } from 'typeorm';
import { loadDatabaseConfig } from '../config/app-config';
import { dataSourceOptions } from './data-source-options';

/** The DataSource the TypeORM CLI uses (migration:generate|run|revert): the same options as the apps. */
export default new DataSource(dataSourceOptions(loadDatabaseConfig()));
