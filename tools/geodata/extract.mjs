// Extracts the countries around one region from Natural Earth (as packaged by
// world-atlas) into the small JSON file that org.explainer.map.GeoData reads.
//
//   node extract.mjs --bbox WEST,SOUTH,EAST,NORTH --tolerance DEGREES --out FILE
//
// Countries are kept whole (nothing is clipped): the Java renderer clips to
// whatever box a map shows, so one extract serves every map of the region.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import { feature, transform } from 'topojson-client';

const require = createRequire(import.meta.url);
const DECIMALS = 3;

const { values: args } = parseArgs({
  options: {
    bbox: { type: 'string' },
    tolerance: { type: 'string', default: '0.02' },
    out: { type: 'string' },
  },
});
if (!args.bbox || !args.out) {
  console.error('usage: node extract.mjs --bbox WEST,SOUTH,EAST,NORTH [--tolerance DEGREES] --out FILE');
  process.exit(2);
}
const bbox = args.bbox.split(',').map(Number);
const tolerance = Number(args.tolerance);
if (bbox.length !== 4 || bbox.some(Number.isNaN) || bbox[0] >= bbox[2] || bbox[1] >= bbox[3]) {
  console.error(`--bbox must be WEST,SOUTH,EAST,NORTH in degrees, got "${args.bbox}"`);
  process.exit(2);
}
if (!(tolerance >= 0)) {
  console.error(`--tolerance must be a number of degrees >= 0, got "${args.tolerance}"`);
  process.exit(2);
}

const atlasVersion = require('world-atlas/package.json').version;
const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8'));

// Thinning happens on the topology's arcs, before conversion to GeoJSON: a border
// shared by two countries is one arc, so both get exactly the same points and no
// slivers open between neighbours.
const decode = transform(topology.transform);
const arcs = topology.arcs.map((arc) => thin(arc.map((point, i) => decode(point, i))));
const countries = feature({ type: 'Topology', objects: topology.objects, arcs }, topology.objects.countries);

const kept = countries.features
  .map((country) => ({
    name: country.properties.name,
    // A few Natural Earth units (N. Cyprus, Kosovo, ...) have no ISO code.
    id: country.id ?? '',
    rings: polygonsOf(country.geometry)
      .filter((polygon) => touches(polygon[0], bbox))
      .flat()
      .filter((ring) => ring.length >= 4),
  }))
  .filter((country) => country.rings.length > 0)
  .sort((a, b) => a.name.localeCompare(b.name, 'en'));

const output = {
  source: `Natural Earth 1:50m Admin 0 countries (version 4.1.0), via the npm package world-atlas ${atlasVersion} (countries-50m.json)`,
  licence: 'Public domain (Natural Earth terms of use)',
  attribution: 'Natural Earth',
  bbox,
  countries: kept,
};
writeFileSync(args.out, JSON.stringify(output) + '\n');
console.error(`${args.out}: ${kept.length} countries: ${kept.map((c) => c.name).join(', ')}`);

/** Drops points closer than the tolerance to the last kept one; both ends of the arc stay. */
function thin(arc) {
  const out = [arc[0]];
  for (let i = 1; i < arc.length - 1; i++) {
    const last = out[out.length - 1];
    if (Math.hypot(arc[i][0] - last[0], arc[i][1] - last[1]) >= tolerance) out.push(arc[i]);
  }
  out.push(arc[arc.length - 1]);
  return dedupe(out.map(([lon, lat]) => [round(lon), round(lat)]));
}

function dedupe(points) {
  return points.filter((p, i) => i === 0 || p[0] !== points[i - 1][0] || p[1] !== points[i - 1][1]);
}

function round(value) {
  const factor = 10 ** DECIMALS;
  // "+ 0" turns -0 into 0 so the output never spells "-0".
  return Math.round(value * factor) / factor + 0;
}

function polygonsOf(geometry) {
  if (geometry === null) return [];
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

function extent(ring) {
  const lons = ring.map((p) => p[0]);
  const lats = ring.map((p) => p[1]);
  return [Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)];
}

// A ring that crosses the antimeridian (Russia's, through Chukotka) spans nearly every longitude
// from -180 to 180, which would pull it into any box at its latitudes. With longitudes counted from
// 0 to 360 its extent is its real one, and the box is tested both as it is and 360 degrees on.
function touches(ring, box) {
  const plain = extent(ring);
  if (plain[2] - plain[0] <= 180) return intersects(plain, box);
  const shifted = extent(ring.map(([lon, lat]) => [lon < 0 ? lon + 360 : lon, lat]));
  return intersects(shifted, box) || intersects(shifted, [box[0] + 360, box[1], box[2] + 360, box[3]]);
}

function intersects(a, b) {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}
