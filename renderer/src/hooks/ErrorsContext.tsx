import { createContext, useCallback, useContext, useMemo, useState } from 'react';
import { toErrorInfo, type ErrorInfo } from '../../../shared/errors';

export interface ShownError {
  id: number;
  info: ErrorInfo;
}

export interface Errors {
  errors: readonly ShownError[];
  report(error: unknown): void;
  dismiss(id: number): void;
}

export const ErrorsContext = createContext<Errors>({
  errors: [],
  report: (error) => console.error(error),
  dismiss: () => undefined,
});

export const useReport = (): Errors['report'] => useContext(ErrorsContext).report;
export const useErrors = (): Errors => useContext(ErrorsContext);

let nextErrorId = 1;

/** Holds the errors shown in the banner; the same message twice in a row is shown once. */
export function useErrorList(): Errors {
  const [errors, setErrors] = useState<readonly ShownError[]>([]);
  const report = useCallback((error: unknown) => {
    console.error(error);
    const info = toErrorInfo(error);
    setErrors((list) =>
      list.some((shown) => shown.info.message === info.message)
        ? list
        : [...list, { id: nextErrorId++, info }].slice(-5),
    );
  }, []);
  const dismiss = useCallback(
    (id: number) => setErrors((list) => list.filter((shown) => shown.id !== id)),
    [],
  );
  return useMemo(() => ({ errors, report, dismiss }), [errors, report, dismiss]);
}
