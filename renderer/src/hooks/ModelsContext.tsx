import { createContext, useContext, type ReactNode } from 'react';
import { useModels, type ModelsState } from './useModels';

const ModelsContext = createContext<ModelsState | undefined>(undefined);

/** One models list for the whole app: the Models dialog and every transcribe form share it. */
export function ModelsProvider({ children }: { children: ReactNode }) {
  return <ModelsContext.Provider value={useModels()}>{children}</ModelsContext.Provider>;
}

export function useModelsContext(): ModelsState {
  const models = useContext(ModelsContext);
  if (models === undefined) throw new Error('useModelsContext needs a <ModelsProvider> above it.');
  return models;
}
