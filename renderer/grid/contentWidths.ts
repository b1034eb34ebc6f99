/**
 * What the narrow columns' contents read in, in rem, in either language: a date with a Russian
 * month ("22 сент. 2023"), a status ("Запланирован"), a count. Their headers may ask for more.
 */
export const DATE = 8;
export const STATUS = 8;
export const COUNT = 3;
/** A country's name: "Республика Корея" whole, the longest ones with an ellipsis. */
export const COUNTRY = 9;
/** A city's name: "Ulaanbaatar", "Cholpon-Ata"; the longest ones with an ellipsis. */
export const CITY = 6.5;
