/**
 * One bad input and what payproof must answer. A case goes through a real door: the CLI
 * (run in-process, with its exit-code table) or the HTTP API (a real server on a throwaway
 * database). `{dir}` in arguments and file names is the case's own temporary folder.
 */
export type Area = 'csv' | 'json' | 'flags' | 'policy' | 'manifest' | 'api';

export interface CliCase {
  id: string;
  area: Area;
  door: 'cli';
  args: string[];
  /** Files to write under {dir} first: text, or bytes for encodings and NULs. */
  files?: Record<string, string | Buffer>;
  env?: Record<string, string>;
  /** The exit code, and a fragment of what is printed (where: stdout for validate's list, else stderr). */
  exit: number;
  stream?: 'stdout' | 'stderr';
  says: string | RegExp;
}

export interface ApiCase {
  id: string;
  area: Area;
  door: 'http';
  method: 'GET' | 'POST' | 'PUT' | 'PATCH';
  path: string;
  /** Which token to send; 'none' sends no Authorization header, 'bogus' a token that does not exist. */
  as: 'procurement' | 'volunteer' | 'auditor' | 'admin' | 'none' | 'bogus';
  /** A JSON body (serialised), raw text with its content type, or a file sent as multipart field "file". */
  json?: unknown;
  raw?: { text: string; type: string };
  file?: { name: string; content: string | Buffer };
  status: number;
  says: string | RegExp;
}

export type CorpusCase = CliCase | ApiCase;
