import { z } from 'zod';
import { RoleSchema } from './common.ts';
import { PERMISSION_NAMES } from '@schoolgate/domain/shared';

export const SignInRequest = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.email({ message: 'Enter an email address, like name@school.org.uk.' })),
  password: z.string().min(1, 'Enter your password.').max(1024),
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
  code: z.string().trim().min(6, 'Enter the 6-digit code from your app, or a recovery code.').max(32),
});
export type TwoFactorVerifyRequest = z.infer<typeof TwoFactorVerifyRequest>;

export const TwoFactorEnrolmentResponse = z.object({
  /** otpauth:// URL, for apps that read it from the QR code. */
  otpauthUrl: z.string(),
  /** PNG data URL of the QR code. */
  qrCodeDataUrl: z.string(),
  /** The secret in base32, for typing in by hand. */
  secret: z.string(),
});
export type TwoFactorEnrolmentResponse = z.infer<typeof TwoFactorEnrolmentResponse>;

export const TwoFactorConfirmRequest = z.object({
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, 'Enter the 6-digit code from your app.'),
});
export const TwoFactorConfirmResponse = z.object({ recoveryCodes: z.array(z.string()) });
export type TwoFactorConfirmResponse = z.infer<typeof TwoFactorConfirmResponse>;

export const MembershipSummary = z.object({
  schoolId: z.uuid().nullable(),
  schoolName: z.string().nullable(),
  role: RoleSchema,
});

export const MeResponse = z.object({
  user: z.object({ id: z.uuid(), email: z.string(), displayName: z.string() }),
  stage: SessionStage,
  trust: z.object({ id: z.uuid(), name: z.string() }),
  /** The school the person is acting in now (null for a trust user before they pick one). */
  school: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  role: RoleSchema,
  /** Schools the person may switch to. */
  schools: z.array(z.object({ id: z.uuid(), name: z.string(), role: RoleSchema })),
  twoFactor: z.object({ enabled: z.boolean(), required: z.boolean() }),
  /** (action, resource) pairs the person may perform, so the web hides what it cannot do. */
  permissions: z.array(z.enum(PERMISSION_NAMES)),
});
export type MeResponse = z.infer<typeof MeResponse>;

export const SwitchSchoolRequest = z.object({ schoolId: z.uuid() });
