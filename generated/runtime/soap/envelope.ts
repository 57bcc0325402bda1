/** The SOAP 1.1 envelope around a request payload. */
export const SOAP_ENVELOPE_NS = 'http://schemas.xmlsoap.org/soap/envelope/';

export function soapEnvelope(payloadXml: string, headerXml = ''): string {
  return `<?xml version="1.0" encoding="UTF-8"?><soapenv:Envelope xmlns:soapenv="${SOAP_ENVELOPE_NS}"><soapenv:Header>${headerXml}</soapenv:Header><soapenv:Body>${payloadXml}</soapenv:Body></soapenv:Envelope>`;
}
