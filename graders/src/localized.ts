import { z } from 'zod';

/** Student-facing text, French first (the course language), English as a choice. */
export const LocalizedSchema = z.object({ fr: z.string(), en: z.string() });
export type Localized = z.infer<typeof LocalizedSchema>;

export type Language = keyof Localized;

/** Builds a Localized text; use it for every message a student reads. */
export const text = (fr: string, en: string): Localized => ({ fr, en });
