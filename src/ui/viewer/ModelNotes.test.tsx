// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useModelNotes } from '../../state/modelNotes';
import { usePrefs } from '../../state/prefs';
import { useViewer } from '../../state/viewer';
import { registerStrings } from '../../lib/i18n';
import viewerStrings from '../../lib/i18n/strings/viewer';
import { LoadProgress } from './LoadProgress';
import { ModelErrorPanel } from './ModelErrorPanel';
import { ModelNotes } from './ModelNotes';

registerStrings(viewerStrings);

beforeEach(() => {
  usePrefs.setState({ lang: 'en' });
  useViewer.getState().openSet('test');
  useModelNotes.getState().clearNotes();
});
afterEach(cleanup);

describe('the model panels say what happened', () => {
  it('announces a large model with its size while it downloads', () => {
    render(<LoadProgress />);
    act(() => useViewer.getState().setProgress(5_000_000, 45_200_000));
    expect(screen.getByTestId('load-large').textContent).toBe('Large model: 45.2 MB. Downloading and preparing it takes a while.');
    expect(screen.getByTestId('load-bytes').textContent).toContain('5.00 MB of 45.2 MB');
    act(() => useViewer.getState().setProgress(1_000, 2_000_000));
    expect(screen.queryByTestId('load-large')).toBeNull();
  });

  it('keeps "damaged" for files that are, and says so otherwise', () => {
    render(<ModelErrorPanel file="models/x.glb" />);
    act(() => useViewer.getState().setFailed('prepare', 'Maximum call stack size exceeded'));
    const panel = screen.getByTestId('model-error');
    expect(panel.textContent).toContain('is a valid glTF, but the viewer could not prepare it');
    expect(panel.textContent).not.toContain('damaged');
    act(() => useViewer.getState().setFailed('memory', 'Array buffer allocation failed'));
    expect(screen.getByTestId('model-error').textContent).toContain('too big for this device’s memory');
    act(() => useViewer.getState().setFailed('corrupt', 'the file is neither a GLB nor glTF JSON'));
    expect(screen.getByTestId('model-error').textContent).toContain('damaged or not a valid glTF');
    usePrefs.setState({ lang: 'zh' });
    act(() => useViewer.getState().setFailed('unsupported', 'required glTF extension EXT_made_up'));
    expect(screen.getByTestId('model-error').textContent).toContain('EXT_made_up');
  });

  it('says a model has nothing to show, and how collision was made where walking matters', () => {
    render(<ModelNotes />);
    act(() => {
      useViewer.getState().setLoaded();
      useModelNotes.getState().setNotes({ nothingToShow: true, collision: 'approximate' });
    });
    expect(screen.getByTestId('model-empty').textContent).toContain('nothing to show');
    act(() => useModelNotes.getState().setNotes({ nothingToShow: false, collision: 'building' }));
    act(() => useModelNotes.getState().setCollision('building', 37.5));
    expect(screen.getByTestId('collision-note').textContent).toContain('37%');
    act(() => useModelNotes.getState().setCollision('approximate'));
    expect(screen.queryByTestId('collision-note')).toBeNull(); // the overview does not walk
    act(() => useViewer.getState().setMode('walk'));
    expect(screen.getByTestId('collision-note').getAttribute('data-collision')).toBe('approximate');
    act(() => useModelNotes.getState().setNotes({ nothingToShow: false, collision: 'proxies' }));
    expect(screen.queryByTestId('model-notes')).toBeNull();
  });
});
