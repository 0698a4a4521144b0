import { useQueryClient } from '@tanstack/react-query';
import { createContext, useContext, useState, useSyncExternalStore, type ReactNode } from 'react';
import { UploadQueue, type UploadItem } from './upload-queue';

const UploadContext = createContext<UploadQueue | null>(null);

export function UploadProvider({ children, queue }: { children: ReactNode; queue?: UploadQueue }) {
  const client = useQueryClient();
  const [instance] = useState(() => queue ?? new UploadQueue(undefined, () => void client.invalidateQueries({ queryKey: ['transcriptions'] })));
  return <UploadContext.Provider value={instance}>{children}</UploadContext.Provider>;
}

export function useUploadQueue(): { queue: UploadQueue; items: readonly UploadItem[] } {
  const queue = useContext(UploadContext);
  if (!queue) throw new Error('useUploadQueue needs an UploadProvider');
  const items = useSyncExternalStore(queue.subscribe, queue.getSnapshot);
  return { queue, items };
}
