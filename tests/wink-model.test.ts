import { describe, expect, it } from 'vitest';
import model from 'wink-eng-lite-web-model';
import { englishModel } from '../src/pipeline/wink-model.js';

type Loader = () => unknown;

describe('wink model', () => {
  it('reads the core model exactly as the package does', () => {
    expect((englishModel().core as Loader)()).toEqual((model.core as Loader)());
  });

  it('hands every other part of the model on from the package', () => {
    const ours = englishModel();
    for (const part of ['sbd', 'pos', 'ner', 'negation', 'sa', 'metaCER', 'featureFn'] as const) expect(ours[part]).toBe(model[part]);
    expect({ ...ours.addons }).toEqual({ ...model.addons });
  });
});
