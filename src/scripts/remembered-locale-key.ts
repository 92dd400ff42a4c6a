/** localStorage key of the language a reader picked in a language switcher. */
export const rememberedLocaleKey = 'polyhelp:locale';
