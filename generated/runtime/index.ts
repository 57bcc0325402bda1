/** The runtime's public surface, re-exported by the SDK's index; the other modules are internal. */
export * from './errors.js';
export * from './metadata.js';
export * from './object-api.js';
export * from './opaque-xml.js';
export * from './query-filter.js';
export * from './soap-client.js';
export type { PasswordType } from './soap/security.js';
export { UNKNOWN_CONTENT, type UnknownContent } from './xml/unknown-content.js';
export { XmlDecodeError } from './xml/decode.js';
export { XmlEncodeError } from './xml/escape.js';
export { XmlValueError } from './xml/scalars.js';
export { BOOMI_FAULT_TEXTS, type KnownFaultText } from './fault-texts.js';
