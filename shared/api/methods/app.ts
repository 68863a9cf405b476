import { z } from 'zod';
import { doctorReportSchema } from '../../model/doctor';
import { clearableSettings, settingsPatchSchema, settingsSchema } from '../../model/settings';
import { empty, method } from './define';

export const appMethods = {
  'app.info': method(
    empty,
    z.object({ version: z.string(), workspacePath: z.string(), platform: z.string(), binding: z.string() }),
  ),
  'settings.get': method(empty, settingsSchema),
  'settings.update': method(settingsPatchSchema, settingsSchema),
  /** Clears path settings so their defaults apply again (a path set by mistake, "Clear" in Settings). */
  'settings.clear': method(z.object({ keys: z.array(z.enum(clearableSettings)).min(1) }), settingsSchema),
  'doctor.report': method(empty, doctorReportSchema),
} as const;
