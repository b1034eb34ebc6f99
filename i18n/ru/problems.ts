import type { problems as en } from '../en/problems.js';
import { noun, tableName } from './recordNouns.js';

const TABLE_NOM = tableName('table', 'nom');

/** Why a value cannot be saved, listed beside the field it is about. */
export const problems: Record<keyof typeof en, string> = {
  'problems.brokenText':
    'Поле «{field}» содержит повреждённый символ (половину суррогатной пары UTF-16), поэтому его нельзя сохранить. Введите или вставьте текст заново.',
  'problems.notText': 'Поле «{field}» должно содержать текст.',
  'problems.tooLong':
    'Поле «{field}» слишком длинное ({length} знаков; допускается не более {max}).',
  'problems.yearZero':
    '{field}: в значении {value} указан 0000 год, которого нет в календаре (за 1 годом до н. э. следует 1 год н. э.). Укажите год начиная с 0001.',
  'problems.notADay': '{field}: {value} — такого дня в календаре нет. Проверьте день и месяц.',
  'problems.notADate':
    '{field}: «{value}» не является датой. Введите год, месяц или день: 2023, 2023-09 или 2023-09-19.',
  'problems.notACountry':
    '{field}: «{value}» — неизвестная страна. Введите её название, например Казахстан, или двухбуквенный код, KZ.',
  'problems.noChoice': 'Поле «{field}» не может быть пустым. Выберите одно из значений: {choices}.',
  'problems.notAChoice': '{field}: «{value}» не входит в число допустимых значений: {choices}.',
  'problems.notAnId': 'Поле «{field}» должно содержать идентификатор записи.',
  'problems.notAList': 'Поле «{field}» должно содержать список текстовых значений.',
  'problems.noRecord': `{label}: в архиве нет ${noun('noun', 'gen')} с идентификатором {id}.`,
  'problems.inTrash': `{label}: запись (${noun('noun', 'nom')}) {id} находится в корзине. Сначала восстановите её или выберите другую.`,
  'problems.noSuchField': `У ${tableName('table', 'gen')} нет поля «{field}». Поля, которые можно задать: {fields}.`,
  'problems.required': 'Поле «{field}» обязательно для заполнения.',
  'problems.meetingUnplaced': 'У встречи должна быть дата или визит, к которому она относится.',
  'problems.endBeforeStart': 'Дата окончания {end} раньше даты начала {start}.',
  'problems.ownParent': 'Организация не может быть вышестоящей для самой себя.',
  'problems.parentInside':
    'Эта вышестоящая организация — одно из подразделений самой организации, и организация оказалась бы внутри себя. Выберите другую вышестоящую организацию.',
  'problems.participantsList': 'Участники должны быть списком персон (не более 1000).',
  'problems.participant': 'Участник {n}: {problem}',
  'problems.participantLabel': 'Участник {n}',
  'problems.participantOrganisation': 'Участник {n}, организация',
  'problems.idList': 'Поле «{field}» должно содержать список идентификаторов (не более 1000).',
  'problems.csv.unknownColumn': `Столбец «{header}» не соответствует ни одному полю ${tableName('table', 'gen')}. Выберите поле, которое он заполняет, или не импортируйте его.`,
  'problems.csv.notImportable': `Поле «{field}» нельзя заполнить из файла при импорте ${tableName('table', 'gen')}. Выберите другое поле для «{header}» или не импортируйте этот столбец.`,
  'problems.csv.twoColumns':
    'Столбцы «{before}» и «{header}» оба заполняют поле «{field}». Не импортируйте один из них.',
  'problems.csv.noRows':
    'В файле есть строка заголовков, но под ней нет ни одной строки, поэтому импортировать нечего.',
  'problems.csv.unfilled': `Ни один столбец не заполняет поле «{field}», обязательное для каждой записи (${noun('noun', 'nom')}). Выберите столбец, в котором оно содержится.`,
  'problems.csv.extraCells':
    'В этой строке ячеек: {cells}, а в заголовке названо столбцов: {columns}. Проверьте кавычки и разделители в строке.',
  'problems.csv.sameNameRows':
    'Строк этого файла с именем «{name}»: {rows}, поэтому по столбцу «{header}» нельзя понять, какая из них имеется в виду. Дайте им разные имена.',
  'problems.csv.noSuchName': `В архиве нет ${noun('one', 'gen')} «{name}». Сначала добавьте ${noun('one', 'acc')} (или сначала импортируйте соответствующий файл) либо исправьте имя.`,
  'problems.csv.sameName': `Среди ${tableName('many', 'gen')} архива с именем «{name}»{dated, select, around {, относящихся к этой дате,} other {}} найдено записей: {which}, поэтому по столбцу «{header}» нельзя понять, какая из них имеется в виду{dated, select, none {, и ни одна из них не относится к этой дате} other {}}. Добавьте столбец «{idLabel}», чтобы указать нужную запись, или исправьте имя.`,
  'problems.input.quoted': '«{text}»',
  'problems.path.where': '{n, select, all {Условия} other {Условие {n}}}',
  'problems.path.sort': '{n, select, all {Сортировка} other {Ключ сортировки {n}}}',
  'problems.path.field': 'поле',
  'problems.path.op': 'оператор',
  'problems.path.value': 'значение',
  'problems.path.dir': 'направление',
  'problems.path.limit': 'Число строк',
  'problems.path.offset': 'Пропуск строк',
  'problems.path.search': 'Поиск',
  'problems.path.within': '{outer}, {inner}',
  'problems.input.whole': 'Запрос',
  'problems.input.table': TABLE_NOM,
  'problems.input.type':
    '{field}: здесь ожидается {expected, select, string {текст} number {число} int {целое число} boolean {«да» или «нет»} array {список} object {набор именованных значений} record {набор именованных значений} other {значение другого вида}}.',
  'problems.input.tooLong':
    '{field}: допускается не более {max, plural, one {# символа} few {# символов} many {# символов} other {# символа}}.',
  'problems.input.tooMany':
    '{field}: допускается не более {max, plural, one {# элемента} few {# элементов} many {# элементов} other {# элемента}}.',
  'problems.input.tooLarge': '{field}: значение должно быть не больше {max}.',
  'problems.input.empty': '{field}: значение не может быть пустым.',
  'problems.input.tooShort':
    '{field}: нужно не менее {min, plural, one {# символа} few {# символов} many {# символов} other {# символа}}.',
  'problems.input.tooFew':
    '{field}: нужно не менее {min, plural, one {# элемента} few {# элементов} many {# элементов} other {# элемента}}.',
  'problems.input.tooSmall': '{field}: значение должно быть не меньше {min}.',
  'problems.input.notWhole': '{field}: значение должно быть целым числом.',
  'problems.input.notOneOf': '{field}: такого значения нет среди допустимых: {choices}.',
  'problems.input.unknownParts':
    '{field}: {count, plural, one {нет части} other {нет частей}} с именем {names}.',
  'problems.input.form': '{field}: значение записано не в той форме, которую принимает это поле.',
  'problems.input.invalid': '{field}: недопустимое значение.',
  'problems.input.textOrDocx':
    'Передайте пресс-релиз одним способом: либо текстом, либо файлом .docx.',
  'problems.query.date': 'Дата',
  'problems.query.notADate':
    '«{value}» — не дата. Укажите год (2023), месяц (2023-09) или день (2023-09-19).',
  'problems.query.numberNeeded': 'Здесь нужно число.',
  'problems.query.notANumber': '«{value}» — не число. Укажите число, например 3.',
  'problems.query.notACountry':
    '«{value}» — не страна. Укажите её название (Казахстан) или код (KZ).',
  'problems.query.notAChoice':
    '«{value}» — недопустимое значение поля {field}. Используйте одно из значений: {choices}.',
  'problems.query.noValueTaken': 'Условие «{op}» не принимает значения: уберите значение.',
  'problems.query.inList': 'Условию «in» нужен список значений, например ["RU", "CN"].',
  'problems.query.betweenTwo':
    'Условию «between» нужны ровно два значения, первое и последнее, например ["2021", "2023-06"].',
  'problems.query.oneValue': 'Условию «{op}» нужно ровно одно значение.',
  'problems.query.noField': `В таблице «${TABLE_NOM}» нет поля «{field}». Используйте одно из полей: {fields}.`,
  'problems.query.opNotFor':
    'Условие «{op}» неприменимо к полю {field}. Используйте одно из условий: {ops}.',
  'problems.noRecordId': `Нет ${noun('noun', 'gen')} с идентификатором {id}.`,
  'problems.plainData':
    'Значение должно быть простыми данными: текст, числа, истина или ложь, списки и объекты.',
  'problems.tooManyBytes':
    'Значение занимает {bytes, plural, one {# байт} few {# байта} many {# байт} other {# байта}}; сохраняется не более {max}.',
  'problems.nameUsed': 'Имя «{name}» уже используется.',
  'problems.query.at': ' ({path})',
  'problems.input.whoTookPart': '{field}: выберите, кто принял участие.',
  'problems.csv.circle':
    'Эта строка через строки, на которые она ссылается, входит сама в себя. Разорвите этот круг.',
};
