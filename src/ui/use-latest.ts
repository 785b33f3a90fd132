// A callback an effect may call without re-running when the caller passes a new one each render:
// the effect reads the newest through the ref (what React's future useEffectEvent does).
import { useRef } from 'preact/hooks';

export function useLatest<T>(value: T): { readonly current: T } {
  const ref = useRef(value);
  ref.current = value;
  return ref;
}
