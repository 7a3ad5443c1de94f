import { z } from 'zod';
import { text } from './text.ts';
import { RoleSchema } from './common.ts';
import { PERMISSION_NAMES } from '@schoolgate/domain/shared';

export const SignInRequest = z.object({
  email: text()
    .trim()
    .toLowerCase()
    .pipe(z.email({ message: 'Enter an email address, like name@school.org.uk.' })),
  password: text().min(1, 'Enter your password.').max(1024),
});
export type SignInRequest = z.infer<typeof SignInRequest>;

/**
 * What the person must do next. `signed_in`: done. `two_factor_required`: enter a code from the
 * authenticator app. `two_factor_enrolment_required`: the role needs two-factor and none is set up.
 */
export const SessionStage = z.enum(['signed_in', 'two_factor_required', 'two_factor_enrolment_required']);
export type SessionStage = z.infer<typeof SessionStage>;

export const SignInResponse = z.object({ stage: SessionStage });
export type SignInResponse = z.infer<typeof SignInResponse>;

export const TwoFactorVerifyRequest = z.object({
  code: text().trim().min(6, 'Enter the 6-digit code from your app, or a recovery code.').max(32),
});
export type TwoFactorVerifyRequest = z.infer<typeof TwoFactorVerifyRequest>;

export const TwoFactorEnrolmentResponse = z.object({
  /** otpauth:// URL, for apps that read it from the QR code. */
  otpauthUrl: text(),
  /** PNG data URL of the QR code. */
  qrCodeDataUrl: text(),
  /** The secret in base32, for typing in by hand. */
  secret: text(),
});
export type TwoFactorEnrolmentResponse = z.infer<typeof TwoFactorEnrolmentResponse>;

export const TwoFactorConfirmRequest = z.object({
  code: text()
    .trim()
    .regex(/^\d{6}$/, 'Enter the 6-digit code from your app.'),
});
export const TwoFactorConfirmResponse = z.object({ recoveryCodes: z.array(text()) });
export type TwoFactorConfirmResponse = z.infer<typeof TwoFactorConfirmResponse>;

export const MembershipSummary = z.object({
  schoolId: z.uuid().nullable(),
  schoolName: text().nullable(),
  role: RoleSchema,
});

export const MeResponse = z.object({
  user: z.object({ id: z.uuid(), email: text(), displayName: text() }),
  stage: SessionStage,
  trust: z.object({ id: z.uuid(), name: text() }),
  /** The school the person is acting in now (null for a trust user before they pick one). */
  school: z.object({ id: z.uuid(), name: text() }).nullable(),
  role: RoleSchema,
  /** Schools the person may switch to. */
  schools: z.array(z.object({ id: z.uuid(), name: text(), role: RoleSchema })),
  twoFactor: z.object({ enabled: z.boolean(), required: z.boolean() }),
  /** (action, resource) pairs the person may perform, so the web hides what it cannot do. */
  permissions: z.array(z.enum(PERMISSION_NAMES)),
});
export type MeResponse = z.infer<typeof MeResponse>;

export const SwitchSchoolRequest = z.object({ schoolId: z.uuid() });
