/** "Data og sikkerhed": where the data is, how safe it is, backup and restore, and deleting it. */
import { useEffect, useState } from 'preact/hooks';
import { useAppState } from '../../app/app-state';
import { download } from '../../app/download';
import { ErrorNotice, Loading } from '../../components/status';
import { backupFileName, serialiseBackup } from '../../data/envelope';
import { needsBackupReminder } from '../../domain/backup-reminder';
import type { Workshop } from '../../domain/workshop';
import { deleteAllData, markBackup } from '../../db/backup';
import { listWorkshops } from '../../db/workshops';
import { forgetDrafts } from '../../components/draft-journal';
import { getSetting } from '../../db/settings';
import { storageStatus, type StorageStatus } from '../../db/storage';
import { useLiveQuery } from '../../db/use-live-query';
import { t } from '../../i18n';
import { safariTab } from '../../pwa/platform';
import { RestoreForm } from './restore';
import './data.css';

const APP_VERSION = import.meta.env.PACKAGE_VERSION ?? '0';

export function DataScreen() {
  const app = useAppState();
  const { db } = app;
  const data = useLiveQuery(async () => ({ workshops: await listWorkshops(db), lastBackupAt: await getSetting(db, 'lastBackupAt') }), [db]);
  const [storage, setStorage] = useState<StorageStatus | null>(null);
  const [message, setMessage] = useState('');
  const [confirmDelete, setConfirmDelete] = useState(false);

  useEffect(() => {
    storageStatus().then(setStorage, () => setStorage({ persisted: null, usageBytes: null, quotaBytes: null }));
  }, [data.status === 'ready' ? data.value.workshops.length : -1]);

  if (data.status === 'loading') return <Loading />;
  if (data.status === 'error') return <ErrorNotice message={t.storageError} />;
  const { workshops, lastBackupAt } = data.value;
  const safari = safariTab();

  const save = async (scope: 'all' | 'workshop', list: Workshop[]) => {
    const now = app.now();
    const name = backupFileName(scope, now, t.data.fileNames, scope === 'workshop' ? list[0]?.title : undefined);
    download(new Blob([serialiseBackup(list, { now, appVersion: APP_VERSION, scope })], { type: 'application/json' }), name);
    if (scope === 'all') await markBackup(db, now);
    setMessage(t.data.backupSaved(name));
  };

  return (
    <>
      <h1>{t.data.title}</h1>
      <p class="lead">{t.data.intro}</p>
      <p class="visually-hidden" role="status">
        {message}
      </p>

      <section class="card" aria-labelledby="data-status">
        <h2 id="data-status">{t.data.status}</h2>
        {safari && <p class="notice notice--warning">{safari === 'dock' ? t.data.safariMac : t.data.safari}</p>}
        {needsBackupReminder(workshops, lastBackupAt, app.now()) && <p class="notice notice--warning">{t.data.reminder}</p>}
        {storage && (
          <p>{storage.persisted === true ? t.data.persistedYes : storage.persisted === false ? t.data.persistedNo : t.data.persistedUnknown}</p>
        )}
        {storage?.usageBytes != null && storage.quotaBytes != null && <p>{t.data.usage(t.data.bytes(storage.usageBytes), t.data.bytes(storage.quotaBytes))}</p>}
        <p>{lastBackupAt ? t.data.lastBackup(t.formatDateTime(new Date(lastBackupAt))) : t.data.neverBackedUp}</p>
      </section>

      <section class="card" aria-labelledby="data-backup">
        <h2 id="data-backup">{t.data.backup}</h2>
        {workshops.length === 0 ? (
          <p>{t.data.noWorkshops}</p>
        ) : (
          <>
            <button class="button button--primary" type="button" onClick={() => void save('all', workshops)}>
              {t.data.backupAll}
            </button>
            <ul class="plain-list data-list">
              {workshops.map((w) => (
                <li key={w.id} class="data-list__row">
                  <span>
                    <strong>{w.title}</strong> · {t.formatDate(w.date)}
                  </span>
                  <button class="button" type="button" aria-label={t.data.backupOne(w.title)} onClick={() => void save('workshop', [w])}>
                    {t.data.backupOneShort}
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
        {message && <p>{message}</p>}
      </section>

      <RestoreForm existing={workshops} />

      <section class="card" aria-labelledby="data-danger">
        <h2 id="data-danger">{t.data.danger}</h2>
        {confirmDelete ? (
          <div class="confirm" role="group" aria-label={t.data.deleteAll}>
            <p>{t.data.confirmDeleteAll}</p>
            <div class="actions">
              <button
                class="button button--danger"
                type="button"
                onClick={() => {
                  setConfirmDelete(false);
                  deleteAllData(db).then(
                    () => {
                      forgetDrafts();
                      setMessage(t.data.deletedAll);
                    },
                    (error: unknown) => {
                      // One transaction: nothing was deleted, and the user is told so.
                      console.error(error);
                      setMessage(t.data.deleteAllFailed);
                    },
                  );
                }}
              >
                {t.data.confirmDeleteAllYes}
              </button>
              <button class="button" type="button" ref={(el) => el?.focus()} onClick={() => setConfirmDelete(false)}>
                {t.data.cancel}
              </button>
            </div>
          </div>
        ) : (
          <button class="button button--quiet" type="button" disabled={workshops.length === 0} onClick={() => setConfirmDelete(true)}>
            {t.data.deleteAll}
          </button>
        )}
      </section>
    </>
  );
}
