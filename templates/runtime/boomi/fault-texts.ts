/**
 * The fault texts the SDK classifies on: Boomi's own words, collected from its pages, the SOAP
 * protocol notes and the OpenAPI spec's examples, each with where it comes from. A fault whose
 * text matches none of them stays a SoapFaultError with the raw faultcode and faultstring: no
 * fault is classified on a guess about its wording (Boomi's "<property> does not exist" is a bad
 * filter, not a missing object).
 */
export type FaultMeaning = 'not-found';

export interface KnownFaultText {
  /** The text as Boomi writes it. */
  text: string;
  /** The texts it stands for: where Boomi names the object type, any object type. */
  pattern: RegExp;
  meaning: FaultMeaning;
  source: string;
}

export const BOOMI_FAULT_TEXTS: readonly KnownFaultText[] = [
  {
    text: 'No such process',
    pattern: /^No such [A-Za-z][A-Za-z ]*$/,
    meaning: 'not-found',
    source:
      'Boomi’s Bulk GET operations page and the OpenAPI spec’s bulk GET examples: the errorMessage of an id that does not exist. Taken as the fault of a GET of a missing object too, the object type varying [I].',
  },
];

export function faultMeaning(faultstring: string): FaultMeaning | undefined {
  return BOOMI_FAULT_TEXTS.find((known) => known.pattern.test(faultstring.trim()))?.meaning;
}
