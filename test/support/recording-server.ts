/** A loopback HTTP server that records each request's body and answers with the XML it was given. */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordingServer {
  /** A Partner endpoint on it. */
  url: string;
  /** The bodies received since the last `answerWith`. */
  requests: string[];
  /** Answers every following request (text/xml, HTTP 200 unless told) with `xml`, or with what it makes of the request. */
  answerWith(xml: string | ((request: string) => string), status?: number): void;
  close(): Promise<void>;
}

export async function startRecordingServer(): Promise<RecordingServer> {
  let answer: (request: string) => string = () => '';
  let status = 200;
  const requests: string[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      requests.push(body);
      res.writeHead(status, { 'content-type': 'text/xml; charset=utf-8' }).end(answer(body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/partner/api/soap/v1/partner-account`,
    requests,
    answerWith(xml, answerStatus = 200) {
      answer = typeof xml === 'string' ? () => xml : xml;
      status = answerStatus;
      requests.length = 0;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
