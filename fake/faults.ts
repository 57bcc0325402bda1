/** Faults the fake answers with, shaped for node-soap's server (which writes the SOAP Fault). */
export function fault(faultstring: string, faultcode = 'soap:Client', statusCode = 500): { Fault: { faultcode: string; faultstring: string; statusCode: number } } {
  return { Fault: { faultcode, faultstring, statusCode } };
}
