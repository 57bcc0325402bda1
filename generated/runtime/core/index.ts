/**
 * The core runtime's public surface, re-exported by the SDK's index; the other modules are
 * internal. Every name exported here is listed in public-names.ts, which the generator reads so
 * that no schema type takes one of them.
 */
export { SoapCallError, SoapFaultError, DeclaredFaultError, NotFoundError, HttpStatusError, RedirectError, AuthenticationError, RateLimitError, TimeoutError, AbortedError, NetworkError, MalformedResponseError, InvalidRequestError, type CallContext } from './errors.js';
export type { XmlScalarKind, XmlFieldType, XmlFieldFlags, XmlFieldInfo, XmlTypeInfo, XmlTypeList } from './metadata.js';
export type { SoapHooks, SoapCallInfo, SoapRequestEvent, SoapResponseEvent, SoapRetryEvent, SoapErrorEvent, SoapLogger } from './hooks.js';
export type { SoapDebugMode } from './debug-output.js';
export { SDK_USER_AGENT, SDK_VERSION } from './sdk-identity.js';
export { opaqueXml, type OpaqueXml } from './opaque-xml.js';
export type { RetryPolicy, RetryClock } from './retry.js';
export { SoapClient, type SoapClientOptions, type CallOptions, type CallScope } from './soap-client.js';
export type { SoapVersion } from './soap/envelope.js';
export type { MessageInfo, OperationInfo, SoapFault } from './soap/message.js';
export type { PasswordType, UsernameToken } from './soap/security.js';
export { UNKNOWN_CONTENT, type UnknownContent } from './xml/unknown-content.js';
export { XmlDecodeError } from './xml/decode.js';
export { XmlEncodeError } from './xml/escape.js';
export { XmlValueError } from './xml/scalars.js';
