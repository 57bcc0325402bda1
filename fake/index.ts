/** The fake Boomi Partner API, for SDK users' tests and for demos. See fake/README.md. */
export { startFakePartnerApi, type RunningFake } from './start.ts';
export type { FakeOptions, FakeSettings } from './options.ts';
export { DEFAULT_ACCOUNT, DEFAULT_PASSWORD, DEFAULT_SUB_ACCOUNT, DEFAULT_TOKEN, DEFAULT_USER } from './options.ts';
export type { UserConfig } from './credentials.ts';
export type { FaultSpec, ReceivedCall } from './controls.ts';
export type { AccountTree } from './accounts.ts';
export type { FakeStore, StoredObject } from './object-store.ts';
