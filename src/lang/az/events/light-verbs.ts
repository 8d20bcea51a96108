// Stems of light verbs the trigger tables share.

/** etmək: t -> d before a vowel (edib, edəcək). */
export const ET = ["et", "ed"];
