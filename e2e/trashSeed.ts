import type { ArchiveServer } from './archiveServer.js';

export const VISIT = 'Working visit to Baku';
export const KEPT = 'Aleksandr Pankin';
export const OTHER = 'Alexander Pankin';
export const TRAVELLER = 'Kairat Sarybay';
export const MINISTRY = 'Ministry of Foreign Affairs of Azerbaijan';

export interface Seeded {
  visitId: string;
  meetingIds: string[];
  keptId: string;
  otherId: string;
}

async function save(server: ArchiveServer, table: string, values: Record<string, unknown>) {
  const { record } = await server.call('saveRecord', { table, values });
  return String(record.id);
}

/**
 * A small archive of one's own: a visit with two meetings, and one person written two ways,
 * the second spelling holding a position and meeting the secretariat twice.
 */
export async function seedArchive(server: ArchiveServer): Promise<Seeded> {
  const ministry = await save(server, 'organisations', { name: MINISTRY, country: 'AZ' });
  const traveller = await save(server, 'people', { name: TRAVELLER, country: 'KZ' });
  const keptId = await save(server, 'people', { name: KEPT, country: 'RU' });
  const otherId = await save(server, 'people', { name: OTHER, country: 'RU' });
  await save(server, 'positions', {
    person_id: otherId,
    organisation_id: ministry,
    title: 'Deputy Minister',
  });
  const visitId = await save(server, 'visits', {
    title: VISIT,
    traveller_id: traveller,
    city: 'Baku',
    country: 'AZ',
    start_date: '2021-02-22',
    end_date: '2021-02-23',
    status: 'completed',
  });
  const meetingIds = [];
  for (const date of ['2021-02-22', '2021-02-23']) {
    meetingIds.push(
      await save(server, 'meetings', {
        visit_id: visitId,
        date,
        city: 'Baku',
        country: 'AZ',
        participants: [
          {
            person_id: otherId,
            organisation_id: ministry,
            title: 'Deputy Minister',
            side: 'counterpart',
          },
        ],
      }),
    );
  }
  return { visitId, meetingIds, keptId, otherId };
}
