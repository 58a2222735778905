import { z } from "zod";

/** A query parameter given twice (?page=2&page=3) counts by its first value. */
export const firstValue = (value: unknown) => (Array.isArray(value) ? value[0] : value);

/** A page number from the address; one that makes no sense (0, "two", 1e9) is the first page rather than an error. */
export const pageNumberSchema = z.preprocess(firstValue, z.coerce.number().int().min(1).max(1_000_000)).catch(1);

/** How many pages `total` items make at `perPage` a page: at least one, so an empty list has its (empty) first page. */
export const pageCountOf = (total: number, perPage: number) => Math.max(1, Math.ceil(total / perPage));
