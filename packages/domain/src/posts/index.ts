// Posts and replies (PRODUCT C3; issue 11): the checks anything sent to a platform must pass.
export {
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
export { OVERRIDE_NOTES, PUBLICATION_CHECKS, PUBLICATION_CLAUSES, type PublicationCheck } from './post-vocabulary.ts';
