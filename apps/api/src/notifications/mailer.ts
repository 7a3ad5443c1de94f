// Email through the school's own SMTP server (nodemailer). Nothing else leaves the deployment.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import nodemailer from 'nodemailer';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  /** Files sent with the message (the termly governors' report as a PDF). */
  attachments?: Array<{ filename: string; content: Buffer; contentType: string }>;
}

export interface Mailer {
  send(message: MailMessage): Promise<void>;
  close(): void;
}

export function createSmtpMailer(url: string, from: string): Mailer {
  const transport = nodemailer.createTransport(url);
  return {
    async send(message) {
      await transport.sendMail({ from, ...message });
    },
    close: () => transport.close(),
  };
}

/** Writes each message to a file in `dir` (MAIL_OUTBOX_DIR), for trying Schoolgate out without a mail server. */
export function createFileMailer(dir: string, from: string): Mailer {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  return {
    async send(message) {
      const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${randomBytes(4).toString('hex')}.txt`;
      const text = `From: ${from}\nTo: ${message.to}\nSubject: ${message.subject}\n\n${message.text}\n`;
      await fs.promises.writeFile(path.join(dir, name), text, { mode: 0o600 });
    },
    close: () => undefined,
  };
}
