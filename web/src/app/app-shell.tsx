import { LogOut } from 'lucide-react';
import { useSyncExternalStore, type ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { api } from '../api/client';
import { session } from '../api/session';
import { Button } from '../components/ui/button';
import { cn } from '../lib/cn';
import { useLive } from './live-updates';

const NAV = [
  ['/', 'Library'],
  ['/models', 'Models'],
  ['/profiles', 'Profiles'],
  ['/settings', 'Settings'],
] as const;

export function AppShell({ children }: { children: ReactNode }) {
  const [location] = useLocation();
  const { status } = useLive();
  const user = useSyncExternalStore(session.subscribe, () => session.user);
  const logout = async () => {
    const refreshToken = session.refreshToken;
    await api.POST('/api/v1/auth/logout', { body: refreshToken ? { refresh_token: refreshToken } : {} }).catch(() => undefined);
    session.end();
  };

  return (
    <div className="min-h-screen">
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:p-2 dark:focus:bg-slate-900">
        Skip to content
      </a>
      <header className="border-b border-slate-200 dark:border-slate-800">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
          <Link href="/" className="text-lg font-bold tracking-tight">
            Scriberr
          </Link>
          <nav aria-label="Main" className="order-last flex w-full gap-1 overflow-x-auto sm:order-none sm:w-auto">
            {NAV.map(([href, label]) => {
              const current = href === '/' ? location === '/' || location.startsWith('/t/') : location.startsWith(href);
              return (
                <Link
                  key={href}
                  href={href}
                  aria-current={current ? 'page' : undefined}
                  className={cn('rounded-md px-3 py-1.5 text-sm', current ? 'bg-slate-100 font-medium dark:bg-slate-800' : 'text-slate-600 hover:bg-slate-50 dark:text-slate-400 dark:hover:bg-slate-900')}
                >
                  {label}
                </Link>
              );
            })}
          </nav>
          <div className="ml-auto flex items-center gap-2">
            <span
              className={cn('h-2 w-2 rounded-full', status === 'open' ? 'bg-emerald-500' : 'bg-amber-500')}
              role="img"
              aria-label={status === 'open' ? 'Live updates connected' : 'Reconnecting live updates'}
              title={status === 'open' ? 'Live updates connected' : 'Reconnecting…'}
            />
            <span className="hidden text-sm text-slate-600 sm:inline dark:text-slate-400">{user?.username}</span>
            <Button size="sm" variant="ghost" onClick={() => void logout()}>
              <LogOut className="h-4 w-4" aria-hidden /> Log out
            </Button>
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
    </div>
  );
}
