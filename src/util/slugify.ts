/** URL slug: lowercase ASCII letters, digits and single hyphens (`Ilham Aliyev` -> `ilham-aliyev`, `5%` -> `5-percent`). */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/%/g, ' percent ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
