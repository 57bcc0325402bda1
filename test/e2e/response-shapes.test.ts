// Answers the SDK must read as they are, from a loopback server that records each request: a
// wrapper's children in either form, empty and unrecognised answers (never "not found").
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MalformedResponseError, NotFoundError, PartnerApiClient } from '../../generated/index.ts';
import { startRecordingServer, type RecordingServer } from '../support/recording-server.ts';

const API = 'http://api.platform.boomi.com/';
const PAR = 'http://partner.api.platform.boomi.com/';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';
const envelope = (body: string) => `<S:Envelope xmlns:S="http://schemas.xmlsoap.org/soap/envelope/"><S:Body>${body}</S:Body></S:Envelope>`;

let server: RecordingServer;
let boomi: PartnerApiClient;

beforeAll(async () => {
  server = await startRecordingServer();
  boomi = new PartnerApiClient({ accountId: 'partner-account', username: 'ops@acme.example', password: 's3cret', endpoint: server.url, allowInsecureHttp: true, retry: false });
});
afterAll(() => server.close());

describe('a get', () => {
  it('reads the object whether the wrapper’s result comes qualified or not', async () => {
    for (const result of ['bns:result', 'result']) {
      server.answerWith(envelope(`<bns:getResponse xmlns:bns="${API}" xmlns:xsi="${XSI}"><${result} xsi:type="bns:Account" accountId="sub-1" name="Sub"/></bns:getResponse>`));
      expect(await boomi.account.get('sub-1'), result).toEqual({ $type: 'Account', accountId: 'sub-1', name: 'Sub' });
    }
  });

  it('reports an empty answer or another operation’s as malformed, never as not found', async () => {
    for (const body of [`<bns:getResponse xmlns:bns="${API}"/>`, `<ns4:createResponse xmlns:ns4="${PAR}"/>`, '']) {
      server.answerWith(envelope(body));
      const error = await boomi.account.get('sub-1').catch((e: unknown) => e);
      expect(error, body).toBeInstanceOf(MalformedResponseError);
      expect(error, body).not.toBeInstanceOf(NotFoundError);
      expect(server.requests).toHaveLength(1);
    }
  });
});
