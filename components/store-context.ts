// A view's store is handed down by context (as in preact-devtools' `AppCtx`/`useStore`), not as a prop.
import { createContext, type Context } from 'preact';
import { useContext } from 'preact/hooks';

export function createStoreContext<T>(name: string): [Context<T | null>, () => T] {
  const context = createContext<T | null>(null);
  const useStore = (): T => {
    const store = useContext(context);
    if (!store) throw new Error(`${name} is rendered without its store provider`);
    return store;
  };
  return [context, useStore];
}
