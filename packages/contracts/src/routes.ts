// The API's paths, in one place, so the web and the server cannot drift apart.
export const API = {
  health: '/api/health',
  signIn: '/api/auth/sign-in',
  signOut: '/api/auth/sign-out',
  me: '/api/auth/me',
  twoFactorVerify: '/api/auth/two-factor/verify',
  twoFactorEnrol: '/api/auth/two-factor/enrolment',
  twoFactorConfirm: '/api/auth/two-factor/enrolment/confirm',
  switchSchool: '/api/auth/switch-school',
  staff: '/api/staff',
  staffMember: (id: string) => `/api/staff/${id}`,
  staffDeactivate: (id: string) => `/api/staff/${id}/deactivate`,
  staffReactivate: (id: string) => `/api/staff/${id}/reactivate`,
  pupils: '/api/pupils',
  pupil: (id: string) => `/api/pupils/${id}`,
  peopleImport: '/api/people/import',
  audit: '/api/audit',
  auditVerify: '/api/audit/verify',
  moderationQueue: '/api/moderation/queue',
  moderationComment: (id: string) => `/api/moderation/comments/${id}`,
  moderationCommentAction: (id: string) => `/api/moderation/comments/${id}/actions`,
  moderationCommentEvidence: (id: string) => `/api/moderation/comments/${id}/evidence.zip`,
  moderationBulk: '/api/moderation/bulk',
  moderationAuthor: (id: string) => `/api/moderation/authors/${id}`,
  moderationAuthorSteps: (id: string) => `/api/moderation/authors/${id}/steps`,
  moderationAuthorPress: (id: string) => `/api/moderation/authors/${id}/press`,
  moderationAuthorEvidence: (id: string) => `/api/moderation/authors/${id}/evidence.zip`,
  moderationCompliance: '/api/moderation/compliance',
  notifications: '/api/notifications',
  notificationsRead: '/api/notifications/read',
  policy: '/api/policy',
  policySettings: '/api/policy/settings',
  policySettingsReset: '/api/policy/settings/reset',
  policySettingsTemplate: '/api/policy/settings/template',
  trustPolicySettings: '/api/policy/trust-settings',
  trustPolicySettingsTemplate: '/api/policy/trust-settings/template',
  policyVersions: '/api/policy/versions',
  policyVersion: (id: string) => `/api/policy/versions/${id}`,
  policyVersionRefresh: (id: string) => `/api/policy/versions/${id}/refresh`,
  policyVersionApprove: (id: string) => `/api/policy/versions/${id}/approve`,
  policyVersionPublish: (id: string) => `/api/policy/versions/${id}/publish`,
  policyVersionPdf: (id: string) => `/api/policy/versions/${id}/pdf`,
  policyVersionContent: (id: string) => `/api/policy/versions/${id}/content`,
  trustPolicyContent: '/api/policy/trust-content',
  policyMarkdownPreview: '/api/policy/markdown-preview',
  acceptanceMine: '/api/acceptance/me',
  acceptanceSign: '/api/acceptance/sign',
  acceptanceCoverage: '/api/acceptance/coverage',
  acceptanceRemind: '/api/acceptance/remind',
  training: '/api/training',
  trainingMine: '/api/training/me',
  trainingRecords: '/api/training/records',
  trainingRecord: (id: string) => `/api/training/records/${id}`,
  trainingEvidence: (id: string) => `/api/training/records/${id}/evidence`,
  trainingRemind: '/api/training/remind',
  consentRegister: '/api/consent',
  pupilConsent: (id: string) => `/api/consent/pupils/${id}`,
  pupilConsentDecisions: (id: string) => `/api/consent/pupils/${id}/decisions`,
  pupilConsentWithdrawals: (id: string) => `/api/consent/pupils/${id}/withdrawals`,
  pupilRestriction: (id: string) => `/api/consent/pupils/${id}/restriction`,
  // Concerns (issue 12)
  concerns: '/api/concerns',
  concernsMine: '/api/concerns/mine',
  concernsRoster: '/api/concerns/roster',
  concernsSecondFactor: '/api/concerns/second-factor',
  concernsFromComment: '/api/concerns/from-comment',
  concernsPublicLink: '/api/concerns/public-link',
  concern: (id: string) => `/api/concerns/${id}`,
  concernEntries: (id: string) => `/api/concerns/${id}/entries`,
  concernClose: (id: string) => `/api/concerns/${id}/close`,
  concernFile: (id: string, fileId: string) => `/api/concerns/${id}/files/${fileId}`,
  concernExport: (id: string) => `/api/concerns/${id}/export.zip`,
  publicConcernForm: (token: string) => `/api/public/concerns/${token}`,
} as const;

/** First run and schools (issue 10). */
export const SETUP_API = {
  setup: '/api/setup',
  schools: '/api/schools',
} as const;

/** Official accounts (issue 10). */
export const ACCOUNTS_API = {
  register: '/api/accounts',
  attention: '/api/accounts/attention',
  staffOptions: '/api/accounts/staff-options',
  requests: '/api/accounts/requests',
  requestDecision: (id: string) => `/api/accounts/requests/${id}/decision`,
  requestConsent: (id: string) => `/api/accounts/requests/${id}/consent`,
} as const;

/** Sign-in with the school's identity provider and invitations (issue 13). */
export const SIGN_IN_API = {
  offeredProviders: '/api/auth/oidc/providers',
  oidcStart: (provider: string) => `/api/auth/oidc/${provider}/start`,
  oidcCallback: (provider: string) => `/api/auth/oidc/${provider}/callback`,
  settings: '/api/sign-in/providers',
  settingsProvider: (provider: string) => `/api/sign-in/providers/${provider}`,
  staffInvitation: (staffId: string) => `/api/staff/${staffId}/invitation`,
  inviteEveryone: '/api/staff/invitations',
  invitation: (token: string) => `/api/invitations/${token}`,
  invitationAccept: (token: string) => `/api/invitations/${token}/accept`,
} as const;

/** Connecting official accounts to their platforms (issue 10). */
export const CONNECT_API = {
  start: (accountId: string) => `/api/accounts/${accountId}/connect`,
  connection: (id: string) => `/api/accounts/connections/${id}`,
  choose: (id: string) => `/api/accounts/connections/${id}/choice`,
  metaCallback: '/api/oauth/meta/callback',
  xCallback: '/api/oauth/x/callback',
} as const;

/** Private messages to the school's accounts (issue 10). */
export const MESSAGES_API = {
  conversations: '/api/moderation/conversations',
  conversation: (id: string) => `/api/moderation/conversations/${id}`,
  reply: (id: string) => `/api/moderation/conversations/${id}/reply`,
  review: (id: string) => `/api/moderation/conversations/${id}/reviewed`,
} as const;
