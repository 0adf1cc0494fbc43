// What to call a document's source in a listing: the site for a web page, else the file's last
// two path segments (a folder often names the outlet or section: "politics/100.txt"), with the
// record's number in a file of many ("reuters/reut2-000.sgm#14"), so its articles are told apart.

export function sourceLabel(location: string): string {
  if (/^https?:\/\//i.test(location)) {
    try {
      return new URL(location).hostname.replace(/^www\./, '');
    } catch {
      return location;
    }
  }
  if (location.startsWith('upload:')) return location.slice('upload:'.length);
  const record = /#[^\\/]*$/.exec(location)?.[0] ?? '';
  const path = location.slice(0, location.length - record.length);
  return path.split(/[\\/]/).filter(Boolean).slice(-2).join('/') + record;
}

/** True when `location` names the file `name`: the whole path, a path suffix ("politics/100" or
 *  "politics/100.txt"), or the base name with or without its extension. */
export function sourceMatches(location: string, name: string): boolean {
  const path = location.replace(/#.*$/, '').replace(/\\/g, '/');
  const wanted = name.replace(/\\/g, '/').replace(/^\.\//, '');
  if (path === wanted || location === name) return true;
  const withoutExt = path.replace(/\.[a-z0-9]+(\.gz)?$/i, '');
  return [path, withoutExt].some((p) => p === wanted || p.endsWith(`/${wanted}`));
}
