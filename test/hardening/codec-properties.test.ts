// The codec under fast-check: a few hundred cases per property here; npm run fuzz runs tens of thousands.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { hostileResponseProperty, roundTripProperty } from '../support/codec-properties.ts';

describe('the XML codec, property-based', () => {
  it('keeps arbitrary values of every object type through encode → decode', () => {
    fc.assert(roundTripProperty(), { numRuns: 300 });
  });

  it('answers arbitrary bytes with a value or a typed error', () => {
    fc.assert(hostileResponseProperty(), { numRuns: 1000, interruptAfterTimeLimit: 20_000 });
  });
});
