/** SOAP envelopes, 1.1 and 1.2: their namespaces, the HTTP headers that carry the action, and the envelope around a payload. */
export type SoapVersion = '1.1' | '1.2';

export const SOAP11_ENVELOPE_NS = 'http://schemas.xmlsoap.org/soap/envelope/';
export const SOAP12_ENVELOPE_NS = 'http://www.w3.org/2003/05/soap-envelope';

export function envelopeNamespace(version: SoapVersion): string {
  return version === '1.2' ? SOAP12_ENVELOPE_NS : SOAP11_ENVELOPE_NS;
}

export function soapEnvelope(version: SoapVersion, bodyXml: string, headerXml = ''): string {
  const header = headerXml ? `<soapenv:Header>${headerXml}</soapenv:Header>` : '<soapenv:Header/>';
  return `<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope xmlns:soapenv="${envelopeNamespace(version)}">${header}<soapenv:Body>${bodyXml}</soapenv:Body></soapenv:Envelope>`;
}

/** SOAP 1.1 names the action in a SOAPAction header; SOAP 1.2 in the content type's action parameter. */
export function soapHttpHeaders(version: SoapVersion, soapAction: string): Record<string, string> {
  if (version === '1.2') return { 'content-type': `application/soap+xml; charset=utf-8${soapAction ? `; action="${soapAction}"` : ''}`, accept: 'application/soap+xml, text/xml' };
  return { 'content-type': 'text/xml; charset=utf-8', soapaction: `"${soapAction}"`, accept: 'text/xml' };
}
