import type { CorpusCase } from '../corpus.types';
import { API_CASES } from './api';
import { CATALOGUE_CASES, CSV_CASES } from './csv';
import { FLAG_CASES } from './flags';
import { JSON_CASES } from './json';
import { MANIFEST_CASES } from './manifest';
import { POLICY_CASES } from './policy';

/** The one table of the corpus, area by area. */
export const CORPUS: CorpusCase[] = [
  ...CSV_CASES,
  ...CATALOGUE_CASES,
  ...JSON_CASES,
  ...FLAG_CASES,
  ...POLICY_CASES,
  ...MANIFEST_CASES,
  ...API_CASES,
];
