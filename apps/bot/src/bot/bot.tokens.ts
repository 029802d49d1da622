export const CLOUD_ADAPTER = Symbol('CLOUD_ADAPTER');
