/**
 * Vietnam's administrative units as an effective-dated tree with lineage: unit versions before and after the
 * 1 July 2025 reform, the old → new mapping, later renames, runtime residential areas, and roll-ups of facts
 * "as recorded", on today's map, or on the map of any day. Entry point: {@link vn.doanket.territory.Territory}.
 */
package vn.doanket.territory;
