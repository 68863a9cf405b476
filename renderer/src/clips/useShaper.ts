import { useEffect, useState } from 'react';
import type { Shaper } from '../../../shared/export/captionLayout';
import { useClient } from '../api/ClientContext';

let cached: Promise<Shaper> | undefined;

/**
 * How the export's libass shapes text (doctor.report), asked once per page: 'auto' captions burn in Nastaliq
 * only with HarfBuzz, so the preview shows the font the export will use. 'unknown' until known.
 */
export function useShaper(): Shaper {
  const { api } = useClient();
  const [shaper, setShaper] = useState<Shaper>('unknown');
  useEffect(() => {
    cached ??= api['doctor.report']({}).then(
      (report) => report.libassShaper,
      () => 'unknown' as const,
    );
    let alive = true;
    void cached.then((value) => {
      if (alive) setShaper(value);
    });
    return () => {
      alive = false;
    };
  }, [api]);
  return shaper;
}
