// Posts and replies (PRODUCT C3; issue 11): the checks anything sent to a platform must pass.
export {
  PUBLICATION_CHECKS,
  PUBLICATION_CLAUSES,
  blockingFindings,
  howNamed,
  publicationFindings,
  wordsOf,
  type CheckLabel,
  type CheckPupil,
  type PublicationCheck,
  type PublicationCheckInput,
  type PublicationFinding,
  type PublicationPolicy,
  type TaggedPupil,
} from './publication-checks.ts';
