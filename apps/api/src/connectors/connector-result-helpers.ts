// Small helpers for building connector operations out of ConnectorResults without nesting.
import { ConnectorError, failed, type ConnectorResult } from './connector-error.ts';
import type { ActionCapability } from './connector.ts';

export function andThen<A, B>(result: ConnectorResult<A>, next: (value: A) => ConnectorResult<B>): ConnectorResult<B> {
  return result.ok ? next(result.value) : result;
}

/** The answer for an action the platform's API cannot do: no call is made, and the steps travel with the error. */
export function notSupported<T>(action: string, capability: ActionCapability): ConnectorResult<T> {
  return failed(
    new ConnectorError(
      'NOT_SUPPORTED',
      `${action} is not possible through this platform's API; see the manual steps (${capability.manualSteps.length})`,
      { retryable: false },
    ),
  );
}
