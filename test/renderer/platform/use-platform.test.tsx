import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PlatformProvider, usePlatform } from '../../../renderer/platform';
import { fakeBridge } from '../app/support/fake-bridge';

function Probe() {
  const bridge = usePlatform();
  return <p>{typeof bridge.appInfo}</p>;
}

describe('usePlatform', () => {
  it('gives components the provided platform', () => {
    render(
      <PlatformProvider bridge={fakeBridge()}>
        <Probe />
      </PlatformProvider>,
    );
    expect(screen.getByText('function')).toBeInTheDocument();
  });

  it('fails loudly without a provider', () => {
    const quiet = console.error;
    console.error = () => {};
    try {
      expect(() => render(<Probe />)).toThrow(/PlatformProvider/);
    } finally {
      console.error = quiet;
    }
  });
});
