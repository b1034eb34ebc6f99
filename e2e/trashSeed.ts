import type { Locator, Page } from '@playwright/test';
import type { ArchiveServer } from './archiveServer.js';
import { AppPage } from './pages/AppPage.js';
import { RecordTablePage } from './pages/RecordTablePage.js';

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

/** The app on a newly seeded archive, in `section` when one is named. */
export async function openSeeded(
  page: Page,
  server: ArchiveServer,
  section?: string,
): Promise<Seeded & { app: AppPage }> {
  const seeded = await seedArchive(server);
  const app = new AppPage(page);
  await app.open(server.url);
  if (section) await app.openSection(section);
  return { ...seeded, app };
}

/** The app on a newly seeded archive, with the seeded visit's panel open over the Visits table. */
export async function openSeededVisit(
  page: Page,
  server: ArchiveServer,
): Promise<{ app: AppPage; visits: RecordTablePage; panel: Locator }> {
  const { app } = await openSeeded(page, server);
  const visits = new RecordTablePage(page, 'Visits');
  await visits.rows.filter({ hasText: VISIT }).click();
  return { app, visits, panel: page.getByRole('dialog', { name: VISIT }) };
}
