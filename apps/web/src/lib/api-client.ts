// The only module that talks HTTP (STYLE.md, bulletproof-react). Every answer is checked against its contract
// schema, so a server that drifts from packages/contracts fails loudly here rather than deep inside a page.
import { ErrorResponse } from '@schoolgate/contracts';

export interface FieldError {
  field: string;
  message: string;
}

/** What went wrong, in the API's own words: `message` is for people, `code` for code. */
export class ApiError extends Error {
  readonly code: string;
  readonly status: number;
  readonly fields: FieldError[];

  constructor(status: number, code: string, message: string, fields: FieldError[] = []) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.fields = fields;
  }

  /** The message for one form field, if the API named it. */
  fieldMessage(field: string): string | undefined {
    return this.fields.find((f) => f.field === field)?.message;
  }
}

/** Anything with zod's `parse`: the contract schemas, without this module depending on zod itself. */
export interface Schema<T> {
  parse(data: unknown): T;
}

type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions {
  query?: Record<string, QueryValue>;
  body?: unknown;
}

function withQuery(path: string, query: Record<string, QueryValue> | undefined): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    // Blank filters mean "no filter", so they are left out rather than sent as empty strings.
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function toApiError(status: number, payload: unknown): ApiError {
  const parsed = ErrorResponse.safeParse(payload);
  if (parsed.success) {
    const { code, message, fields } = parsed.data.error;
    return new ApiError(status, code, message, fields ?? []);
  }
  if (status === 401) return new ApiError(status, 'UNAUTHENTICATED', 'Please sign in again.');
  return new ApiError(status, 'HTTP_ERROR', 'Something went wrong on the server. Please try again in a moment.');
}

export async function request<T>(
  method: string,
  path: string,
  schema: Schema<T>,
  options: RequestOptions = {},
): Promise<T> {
  const hasBody = options.body !== undefined;
  let response: Response;
  try {
    response = await fetch(withQuery(path, options.query), {
      method,
      credentials: 'same-origin',
      headers: { Accept: 'application/json', ...(hasBody ? { 'Content-Type': 'application/json' } : {}) },
      body: hasBody ? JSON.stringify(options.body) : undefined,
    });
  } catch {
    throw new ApiError(0, 'NETWORK_ERROR', 'Schoolgate could not be reached. Check your connection and try again.');
  }
  const payload = await readJson(response);
  if (!response.ok) throw toApiError(response.status, payload);
  try {
    return schema.parse(payload);
  } catch {
    throw new ApiError(
      response.status,
      'UNEXPECTED_RESPONSE',
      'The server sent an answer Schoolgate did not expect. Please tell your administrator.',
    );
  }
}

/** For endpoints whose body we do not read (sign-out, deactivate): any 2xx is success. */
export const anyResponse: Schema<unknown> = { parse: (data) => data };

export const apiClient = {
  get: <T>(path: string, schema: Schema<T>, query?: Record<string, QueryValue>) =>
    request('GET', path, schema, { query }),
  post: <T>(path: string, schema: Schema<T>, body?: unknown) => request('POST', path, schema, { body: body ?? {} }),
  patch: <T>(path: string, schema: Schema<T>, body: unknown) => request('PATCH', path, schema, { body }),
  put: <T>(path: string, schema: Schema<T>, body: unknown) => request('PUT', path, schema, { body }),
};

/** A file the API makes on request (a subject access ZIP): its bytes and the name the server gave it. */
export async function downloadFile(path: string, body: unknown): Promise<{ blob: Blob; fileName: string }> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'NETWORK_ERROR', 'Schoolgate could not be reached. Check your connection and try again.');
  }
  if (!response.ok) throw toApiError(response.status, await readJson(response));
  const fileName = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? 'download';
  return { blob: await response.blob(), fileName };
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** The words to show a person for any thrown value. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  return 'Something went wrong. Please try again.';
}
