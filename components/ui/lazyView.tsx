import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * A view whose code loads the first time it is shown, so that a page's first screen carries only what it
 * draws (the side panel's first question must be answerable within 150 ms of opening).
 */
export function lazyView<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let loaded: ComponentType<P> | undefined;
  return function LazyView(props: P) {
    const [, setLoaded] = useState(false);
    useEffect(() => {
      if (loaded) return;
      void load().then((component) => {
        loaded = component;
        setLoaded(true);
      });
    }, []);
    const View = loaded;
    return View ? (
      <View {...props} />
    ) : (
      <p class="muted" role="status">
        Loading…
      </p>
    );
  };
}
