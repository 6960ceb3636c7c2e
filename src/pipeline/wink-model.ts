// wink's English model (wink-eng-lite-web-model 1.8.1), put together as the package's dist/model.js
// does, with its core read faster. The package's reader deep-copies the 3 MB JSON object it has just
// required (JSON.parse(JSON.stringify(...)), about 100 ms) and decodes base64 a character at a time
// (about 30 ms); here the file is parsed once, a fresh object, and decoded by Buffer. Every process and
// every extraction thread loads the model, and a cold build of a few articles is mostly such loading.
// tests/wink-model.test.ts checks that the core is the package's own, field by field.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Model } from 'wink-eng-lite-web-model';

const require = createRequire(import.meta.url);
const DIST = 'wink-eng-lite-web-model/dist/';

interface CoreModel {
  packing: { layout: Record<string, number[]>; efList: string[] };
  features: Record<string, { list: string[]; hash: Record<string, number>; intrinsicSize: number; index: number; maxIndex: number }>;
  pos: { hash: Record<string, number> };
  lexicon: string | Uint32Array;
  xpansions: string | Uint32Array;
}

/** Base64 text as 32-bit words, in an ArrayBuffer of their own (a Buffer may sit unaligned in a shared pool). */
function wordsOfBase64(text: string): Uint32Array {
  const bytes = Buffer.from(text, 'base64');
  const words = new Uint32Array(bytes.length / 4);
  new Uint8Array(words.buffer).set(bytes);
  return words;
}

/** The core model as the package's read-core-model.js and load-core-model.js make it. */
function loadCoreModel(): CoreModel {
  const model = JSON.parse(readFileSync(require.resolve(`${DIST}languages/cur/models/eng-core-web-model.json`), 'utf8')) as CoreModel;
  const { packing, features, pos } = model;
  model.lexicon = wordsOfBase64(model.lexicon as string);
  model.xpansions = wordsOfBase64(model.xpansions as string);
  // Each packed feature, and the lexeme, gets a hash from value to index.
  const hashOf = (list: string[]): Record<string, number> => {
    const hash: Record<string, number> = Object.create(null) as Record<string, number>;
    for (let k = 0; k < list.length; k += 1) hash[list[k] as string] = k;
    return hash;
  };
  for (const f in packing.layout) if (packing.layout[f]?.[3] === 0 && features[f]) features[f].hash = hashOf(features[f].list);
  const lexeme = features.lexeme as CoreModel['features'][string];
  lexeme.hash = hashOf(lexeme.list);
  const clusters = (features.posClusters as CoreModel['features'][string]).list as unknown as Array<string | Set<number>>;
  for (let k = 0; k < clusters.length; k += 1) clusters[k] = new Set((clusters[k] as string).split('_').map((e) => pos.hash[e] || 0));
  packing.efList = [];
  for (const f in packing.layout) {
    const layout = packing.layout[f] as number[];
    const feature = features[f];
    if (layout[3] === 0 && feature) {
      feature.intrinsicSize = feature.list.length;
      feature.index = feature.list.length;
      feature.maxIndex = (layout[1] as number) >>> (layout[2] as number);
    }
    if (layout[4] === 1) packing.efList.push(f);
  }
  lexeme.intrinsicSize = lexeme.list.length;
  lexeme.index = lexeme.list.length;
  return model;
}

/** The model with the package's own loaders for everything but the core. */
export function englishModel(): Model {
  const model = Object.create(null) as Model;
  model.core = loadCoreModel;
  model.sbd = require(`${DIST}load-sbd-model.js`);
  model.pos = require(`${DIST}load-pos-model.js`);
  model.ner = require(`${DIST}load-ner-model.js`);
  model.negation = require(`${DIST}load-negation-model.js`);
  model.sa = require(`${DIST}load-sa-model.js`);
  model.metaCER = require(`${DIST}load-cer-meta-model.js`);
  model.featureFn = require(`${DIST}feature.js`);
  model.addons = Object.create(null) as Model['addons'];
  model.addons.stem = require(`${DIST}porter-stemmer.js`);
  model.addons.lemmatize = require(`${DIST}lemmatize.js`);
  model.addons.readabilityStats = require(`${DIST}readability-stats.js`);
  model.addons.wordVectors = undefined;
  return model;
}
