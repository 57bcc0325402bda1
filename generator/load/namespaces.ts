export const XSD_NS = 'http://www.w3.org/2001/XMLSchema';
/** The `xml:` prefix: bound by XML itself, never declared. */
export const XML_NS = 'http://www.w3.org/XML/1998/namespace';
export const WSDL_NS = 'http://schemas.xmlsoap.org/wsdl/';
/** WSDL 2.0, which the generator does not read. */
export const WSDL20_NS = 'http://www.w3.org/ns/wsdl';
export const SOAP11_BINDING_NS = 'http://schemas.xmlsoap.org/wsdl/soap/';
export const SOAP12_BINDING_NS = 'http://schemas.xmlsoap.org/wsdl/soap12/';
export const HTTP_BINDING_NS = 'http://schemas.xmlsoap.org/wsdl/http/';
export const MIME_BINDING_NS = 'http://schemas.xmlsoap.org/wsdl/mime/';
/** SOAP 1.1 and SOAP 1.2 encoding (rpc/encoded): arrays, and a type for each XML Schema built-in. */
export const SOAP11_ENCODING_NS = 'http://schemas.xmlsoap.org/soap/encoding/';
export const SOAP12_ENCODING_NS = 'http://www.w3.org/2003/05/soap-encoding';

/**
 * Namespaces whose declarations the model knows itself (builtins.ts, soap-encoding.ts): their
 * imports are not followed. Their usual schemaLocations are on the web, and a generator that
 * fetched them would fail offline for nothing.
 */
export const BUILT_IN_NAMESPACES: ReadonlySet<string> = new Set([XSD_NS, XML_NS, WSDL_NS, SOAP11_ENCODING_NS, SOAP12_ENCODING_NS]);
