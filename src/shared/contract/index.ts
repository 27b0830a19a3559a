export * from './api';
export * from './build-api';
export * from './channels';
export * from './errors';
export * from './events';
export * from './schemas/app';
export * from './schemas/data';
export * from './ipc';
