/** A series of a run is a SKU at a location (0 = all locations); this key is also the grid's row id. */
export function seriesKey(row: { productId: number; locationId: number }): string {
  return `${row.productId}:${row.locationId}`;
}
