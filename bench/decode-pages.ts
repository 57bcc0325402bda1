/**
 * The decode benchmark's inputs: SOAP responses shaped as the committed schema (wsdl/) declares
 * them, each page a Body element with its own namespace declarations (what libxml2 validates)
 * inside an envelope. Four shapes: query pages of ExecutionRecords (every field an element, as
 * declared), of Accounts (attributes with licensing and molecule children, laid out like the
 * QUERY response on Boomi's Account page, one line per element and xmlns:xsi repeated on every
 * result), bulk GET pages of Components (each with its opaque `object`: a process's XML), and
 * query pages mixing derived types. Each shape names a sample record and the typed values a
 * decoder must return for it.
 */

const SOAP = 'http://schemas.xmlsoap.org/soap/envelope/';
const PAR = 'http://partner.api.platform.boomi.com/';
const API = 'http://api.platform.boomi.com/';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';
const DECLARATIONS = `xmlns:bns="${API}" xmlns:xsi="${XSI}"`;

/** The operation whose response a page is: it tells our decoder which wrapper to expect. */
export type PageOperation = 'query' | 'getBulk';

/** One value of the sample record a decoder must return, typed as the schema says. */
export interface TypedValue {
  /** What is checked: the XSD kind the value stands for. */
  kind: 'bigint' | 'boolean' | 'int' | 'enumeration' | '$type' | 'opaque XML' | 'string';
  /** Where it is, from the record: `executionDuration`, `licensing/standard/@used`, `@status`. */
  path: string;
  expected: bigint | boolean | number | string;
}

export interface DecodeShape {
  name: string;
  operation: PageOperation;
  /** Records per page. */
  records: number;
  /** Pages the benchmark decodes: about 8 MB of each shape. */
  pages: number;
  /** The Body's content of page `page`: one element, with the namespace declarations it needs. */
  body(page: number): string;
  /** The record of page 0 whose values are checked (its index among the page's records). */
  sampleIndex: number;
  sample: TypedValue[];
}

export function envelope(body: string): string {
  return `<S:Envelope xmlns:S="${SOAP}"><S:Body>${body}</S:Body></S:Envelope>`;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const el = (name: string, text: string | number | boolean) => (text === '' ? `<bns:${name}/>` : `<bns:${name}>${text}</bns:${name}>`);

/** A query page as Boomi's Account page shows one: the wrapper, its results and the records in the api namespace. */
function queryResponse(records: string[], page: number, separator = ''): string {
  return `<bns:queryResponse ${DECLARATIONS}><bns:results numberOfResults="${records.length}">${separator}<bns:queryToken>k2Jd9Qx+opaque/${page}Zw==</bns:queryToken>${separator}${records.join(separator)}${separator}</bns:results></bns:queryResponse>`;
}

const EXECUTION_TYPES = ['exec_listener', 'exec_sched', 'exec_manual', 'retry_sched'] as const;

function executionRecord(n: number): string {
  const id = `execution-3c5d7e9f-${pad(n, 8)}-2024.03.01`;
  const minute = pad(n % 60, 2);
  return `<bns:result xsi:type="bns:ExecutionRecord">${[
    el('executionId', id),
    el('originalExecutionId', id),
    el('account', 'acme-AB12CD'),
    el('executionTime', `2024-03-01T12:${minute}:00Z`),
    el('status', n % 23 === 0 ? 'ERROR' : 'COMPLETE'),
    el('executionType', EXECUTION_TYPES[n % EXECUTION_TYPES.length]!),
    el('processName', `Orders to ERP ${n % 17}`),
    el('processId', `7a1b2c3d-0000-4000-8000-${pad(n % 1000, 12)}`),
    el('atomName', 'Prod Atom'),
    el('atomId', '5e6f7a8b-1111-4222-8333-944455566677'),
    el('inboundDocumentCount', 12 + (n % 5)),
    el('inboundErrorDocumentCount', n % 23 === 0 ? 1 : 0),
    el('outboundDocumentCount', 12),
    el('executionDuration', 1532 + n),
    el('message', n % 23 === 0 ? 'Connection refused: erp.acme.example:443' : ''),
    el('parentExecutionId', ''),
    el('topLevelExecutionId', id),
    el('inboundDocumentSize', 48_213 + n * 7),
    el('outboundDocumentSize', 51_877 + n * 3),
    el('launcherID', ''),
    el('reportKey', `rk-${pad(n, 10)}`),
    el('nodeId', `atom0${n % 3}.acme.example`),
    el('recordedDate', `2024-03-01T12:${minute}:02Z`),
  ].join('')}</bns:result>`;
}

const LICENSES = ['standard', 'smallBusiness', 'enterprise', 'tradingPartner', 'standardTest', 'smallBusinessTest', 'enterpriseTest', 'tradingPartnerTest'];

/** An Account laid out like the QUERY response on Boomi's Account page: one line per element, xmlns:xsi on every result. */
function account(n: number): string {
  const licenses = LICENSES.map((l, i) => `<bns:${l} used="${(n + i) % 7}" purchased="${i < 4 ? 1000 : 10}"/>`).join('\n');
  return `<bns:result xsi:type="bns:Account" supportLevel="${n % 9 === 0 ? 'premier' : 'standard'}" supportAccess="${n % 2 === 0}" suggestionsEnabled="false"
dateCreated="2019-02-${pad((n % 28) + 1, 2)}T15:43:03Z" expirationDate="2027-03-18T05:00:00Z"
status="${n % 11 === 0 ? 'suspended' : 'active'}" name="Customer ${n} GmbH" accountId="customer${n}-H${pad(n, 5)}" xmlns:xsi="${XSI}">
<bns:licensing>
${licenses}
</bns:licensing>
<bns:molecule purchased="${n % 4}" used="${n % 3}"/>
</bns:result>`;
}

const SHAPE_TYPES = ['start', 'connectoraction', 'map', 'decision', 'stop'] as const;

/** A process's XML as a Component's `object` holds it: shapes with their configuration and the lines between them. */
function processXml(n: number, shapes: number): string {
  const out: string[] = [];
  for (let s = 1; s <= shapes; s++) {
    const type = SHAPE_TYPES[s === 1 ? 0 : s === shapes ? 4 : 1 + (s % 3)]!;
    const config =
      type === 'connectoraction'
        ? `<connectoraction actionType="Get" allowDynamicCredentials="NONE" connectionId="c0${n}-${s}" connectorType="http" operationId="op-${s}" parameter-profile="EMBEDDED|genericparameterchooser|profile"><parameters/><dynamicProperties/></connectoraction>`
        : type === 'map'
          ? `<map mapId="map-${n}-${s}"/>`
          : type === 'decision'
            ? `<decision comparison="equals" name="Status is &quot;ok&quot;"><decisionvalue valueType="track"><trackparameter defaultValue="" propertyId="dynamicdocument.DDP_STATUS" propertyName="Dynamic Document Property - DDP_STATUS"/></decisionvalue><decisionvalue valueType="static"><staticparameter staticproperty="ok"/></decisionvalue></decision>`
            : type === 'start'
              ? '<noaction/>'
              : '<stop continue="true"/>';
    const next = s < shapes ? `<dragpoint name="shape${s}.dragpoint1" toShape="shape${s + 1}" x="${96 + s * 160}.0" y="56.0"/>` : '';
    out.push(`<shape image="${type}_icon" name="shape${s}" shapetype="${type}" userlabel="Step ${s} &amp; more" x="${48 + s * 160}.0" y="46.0"><configuration>${config}</configuration><dragpoints>${next}</dragpoints></shape>`);
  }
  return `<process xmlns="" allowSimultaneous="false" enableUserLog="false" processLogOnErrorsOnly="false" purgeDataImmediately="false" updateRunDates="true" workload="general"><shapes>${out.join('')}</shapes></process>`;
}

function component(n: number): string {
  const id = `c0a8f1e2-7b3c-4d5e-9f60-${pad(n, 12)}`;
  return `<bns:response index="${n % 5}" id="${id}" statusCode="200"><bns:Result xsi:type="bns:Component" branchId="QjoyMDIxNzk" branchName="main" componentId="${id}" createdBy="builder@acme.example" createdDate="2023-11-0${(n % 9) + 1}T08:12:44Z" currentVersion="true" deleted="false" folderFullPath="Acme/Integrations/Orders" folderId="Rjo3NTU${n}" folderName="Orders" modifiedBy="builder@acme.example" modifiedDate="2024-02-2${n % 9}T16:03:19Z" name="Orders to ERP ${n}" type="process" version="${17 + n}"><bns:encryptedValues><bns:encryptedValue isSet="true" path="//Connection/password"/><bns:encryptedValue isSet="false" path="//Connection/apiKey"/></bns:encryptedValues><bns:description>Moves new orders from the shop into the ERP, ${n}.</bns:description><bns:object>${processXml(n, 40)}</bns:object><bns:processOverrides/></bns:Result></bns:response>`;
}

function getBulkResponse(responses: string[]): string {
  return `<ns2:getBulkResponse xmlns:ns2="${PAR}" ${DECLARATIONS}><ns2:results>${responses.join('')}</ns2:results></ns2:getBulkResponse>`;
}

function environment(n: number): string {
  return `<bns:result xsi:type="bns:Environment" id="env-${pad(n, 6)}" name="Environment ${n}" classification="${n % 2 ? 'PROD' : 'TEST'}"/>`;
}

function atom(n: number): string {
  return `<bns:result xsi:type="bns:Atom" id="atom-${pad(n, 6)}" name="Atom ${n}" status="${n % 5 ? 'ONLINE' : 'OFFLINE'}" type="MOLECULE" hostName="host${n}.acme.example" dateInstalled="2022-05-0${(n % 9) + 1}T10:00:00Z" currentVersion="24.03.1" forceRestartTime="${3_600_000 + n}" purgeHistoryDays="30" purgeImmediate="false" isCloudAttachment="${n % 3 === 0}" createdBy="ops@acme.example"/>`;
}

function deployment(n: number): string {
  return `<bns:result xsi:type="bns:Deployment">${[
    el('id', `dep-${pad(n, 8)}`),
    el('digest', `9f86d081884c7d659a2feaa0c55ad0${pad(n, 2).slice(-2)}`),
    el('environmentId', `env-${pad(n % 4, 6)}`),
    el('processId', `7a1b2c3d-0000-4000-8000-${pad(n % 1000, 12)}`),
    el('componentId', `7a1b2c3d-0000-4000-8000-${pad(n % 1000, 12)}`),
    el('current', n % 2 === 0),
    el('notes', `Release ${n}`),
    el('version', 3 + (n % 9)),
    el('deployedOn', '2024-02-28T09:30:00Z'),
    el('deployedBy', 'release@acme.example'),
    el('componentType', 'process'),
    el('listenerStatus', 'RUNNING'),
  ].join('')}</bns:result>`;
}

function auditLog(n: number): string {
  const properties = ['componentName', 'componentType', 'version'].map((p, i) => `<bns:AuditLogProperty name="${p}" value="v${n}-${i}" previousValue="v${n}-${i - 1}"/>`).join('');
  return `<bns:result xsi:type="bns:AuditLog" accountId="acme-AB12CD" action="EDIT" date="2024-03-01T08:${pad(n % 60, 2)}:00Z" documentId="doc-${n}" level="INFO" message="Component saved" modifier="MODIFY" source="UI" type="component" userId="builder@acme.example">${properties}</bns:result>`;
}

const MIX = [executionRecord, account, environment, atom, deployment, auditLog];

export const DECODE_SHAPES: readonly DecodeShape[] = [
  {
    name: 'ExecutionRecord',
    pages: 70,
    operation: 'query',
    records: 100,
    body: (page) => queryResponse(Array.from({ length: 100 }, (_, i) => executionRecord(page * 100 + i)), page),
    sampleIndex: 23,
    sample: [
      { kind: '$type', path: '$type', expected: 'ExecutionRecord' },
      { kind: 'bigint', path: 'executionDuration', expected: 1555n },
      { kind: 'int', path: 'inboundErrorDocumentCount', expected: 1 },
      { kind: 'enumeration', path: 'executionType', expected: 'retry_sched' },
      { kind: 'string', path: 'message', expected: 'Connection refused: erp.acme.example:443' },
    ],
  },
  {
    name: 'Account',
    pages: 100,
    operation: 'query',
    records: 100,
    body: (page) => queryResponse(Array.from({ length: 100 }, (_, i) => account(page * 100 + i)), page, '\n'),
    sampleIndex: 9,
    sample: [
      { kind: '$type', path: '$type', expected: 'Account' },
      { kind: 'boolean', path: '@supportAccess', expected: false },
      { kind: 'enumeration', path: '@supportLevel', expected: 'premier' },
      { kind: 'int', path: 'licensing/enterprise/@used', expected: 4 },
      { kind: 'string', path: '@name', expected: 'Customer 9 GmbH' },
    ],
  },
  {
    name: 'Component',
    pages: 90,
    operation: 'getBulk',
    records: 5,
    body: (page) => getBulkResponse(Array.from({ length: 5 }, (_, i) => component(page * 5 + i))),
    sampleIndex: 2,
    sample: [
      { kind: '$type', path: '$type', expected: 'Component' },
      { kind: 'opaque XML', path: 'object', expected: processXml(2, 40) },
      { kind: 'boolean', path: '@currentVersion', expected: true },
      { kind: 'int', path: '@version', expected: 19 },
      { kind: 'enumeration', path: '@type', expected: 'process' },
    ],
  },
  {
    name: 'mixed derived types',
    pages: 140,
    operation: 'query',
    records: 100,
    body: (page) => queryResponse(Array.from({ length: 100 }, (_, i) => MIX[i % MIX.length]!(page * 100 + i)), page),
    sampleIndex: 3,
    sample: [
      { kind: '$type', path: '$type', expected: 'Atom' },
      { kind: 'bigint', path: '@forceRestartTime', expected: 3_600_003n },
      { kind: 'boolean', path: '@isCloudAttachment', expected: true },
      { kind: 'int', path: '@purgeHistoryDays', expected: 30 },
      { kind: 'enumeration', path: '@status', expected: 'ONLINE' },
    ],
  },
];
