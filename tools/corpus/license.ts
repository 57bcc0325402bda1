/** The SPDX identifier of a repository's licence, from the text of its licence file. */
const KNOWN: [RegExp, string][] = [
  [/Apache License,?\s+Version 2\.0/i, 'Apache-2.0'],
  [/Eclipse Public License - v 2\.0|Eclipse Public License v\. 2\.0/i, 'EPL-2.0'],
  [/Eclipse Public License - v 1\.0/i, 'EPL-1.0'],
  [/Eclipse Distribution License/i, 'BSD-3-Clause'],
  [/Mozilla Public License,?\s+(?:version|v\.?)\s*2\.0/i, 'MPL-2.0'],
  [/GNU LESSER GENERAL PUBLIC LICENSE\s+Version 3/i, 'LGPL-3.0'],
  [/GNU LESSER GENERAL PUBLIC LICENSE\s+Version 2\.1/i, 'LGPL-2.1'],
  [/GNU GENERAL PUBLIC LICENSE\s+Version 3/i, 'GPL-3.0'],
  [/GNU GENERAL PUBLIC LICENSE\s+Version 2/i, 'GPL-2.0'],
  [/Permission is hereby granted, free of charge/i, 'MIT'],
  [/Redistribution and use in source and binary forms[^]*Neither the name/i, 'BSD-3-Clause'],
  [/Redistribution and use in source and binary forms/i, 'BSD-2-Clause'],
  [/The PHP License, version 3\.01/i, 'PHP-3.01'],
  [/This is free and unencumbered software released into the public domain/i, 'Unlicense'],
  [/Artistic License/i, 'Artistic-2.0'],
];

export const LICENSE_FILES = /^(?:LICEN[CS]E|COPYING|COPYRIGHT)(?:\.(?:md|txt|rst))?$/i;

export function licenseOf(text: string | undefined): string {
  if (!text) return 'unknown';
  return KNOWN.find(([pattern]) => pattern.test(text))?.[1] ?? 'unknown';
}
