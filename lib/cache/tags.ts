/** The tags of the pages' cached data (shared-data.ts); expired by expire-changed.ts. */
export const REGISTER_TAG = "register";
export const modificationTag = (modificationId: string) => `modification:${modificationId}`;
