/** Every name core/index.ts exports (a test keeps the two in step): generated declarations must not take them. */
export const CORE_PUBLIC_NAMES = [
  'SoapCallError', 'SoapFaultError', 'DeclaredFaultError', 'NotFoundError', 'HttpStatusError', 'RedirectError', 'AuthenticationError', 'RateLimitError', 'TimeoutError', 'AbortedError', 'NetworkError', 'MalformedResponseError', 'InvalidRequestError', 'CallContext',
  'XmlScalarKind', 'XmlFieldType', 'XmlFieldFlags', 'XmlFieldInfo', 'XmlTypeInfo', 'XmlTypeList',
  'SoapHooks', 'SoapCallInfo', 'SoapRequestEvent', 'SoapResponseEvent', 'SoapRetryEvent', 'SoapErrorEvent', 'SoapLogger',
  'SoapDebugMode',
  'SDK_USER_AGENT', 'SDK_VERSION',
  'opaqueXml', 'OpaqueXml',
  'RetryPolicy', 'RetryClock',
  'SoapClient', 'SoapClientOptions', 'CallOptions', 'CallScope',
  'SoapVersion',
  'MessageInfo', 'OperationInfo', 'SoapFault',
  'PasswordType', 'UsernameToken',
  'UNKNOWN_CONTENT', 'UnknownContent',
  'XmlDecodeError', 'XmlEncodeError', 'XmlValueError',
] as const;
