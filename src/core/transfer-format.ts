/** The export format's name and version, apart from its schema so that writing an export needs no validator. */
export const EXPORT_FORMAT = 'keel-export';
export const EXPORT_VERSION = 1;
