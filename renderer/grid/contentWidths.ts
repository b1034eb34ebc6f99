/**
 * What the narrow columns' contents read in, in rem, in either language: a date with a Russian
 * month ("22 сент. 2023"), a status ("Запланировано", the app's own word, so never cut), a count.
 * Their headers may ask for more.
 */
export const DATE = 8;
export const STATUS = 8.5;
export const COUNT = 3;
/** A country's name: "Республика Корея" whole, the longest ones with an ellipsis. */
export const COUNTRY = 9;
/**
 * A city's name of up to eleven letters with the cell's padding: "Ulaanbaatar", "Cholpon-Ata",
 * "Kuwait City" whole; the longest ones with an ellipsis.
 */
export const CITY = 7;
