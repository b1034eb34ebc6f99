/**
 * Text as the query language compares it. SQLite's LIKE and NOCASE fold ASCII only, so the
 * archive stores a folded copy of every text field (`<field>_fold`) and folds every search value
 * the same way: `иванов` finds `ИВАНОВ`, `ärzte` finds `Ärzte`, and the NFC and NFD forms of `é`
 * are one.
 */
export function fold(value: string): string {
  return value.normalize('NFKC').toLowerCase().normalize('NFC');
}

/** Text as the archive stores it: one Unicode form, so that equal text is equal bytes. */
export function normalizeText(value: string): string {
  return value.normalize('NFC');
}
