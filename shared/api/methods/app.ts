import { z } from 'zod';
import { doctorReportSchema } from '../../model/doctor';
import { settingsPatchSchema, settingsSchema } from '../../model/settings';
import { empty, method } from './define';

export const appMethods = {
  'app.info': method(
    empty,
    z.object({ version: z.string(), workspacePath: z.string(), platform: z.string(), binding: z.string() }),
  ),
  'settings.get': method(empty, settingsSchema),
  'settings.update': method(settingsPatchSchema, settingsSchema),
  'doctor.report': method(empty, doctorReportSchema),
} as const;
