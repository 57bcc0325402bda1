// How the loader spells and shows locations, and which reference it refuses before reading.
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LoadError, RefusedLocationError } from '../../generator/load/load-error.ts';
import { canonicalLocation, checkReference, displayLocation, isUrl, resolveLocation, toLocation } from '../../generator/load/locations.ts';

describe('locations', () => {
  it('an http(s) URL is one from its first character', () => {
    expect(['https://h/a.wsdl', 'HTTP://h/a.wsdl', 'notes/https://h/a.wsdl', 'file:///a.wsdl', 'a.wsdl'].map(isUrl)).toEqual([true, true, false, false, false]);
  });

  it('a path becomes an absolute file: URL; URLs stay as they are', () => {
    expect(toLocation('https://h/a.wsdl')).toBe('https://h/a.wsdl');
    expect(toLocation('file:///srv/a.wsdl')).toBe('file:///srv/a.wsdl');
    expect(toLocation('wsdl/a b.wsdl')).toBe(pathToFileURL(resolve('wsdl/a b.wsdl')).href);
  });

  it('a reference is trimmed, and its raw spaces are escaped', () => {
    expect(resolveLocation('file:///srv/wsdl/a.wsdl', '  ../xsd/b c.xsd \n')).toBe('file:///srv/xsd/b%20c.xsd');
    expect(resolveLocation('https://h/v1/a?wsdl', '?xsd=1')).toBe('https://h/v1/a?xsd=1');
  });

  it('a file: URL with a host names no local file', async () => {
    await expect(canonicalLocation('file://elsewhere/a.xsd')).rejects.toThrow(LoadError);
    await expect(canonicalLocation('file://elsewhere/a.xsd')).rejects.toThrow(/^file:\/\/elsewhere\/a\.xsd: names no local file: /);
    expect(await canonicalLocation('https://h/a.xsd#part')).toBe('https://h/a.xsd');
    expect(displayLocation('file://elsewhere/a.xsd')).toBe('file://elsewhere/a.xsd');
    // A local file as a path from the working folder; the working folder itself as its URL.
    expect(displayLocation(pathToFileURL(join(process.cwd(), 'wsdl', 'a.wsdl')).href)).toBe(join('wsdl', 'a.wsdl'));
    expect(displayLocation(pathToFileURL(process.cwd()).href)).toBe(pathToFileURL(process.cwd()).href);
    expect(displayLocation('https://u:p@h/a.xsd')).toBe('https://h/a.xsd');
  });

  it('only http, https and, from local documents, file locations are followed', () => {
    const refusal = (from: string, to: string) => {
      try {
        checkReference(from, to, 'a.wsdl', { line: 3, column: 5 });
      } catch (error) {
        expect(error).toBeInstanceOf(RefusedLocationError);
        return (error as Error).message;
      }
      return 'followed';
    };
    expect(refusal('file:///srv/a.wsdl', 'ftp://h/b.xsd')).toBe('a.wsdl:3:5: refers to ftp://h/b.xsd: only http, https and (from local files) file locations are read');
    expect(refusal('https://h/a.wsdl', 'file:///etc/b.xsd')).toBe('a.wsdl:3:5: a document from the network refers to the local file file:///etc/b.xsd: only documents read from files may refer to files');
    expect(['file:///srv/b.xsd', 'http://h/b.xsd', 'https://h/b.xsd'].map((to) => refusal('file:///srv/a.wsdl', to))).toEqual(['followed', 'followed', 'followed']);
    expect(refusal('https://h/a.wsdl', 'https://g/b.xsd')).toBe('followed');
  });
});
