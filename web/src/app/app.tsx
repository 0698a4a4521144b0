import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy, Suspense, useState, useSyncExternalStore } from 'react';
import { Route, Switch } from 'wouter';
import { ApiError } from '../api/client';
import { session } from '../api/session';
import { Spinner } from '../components/ui/feedback';
import { AuthPage } from '../features/auth/auth-page';
import { LibraryPage } from '../features/library/library-page';
import { UploadProvider } from '../features/upload/upload-context';
import { AppShell } from './app-shell';
import { LiveUpdates } from './live-updates';

// The library is the first screen; the others load when first opened.
const TranscriptPage = lazy(() => import('../features/transcript/transcript-page'));
const ModelsPage = lazy(() => import('../features/models/models-page').then((m) => ({ default: m.ModelsPage })));
const ProfilesPage = lazy(() => import('../features/profiles/profiles-page').then((m) => ({ default: m.ProfilesPage })));
const SettingsPage = lazy(() => import('../features/settings/settings-page').then((m) => ({ default: m.SettingsPage })));

function makeClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 15_000,
        // Client errors will not go away by asking again.
        retry: (failures, error) => !(error instanceof ApiError && error.status < 500) && failures < 2,
      },
    },
  });
}

export function App() {
  const state = useSyncExternalStore(session.subscribe, session.getState);
  const [client, setClient] = useState(makeClient);
  const [owner, setOwner] = useState(session.user?.id ?? null);

  // A different user (or none) must never see the previous user's cached data.
  const userId = state === 'active' ? (session.user?.id ?? null) : null;
  if (userId !== owner) {
    setOwner(userId);
    setClient(makeClient());
  }

  return (
    <QueryClientProvider client={client}>
      {state !== 'active' ? (
        <AuthPage expired={state === 'expired'} />
      ) : (
        <LiveUpdates>
          <UploadProvider>
            <AppShell>
              <Suspense fallback={<Spinner />}>
                <Switch>
                  <Route path="/">
                    <LibraryPage />
                  </Route>
                  <Route path="/t/:id">{(params) => <TranscriptPage id={params.id} />}</Route>
                  <Route path="/models">
                    <ModelsPage />
                  </Route>
                  <Route path="/profiles">
                    <ProfilesPage />
                  </Route>
                  <Route path="/settings">
                    <SettingsPage />
                  </Route>
                  <Route>
                    <p>This page does not exist.</p>
                  </Route>
                </Switch>
              </Suspense>
            </AppShell>
          </UploadProvider>
        </LiveUpdates>
      )}
    </QueryClientProvider>
  );
}
