import { z } from 'zod';

/** A calendar month, YYYY-MM: the period orders ask for and supply plans are made in. */
export const periodSchema = z
  .string()
  .trim()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'use a month in the form YYYY-MM, such as 2026-03');
