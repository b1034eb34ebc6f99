/** The page asks which language to start in (synchronously, before its first draw)... */
export const LANGUAGE_GET_CHANNEL = 'language:get';
/** ...and says when a person switched it. */
export const LANGUAGE_SET_CHANNEL = 'language:set';
