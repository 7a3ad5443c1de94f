// Posts and replies (PRODUCT C3; issue 11): the checks anything sent to a platform must pass.
export {
  PUBLICATION_CLAUSES,
  blockingFindings,
  howNamed,
  publicationFindings,
  wordsOf,
  type CheckLabel,
  type CheckPupil,
  type PublicationCheckInput,
  type PublicationFinding,
  type PublicationPolicy,
  type TaggedPupil,
} from './publication-checks.ts';
export { PUBLICATION_CHECKS, type PublicationCheck } from './post-vocabulary.ts';
