/** The namespaces the fake reads and writes, and the prefixes it answers with (as Boomi's JAX-WS server does). */
export const SOAP_ENV = 'http://schemas.xmlsoap.org/soap/envelope/';
export const XSI = 'http://www.w3.org/2001/XMLSchema-instance';
export const XS = 'http://www.w3.org/2001/XMLSchema';
export const API = 'http://api.platform.boomi.com/';
export const PARTNER = 'http://partner.api.platform.boomi.com/';
export const WSSE = 'http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd';
export const PASSWORD_TEXT = 'http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText';

/**
 * Response prefixes as Boomi's Account page shows them: `S` for the envelope, `bns` for the api
 * namespace (getResponse, objects, their xsi:type) and `ns4` for the partner namespace
 * (createResponse). Clients must resolve them, not match them.
 */
export const RESPONSE_PREFIXES: Readonly<Record<string, string>> = { [API]: 'bns', [PARTNER]: 'ns4', [XSI]: 'xsi' };
