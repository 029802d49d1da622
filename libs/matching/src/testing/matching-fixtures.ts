export { insertFamily, type FamilyFixture } from '../seed/insert-family';
