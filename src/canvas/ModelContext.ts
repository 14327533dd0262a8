import { createContext, useContext } from 'react';
import type { PreparedModel } from './prepareModel';

export const ModelContext = createContext<PreparedModel | null>(null);

/** The loaded set's model; only used below <SetModel>, where it always exists. */
export function useModel(): PreparedModel {
  const m = useContext(ModelContext);
  if (!m) throw new Error('useModel() outside <SetModel>');
  return m;
}
