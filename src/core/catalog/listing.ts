import type { Catalog, Difficulty, ItemKind } from './types';

/** The machine-readable listing printed by `cli list --json`. */
export interface CatalogListing {
  categories: {
    id: string;
    title: string;
    items: { id: string; kind: ItemKind; title: string; difficulty: Difficulty }[];
  }[];
}

export function toListing(catalog: Catalog): CatalogListing {
  return {
    categories: catalog.categories.map((category) => ({
      id: category.id,
      title: category.title,
      items: category.items.map(({ id, kind, title, difficulty }) => ({ id, kind, title, difficulty })),
    })),
  };
}
