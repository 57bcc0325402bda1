/**
 * The debug switch: `BOOMI_SDK_DEBUG=calls` writes a line per attempt, retry and failure to the
 * client's logger (`debug`); `BOOMI_SDK_DEBUG=wire` adds each exchange's HTTP headers and both
 * envelopes. It is a set of hooks like an application's, so it sees only what they see:
 * redacted texts. A body longer than WIRE_BODY_LIMIT characters is cut there, after redaction,
 * so that a cut never leaves part of a secret behind.
 */
import type { SoapCallInfo, SoapHooks, SoapLogger } from './hooks.js';

export type SoapDebugMode = 'calls' | 'wire';

/** The environment variable that turns the output on for every client of the process. */
export const DEBUG_VARIABLE = 'BOOMI_SDK_DEBUG';

/** Characters of an envelope written by `wire`: a query page of 100 records runs to about 100 000. */
export const WIRE_BODY_LIMIT = 8192;

/** The mode the option asks for, else the environment's; an unknown value in the environment is warned about and ignored. */
export function debugMode(option: SoapDebugMode | false | undefined, logger: SoapLogger): SoapDebugMode | undefined {
  if (option !== undefined) return option || undefined;
  const value = globalThis.process?.env?.[DEBUG_VARIABLE]?.trim();
  if (!value) return undefined;
  if (value === 'calls' || value === 'wire') return value;
  logger.warn(`${DEBUG_VARIABLE}=${value} is not a debug mode; use calls or wire`);
  return undefined;
}

export function debugHooks(mode: SoapDebugMode, logger: SoapLogger): SoapHooks {
  const wire = mode === 'wire';
  return {
    request: (e) => {
      const head = `${label(e.call)} → attempt ${e.attempt}: POST ${e.url} (${e.bytes} bytes)`;
      logger.debug(wire ? `${head}\n${headerLines(e.headers)}\n\n${truncate(e.envelope)}` : head);
    },
    response: (e) => {
      const head = `${label(e.call)} ← attempt ${e.attempt}: HTTP ${e.status}, ${e.bytes} bytes in ${Math.round(e.durationMs)} ms${e.error ? ` (${e.error.name})` : ''}`;
      logger.debug(wire ? `${head}\n${headerLines(e.headers)}\n\n${truncate(e.body())}` : head);
    },
    retry: (e) => logger.debug(`${label(e.call)} retrying in ${e.delayMs} ms after attempt ${e.attempt}: ${e.cause.message}`),
    error: (e) => logger.debug(`${label(e.call)} failed after ${e.attempt} attempt${e.attempt === 1 ? '' : 's'} in ${Math.round(e.durationMs)} ms: ${e.error instanceof Error ? e.error.message : String(e.error)}`),
  };
}

/** `[soap #3 get Environment as sub-XY34ZW]` */
function label(call: SoapCallInfo): string {
  return `[soap #${call.id} ${call.operation}${call.objectType ? ` ${call.objectType}` : ''}${call.accountId ? ` as ${call.accountId}` : ''}]`;
}

function headerLines(headers: Readonly<Record<string, string>>): string {
  return Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}`)
    .join('\n');
}

function truncate(text: string): string {
  return text.length <= WIRE_BODY_LIMIT ? text : `${text.slice(0, WIRE_BODY_LIMIT)}… (${text.length - WIRE_BODY_LIMIT} more characters)`;
}
