// A fake of the browser's host permissions for popup/options tests: what is granted, and who asked.
import type { SitePermissions } from '@/utils/ui/site-permissions';

export function fakeSites(initial: { hosts?: string[]; all?: boolean; grant?: boolean } = {}) {
  const hosts = new Set(initial.hosts ?? []);
  let all = initial.all ?? true;
  const listeners = new Set<() => void>();
  const changed = () => listeners.forEach((l) => l());
  const calls: string[] = [];
  const sites: SitePermissions = {
    request: async (host) => {
      calls.push(`request ${host}`);
      if (initial.grant === false) return false;
      hosts.add(host);
      changed();
      return true;
    },
    remove: async (host) => {
      calls.push(`remove ${host}`);
      const had = hosts.delete(host);
      changed();
      return had;
    },
    allowed: async (host) => all || hosts.has(host),
    list: async () => [...hosts].sort(),
    requestAll: async () => {
      calls.push('requestAll');
      if (initial.grant === false) return false;
      all = true;
      changed();
      return true;
    },
    hasAll: async () => all,
    watch: (cb) => (listeners.add(cb), () => listeners.delete(cb)),
  };
  return { sites, calls, hosts, dropAll: () => ((all = false), changed()) };
}
